import { z } from 'zod';
import { Day } from '../compound/contract';
import { ParamSchema } from '../shared/reason';

export const AuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  operatorId: z.number().int().nullable(),
  operatorName: z.string(),
  method: z.string(),
  area: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  /** The stored zh-CN text: what a legacy row (no code) shows; search and exports read it. */
  summary: z.string(),
  /** The reason's code, worded on screen in the UI language; null on rows written before 0007. */
  summaryCode: z.string().nullable(),
  summaryParams: z.record(z.string(), ParamSchema).nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const AuditQuery = z.object({
  operatorId: z.number().int().positive().optional(),
  area: z.string().max(40).optional(),
  entity: z.string().max(40).optional(),
  entityId: z.number().int().positive().optional(),
  from: Day.optional(),
  to: Day.optional(),
  /** Keyset paging: rows with id below this one. */
  beforeId: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const auditContract = {
  'audit.list': {
    kind: 'query',
    input: AuditQuery,
    output: z.object({
      rows: z.array(AuditRow),
      total: z.number().int(),
      nextBeforeId: z.number().int().nullable(),
    }),
  },
  'audit.areas': { kind: 'query', input: z.object({}), output: z.array(z.string()) },
} as const;
