import type { z } from 'zod';
import { attendanceContract } from './attendance/contract';
import { auditContract } from './audit/contract';
import { backupsContract } from './backups/contract';
import { buildingsContract } from './buildings/contract';
import { compoundContract } from './compound/contract';
import { dashboardContract } from './dashboard/contract';
import { cashContract, errandsContract } from './errands/contract';
import { gateContract } from './gate/contract';
import { healthContract, medicalContract } from './health/contract';
import { hotelsContract } from './hotels/contract';
import { householdsContract } from './households/contract';
import { jobsContract } from './jobs/contract';
import { overviewContract } from './overview/contract';
import { postsContract } from './posts/contract';
import { reportsContract } from './reports/contract';
import { residentsContract } from './residents/contract';
import { returneesContract } from './returnees/contract';
import { rosterContract } from './roster/contract';
import { sessionContract } from './session/contract';
import { stockContract } from './stock/contract';
import { stockDailyContract } from './stock/contract-daily';
import { stockScreensContract } from './stock/contract-screens';
import { distribContract } from './stock/distrib-contract';
import { teamContract } from './team/contract';

export type MethodDef = {
  kind: 'query' | 'mutation';
  input: z.ZodType;
  output: z.ZodType;
  /** A mutation that may run with no operator on duty. */
  open?: boolean;
};

/** The one map: method name -> { input, output }. Pure zod, importable by the renderer. */
export const contract = {
  ...teamContract,
  ...compoundContract,
  ...overviewContract,
  ...auditContract,
  ...buildingsContract,
  ...householdsContract,
  ...residentsContract,
  ...jobsContract,
  ...returneesContract,
  ...hotelsContract,
  ...rosterContract,
  ...attendanceContract,
  ...gateContract,
  ...postsContract,
  ...backupsContract,
  ...sessionContract,
  ...stockContract,
  ...stockScreensContract,
  ...distribContract,
  ...stockDailyContract,
  ...errandsContract,
  ...cashContract,
  ...healthContract,
  ...medicalContract,
  ...reportsContract,
  ...dashboardContract,
} as const satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller sends (defaults may be left out). */
export type In<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives, after parsing. */
export type Parsed<M extends Method> = z.output<Contract[M]['input']>;
export type Out<M extends Method> = z.output<Contract[M]['output']>;

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/** The area of every method: the first word of its name (`households` of `households.get`). */
export type MethodArea = Method extends `${infer A}.${string}` ? A : never;
/** The methods of one area. */
export type MethodsOf<A extends MethodArea> = Extract<Method, `${A}.${string}`>;

export type { ApiFailure, ErrorCode, Issue, Result } from './errors';
export { areaOf } from './method-area';
