import { z } from 'zod';

/**
 * The commander's dashboard (issue 15): one read of what needs action now and how the compound is
 * doing. Every figure comes from the function the area's own screen uses (one definition per
 * figure); the screen links each to that list. A part whose data the post does not keep yet is
 * `null` (the screen says "not built"/"not set", never 0). Pure zod, importable by the renderer.
 */
export const ALERT_KINDS = [
  'fever',
  'gate_unguarded',
  'shift_uncovered',
  'stock_below_reorder',
  'errand_stale',
  'guest_not_contacted',
  'returnee_undecided',
  'returnee_no_room',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

const Int = z.number().int();

export const DashAlert = z.object({
  kind: z.enum(ALERT_KINDS),
  /** How many people, posts, shifts, items or errands the alert is about. */
  count: Int,
  /** A name to show (a post, a shift, an item), when the alert is about one thing. */
  subject: z.string(),
  /** Where the list behind it is (a route of the renderer, without `#/`). */
  href: z.string(),
});
export type DashAlert = z.infer<typeof DashAlert>;

export const TrendDay = z.object({
  day: z.string(),
  inHotels: Int,
  abnormal: Int,
  errandsDone: Int,
  /** Masks on hand at the day's end; null when no mask item is kept. */
  masks: Int.nullable(),
});

export const Dashboard = z.object({
  today: z.string(),
  now: z.string(),
  alerts: z.array(DashAlert),
  occupancy: z.object({
    residents: z.object({ inCompound: Int, inHotel: Int, inHospital: Int, away: Int, awaiting: Int }),
    households: z.object({ notVisited: Int, registered: Int, verified: Int }),
    hotels: z.array(z.object({ id: Int, name: z.string(), used: Int, total: Int })),
  }),
  shifts: z.object({
    posts: z.array(
      z.object({ postId: Int, post: z.string(), present: Int, late: Int, missing: Int, rostered: Int }),
    ),
    /** Shifts starting within the next 24 hours: staffed against the headcount wanted. */
    next24h: z.object({ shifts: Int, covered: Int, short: Int }),
  }),
  stock: z.object({
    items: z.array(
      z.object({
        itemId: z.string(),
        item: z.string(),
        unit: z.string(),
        onHand: Int,
        reorderLevel: Int,
        days: z.number().nullable(),
        belowReorder: z.boolean(),
      }),
    ),
  }),
  health: z.object({
    /** False when today's round slots have not been made yet (the rounds have not started today). */
    slotsMade: z.boolean(),
    completion: z.array(
      z.object({ kind: z.enum(['building', 'hotel']), id: Int, name: z.string(), due: Int, done: Int }),
    ),
    abnormalToday: Int,
    openFevers: Int,
  }),
  trends: z.object({
    from: z.string(),
    /** The mask item the masks line follows; null when none is kept (its name has 口罩 or "mask"). */
    maskItem: z.string().nullable(),
    days: z.array(TrendDay),
  }),
});
export type Dashboard = z.infer<typeof Dashboard>;

export const dashboardContract = {
  'dashboard.get': { kind: 'query', input: z.object({}).default({}), output: Dashboard },
} as const;
