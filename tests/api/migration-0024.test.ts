import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, olderRelease, tempDir } from './helpers';

describe('migration 0024 (days made, slots keyed by day, counts per place)', () => {
  it('upgrades a 0023 database with rounds: its days are made, counted, and the rounds go on', async () => {
    const path = join(tempDir(), 'at-0023.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(24) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(24);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'commander', 1, 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, phone, updated_at) VALUES (1, '101', '王建华', '13800000001', 'x');
      INSERT INTO residents (household_id, name, updated_at) VALUES (1, '王建华', 'x'), (1, '王丽', 'x');
      INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, household_id, building_id, place, reason,
        from_day, to_day, checks_per_day, opened_at, opened_by_name, last_read_pos)
      VALUES ('9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d', 'p', 1, 'resident', 1, 1, 1, '1栋 101', 'compound',
          '2026-11-27', '2026-12-10', 2, 'x', '林晓梅', 41567),
        ('1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed', 'p', 2, 'resident', 2, 1, 1, '1栋 101', 'compound',
          '2026-11-27', '2026-12-10', 2, 'x', '林晓梅', 41567);
      INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, state, temperature, checks)
      VALUES (1, '2026-11-27', 0, 420, 1, 'normal', 36.5, 1), (1, '2026-11-27', 1, 780, 1, 'due', NULL, 0),
        (2, '2026-11-27', 0, 420, 1, 'not_reached', NULL, 1), (2, '2026-11-27', 1, 780, 1, 'due', NULL, 0),
        (1, '2026-11-28', 0, 420, 1, 'due', NULL, 0), (1, '2026-11-28', 1, 780, 1, 'due', NULL, 0),
        (2, '2026-11-28', 0, 420, 1, 'due', NULL, 0), (2, '2026-11-28', 1, 780, 1, 'due', NULL, 0);`);
    expect(() => old.$client.prepare('SELECT * FROM health_days').all()).toThrow(/no such table/);
    old.$client.close();

    const db = openDatabase(path);
    const sqlite = db.$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(25);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // Every day that had slots was made under the old rule: noted as made, with its slots.
    expect(sqlite.prepare('SELECT day, made FROM health_days ORDER BY day').all()).toEqual([
      { day: '2026-11-27', made: 4 },
      { day: '2026-11-28', made: 4 },
    ]);
    expect(
      sqlite
        .prepare(
          'SELECT day, building_id, hotel_id, starts, total, done, normal FROM health_slot_counts ORDER BY 1, 4',
        )
        .all(),
    ).toEqual([
      { day: '2026-11-27', building_id: 1, hotel_id: 0, starts: 420, total: 2, done: 2, normal: 1 },
      { day: '2026-11-27', building_id: 1, hotel_id: 0, starts: 780, total: 2, done: 0, normal: 0 },
      { day: '2026-11-28', building_id: 1, hotel_id: 0, starts: 420, total: 2, done: 0, normal: 0 },
      { day: '2026-11-28', building_id: 1, hotel_id: 0, starts: 780, total: 2, done: 0, normal: 0 },
    ]);
    const indexes = sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'health_slots' ORDER BY name",
      )
      .pluck()
      .all();
    expect(indexes).toContain('health_slots_day_episode_uq');
    expect(indexes).not.toContain('health_slots_episode_uq');

    // The rounds go on: the day is made already (nothing new), a check counts, the duty screen reads it.
    const call = api(db, { now: () => new Date('2026-11-28T00:30:00.000Z'), paths: { db: path } }, 1);
    expect(await call('health.makeSlots', {})).toMatchObject({ ok: true, value: { made: 0 } });
    const round = await call('health.round', { buildingId: 1 });
    if (!round.ok) throw new Error(round.error.message);
    expect(round.value.slotsMade).toBe(true);
    const slotId = round.value.rows[0]?.cells[0]?.slotId ?? '';
    expect(await call('health.record', { checks: [{ slotId, temperature: 36.6 }] })).toMatchObject({
      ok: true,
    });
    const duty = await call('health.alerts', {});
    if (!duty.ok) throw new Error(duty.error.message);
    expect(duty.value.normal).toBe(1);
    expect(duty.value.due.total).toBe(1);
    expect(duty.value.completion).toEqual([{ kind: 'building', id: 1, name: '1栋', due: 2, done: 1 }]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
