import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, olderRelease, tempDir } from './helpers';

describe('migration 0025 (a delivery undone names the step it undoes)', () => {
  it('upgrades a 0024 database with a delivered errand: its steps unchanged, and the delivery can be undone', async () => {
    const path = join(tempDir(), 'at-0024.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(25) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(25);
    // As 0024 kept an errand: the row with its latest step, the steps append-only.
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'commander', 1, 'x'),
        ('赵跑腿', 'runner', 0, 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, phone, updated_at) VALUES (1, '101', '王建华', '13800000001', 'x');
      INSERT INTO errands (id, post_id, no, household_id, building_id, kind, urgency, channel, payer, created_at,
          recorded_at, created_by_id, created_by_name, state, state_since, open, runner_id, runner_name, steps)
        VALUES ('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'p', 1, 1, 1, 'groceries', 'today', 'phone', 'household',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', 'delivered', '2026-11-28T02:30:00.000Z',
          1, 2, '赵跑腿', 3);
      INSERT INTO errand_lines (id, post_id, errand_id, seq, what, qty) VALUES
        ('0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 1, '白菜', 2);
      INSERT INTO errand_steps (id, post_id, errand_id, seq, state, at, recorded_at, operator_id, operator_name,
          runner_id, runner_name, delivered_to) VALUES
        ('11111111-1111-4111-8111-111111111111', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 1, 'new',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', NULL, '', ''),
        ('22222222-2222-4222-8222-222222222222', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 2, 'assigned',
          '2026-11-28T01:05:00.000Z', '2026-11-28T01:05:00.000Z', 1, '林晓梅', 2, '赵跑腿', ''),
        ('33333333-3333-4333-8333-333333333333', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 3, 'delivered',
          '2026-11-28T02:30:00.000Z', '2026-11-28T02:30:00.000Z', 1, '林晓梅', 2, '赵跑腿', '本人');`);
    expect(() => old.$client.prepare('SELECT undoes FROM errand_steps').all()).toThrow(/no such column/);
    old.$client.close();

    const db = openDatabase(path);
    const sqlite = db.$client;
    expect(sqlite.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(26);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The old steps kept, none undoing anything.
    expect(sqlite.prepare('SELECT seq, state, undoes FROM errand_steps ORDER BY seq').all()).toEqual([
      { seq: 1, state: 'new', undoes: null },
      { seq: 2, state: 'assigned', undoes: null },
      { seq: 3, state: 'delivered', undoes: null },
    ]);
    expect(
      sqlite
        .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'errand_steps_undoes_idx'")
        .all(),
    ).toHaveLength(1);

    // The delivery (no shift of the runner then: its day at the post) is undone: back to assigned.
    const call = api(db, { now: () => new Date('2026-11-28T03:00:00.000Z'), paths: { db: path } }, 1);
    const undo = await call('errands.undoDelivery', {
      id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      from: 'delivered',
      reason: '送错了楼',
    });
    expect(undo.ok).toBe(true);
    expect(sqlite.prepare('SELECT seq, state, undoes FROM errand_steps WHERE seq = 4').get()).toEqual({
      seq: 4,
      state: 'assigned',
      undoes: '33333333-3333-4333-8333-333333333333',
    });
    expect(sqlite.prepare('SELECT state, steps, open FROM errands').get()).toEqual({
      state: 'assigned',
      steps: 4,
      open: 1,
    });
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
