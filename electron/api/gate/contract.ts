import { z } from 'zod';
import { PostDay as Day } from '../shared/bounds';
import { SavedFile } from '../shared/fields';
import { msg } from '../shared/reason';

const Id = z.number().int().positive();
export const GATE_KINDS = ['delivery', 'staff', 'medical', 'returnee_to_hotel', 'other'] as const;
const Direction = z.enum(['in', 'out']);

const Temperature = z
  .number()
  .min(34, msg('temperature_range', { min: 34, max: 43 }))
  .max(43, msg('temperature_range', { min: 34, max: 43 }));

/** The history asked for: a day, a person (part of the name or plate), a direction, a post. */
export const GateFilter = z.object({
  day: Day.optional(),
  who: z.string().trim().max(60).optional(),
  direction: Direction.optional(),
  postId: Id.optional(),
});

export const GateRow = z.object({
  id: z.number().int(),
  post: z.string(),
  at: z.string(),
  direction: Direction,
  kind: z.enum(GATE_KINDS),
  who: z.string(),
  note: z.string(),
  temperature: z.number().nullable(),
  fever: z.boolean(),
  onDuty: z.string(),
  recordedBy: z.string(),
});

export const gateContract = {
  /** One entry or exit, with who was present at the post then; a person coming in has a temperature. */
  'gate.log': {
    kind: 'mutation',
    input: z
      .object({
        postId: Id,
        direction: Direction,
        kind: z.enum(GATE_KINDS),
        who: z.string().trim().min(1, msg('who_required')).max(60),
        note: z.string().trim().max(200).default(''),
        temperature: Temperature.nullable().optional(),
      })
      .superRefine((v, ctx) => {
        if (v.direction === 'in' && (v.temperature === null || v.temperature === undefined))
          ctx.addIssue({ code: 'custom', path: ['temperature'], message: msg('temperature_required') });
      }),
    output: z.object({
      id: z.number().int(),
      onDuty: z.string(),
      /** At or above the compound's fever threshold (shared/health-rules isFever). */
      fever: z.boolean(),
      threshold: z.number(),
    }),
  },
  /** The log's history, newest first (at most `GATE_LIST_LIMIT` rows; `more` says some were left off). */
  'gate.list': {
    kind: 'query',
    input: GateFilter,
    output: z.object({ rows: z.array(GateRow), more: z.boolean() }),
  },
  /** The same history as a workbook (A4 landscape), in the language asked for. */
  'gate.exportXlsx': {
    kind: 'query',
    input: GateFilter.extend({ lang: z.enum(['zh-CN', 'en']).default('zh-CN') }),
    output: SavedFile,
  },
} as const;

export const GATE_LIST_LIMIT = 500;
