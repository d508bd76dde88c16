import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0009 (search indexes)', () => {
  it('upgrades a 0008 database with residents: their names, phones and ID tails are found by index', async () => {
    const path = join(tempDir(), 'at-0008.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(9) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(9);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, units_count, rooms_per_floor) VALUES ('3栋', 6, 1, 2);
      INSERT INTO households (building_id, room, updated_at) VALUES (1, '302', 'x'), (1, '501', 'x');
      INSERT INTO residents (household_id, name, phone, id_number, updated_at) VALUES
        (1, '王建国', '13812345678', '46010619570122001X', 'x'),
        (1, 'Li Ming', '', NULL, 'x'),
        (2, '欧阳建华', '13900004321', '460106198001010021', 'x');`);
    old.$client.close();

    const db = openDatabase(path);
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const names = async (q: string) => {
      const r = await call('residents.search', { q });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.rows.map((x) => x.name);
    };
    expect(await names('建')).toEqual(['王建国', '欧阳建华']);
    expect(await names('阳建')).toEqual(['欧阳建华']);
    expect(await names('ming')).toEqual(['Li Ming']);
    expect(await names('5678')).toEqual(['王建国']);
    expect(await names('1381')).toEqual(['王建国']);
    // A phone is found by its start or its end, not by digits in its middle.
    expect(await names('2345')).toEqual([]);
    expect(await names('001X')).toEqual(['王建国']);
    expect(await names('0021')).toEqual(['欧阳建华']);
    expect(await names('302')).toEqual(['王建国', 'Li Ming']);
    const indexes = db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%tail%' ORDER BY name")
      .pluck()
      .all();
    expect(indexes).toEqual(['residents_id_tail_idx', 'residents_phone_tail_idx']);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
