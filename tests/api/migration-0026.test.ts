import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { birthMonthsFromTables, storedBirthMonths } from '../../db/counts';
import { openDatabase } from '../../db/open';
import { api, olderRelease, tempDir } from './helpers';

describe('migration 0026 (residents by birth month)', () => {
  it('upgrades a 0025 database: the months counted from its residents, kept by every later write, the ages unchanged', async () => {
    const path = join(tempDir(), 'at-0025.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(26) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(26);
    // As 0025 kept residents: a birth date or none, as the registry and a hand-edited file left them.
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'commander', 1, 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, phone, updated_at) VALUES (1, '101', '王建华', '13800000001', 'x');
      INSERT INTO residents (household_id, name, birth_date, updated_at) VALUES
        (1, '王建华', '1958-03-02', 'x'), (1, '李秀英', '1961-11-28', 'x'), (1, '王小明', '1961-11-29', 'x'),
        (1, '王小红', '2012-11-29', 'x'), (1, '王小宝', '2026-11-28', 'x'), (1, '无日期', NULL, 'x'),
        (1, '老张', '1961-11', 'x'), (1, '老李', '1961', 'x');`);
    expect(() => old.$client.prepare('SELECT * FROM resident_birth_months').all()).toThrow(/no such table/);
    old.$client.close();

    const db = openDatabase(path);
    const sqlite = db.$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(27);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(storedBirthMonths(sqlite)).toEqual([
      { month: '1958-03', residents: 1 },
      { month: '1961', residents: 1 },
      { month: '1961-11', residents: 3 },
      { month: '2012-11', residents: 1 },
      { month: '2026-11', residents: 1 },
    ]);
    // At the post on 2026-11-28: born on or before 1961-11-28 is elderly (王建华, 李秀英, 老张, 老李);
    // after 2012-11-28 and not after today a child (王小红, 王小宝).
    const call = api(db, { now: () => new Date('2026-11-28T02:00:00.000Z'), paths: { db: path } }, 1);
    const overview = await call('overview.get', {});
    if (!overview.ok) throw new Error(overview.error.message);
    expect(overview.value.counts).toMatchObject({ residents: 8, elderly: 4, children: 2 });
    // Kept by the triggers from now on.
    sqlite.exec(`UPDATE residents SET birth_date = '1950-01-01' WHERE name = '王小明';
      DELETE FROM residents WHERE name = '老李';
      INSERT INTO residents (household_id, name, birth_date, updated_at) VALUES (1, '新生', '2026-11-01', 'x');`);
    expect(storedBirthMonths(sqlite)).toEqual(birthMonthsFromTables(sqlite));
    const after = await call('overview.get', {});
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.counts).toMatchObject({ residents: 8, elderly: 4, children: 3 });
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
