import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

const VERSIONED = ['compound', 'households', 'residents', 'hotels', 'duty_posts', 'staff'];

describe('migration 0005 (record versions)', () => {
  it('upgrades a 0004 database with data in it: every row at version 1, nothing lost, keys sound', async () => {
    const path = join(tempDir(), 'at-0004.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(5) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(5);
    old.$client.exec(`
      INSERT INTO operators (name, role, created_at) VALUES ('林晓梅', 'community_cadre', 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, notes, updated_at)
        VALUES (1, '101', '王建华', '独居老人，每天电话', 'x'), (1, '102', '', '', 'x');
      INSERT INTO residents (household_id, name, id_number, birth_date, updated_at)
        VALUES (1, '王建华', '460106195001011234', '1950-01-01', 'x');
      INSERT INTO hotels (name) VALUES ('城西酒店');
      INSERT INTO duty_posts (name) VALUES ('北门');
      INSERT INTO staff (name, role) VALUES ('陈志强', 'police');`);
    for (const t of VERSIONED)
      expect(() => old.$client.prepare(`SELECT version FROM ${t}`).all()).toThrow(/no such column/);
    old.$client.close();

    // Upgraded to 0005 exactly (the release that made it), then on to this one below.
    const db = openDatabase(path, { migrationsFolder: olderRelease(6) });
    expect(db.$client.pragma('user_version', { simple: true })).toBe(6);
    for (const t of VERSIONED) {
      const rows = db.$client.prepare(`SELECT version FROM ${t}`).all() as { version: number }[];
      expect(rows.length, t).toBeGreaterThan(0);
      expect(
        rows.every((r) => r.version === 1),
        t,
      ).toBe(true);
    }
    expect(db.$client.prepare('SELECT notes FROM households WHERE id = 1').get()).toEqual({
      notes: '独居老人，每天电话',
    });
    // Any update bumps the version, even one written by hand or by a handler that does not know.
    db.$client.exec("UPDATE households SET occupancy = 'vacant' WHERE id = 2; UPDATE staff SET active = 0");
    expect(db.$client.prepare('SELECT id, version FROM households ORDER BY id').all()).toEqual([
      { id: 1, version: 1 },
      { id: 2, version: 2 },
    ]);
    expect(db.$client.prepare('SELECT version FROM staff').get()).toEqual({ version: 2 });
    db.$client.exec('UPDATE staff SET active = 1, version = version + 1');
    expect(db.$client.prepare('SELECT version FROM staff').get()).toEqual({ version: 3 });
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    db.$client.close();

    // The upgraded rows take part in versioned saves at once (in this release, signed by the member
    // the operator became).
    const now = openDatabase(path);
    const me = now.$client.prepare("SELECT id FROM team_members WHERE name = '林晓梅'").get() as {
      id: number;
    };
    const call = api(now, { now: () => FIXED_NOW, paths: { db: path } }, me.id);
    const file = await call('households.get', { id: 1 });
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.household.version).toBe(1);
    const saved = await call('households.update', {
      ...file.value.household,
      notes: '独居老人，每天上午电话',
    });
    expect(saved.ok && saved.value.household.version).toBe(2);
    now.$client.close();
  });
});
