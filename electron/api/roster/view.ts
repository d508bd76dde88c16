import { and, asc, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { assignments, dutyPosts, shifts, shiftTemplates, teamMembers } from '../../../db/schema';
import { attendanceOf } from '../shared/attendance-log';
import { readCompound } from '../shared/compound';
import { addDays } from '../shared/dates';
import { isLate, presence } from '../shared/presence';
import type { ShiftView } from './contract';
import { clashOf, doubleBookings } from './overlap';
import type { Requirement } from './rules';

/** The roster of a period (`rosterShifts`) and the buildings with no runner. */
export function rosterView(db: ReadDb, from: string, days: number, now: string, staffId?: number) {
  return { shifts: rosterShifts(db, from, days, now, staffId), runnersMissing: runnersMissing(db) };
}

/**
 * Every shift of a period with its people. Each person carries the other shifts they are
 * double-booked on (an older database may hold some), looked for a day either side of the period too.
 */
export function rosterShifts(
  db: ReadDb,
  from: string,
  days: number,
  now: string,
  staffId?: number,
): ShiftView[] {
  const to = addDays(from, days);
  const grace = readCompound(db).attendanceGraceMinutes;
  const around = db
    .select({ s: shifts, t: shiftTemplates, post: dutyPosts.name })
    .from(shifts)
    .innerJoin(shiftTemplates, eq(shiftTemplates.id, shifts.templateId))
    .innerJoin(dutyPosts, eq(dutyPosts.id, shifts.postId))
    .where(
      and(
        gte(shifts.day, addDays(from, -1)),
        lt(shifts.day, addDays(to, 1)),
        // A retired post's shifts from its retirement on are not scheduled (its history stays).
        or(isNull(dutyPosts.retiredAt), lt(shifts.startsAt, dutyPosts.retiredAt)),
      ),
    )
    .orderBy(asc(shifts.startsAt), asc(dutyPosts.sortOrder))
    .all();
  const rows = around.filter((r) => r.s.day >= from && r.s.day < to);
  const ids = around.map((r) => r.s.id);
  const people = ids.length
    ? db
        .select({
          shiftId: assignments.shiftId,
          pinned: assignments.pinned,
          fromAt: assignments.fromAt,
          id: teamMembers.id,
          name: teamMembers.name,
          phone: teamMembers.phone,
          role: teamMembers.role,
        })
        .from(assignments)
        .innerJoin(teamMembers, eq(teamMembers.id, assignments.staffId))
        .where(inArray(assignments.shiftId, ids))
        .orderBy(asc(teamMembers.id))
        .all()
    : [];
  const byId = new Map(around.map((r) => [r.s.id, r]));
  const att = attendanceOf(db, ids);
  const standing = (p: (typeof people)[number], s: { startsAt: string; endsAt: string }) => {
    const st = att.of(p.shiftId, p.id);
    const duty = { startsAt: p.fromAt ?? s.startsAt, endsAt: s.endsAt };
    return {
      attendance: st.status,
      signInAt: st.signInAt,
      signOutAt: st.signOutAt,
      late: !!st.signInAt && isLate(st.signInAt, duty.startsAt, grace),
      presence: presence(st, duty, now, grace),
      reversible: st.last?.kind ?? null,
    };
  };
  const found = doubleBookings(
    people.flatMap((p) => {
      const r = byId.get(p.shiftId);
      return r ? [{ ...p, staffId: p.id, startsAt: r.s.startsAt, endsAt: r.s.endsAt }] : [];
    }),
  );
  const clashes = (shiftId: number, id: number) =>
    clashOf(found, shiftId, id).flatMap((other) => {
      const r = byId.get(other);
      return r ? [{ shiftId: other, post: r.post, name: r.t.name, startsAt: r.s.startsAt }] : [];
    });
  return rows
    .map(({ s, t, post }) => ({
      id: s.id,
      postId: s.postId,
      post,
      name: t.name,
      day: s.day,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      headcount: t.headcount,
      requirements: JSON.parse(t.requirements) as Requirement[],
      staff: people
        .filter((p) => p.shiftId === s.id)
        .map((p) => {
          const { shiftId: _s, ...rest } = p;
          return { ...rest, ...standing(p, s), clashes: clashes(s.id, p.id) };
        }),
    }))
    .filter((s) => !staffId || s.staff.some((p) => p.id === staffId));
}

/** The buildings no active runner covers, in the registry's order. */
const runnersMissing = (db: ReadDb) =>
  db.all<{ id: number; name: string }>(sql`
    SELECT b.id, b.name FROM buildings b
    WHERE NOT EXISTS (SELECT 1 FROM runner_buildings rb JOIN team_members s ON s.id = rb.member_id WHERE rb.building_id = b.id AND s.active = 1)
    ORDER BY b.sort_order, b.id`);
