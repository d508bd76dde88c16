import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, olderRelease, tempDir } from './helpers';

describe('migration 0018 (health: episodes, slots, checks, medical requests)', () => {
  it('upgrades a 0017 database with a registry: the rounds start on it', async () => {
    const path = join(tempDir(), 'at-0017.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(18) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(18);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('3栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '502', '陈玉兰', 'x');
      INSERT INTO residents (household_id, name, updated_at) VALUES (1, '陈玉兰', 'x'), (1, '陈伟', 'x');`);
    expect(() => old.$client.prepare('SELECT * FROM health_slots').all()).toThrow(/no such table/);
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(19);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    let now = new Date('2026-11-28T00:30:00.000Z');
    const call = api(db, { now: () => now, paths: { db: path } }, 1);
    const opened = await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' });
    expect(opened).toMatchObject({ ok: true, value: { opened: 2 } });
    const round = await call('health.round', { buildingId: 1 });
    if (!round.ok) throw new Error(round.error.message);
    const slotId = round.value.rows[0]?.cells[0]?.slotId ?? '';
    now = new Date('2026-11-28T01:00:00.000Z');
    const rec = await call('health.record', { checks: [{ slotId, temperature: 36.6 }] });
    expect(rec).toMatchObject({ ok: true, value: { written: 1, results: [{ result: 'normal' }] } });
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
