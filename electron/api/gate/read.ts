import { and, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import { assignments, dutyPosts, gateLog, shifts, teamMembers } from '../../../db/schema';
import { attendanceOf } from '../shared/attendance-log';
import { addDays, dayStartUtc } from '../shared/dates';
import { presentAt } from '../shared/presence';
import type { GateFilter } from './contract';

/** Names present at a post at an instant: rostered there, signed in by then and not yet signed out. */
export function presentNames(db: ReadDb, postId: number, at: string): string {
  const rows = db
    .select({ shiftId: shifts.id, staffId: teamMembers.id, name: teamMembers.name })
    .from(shifts)
    .innerJoin(assignments, eq(assignments.shiftId, shifts.id))
    .innerJoin(teamMembers, eq(teamMembers.id, assignments.staffId))
    .where(
      and(
        eq(shifts.postId, postId),
        lt(shifts.startsAt, addHours(at, 2)),
        gte(shifts.endsAt, addHours(at, -2)),
      ),
    )
    .orderBy(teamMembers.id)
    .all();
  const att = attendanceOf(
    db,
    rows.map((r) => r.shiftId),
  );
  return [
    ...new Set(rows.filter((r) => presentAt(att.of(r.shiftId, r.staffId), at)).map((r) => r.name)),
  ].join('、');
}
/** Two hours either side (the longest grace): a sign-in before a shift starts, a sign-out after it ends. */
const addHours = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

/** The gate log's rows that match a filter, newest first; `limit` rows at most. */
export function gateRows(db: ReadDb, f: z.infer<typeof GateFilter>, limit: number) {
  const where: (SQL | undefined)[] = [
    f.day ? gte(gateLog.at, dayStartUtc(f.day)) : undefined,
    f.day ? lt(gateLog.at, dayStartUtc(addDays(f.day, 1))) : undefined,
    f.who
      ? sql`${gateLog.who} LIKE ${`%${f.who.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\'`
      : undefined,
    f.direction ? eq(gateLog.direction, f.direction) : undefined,
    f.postId ? eq(gateLog.postId, f.postId) : undefined,
  ];
  return db
    .select({ g: gateLog, post: dutyPosts.name })
    .from(gateLog)
    .innerJoin(dutyPosts, eq(dutyPosts.id, gateLog.postId))
    .where(and(...where))
    .orderBy(desc(gateLog.at), desc(gateLog.id))
    .limit(limit)
    .all()
    .map(({ g, post }) => ({
      id: g.id,
      post,
      at: g.at,
      direction: g.direction,
      kind: g.kind,
      who: g.who,
      note: g.note,
      temperature: g.temperature,
      fever: g.fever,
      onDuty: g.onDuty,
      recordedBy: g.recordedBy,
    }));
}
