import { asc, inArray, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { attendanceEvents } from '../../../db/schema';
import { foldAttendance, NOBODY_YET, type Standing } from './presence';

export const standingKey = (shiftId: number, staffId: number) => `${shiftId}:${staffId}`;

/** Where each person stands on the given shifts (attendance events folded, in recorded order). */
export function attendanceOf(db: ReadDb, shiftIds: readonly number[]) {
  const rows = shiftIds.length
    ? db
        .select()
        .from(attendanceEvents)
        .where(inArray(attendanceEvents.shiftId, [...new Set(shiftIds)]))
        .orderBy(asc(attendanceEvents.recordedAt), sql`rowid`)
        .all()
    : [];
  const grouped = new Map<string, typeof rows>();
  for (const r of rows) {
    const k = standingKey(r.shiftId, r.staffId);
    grouped.set(k, [...(grouped.get(k) ?? []), r]);
  }
  const out = new Map<string, Standing>();
  for (const [k, events] of grouped) out.set(k, foldAttendance(events));
  return {
    of: (shiftId: number, staffId: number): Standing => out.get(standingKey(shiftId, staffId)) ?? NOBODY_YET,
  };
}
