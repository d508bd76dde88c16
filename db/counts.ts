import type Database from 'better-sqlite3';

/**
 * The triggers of migration 0013 that keep `building_counts` in step with buildings, households and
 * residents. A migration that rebuilds one of those tables drops its triggers with it and must create
 * them again; tests/api/counts.test.ts checks that they are all there after every migration.
 */
export const COUNT_TRIGGERS = [
  'building_counts_building_insert',
  'building_counts_household_insert',
  'building_counts_household_delete',
  'building_counts_household_update',
  'building_counts_resident_insert',
  'building_counts_resident_delete',
  'building_counts_resident_move',
] as const;

/** The triggers of migration 0026 that keep `resident_birth_months` in step with residents. */
export const BIRTH_MONTH_TRIGGERS = [
  'resident_birth_months_insert',
  'resident_birth_months_delete',
  'resident_birth_months_update',
] as const;

export type BuildingCountRow = {
  buildingId: number;
  rooms: number;
  notVisited: number;
  registered: number;
  verified: number;
  occupied: number;
  vacant: number;
  unknown: number;
  residents: number;
};

const COLUMNS = `building_id AS buildingId, rooms, not_visited AS notVisited, registered, verified,
  occupied, vacant, unknown, residents`;

/** What the counters hold, one row per building (those with a row), by building id. */
export function storedCounts(sqlite: Database.Database): BuildingCountRow[] {
  return sqlite
    .prepare(`SELECT ${COLUMNS} FROM building_counts ORDER BY building_id`)
    .all() as BuildingCountRow[];
}

/** The same figures counted from the tables themselves, every building: what the counters must hold. */
export function countedFromTables(sqlite: Database.Database): BuildingCountRow[] {
  return sqlite
    .prepare(
      `SELECT b.id AS buildingId, count(h.id) AS rooms,
        coalesce(sum(h.reg_status = 'not_visited'), 0) AS notVisited,
        coalesce(sum(h.reg_status = 'registered'), 0) AS registered,
        coalesce(sum(h.reg_status = 'verified'), 0) AS verified,
        coalesce(sum(h.occupancy = 'occupied'), 0) AS occupied,
        coalesce(sum(h.occupancy = 'vacant'), 0) AS vacant,
        coalesce(sum(h.occupancy = 'unknown'), 0) AS unknown,
        (SELECT count(*) FROM residents r JOIN households x ON x.id = r.household_id
          WHERE x.building_id = b.id) AS residents
      FROM buildings b LEFT JOIN households h ON h.building_id = b.id
      GROUP BY b.id ORDER BY b.id`,
    )
    .all() as BuildingCountRow[];
}

export type BirthMonthRow = { month: string; residents: number };

/** The birth months the counters hold with residents in them (a month emptied keeps a row of 0). */
export function storedBirthMonths(sqlite: Database.Database): BirthMonthRow[] {
  return sqlite
    .prepare('SELECT month, residents FROM resident_birth_months WHERE residents <> 0 ORDER BY month')
    .all() as BirthMonthRow[];
}

/** The same counted from the residents themselves: what the birth-month counters must hold. */
export function birthMonthsFromTables(sqlite: Database.Database): BirthMonthRow[] {
  return sqlite
    .prepare(
      `SELECT substr(birth_date, 1, 7) AS month, count(*) AS residents FROM residents
      WHERE birth_date IS NOT NULL GROUP BY 1 ORDER BY 1`,
    )
    .all() as BirthMonthRow[];
}
