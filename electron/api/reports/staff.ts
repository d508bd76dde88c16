import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { attendanceOf } from '../shared/attendance-log';
import type { Line } from './contract';

/** The day's shifts: places rostered, attended (signed in, the attendance fold) and no-shows. */
export function staffLines(db: ReadDb, day: string): Line[] {
  const rows = db.all<{ shiftId: number; staffId: number }>(
    sql`SELECT a.shift_id AS shiftId, a.staff_id AS staffId FROM shifts s JOIN assignments a ON a.shift_id = s.id
        WHERE s.day = ${day}`,
  );
  const att = attendanceOf(
    db,
    rows.map((r) => r.shiftId),
  );
  const standing = rows.map((r) => att.of(r.shiftId, r.staffId).status);
  const n = (st: string) => standing.filter((x) => x === st).length;
  return [
    { key: 'staff_rostered', label: '', today: rows.length, current: null, cumulative: null },
    { key: 'staff_present', label: '', today: n('present'), current: null, cumulative: null },
    { key: 'staff_no_show', label: '', today: n('no_show'), current: null, cumulative: null },
  ];
}
