import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, olderRelease, tempDir } from './helpers';

const INDEXES = ['errand_steps_state_at_idx', 'errands_created_idx', 'health_checks_abnormal_idx'];

describe('migration 0021 (the daily report’s and the dashboard’s indexes)', () => {
  it('upgrades a 0020 database with a delivered errand and an abnormal reading: counted the same, by index', async () => {
    const path = join(tempDir(), 'at-0020.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(21) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(21);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO team_members (name, role, created_at) VALUES ('赵跑腿', 'runner', 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('3栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '502', '陈玉兰', 'x');
      INSERT INTO residents (household_id, name, updated_at) VALUES (1, '陈玉兰', 'x');
      INSERT INTO runner_buildings (member_id, building_id) VALUES (2, 1);`);
    // The day's data written as 0020 kept it (the indexes only are new); the report read after.
    let now = new Date('2026-11-28T00:30:00.000Z');
    const must = async <T>(
      p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    ) => {
      const r = await p;
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    // The rounds written as 0020 kept them (today's health API reads tables later migrations add):
    // one episode, this morning's slot read abnormal at 37.8.
    old.$client.exec(`
      INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, building_id, reason, from_day, to_day,
        checks_per_day, opened_at, opened_by_name, last_read_pos)
        VALUES ('e1', 'p', 1, 'resident', 1, 1, 'compound', '2026-11-28', '2026-12-11', 2, '2026-11-28T00:30:00.000Z', '林晓梅', 0);
      INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, state) VALUES
        (1, '2026-11-28', 0, 420, 1, 'abnormal'), (1, '2026-11-28', 1, 780, 1, 'due');
      INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, result, via, alert, at, recorded_at, operator_name)
        VALUES ('c1', 'p', 1, 'e1', 37.8, 'forehead', 'abnormal', 'round', 0, '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', '林晓梅');`);
    now = new Date('2026-11-28T01:00:00.000Z');
    // A gas cylinder taken, assigned, bought and delivered at 09:00, as 0020 kept an errand (today's
    // errands API writes a column 0025 adds).
    old.$client.exec(`
      INSERT INTO errands (id, post_id, no, household_id, building_id, kind, urgency, channel, payer, created_at,
          recorded_at, created_by_id, created_by_name, state, state_since, open, runner_id, runner_name, steps)
        VALUES ('6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'p', 1, 1, 1, 'gas', 'today', 'phone', 'household',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', 'delivered', '2026-11-28T01:00:00.000Z',
          1, 2, '赵跑腿', 4);
      INSERT INTO errand_lines (id, post_id, errand_id, seq, what, qty) VALUES
        ('0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 1, '煤气罐', 1);
      INSERT INTO errand_steps (id, post_id, errand_id, seq, state, at, recorded_at, operator_id, operator_name,
          runner_id, runner_name, amount_fen) VALUES
        ('11111111-1111-4111-8111-111111111111', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 1, 'new',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', NULL, '', NULL),
        ('22222222-2222-4222-8222-222222222222', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 2, 'assigned',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', 2, '赵跑腿', NULL),
        ('33333333-3333-4333-8333-333333333333', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 3, 'bought',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', 2, '赵跑腿', 9000),
        ('44444444-4444-4444-8444-444444444444', 'p', '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 4, 'delivered',
          '2026-11-28T01:00:00.000Z', '2026-11-28T01:00:00.000Z', 1, '林晓梅', 2, '赵跑腿', NULL);`);
    const names = (db: typeof old) =>
      (
        db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]
      ).map((r) => r.name);
    expect(names(old).filter((n) => INDEXES.includes(n))).toEqual([]);
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(22);
    expect(names(db)).toEqual(expect.arrayContaining(INDEXES));
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => now, paths: { db: path } }, 1);
    const is = await must(call('reports.daily', { day: '2026-11-28' }));
    const line = (key: string) =>
      is.sections.flatMap((s) => s.lines).find((l) => l.key === key) ?? { today: -1, cumulative: -1 };
    expect(line('errands_delivered')).toMatchObject({ today: 1, cumulative: 1 });
    expect(line('rounds_abnormal')).toMatchObject({ today: 1, cumulative: 1 });
    const dash = await must(call('dashboard.get', {}));
    expect(dash.trends.days.at(-1)).toMatchObject({ day: '2026-11-28', errandsDone: 1, abnormal: 1 });
    // The plans read the new indexes, not the tables.
    const plan = (q: string) =>
      (db.$client.prepare(`EXPLAIN QUERY PLAN ${q}`).all() as { detail: string }[])
        .map((r) => r.detail)
        .join(' ');
    expect(
      plan("SELECT count(*) FROM errand_steps WHERE state = 'delivered' AND at >= '2026-11-27'"),
    ).toMatch(/errand_steps_state_at_idx/);
    expect(plan("SELECT count(*) FROM errands WHERE created_at >= '2026-11-27'")).toMatch(
      /errands_created_idx/,
    );
    expect(
      plan("SELECT count(*) FROM health_checks WHERE result = 'abnormal' AND at >= '2026-11-27'"),
    ).toMatch(/health_checks_abnormal_idx/);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
