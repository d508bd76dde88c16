import { z } from 'zod';
import { Compound } from '../compound/contract';
import { AwaitingRow, FeverAlert } from '../hotels/rows';

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
    awaitingPlacement: z.number().int(),
    feverAlerts: z.number().int(),
    /** Errands not yet confirmed, cancelled or a duplicate; of them, those stale in their state. */
    errandsOpen: z.number().int(),
    errandsStale: z.number().int(),
    /** Open fever alerts of the temperature rounds (residents and hotel guests), until the doctor acts. */
    healthFevers: z.number().int(),
    /** Today's round: slots whose window has opened, and those with a check. */
    roundDue: z.number().int(),
    roundDone: z.number().int(),
  }),
  /** Fever alerts of hotel guests not yet handled. */
  feverAlerts: z.array(FeverAlert),
  /** Who waits for a hotel room (待安置), longest first. */
  awaiting: z.array(AwaitingRow),
});
export type Overview = z.infer<typeof Overview>;

/** The first day at a new post (issue 10 #13): the setup steps, in the order they are done. */
export const FIRST_STEPS = ['compound', 'buildings', 'residents', 'team', 'roster', 'hotels'] as const;

export const Checklist = z.object({
  steps: z.array(z.object({ key: z.enum(FIRST_STEPS), done: z.boolean(), count: z.number().int() })),
  allDone: z.boolean(),
});

export const overviewContract = {
  'overview.get': { kind: 'query', input: z.object({}), output: Overview },
  /** The first-day checklist of a new post: which setup steps are done. */
  'overview.checklist': { kind: 'query', input: z.object({}), output: Checklist },
} as const;
export type Checklist = z.infer<typeof Checklist>;
