import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { addressWalk, searchResidents } from '../../electron/api/residents/search';
import { FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0027 (the search walks the registry in address order)', () => {
  it('upgrades a 0026 database: buildings indexed by sort_order, the household index with ids and names, the search answering as before', () => {
    const path = join(tempDir(), 'at-0026.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(27) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(27);
    old.$client.exec(`
      INSERT INTO buildings (name, floors, rooms_per_floor, sort_order) VALUES ('1栋', 6, 2, 2), ('2栋', 6, 2, 1);
      INSERT INTO households (building_id, room, updated_at) VALUES (1, '101', 'x'), (2, '102', 'x'), (2, '101', 'x');
      INSERT INTO residents (household_id, name, updated_at) VALUES
        (1, '王建华', 'x'), (2, '王', 'x'), (3, '李王', 'x'), (3, '张三', 'x'), (2, '王小明', 'x');`);
    old.$client.close();

    const db = openDatabase(path);
    const sqlite = db.$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(28);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const columns = (index: string) =>
      (sqlite.pragma(`index_info(${index})`) as { name: string }[]).map((c) => c.name);
    expect(columns('residents_household_idx')).toEqual(['household_id', 'id', 'name']);
    expect(columns('buildings_order_idx')).toEqual(['sort_order']);
    // Named exactly 王 first, then 2栋 (sort_order 1) by room, then 1栋; 4 in all.
    expect(searchResidents(db, '王', 2, FIXED_NOW)).toMatchObject({ total: 4, truncated: true });
    expect(searchResidents(db, '王', 10, FIXED_NOW).rows.map((r) => r.name)).toEqual([
      '王',
      '李王',
      '王小明',
      '王建华',
    ]);
    const walk = addressWalk('%王%', '王', 10, [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER]);
    expect(
      sqlite
        .prepare(walk.sql)
        .raw(true)
        .all(...walk.params)
        .map((r) => (r as unknown[])[2]),
    ).toEqual(['李王', '王小明', '王建华']);
    db.$client.close();
  });
});
