import { z } from 'zod';
import { Compound } from '../compound/contract';

export const Overview = z.object({
  today: z.string(),
  compound: Compound,
  closure: z.object({
    state: z.enum(['not_set', 'not_started', 'in_progress', 'overdue', 'lifted']),
    day: z.number().int().nullable(),
    of: z.number().int(),
  }),
  counts: z.object({
    buildings: z.number().int(),
    households: z.number().int(),
    vacantRooms: z.number().int(),
    unknownRooms: z.number().int(),
    residents: z.number().int(),
    elderly: z.number().int(),
    children: z.number().int(),
    notVisited: z.number().int(),
    inHotel: z.number().int(),
    notContactedToday: z.number().int(),
    undecidedReturnees: z.number().int(),
  }),
});
export type Overview = z.infer<typeof Overview>;

export const overviewContract = {
  'overview.get': { kind: 'query', input: z.object({}), output: Overview },
} as const;
