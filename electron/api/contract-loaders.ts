/**
 * Each area's part of the contract, imported on the area's first call (electron/api/areas.ts): the
 * zod schemas of an area are built when it is first used, not all at the host's start (issue 11).
 * The server's only way to the contract at run time; the renderer and the types use contract.ts,
 * which spreads the same modules. The compiler checks every area has its loader and that each loader
 * answers its area's methods exactly as contract.ts has them.
 */
import type { Contract, MethodArea, MethodsOf } from './contract';

export type AreaContract<A extends MethodArea> = { [M in MethodsOf<A>]: Contract[M] };
export type ContractLoaders = { [A in MethodArea]: () => Promise<AreaContract<A>> };

export const contractLoaders: ContractLoaders = {
  team: async () => (await import('./team/contract')).teamContract,
  compound: async () => (await import('./compound/contract')).compoundContract,
  overview: async () => (await import('./overview/contract')).overviewContract,
  audit: async () => (await import('./audit/contract')).auditContract,
  buildings: async () => (await import('./buildings/contract')).buildingsContract,
  households: async () => (await import('./households/contract')).householdsContract,
  residents: async () => (await import('./residents/contract')).residentsContract,
  jobs: async () => (await import('./jobs/contract')).jobsContract,
  returnees: async () => (await import('./returnees/contract')).returneesContract,
  hotels: async () => (await import('./hotels/contract')).hotelsContract,
  roster: async () => (await import('./roster/contract')).rosterContract,
  attendance: async () => (await import('./attendance/contract')).attendanceContract,
  gate: async () => (await import('./gate/contract')).gateContract,
  posts: async () => (await import('./posts/contract')).postsContract,
  backups: async () => (await import('./backups/contract')).backupsContract,
  session: async () => (await import('./session/contract')).sessionContract,
  stock: async () => {
    const [a, b, c, d] = await Promise.all([
      import('./stock/contract'),
      import('./stock/contract-screens'),
      import('./stock/distrib-contract'),
      import('./stock/contract-daily'),
    ]);
    return { ...a.stockContract, ...b.stockScreensContract, ...c.distribContract, ...d.stockDailyContract };
  },
  errands: async () => (await import('./errands/contract')).errandsContract,
  cash: async () => (await import('./errands/contract')).cashContract,
  health: async () => (await import('./health/contract')).healthContract,
  medical: async () => (await import('./health/medical-contract')).medicalContract,
  reports: async () => (await import('./reports/contract')).reportsContract,
  dashboard: async () => (await import('./dashboard/contract')).dashboardContract,
};
