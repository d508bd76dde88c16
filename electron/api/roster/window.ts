import { and, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { assignments, dutyPosts, rosterChanges, shifts, shiftTemplates } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { addDays, dayStartUtc, formatInstant } from '../shared/dates';
import type { RosterChangeCode } from '../shared/event-codes';
import type { Params } from '../shared/reason';
import { snapshotName } from '../shared/who';
import { memberRows } from '../team/read';
import { type Breach, breaches, fitsPost, type Person, type Requirement, type ShiftSlot } from './rules';

const H = 3_600_000;

/** Every template's shift for every day of the period, created once. */
export function ensureShifts(db: Db, from: string, days: number): void {
  // A retired post is not scheduled.
  const templates = db
    .select({ t: shiftTemplates })
    .from(shiftTemplates)
    .innerJoin(dutyPosts, eq(dutyPosts.id, shiftTemplates.postId))
    .where(isNull(dutyPosts.retiredAt))
    .all()
    .map((r) => r.t);
  for (let d = 0; d < days; d++) {
    const day = addDays(from, d);
    for (const t of templates) {
      const [hh = 0, mm = 0] = t.start.split(':').map(Number);
      const start = Date.parse(dayStartUtc(day)) + (hh * 60 + mm) * 60_000;
      db.insert(shifts)
        .values({
          templateId: t.id,
          postId: t.postId,
          day,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + t.hours * H).toISOString(),
        })
        .onConflictDoNothing()
        .run();
    }
  }
}

/** `begins`: the shift's own start; `running`: it started before `now` and has not ended. */
export type WindowSlot = ShiftSlot & { post: string; name: string; begins: string; running: boolean };
export type Window = {
  slots: Map<number, WindowSlot>;
  people: Map<number, Person>;
  held: { shiftId: number; staffId: number; pinned: boolean; fromAt?: string | null }[];
};

/** The minute `now` falls in: when the remaining hours of a running shift begin. */
export const minuteOf = (now: Date) => new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();

/**
 * Shifts (with a week either side, for the rest and weekly rules), the people, and who holds what.
 * Shifts over by `now`, and those outside [from, to), are locked; a shift running at `now` is open
 * for its remaining hours (from the minute of `now`).
 */
export function loadWindow(db: Db, from: string, to: string, now: Date): Window {
  const at = now.getTime();
  const rows = db
    .select({ s: shifts, t: shiftTemplates, post: dutyPosts.name })
    .from(shifts)
    .innerJoin(shiftTemplates, eq(shiftTemplates.id, shifts.templateId))
    .innerJoin(dutyPosts, eq(dutyPosts.id, shifts.postId))
    .where(
      and(
        gte(shifts.day, addDays(from, -7)),
        lt(shifts.day, addDays(to, 7)),
        // A retired post's shifts from its retirement on are not staffed.
        or(isNull(dutyPosts.retiredAt), lt(shifts.startsAt, dutyPosts.retiredAt)),
      ),
    )
    .all();
  const slots = new Map(
    rows.map(({ s, t, post }): [number, WindowSlot] => {
      const outside = s.day < from || s.day >= to;
      const started = Date.parse(s.startsAt) <= at;
      const running = started && at < Date.parse(s.endsAt);
      return [
        s.id,
        {
          id: s.id,
          postId: s.postId,
          day: s.day,
          startsAt: running ? minuteOf(now) : s.startsAt,
          endsAt: s.endsAt,
          headcount: t.headcount,
          requirements: JSON.parse(t.requirements) as Requirement[],
          locked: outside || (started && !running),
          outside,
          post,
          name: t.name,
          begins: s.startsAt,
          running,
        },
      ];
    }),
  );
  const people = new Map(
    memberRows(db)
      // Runners too: they take the runner team's places (rules.ts, mayFillHeadcount), and a runner put
      // on one by hand is no longer dropped as someone the roster does not know.
      .filter((p) => p.active)
      .map((p) => [
        p.id,
        {
          id: p.id,
          name: p.name,
          role: p.role,
          maxWeeklyHours: p.maxWeeklyHours,
          unavailable: p.unavailable.map((u) => ({ from: u.fromAt, to: u.toAt })),
        },
      ]),
  );
  const held = slots.size
    ? db
        .select()
        .from(assignments)
        .where(inArray(assignments.shiftId, [...slots.keys()]))
        .all()
    : [];
  return { slots, people, held };
}

type Change = Omit<
  typeof rosterChanges.$inferInsert,
  'at' | 'operatorId' | 'operatorName' | 'reasonCode' | 'reasonParams'
> & {
  /** What the program says about the change (a count, the rules broken); `reason` is what a person typed. */
  said?: { code: RosterChangeCode; params: Params };
};

/** One row of the roster's append-only change log. */
export function log(db: Db, ctx: Ctx, { said, ...change }: Change) {
  db.insert(rosterChanges)
    .values({
      ...change,
      at: ctx.now().toISOString(),
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
      reasonCode: said?.code ?? null,
      reasonParams: said ? JSON.stringify(said.params) : null,
    })
    .run();
}

/** Hard-rule breaches of putting one person on one shift, with the role mix of the shift after the change. */
export function check(
  w: Window,
  staffId: number,
  shiftId: number,
  rules: { minRestHours: number; maxConsecutiveDays: number },
  without?: number,
): Breach[] {
  const p = w.people.get(staffId);
  const s = w.slots.get(shiftId);
  if (!s) throw refuse('NOT_FOUND', { code: 'shift_not_found', params: { id: shiftId } });
  if (!p) return ['inactive'];
  const mine = w.held
    .filter((h) => h.staffId === staffId && h.shiftId !== without)
    .flatMap((h) => {
      const x = w.slots.get(h.shiftId);
      return x ? [x] : [];
    });
  const found = breaches(p, s, mine, rules);
  return fitsPost(p, s) ? found : [...found, 'role'];
}

export const label = (w: Window, shiftId: number) => {
  const s = w.slots.get(shiftId);
  return s ? `${s.post} ${s.name} ${formatInstant(s.begins)}` : `#${shiftId}`;
};
