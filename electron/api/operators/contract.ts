import { z } from 'zod';
import { TEAM_ROLES } from '../../../db/schema/enums';

export const TeamRole = z.enum(TEAM_ROLES);

export const Operator = z.object({
  id: z.number().int(),
  name: z.string(),
  role: TeamRole,
  active: z.boolean(),
});
export type OperatorRow = z.infer<typeof Operator>;

export const NewOperator = z.object({
  name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多 20 字'),
  role: TeamRole,
});

export const operatorsContract = {
  'operators.list': { kind: 'query', input: z.object({}), output: z.array(Operator) },
  /** Needs no operator on duty: it is how the first operator comes to exist. */
  'operators.add': { kind: 'mutation', input: NewOperator, output: Operator, open: true },
} as const;
