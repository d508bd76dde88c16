import { z } from 'zod';
import { PostDay as Day } from '../shared/bounds';
import { msg } from '../shared/reason';

const Id = z.number().int().positive();
export const GATE_KINDS = ['delivery', 'staff', 'medical', 'returnee_to_hotel', 'other'] as const;

export const gateContract = {
  'gate.log': {
    kind: 'mutation',
    input: z.object({
      postId: Id,
      direction: z.enum(['in', 'out']),
      kind: z.enum(GATE_KINDS),
      who: z.string().trim().min(1, msg('who_required')).max(60),
      note: z.string().trim().max(200).default(''),
    }),
    output: z.object({ id: z.number().int(), onDuty: z.string() }),
  },
  'gate.list': {
    kind: 'query',
    input: z.object({ day: Day, postId: Id.optional() }),
    output: z.array(
      z.object({
        id: z.number().int(),
        post: z.string(),
        at: z.string(),
        direction: z.enum(['in', 'out']),
        kind: z.enum(GATE_KINDS),
        who: z.string(),
        note: z.string(),
        onDuty: z.string(),
        recordedBy: z.string(),
      }),
    ),
  },
} as const;
