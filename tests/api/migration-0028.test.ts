import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../db/migrate';
import { APPLICATION_ID, findMigrationsFolder, openDatabase } from '../../db/open';
import { olderRelease, tempDir } from './helpers';

const SCHEMA_ROWS =
  "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'health_slots' ORDER BY type, name";

/** A 0027 database with two followed residents, their slots of a day and one check. */
function at0027(path: string) {
  const old = openDatabase(path, { migrationsFolder: olderRelease(28) });
  expect(old.$client.pragma('user_version', { simple: true })).toBe(28);
  old.$client.exec(`
    INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
    INSERT INTO households (building_id, room, updated_at) VALUES (1, '101', 'x');
    INSERT INTO residents (household_id, name, updated_at) VALUES (1, '王建华', 'x'), (1, '王丽', 'x');
    INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, household_id, building_id, place, reason,
      from_day, to_day, checks_per_day, opened_at, opened_by_name, last_read_pos)
    VALUES ('9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 'p', 1, 'resident', 1, 1, 1, '1栋 101', 'compound',
        '2026-11-27', '2026-12-10', 2, 'x', '林晓梅', 41567),
      ('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'p', 2, 'resident', 2, 1, 1, '1栋 101', 'compound',
        '2026-11-27', '2026-12-10', 2, 'x', '林晓梅', 41567);
    INSERT INTO health_slot_counts (day, building_id, hotel_id, starts, total, done, normal)
    VALUES ('2026-11-27', 1, 0, 420, 2, 1, 1), ('2026-11-27', 1, 0, 780, 2, 0, 0);
    INSERT INTO health_slots (id, episode_seq, day, slot, starts, building_id, state, temperature, at, checks)
    VALUES (7, 1, '2026-11-27', 0, 420, 1, 'normal', 36.5, '2026-11-27T00:10:00.000Z', 1),
      (8, 1, '2026-11-27', 1, 780, 1, 'due', NULL, NULL, 0),
      (9, 2, '2026-11-27', 0, 420, 1, 'due', NULL, NULL, 0),
      (10, 2, '2026-11-27', 1, 780, 1, 'due', NULL, NULL, 0);
    INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, result, via, at, recorded_at,
      operator_name)
    VALUES ('c1', 'p', 7, '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 36.5, 'forehead', 'normal', 'round',
      '2026-11-27T00:10:00.000Z', '2026-11-27T00:10:00.000Z', '林晓梅');`);
  const slots = old.$client.prepare('SELECT * FROM health_slots ORDER BY id').all();
  const schema = old.$client.prepare(SCHEMA_ROWS).all() as { type: string; name: string; sql: string }[];
  old.$client.close();
  return { slots, schema };
}

describe('migration 0028 (health slots without foreign keys)', () => {
  it('rebuilds the slots: same rows, indexes and triggers, no foreign keys, every other key checked and on', () => {
    const path = join(tempDir(), 'at-0027.db');
    const before = at0027(path);
    expect(before.schema.find((r) => r.type === 'table')?.sql).toMatch(/REFERENCES `health_episodes`/);

    const db = openDatabase(path);
    const sqlite = db.$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(29);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('foreign_key_list(health_slots)')).toEqual([]);
    // The checks still point at their slots: a check of a slot that does not exist is refused.
    expect(sqlite.pragma('foreign_key_list(health_checks)')).toContainEqual(
      expect.objectContaining({ table: 'health_slots', from: 'slot_id', to: 'id' }),
    );
    expect(() =>
      sqlite.exec(`INSERT INTO health_checks (id, post_id, slot_id, episode_id, method, result, via, at, recorded_at,
          operator_name)
        VALUES ('c2', 'p', 99, '9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 'forehead', 'normal', 'round', 'x', 'x', 'y')`),
    ).toThrow(/FOREIGN KEY/);
    expect(sqlite.prepare('SELECT * FROM health_slots ORDER BY id').all()).toEqual(before.slots);
    // Every index and trigger as it was, word for word; the table without its three REFERENCES.
    const after = sqlite.prepare(SCHEMA_ROWS).all() as { type: string; name: string; sql: string }[];
    expect(after.filter((r) => r.type !== 'table')).toEqual(before.schema.filter((r) => r.type !== 'table'));
    expect(after.map((r) => r.name)).toEqual(before.schema.map((r) => r.name));
    expect(after.find((r) => r.type === 'table')?.sql).not.toMatch(/REFERENCES/);

    // The triggers work on the new table: a checked slot is kept; a state change moves the counts.
    expect(() => sqlite.exec('DELETE FROM health_slots WHERE id = 7')).toThrow(/a slot with a check is kept/);
    sqlite.exec("UPDATE health_slots SET state = 'normal', checks = 1 WHERE id = 9");
    sqlite.exec('DELETE FROM health_slots WHERE id = 10');
    expect(
      sqlite.prepare('SELECT starts, total, done, normal FROM health_slot_counts ORDER BY starts').all(),
    ).toEqual([
      { starts: 420, total: 2, done: 2, normal: 2 },
      { starts: 780, total: 1, done: 0, normal: 0 },
    ]);
    sqlite.close();
  });

  it('a migration that turns keys off and breaks one is undone whole, and the keys are on again', () => {
    const path = join(tempDir(), 'broken.db');
    at0027(path);
    // A release whose next migration rebuilds the slots but loses one that a check points at.
    const folder = olderRelease(29);
    const file = join(folder, '0028_health_slots_keys.sql');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('FROM `health_slots`;', 'FROM `health_slots` WHERE id <> 7;'),
    );
    const sqlite = new Database(path);
    sqlite.pragma('foreign_keys = ON');
    expect(() => runMigrations(sqlite, folder, APPLICATION_ID)).toThrow(
      /升级未完成，数据未改动：1 条记录指向不存在的数据（首条在 health_checks，指向 health_slots）/,
    );
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('user_version', { simple: true })).toBe(28);
    expect(sqlite.prepare('SELECT count(*) AS n FROM health_slots').get()).toEqual({ n: 4 });
    expect(sqlite.pragma('foreign_key_list(health_slots)')).toHaveLength(3);
    sqlite.close();
  });

  it('a key broken elsewhere before the upgrade (by another tool) does not stop it', () => {
    const path = join(tempDir(), 'elsewhere.db');
    at0027(path);
    const sqlite = new Database(path);
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec(`INSERT INTO gate_log (post_id, at, direction, kind, who, fever, recorded_by)
      VALUES (99, '2026-11-27T01:00:00.000Z', 'in', 'other', 'x', 0, 'x')`);
    sqlite.pragma('foreign_keys = ON');
    expect(runMigrations(sqlite, findMigrationsFolder(), APPLICATION_ID)).toBe(1);
    expect(sqlite.pragma('foreign_key_list(health_slots)')).toEqual([]);
    expect(sqlite.pragma('foreign_key_check(gate_log)')).toHaveLength(1);
    sqlite.close();
  });

  it('the keys are off while such a migration runs, and on again after it', () => {
    const path = join(tempDir(), 'off.db');
    at0027(path);
    const folder = olderRelease(29);
    // What the connection says in the middle of the migration, kept in a table for after.
    appendFileSync(
      join(folder, '0028_health_slots_keys.sql'),
      '--> statement-breakpoint\nCREATE TABLE `keys_seen` AS SELECT foreign_keys AS k FROM pragma_foreign_keys;',
    );
    const db = openDatabase(path, { migrationsFolder: folder });
    expect(db.$client.prepare('SELECT k FROM keys_seen').get()).toEqual({ k: 0 });
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });
});
