import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { assignments, attendance, dutyPosts, shifts, shiftTemplates, teamMembers } from '../../../db/schema';
import { addDays } from '../shared/dates';
import type { ShiftView } from './contract';
import type { Requirement } from './rules';

/** The roster of a period: every shift with its people, and the buildings with no runner. */
export function rosterView(db: ReadDb, from: string, days: number, staffId?: number) {
  const rows = db
    .select({ s: shifts, t: shiftTemplates, post: dutyPosts.name })
    .from(shifts)
    .innerJoin(shiftTemplates, eq(shiftTemplates.id, shifts.templateId))
    .innerJoin(dutyPosts, eq(dutyPosts.id, shifts.postId))
    .where(and(gte(shifts.day, from), lt(shifts.day, addDays(from, days))))
    .orderBy(asc(shifts.startsAt), asc(dutyPosts.sortOrder))
    .all();
  const ids = rows.map((r) => r.s.id);
  const people = ids.length
    ? db
        .select({
          shiftId: assignments.shiftId,
          pinned: assignments.pinned,
          id: teamMembers.id,
          name: teamMembers.name,
          phone: teamMembers.phone,
          role: teamMembers.role,
          attendance: attendance.status,
          signInAt: attendance.signInAt,
          signOutAt: attendance.signOutAt,
        })
        .from(assignments)
        .innerJoin(teamMembers, eq(teamMembers.id, assignments.staffId))
        .leftJoin(
          attendance,
          and(eq(attendance.shiftId, assignments.shiftId), eq(attendance.staffId, assignments.staffId)),
        )
        .where(inArray(assignments.shiftId, ids))
        .orderBy(asc(teamMembers.id))
        .all()
    : [];
  const shiftsOut: ShiftView[] = rows
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
      staff: people.filter((p) => p.shiftId === s.id).map(({ shiftId: _s, ...p }) => p),
    }))
    .filter((s) => !staffId || s.staff.some((p) => p.id === staffId));
  const runnersMissing = db.all<{ id: number; name: string }>(sql`
    SELECT b.id, b.name FROM buildings b
    WHERE NOT EXISTS (SELECT 1 FROM runner_buildings rb JOIN team_members s ON s.id = rb.member_id WHERE rb.building_id = b.id AND s.active = 1)
    ORDER BY b.sort_order, b.id`);
  return { shifts: shiftsOut, runnersMissing };
}
