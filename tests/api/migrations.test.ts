import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMigrationsFolder, openDatabase, readJournal } from '../../db/open';
import { olderRelease, tempDir } from './helpers';

describe('migrations', () => {
  it("an up-to-date file opens without reading the migrations' SQL; a pending one still runs", () => {
    const path = join(tempDir(), 'current.db');
    const folder = olderRelease(readJournal(findMigrationsFolder()).entries.length);
    openDatabase(path, { migrationsFolder: folder }).$client.close();
    // Every migration's SQL gone: an open that read them would fail (drizzle reads each to hash it).
    for (const f of readdirSync(folder).filter((n) => n.endsWith('.sql'))) rmSync(join(folder, f));
    const again = openDatabase(path, { migrationsFolder: folder });
    expect(again.$client.prepare('SELECT count(*) AS n FROM compound').get()).toEqual({ n: 1 });
    again.$client.close();
    // One migration behind: the journal's last is pending, so the files are read (and are missing).
    const behind = join(tempDir(), 'behind.db');
    openDatabase(behind, { migrationsFolder: olderRelease(2) }).$client.close();
    expect(() => openDatabase(behind, { migrationsFolder: folder })).toThrow();
  });

  it('0001 (household sources and history) upgrades a 0000 database and keeps its data', () => {
    const path = join(tempDir(), 'old.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(1) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(1);
    old.$client.exec(`INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '101', '王建华', 'x');
      INSERT INTO residents (household_id, name, updated_at) VALUES (1, '王建华', 'x');`);
    expect(() => old.$client.prepare('SELECT * FROM household_events').all()).toThrow(/no such table/);
    old.$client.close();

    const now = openDatabase(path);
    expect(now.$client.pragma('user_version', { simple: true })).toBe(
      readJournal(findMigrationsFolder()).entries.length,
    );
    expect(now.$client.prepare('SELECT householder_name FROM households').get()).toEqual({
      householder_name: '王建华',
    });
    expect(now.$client.prepare('SELECT count(*) AS n FROM household_events').get()).toEqual({ n: 0 });
    const indexes = now.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'residents_birth_idx'")
      .all();
    expect(indexes).toHaveLength(1);
    now.$client.close();
  });

  it('an older release refuses the upgraded file untouched', () => {
    const path = join(tempDir(), 'new.db');
    openDatabase(path).$client.close();
    expect(() => openDatabase(path, { migrationsFolder: olderRelease(1) })).toThrow(/更新版本/);
  });
});
