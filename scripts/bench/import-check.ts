// What an import wrote, as the import figure compares the app's and the baseline's: the count of each
// table it writes and a digest of the rows themselves (every column, in id order), and whether the
// counters (building_counts) equal a rebuild from the tables.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { countedFromTables, storedCounts } from '../../db/counts';

const TABLES = {
  buildings: 'SELECT id, name, floors, units_count, rooms_per_floor, sort_order FROM buildings ORDER BY id',
  households: `SELECT id, building_id, unit, room, householder_name, phone, occupancy, reg_status, notes,
    updated_at, version FROM households ORDER BY id`,
  residents: 'SELECT * FROM residents ORDER BY id',
  household_sources: 'SELECT * FROM household_sources ORDER BY id',
  household_events: `SELECT id, household_id, at, operator_id, operator_name, summary, summary_code,
    summary_params FROM household_events ORDER BY id`,
} as const;

export type Written = Record<keyof typeof TABLES, string> & { counters: string };

export function written(sqlite: Database.Database): Written {
  const out = {} as Written;
  for (const [table, sql] of Object.entries(TABLES) as [keyof typeof TABLES, string][]) {
    const h = createHash('sha256');
    let n = 0;
    for (const row of sqlite.prepare(sql).raw().iterate() as IterableIterator<unknown[]>) {
      h.update(JSON.stringify(row));
      n++;
    }
    out[table] = `${n} rows ${h.digest('hex').slice(0, 10)}`;
  }
  const stored = JSON.stringify(storedCounts(sqlite));
  out.counters =
    stored === JSON.stringify(countedFromTables(sqlite)) ? 'equal a rebuild' : 'DIFFER from a rebuild';
  return out;
}
