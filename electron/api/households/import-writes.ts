/**
 * The import's many writes through statements compiled once per set of columns. Building and
 * compiling a query per row cost ~0.3 ms (30 s for 100,000 residents); a prepared statement costs
 * a few microseconds. Updates bump the record's version, so a form read before the import is stale.
 */
import type { Statement } from 'better-sqlite3';
import { getTableColumns } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { buildings, householdEvents, householdSources, households, residents } from '../../../db/schema';
import { type HouseholdEvent, householdEventRow } from '../shared/household-log';
import { snapshotName } from '../shared/who';
import type { NewBuilding } from './import-places';
import type { WriteCtx } from './import-plan';

type Values = Record<string, unknown>;

export class ImportWrites {
  private cache = new Map<string, Statement>();
  /** Buildings that got rooms (households) from this import. */
  private readonly grown = new Set<number>();
  constructor(
    private readonly db: Db,
    private readonly ctx: WriteCtx,
  ) {}

  private statement(key: string, sql: () => string): Statement {
    let s = this.cache.get(key);
    if (!s) {
      s = this.db.$client.prepare(sql());
      this.cache.set(key, s);
    }
    return s;
  }

  private static columns(table: SQLiteTable, values: Values): { names: string[]; params: unknown[] } {
    const all = getTableColumns(table) as Record<string, SQLiteColumn>;
    const names: string[] = [];
    const params: unknown[] = [];
    for (const [key, v] of Object.entries(values)) {
      const col = all[key];
      if (!col || v === undefined) continue;
      names.push(col.name);
      params.push(v === null ? null : col.mapToDriverValue(v));
    }
    return { names, params };
  }

  private insert(table: SQLiteTable, name: string, values: Values): number {
    const { names, params } = ImportWrites.columns(table, values);
    const s = this.statement(`i:${name}:${names.join(',')}`, () => {
      return `INSERT INTO ${name} (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')})`;
    });
    return Number(s.run(...params).lastInsertRowid);
  }

  private update(table: SQLiteTable, name: string, id: number, values: Values): void {
    const { names, params } = ImportWrites.columns(table, values);
    const s = this.statement(`u:${name}:${names.join(',')}`, () => {
      const set = names.map((n) => `${n} = ?`).join(', ');
      return `UPDATE ${name} SET ${set}, version = version + 1 WHERE id = ?`;
    });
    s.run(...params, id);
  }

  /** A building the sheet named and the user accepted creating; its rooms come as households. */
  insertBuilding(b: NewBuilding): number {
    const { name, floors, unitsCount, roomsPerFloor, sortOrder } = b;
    return this.insert(buildings, 'buildings', { name, floors, unitsCount, roomsPerFloor, sortOrder });
  }
  /** The household was learned of from the property list (物业名单) on the import's day. */
  source(householdId: number, day: string, fileName: string): void {
    this.insert(householdSources, 'household_sources', {
      householdId,
      method: 'property_list',
      day,
      operatorId: this.ctx.operator?.id ?? null,
      operatorName: snapshotName(this.ctx.operator),
      note: fileName.slice(0, 200),
      at: this.ctx.now().toISOString(),
    });
  }
  insertHousehold(values: typeof households.$inferInsert): number {
    this.grown.add(values.buildingId);
    return this.insert(households, 'households', values);
  }
  /**
   * A building that got rooms from the sheet counts them: its units, floors and rooms a floor grow to
   * cover its rooms (502 is floor 5, room 2 of its floor), as a building the import creates does.
   * They never shrink here: a building added on the board keeps the shape it was given.
   */
  growBuildings(): void {
    const numbered = `FROM households WHERE building_id = b.id AND length(room) >= 3 AND room NOT GLOB '*[^0-9]*'`;
    const grow = this.statement(
      'grow',
      () => `UPDATE buildings AS b SET
      units_count = max(units_count, (SELECT count(DISTINCT unit) FROM households WHERE building_id = b.id)),
      floors = max(floors, coalesce((SELECT max(CAST(substr(room, 1, length(room) - 2) AS INTEGER)) ${numbered}), 0)),
      rooms_per_floor = max(rooms_per_floor, coalesce((SELECT max(CAST(substr(room, -2) AS INTEGER)) ${numbered}), 0))
      WHERE b.id = ?`,
    );
    for (const id of this.grown) grow.run(id);
  }
  updateHousehold(id: number, values: Partial<typeof households.$inferInsert>): void {
    this.update(households, 'households', id, values);
  }
  insertResident(values: typeof residents.$inferInsert): void {
    this.insert(residents, 'residents', values);
  }
  updateResident(id: number, values: Partial<typeof residents.$inferInsert>): void {
    this.update(residents, 'residents', id, values);
  }
  /** A household someone moved out of: no longer headed by them, of unknown occupancy once empty. */
  vacate(householdId: number, name: string, at: string): void {
    this.statement(
      'vacate',
      () => `UPDATE households SET householder_name = CASE WHEN householder_name = ? THEN '' ELSE householder_name END,
      occupancy = CASE WHEN NOT EXISTS (SELECT 1 FROM residents r WHERE r.household_id = households.id) THEN 'unknown' ELSE occupancy END,
      updated_at = ?, version = version + 1 WHERE id = ?`,
    ).run(name, at, householdId);
  }
  /** One line in a household file's own history (as logHouseholdEvent writes it). */
  event(householdId: number, event: HouseholdEvent): void {
    this.insert(householdEvents, 'household_events', householdEventRow(householdId, this.ctx, event));
  }
}
