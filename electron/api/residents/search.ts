// residents.search: the plan of what was typed (search-plan.ts), answered by index.
import type { ReadDb } from '../../../db/open';
import { keptRead } from '../../../db/statements';
import { dayOf } from '../shared/dates';
import { maskIdNumber } from '../shared/id-number';
import type { SearchRow } from './contract';
import { ageOn } from './rules';
import { filterOf, type SearchPlan, searchPlan } from './search-plan';
import { raw, type SqlPart, sql } from './sql-part';

/** A found row as a statement answers it: an array (no object is made per row only to be copied). */
type Found = [
  id: number,
  householdId: number,
  name: string,
  gender: SearchRow['gender'],
  birthDate: string | null,
  idNumber: string | null,
  phone: string,
  building: string,
  unit: string,
  room: string,
  presence: SearchRow['presence'],
  relation: string,
];
/** A found row and, last, how many rows the whole answer holds (`count(*) OVER ()`). */
type Counted = [...row: Found, total: number];

const COLUMNS = raw(`r.id, r.household_id, r.name, r.gender, r.birth_date, r.id_number,
      r.phone, b.name, h.unit, h.room, r.presence, r.relation`);
const FROM = raw(
  'residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id',
);
/** The answer's order after the residents named exactly as typed: their address, then their id. */
const BY_ADDRESS = raw('b.sort_order, h.unit, h.room, r.id');

/** Prepared once per shape on the connection (`keptRead`): per call only the parameters change. */
const rowsOf = <T>(db: ReadDb, query: SqlPart): T[] =>
  keptRead(db, query.sql)
    .raw(true)
    .all(...query.params) as T[];

/**
 * Digits, an address, a whole ID number: few match. One statement: the candidates by index, each
 * checked with the plain condition, in address order, counted as they are found (`count(*) OVER ()`).
 */
function byIndex(db: ReadDb, plan: SearchPlan, exact: string, limit: number) {
  const found = rowsOf<Counted>(
    db,
    sql`SELECT ${COLUMNS}, count(*) OVER () FROM ${FROM} WHERE ${filterOf(plan)}
    ORDER BY (r.name = ${exact}) DESC, ${BY_ADDRESS} LIMIT ${limit}`,
  );
  return { found, total: found[0]?.[12] ?? 0 };
}

/**
 * Whether walking the registry pays for a name `total` residents hold, and how many residents to pass
 * at most. Sorting the matches costs about a microsecond each (each resident, household and building
 * read by id, then sorted); the walk about a tenth of that for each resident it passes, and it
 * passes page × registry / matches of them when the matches are spread over the registry: walk when
 * that is at most half a sort (matches² × 5 > page × registry), and not past twice that, so a walk
 * that finds its page short — a name held only in the last buildings of the order, a clan living
 * together — costs at most one sort more. Only when no two buildings share a sort_order: the walk's
 * order (buildings by sort_order, then id) is then the answer's. Either way the answer is the same.
 */
export function walkBudget(db: ReadDb, total: number, limit: number): number | null {
  if (total <= limit) return null;
  const [distinct, registry] = rowsOf<[number, number]>(
    db,
    sql`SELECT (SELECT count(*) = count(DISTINCT sort_order) FROM buildings),
      (SELECT coalesce(sum(residents), 0) FROM building_counts)`,
  )[0] ?? [0, 0];
  if (distinct !== 1 || total * total * 5 <= limit * registry) return null;
  return Math.ceil((2 * limit * registry) / total);
}

/** No building is past this one: the walk's bound when the budget reaches the registry's end. */
const LAST = Number.MAX_SAFE_INTEGER;

/** The building (its sort_order and id) where the walk has passed `budget` residents. */
function lastToWalk(db: ReadDb, budget: number): [number, number] {
  let passed = 0;
  const buildings = keptRead(
    db,
    `SELECT b.sort_order, b.id, c.residents FROM buildings b LEFT JOIN building_counts c ON c.building_id = b.id
    ORDER BY b.sort_order, b.id`,
  )
    .raw(true)
    .iterate() as IterableIterator<[number, number, number | null]>;
  for (const [order, id, residents] of buildings) {
    passed += residents ?? 0;
    // Leaving the loop ends the statement (the iterator's return).
    if (passed >= budget) return [order, id];
  }
  return [LAST, LAST];
}

/**
 * The first `limit` residents whose name is like `like`, in the answer's order, without sorting them
 * all: those named exactly as typed first (residents_name_idx), then the registry walked in address
 * order up to the building where `budget` residents are passed (building_counts) — or null when the
 * page is not full by then.
 */
export function walk(db: ReadDb, like: string, exact: string, limit: number, budget: number) {
  const first = rowsOf<Found>(
    db,
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE r.name = ${exact} AND r.name LIKE ${like} ESCAPE '\\'
    ORDER BY ${BY_ADDRESS} LIMIT ${limit}`,
  );
  if (first.length >= limit) return first;
  const rest = rowsOf<Found>(db, addressWalk(like, exact, limit - first.length, lastToWalk(db, budget)));
  // More than `limit` match (walkBudget) and fewer than it are named exactly so: the whole registry
  // holds enough for the page, and only the bound can have left it short.
  return rest.length < limit - first.length ? null : first.concat(rest);
}

/**
 * The walk past those named exactly as typed: the first `n` other names like `like`, up to the
 * building `to` (its sort_order and id). Buildings by sort_order then id (buildings_order_idx),
 * households by unit and room (households_addr_uq), residents by id with their names
 * (residents_household_idx): each step an index in the order asked, so nothing is sorted and SQLite
 * stops at the LIMIT; a resident's row is read only when the name in the index matches.
 */
export const addressWalk = (like: string, exact: string, n: number, to: [number, number]): SqlPart =>
  sql`SELECT ${COLUMNS} FROM buildings b CROSS JOIN households h ON h.building_id = b.id
      CROSS JOIN residents r ON r.household_id = h.id
    WHERE (b.sort_order, b.id) <= (${to[0]}, ${to[1]})
      AND r.name LIKE ${like} ESCAPE '\\' AND r.name <> ${exact}
    ORDER BY b.sort_order, b.id, h.unit, h.room, r.id LIMIT ${n}`;

/**
 * A name: counted from the indexes alone, then the page either sorted from the candidates (which are
 * exactly the answer) or, when many match, walked.
 */
function byName(
  db: ReadDb,
  plan: SearchPlan,
  name: { like: string; count: SqlPart },
  exact: string,
  limit: number,
) {
  const total = keptRead(db, name.count.sql)
    .pluck()
    .get(...name.count.params) as number;
  if (total === 0) return { found: [], total };
  const budget = walkBudget(db, total, limit);
  const walked = budget === null ? null : walk(db, name.like, exact, limit, budget);
  if (walked) return { found: walked, total };
  const found = rowsOf<Found>(
    db,
    sql`SELECT ${COLUMNS} FROM ${FROM} WHERE ${filterOf(plan)}
    ORDER BY (r.name = ${exact}) DESC, ${BY_ADDRESS} LIMIT ${limit}`,
  );
  return { found, total };
}

/**
 * The residents what was typed finds, those named exactly so first, then in address order: the
 * first `limit` of them and how many there are.
 */
export function searchResidents(db: ReadDb, q: string, limit: number, now: Date) {
  if (!q.trim()) return { rows: [], total: 0, truncated: false };
  const plan = searchPlan(q);
  const exact = q.trim();
  const { found, total }: { found: (Found | Counted)[]; total: number } = plan.name
    ? byName(db, plan, plan.name, exact, limit)
    : byIndex(db, plan, exact, limit);
  const today = dayOf(now);
  const rows = found.map(
    ([
      id,
      householdId,
      name,
      gender,
      birthDate,
      idNumber,
      phone,
      building,
      unit,
      room,
      presence,
      relation,
    ]): SearchRow => ({
      id,
      householdId,
      name,
      gender,
      age: birthDate ? ageOn(birthDate, today) : null,
      idNumberMasked: maskIdNumber(idNumber),
      phone,
      building,
      unit,
      room,
      presence,
      relation,
    }),
  );
  return { rows, total, truncated: total > limit };
}
