// What the operator typed, as residents.search reads it: a plan of the plain condition the answer
// holds and the candidates the indexes give for it (search.ts runs it).
import { MAX_TAIL_DIGITS, toHalfWidth } from '../shared/id-number';
import { join, raw, type SqlPart, sql } from './sql-part';

/**
 * A building number (up to 3 digits) and a room joined by one dash (114-1304): an address, not a
 * phone's digits. Four digits or more before the dash (4498-1234) are a phone typed in groups.
 */
const DASHED_ROOM = /^\d{1,3}\s*-\s*\d{1,5}$/;

/**
 * What the operator typed, as searched: digits typed with spaces or dashes (137 8449 8498) are one
 * number, unless they are a building and a room joined by one dash.
 */
function searchText(q: string): string {
  const typed = toHalfWidth(q).trim().toUpperCase();
  const digits = typed.replace(/[\s-]/g, '');
  return /^[\d\s-]+X?$/.test(typed) && digits.length >= 7 && !DASHED_ROOM.test(typed) ? digits : typed;
}

/** The whole ID number a query asks for, if it is one: such a search is logged and rate limited. */
export function fullIdQuery(q: string): string | null {
  const s = searchText(q);
  return /^\d{17}[\dX]$/.test(s) ? s : null;
}

/**
 * The least string above every string that starts with `s` (its last code point plus one), or null
 * when there is none (a prefix of U+10FFFF only): the upper end of a prefix range.
 */
export function prefixEnd(s: string): string | null {
  const chars = [...s];
  const last = chars.pop();
  if (last === undefined) return null;
  const cp = last.codePointAt(0) ?? 0;
  if (cp >= 0x10ffff) return prefixEnd(chars.join(''));
  // UTF-8 (SQLite's order) has no surrogates: the code point after U+D7FF is U+E000.
  return chars.join('') + String.fromCodePoint(cp === 0xd7ff ? 0xe000 : cp + 1);
}

const upTo = (expr: SqlPart, s: string) => {
  const end = prefixEnd(s);
  return end === null ? sql`` : sql` AND ${expr} < ${end}`;
};

/** `expr` starts with `s`: one range of the index on that expression, where there is one. */
const isPrefix = (expr: SqlPart, s: string) => sql`${expr} >= ${s}${upTo(expr, s)}`;

/** Residents whose `expr` starts with `s`: one range of the index on that expression. */
const startsWith = (expr: SqlPart, s: string) => sql`SELECT id FROM residents WHERE ${isPrefix(expr, s)}`;

/** The indexed name expressions (migration 0009): the name from its 1st, 2nd and 3rd character. */
const FROM1 = raw('upper(name)');
const FROM2 = raw('upper(substr(name, 2))');
const FROM3 = raw('upper(substr(name, 3))');
const NAME_FROM = [FROM1, FROM2, FROM3];
/**
 * The few names longer than 3 characters, through their own partial index, named: with statistics
 * missing or stale (a registry just generated or imported) SQLite chose to scan the whole name
 * index instead (LIKE '%…%' reads every entry), 10 ms at 323,377 residents on every name search.
 */
const LONG_NAMES = raw('residents INDEXED BY residents_long_name_idx');

export type SearchPlan = {
  /** The plain condition over `r`, `h` and `b`: the answer is exactly the rows it holds. */
  where: SqlPart;
  /**
   * The resident ids the indexes give for it (migration 0009), a superset of the answer; absent
   * when the condition finds its rows by index itself (an address, a whole ID number).
   */
  candidates?: SqlPart;
  /**
   * The candidates are exactly the answer (a name: a prefix range from the 1st, 2nd or 3rd
   * character, or a longer name holding it), so the condition is not checked again row by row.
   */
  exact?: true;
  /**
   * A name: its LIKE pattern (`where` is `r.name LIKE` it), which the search checks walking the
   * registry in address order when many match (search.ts), and how many match, from the indexes.
   */
  name?: { like: string; count: SqlPart };
};

/**
 * Digits: a phone that starts or ends with them (7 or more: a phone only), an ID number that ends
 * with them (3–4 characters: no more than the mask shows), or a room number.
 */
function digitsPlan(s: string): SearchPlan {
  const digits = /^\d+$/.test(s);
  const tail = s.slice(-3);
  const idTail = s.length >= 3 && s.length <= MAX_TAIL_DIGITS;
  const phone = digits && s.length >= 3;
  const where: SqlPart[] = [];
  const found: SqlPart[] = [];
  if (phone) {
    where.push(sql`r.phone LIKE ${`${s}%`} OR r.phone LIKE ${`%${s}`}`);
    found.push(startsWith(raw('phone'), s), sql`SELECT id FROM residents WHERE substr(phone, -3) = ${tail}`);
  }
  if (idTail) {
    where.push(sql`r.id_number LIKE ${`%${s}`}`);
    found.push(sql`SELECT id FROM residents WHERE substr(id_number, -3) = ${tail}`);
  }
  if (s.length <= (digits ? 6 : 7)) {
    where.push(sql`h.room = ${s}`);
    found.push(
      sql`SELECT r2.id FROM households h2 JOIN residents r2 ON r2.household_id = h2.id WHERE h2.room = ${s}`,
    );
  }
  return { where: sql`(${join(where, ' OR ')})`, candidates: join(found, ' UNION ALL ') };
}

/**
 * How many residents' names hold `s`, from the indexes alone (no resident read, no id collected). A
 * name holds it from its 1st, 2nd or 3rd character (ranges of the indexes), or only further on in a
 * name longer than 3 (their own small index). The ranges overlap where `s` recurs (王王, 王X王): each
 * name is counted once, in the range of the last of those characters `s` starts from, by looking
 * further into the index's key (`substr(upper(name), 2)` is `upper(substr(name, 2))`, as upper()
 * folds ASCII only, a character for a character).
 */
function nameCount(s: string, like: string): SqlPart {
  const k = [...s].length;
  const at = (key: string, from: number) => sql`substr(${raw(key)}, ${from}, ${k}) = ${s}`;
  return sql`SELECT
    (SELECT count(*) FROM residents WHERE ${isPrefix(FROM1, s)}
      AND NOT (${at('upper(name)', 2)} OR ${at('upper(name)', 3)}))
    + (SELECT count(*) FROM residents WHERE ${isPrefix(FROM2, s)} AND NOT ${at('upper(substr(name, 2))', 2)})
    + (SELECT count(*) FROM residents WHERE ${isPrefix(FROM3, s)})
    + (SELECT count(*) FROM ${LONG_NAMES} WHERE length(name) > 3 AND upper(name) LIKE ${like} ESCAPE '\\'
      AND NOT (${at('upper(name)', 1)} OR ${at('upper(name)', 2)} OR ${at('upper(name)', 3)}))`;
}

/** What the operator typed: a building-room, digits (phone, ID tail, room), or a name. */
export function searchPlan(q: string): SearchPlan {
  const s = searchText(q);
  const addr = s.match(/^(\d+|[^\s\-#栋号]+?)\s*(?:栋|号楼|#|-|\s)\s*(?:(\d+)单元\s*)?(\d+)$/);
  if (addr) {
    const [, b = '', unit, room = ''] = addr;
    return {
      where: sql`(b.name IN (${b}, ${`${b}栋`}, ${`${b}号楼`}) AND h.room LIKE ${`${room}%`}
      ${unit ? sql`AND h.unit = ${`${unit}单元`}` : sql``})`,
    };
  }
  // A whole ID number finds its owner (the handler logs and rate limits it). An ID tail is searched
  // with no more characters than the mask shows (the last 4): a longer tail would answer for
  // digits the mask hides. 5–6 digits still search phones and rooms; 7–16 phones only.
  if (/^\d{17}[\dX]$/.test(s)) return { where: sql`(r.id_number = ${s})` };
  if (/^\d{1,16}$/.test(s) || /^\d{3,6}X$/.test(s)) return digitsPlan(s);
  // A name, or a fragment of one (`s` is upper-cased, as the indexed names are).
  const like = `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    where: sql`(r.name LIKE ${like} ESCAPE '\\')`,
    candidates: join(
      [
        ...NAME_FROM.map((expr) => startsWith(expr, s)),
        sql`SELECT id FROM ${LONG_NAMES} WHERE length(name) > 3 AND upper(name) LIKE ${like} ESCAPE '\\'`,
      ],
      ' UNION ALL ',
    ),
    exact: true,
    name: { like, count: nameCount(s, like) },
  };
}

/** The statement's condition: the candidates by index, checked with the plain condition unless exact. */
export function filterOf(plan: SearchPlan): SqlPart {
  if (!plan.candidates) return plan.where;
  return plan.exact ? sql`r.id IN (${plan.candidates})` : sql`r.id IN (${plan.candidates}) AND ${plan.where}`;
}
