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
    // The day's data written at 0020 (the indexes only are new: the API of today runs on it).
    let now = new Date('2026-11-28T00:30:00.000Z');
    const atOld = api(old, { now: () => now, paths: { db: path } }, 1);
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
    const e = await must(atOld('errands.add', { householdId: 1, kind: 'gas', lines: [{ what: '煤气罐' }] }));
    await must(atOld('errands.assign', { id: e.id, from: 'new', runnerId: 2 }));
    await must(atOld('errands.step', { id: e.id, from: 'assigned', step: 'bought', amountFen: 9000 }));
    await must(atOld('errands.step', { id: e.id, from: 'bought', step: 'delivered' }));
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
