import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0017 (errands, their steps, the runners’ cash books, the age limits)', () => {
  it('upgrades a 0016 database with a registry and a runner: the limits default, errands and cash work', async () => {
    const path = join(tempDir(), 'at-0016.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(17) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(17);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO team_members (name, role, created_at) VALUES ('赵跑腿', 'runner', 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('3栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '502', '陈玉兰', 'x');
      INSERT INTO runner_buildings (member_id, building_id) VALUES (2, 1);`);
    expect(() => old.$client.prepare('SELECT * FROM errands').all()).toThrow(/no such table/);
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(18);
    expect(
      db.$client.prepare('SELECT errand_aging_minutes AS a, errand_stale_minutes AS s FROM compound').get(),
    ).toEqual({ a: 120, s: 360 });
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const c = await call('compound.get', {});
    expect(c).toMatchObject({ ok: true, value: { errandAgingMinutes: 120, errandStaleMinutes: 360 } });
    const e = await call('errands.add', { householdId: 1, kind: 'gas', lines: [{ what: '煤气罐' }] });
    if (!e.ok) throw new Error(e.error.message);
    // 赵 covers 3栋 but is not rostered: the errand waits to be assigned.
    expect(e.value).toMatchObject({ no: 1, state: 'new', runnerId: null });
    expect((await call('errands.assign', { id: e.value.id, from: 'new', runnerId: 2 })).ok).toBe(true);
    const bought = await call('errands.step', {
      id: e.value.id,
      from: 'assigned',
      step: 'bought',
      amountFen: 9000,
    });
    expect(bought.ok).toBe(true);
    const book = await call('cash.book', { runnerId: 2 });
    expect(book).toMatchObject({ ok: true, value: { balanceFen: -9000, total: 1 } });
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
