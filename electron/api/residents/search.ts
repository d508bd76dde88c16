import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { dayOf } from '../shared/dates';
import { MAX_TAIL_DIGITS, maskIdNumber, toHalfWidth } from '../shared/id-number';
import type { SearchRow } from './contract';
import { derivedFlags } from './rules';

type Raw = Omit<SearchRow, 'age' | 'idNumberMasked'> & { birthDate: string | null; idNumber: string | null };

/** What the operator typed, as searched: digits typed with spaces or dashes (137 8449 8498) are one number. */
function searchText(q: string): string {
  const raw = toHalfWidth(q).trim().toUpperCase();
  const digits = raw.replace(/[\s-]/g, '');
  return /^[\d\s-]+X?$/.test(raw) && digits.length >= 7 ? digits : raw;
}

/** The whole ID number a query asks for, if it is one: such a search is logged and rate limited. */
export function fullIdQuery(q: string): string | null {
  const s = searchText(q);
  return /^\d{17}[\dX]$/.test(s) ? s : null;
}

/** What the operator typed: a building-room, digits (phone, ID tail, room), or a name. */
export function searchCondition(q: string) {
  const s = searchText(q);
  const addr = s.match(/^(\d+|[^\s\-#栋号]+?)\s*(?:栋|号楼|#|-|\s)\s*(?:(\d+)单元\s*)?(\d+)$/);
  if (addr) {
    const [, b = '', unit, room = ''] = addr;
    return sql`(b.name IN (${b}, ${`${b}栋`}, ${`${b}号楼`}) AND h.room LIKE ${`${room}%`}
      ${unit ? sql`AND h.unit = ${`${unit}单元`}` : sql``})`;
  }
  // A whole ID number finds its owner (the handler logs and rate limits it). An ID tail is searched
  // with no more characters than the mask shows (the last 4): a longer tail would answer for
  // digits the mask hides. 5–6 digits still search phones and rooms.
  if (/^\d{17}[\dX]$/.test(s)) return sql`(r.id_number = ${s})`;
  if (/^\d{3,6}X?$/.test(s)) {
    const idTail = s.length <= MAX_TAIL_DIGITS ? sql` OR r.id_number LIKE ${`%${s}`}` : sql``;
    return sql`(r.phone LIKE ${`%${s}%`}${idTail} OR h.room = ${s})`;
  }
  if (/^\d{7,16}$/.test(s)) return sql`(r.phone LIKE ${`%${s}%`})`;
  if (/^\d{1,2}$/.test(s)) return sql`(h.room = ${s})`;
  // A name, or a fragment of one.
  return sql`(r.name LIKE ${`%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} ESCAPE '\\')`;
}

export function searchResidents(db: ReadDb, q: string, limit: number, now: Date) {
  if (!q.trim()) return { rows: [], total: 0, truncated: false };
  const where = searchCondition(q);
  const from = sql`FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id`;
  const raw = db.all<Raw>(sql`
    SELECT r.id, r.household_id AS householdId, r.name, r.gender, r.birth_date AS birthDate, r.id_number AS idNumber,
      r.phone, b.name AS building, h.unit, h.room, r.presence, r.relation
    ${from} WHERE ${where}
    ORDER BY (r.name = ${q.trim()}) DESC, b.sort_order, h.unit, h.room, r.id
    LIMIT ${limit + 1}`);
  const truncated = raw.length > limit;
  const total = truncated
    ? db.get<{ n: number }>(sql`SELECT count(*) AS n ${from} WHERE ${where}`).n
    : raw.length;
  const today = dayOf(now);
  const rows = raw.slice(0, limit).map(({ birthDate, idNumber, ...r }) => ({
    ...r,
    age: derivedFlags(birthDate, today).age,
    idNumberMasked: maskIdNumber(idNumber),
  }));
  return { rows, total, truncated };
}
