import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0019 (hotel guests’ calls as checks of the rounds)', () => {
  it('upgrades a 0018 database with guests and calls: episodes, checks, the same open fever alerts', async () => {
    const path = join(tempDir(), 'at-0018.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(19) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(19);
    old.$client.exec(`
      UPDATE compound SET fever_threshold = 37.3, status = 'closed', closure_start = '2026-11-22';
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, updated_at) VALUES (1, '101', 'x');
      INSERT INTO residents (household_id, name, presence, updated_at) VALUES
        (1, '王芳', 'in_hotel', 'x'), (1, '李明', 'in_hospital', 'x'), (1, '张强', 'in_hotel', 'x');
      INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-25T02:00:00.000Z', '三亚', '林晓梅');
      INSERT INTO returnees (group_id, resident_id, name, phone, check_json, recommendation, outcome, registered_at) VALUES
        (1, 1, '王芳', '13900000001', '[]', 'hotel', 'hotel', 'x'),
        (1, 2, '李明', '', '[]', 'hotel', 'hotel', 'x'),
        (1, 3, '张强', '', '[]', 'hotel', 'hotel', 'x');
      INSERT INTO returnee_decisions (returnee_id, outcome, recommendation, decided_by, at) VALUES
        (1, 'hotel', 'hotel', '林晓梅', '2026-11-25T02:10:00.000Z'),
        (2, 'hotel', 'hotel', '林晓梅', '2026-11-25T02:10:00.000Z'),
        (3, 'hotel', 'hotel', '林晓梅', '2026-11-25T02:10:00.000Z');
      INSERT INTO hotels (name) VALUES ('城西宾馆');
      INSERT INTO hotel_rooms (hotel_id, number, floor, beds, status) VALUES (1, '201', 2, 2, 'occupied'), (1, '202', 2, 2, 'cleaning');
      -- 王芳 in 201 now; 李明 was in 202 and went to hospital; 张强 was decided, never placed.
      INSERT INTO hotel_stays (returnee_id, room_id, check_in, planned_end, started_at, ended_at, end_kind, release_to) VALUES
        (1, 1, '2026-11-25', '2026-12-06', '2026-11-25T03:00:00.000Z', NULL, NULL, NULL),
        (2, 2, '2026-11-25', '2026-12-06', '2026-11-25T03:00:00.000Z', '2026-11-27T03:00:00.000Z', 'released', 'hospital');
      INSERT INTO hotel_contacts (returnee_id, day, reached, temperature, fever, wellbeing, operator_name, at) VALUES
        (1, '2026-11-26', 1, 36.6, 0, '好', '林晓梅', '2026-11-26T01:00:00.000Z'),
        (1, '2026-11-27', 0, NULL, 0, '', '林晓梅', '2026-11-27T01:00:00.000Z'),
        (1, '2026-11-27', 1, 37.6, 1, '头痛', '林晓梅', '2026-11-27T03:00:00.000Z'),
        (2, '2026-11-26', 1, 38.5, 1, '', '林晓梅', '2026-11-26T01:00:00.000Z'),
        (2, '2026-11-26', 1, NULL, 0, '', '林晓梅', '2026-11-26T02:00:00.000Z');
      INSERT INTO care_events (id, post_id, returnee_id, kind, contact_id, action, by_name, at)
        VALUES ('e1', '', 2, 'fever_handled', 4, 'called_doctor', '林晓梅', '2026-11-26T02:00:00.000Z');`);
    expect(old.$client.prepare('SELECT count(*) AS n FROM health_episodes').get()).toEqual({ n: 0 });
    old.$client.close();

    // What 0019 made, read before later migrations (0022 makes hotel guests' episodes two a day).
    const at0019 = openDatabase(path, { migrationsFolder: olderRelease(21) });
    const q = (sql: string) => at0019.$client.prepare(sql).all();
    expect(at0019.$client.pragma('foreign_key_check')).toEqual([]);
    expect(at0019.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    // Two guests, two episodes: 王芳 still followed, 李明 closed to hospital; 张强 never placed.
    expect(
      q(`SELECT returnee_id AS r, reason, place, from_day AS f, to_day AS t, checks_per_day AS cpd,
           close_reason AS closed FROM health_episodes ORDER BY seq`),
    ).toEqual([
      {
        r: 1,
        reason: 'hotel_guest',
        place: '城西宾馆 201',
        f: '2026-11-25',
        t: '2026-12-06',
        cpd: 1,
        closed: null,
      },
      {
        r: 2,
        reason: 'hotel_guest',
        place: '城西宾馆 202',
        f: '2026-11-25',
        t: '2026-12-06',
        cpd: 1,
        closed: 'hospital',
      },
    ]);
    // Every call with a reading, or not reached, is a check (the reached call with no temperature is not).
    expect(
      q(
        `SELECT hotel_contact_id AS c, via, result, alert, temperature AS t, note FROM health_checks ORDER BY hotel_contact_id`,
      ),
    ).toEqual([
      { c: 1, via: 'hotel_call', result: 'normal', alert: 0, t: 36.6, note: '好' },
      { c: 2, via: 'hotel_call', result: 'not_reached', alert: 0, t: null, note: '' },
      { c: 3, via: 'hotel_call', result: 'abnormal', alert: 1, t: 37.6, note: '头痛' },
      { c: 4, via: 'hotel_call', result: 'abnormal', alert: 1, t: 38.5, note: '' },
    ]);
    // A slot per guest and day keeps its latest check.
    expect(
      q('SELECT day, state, temperature AS t, checks FROM health_slots ORDER BY episode_seq, day'),
    ).toEqual([
      { day: '2026-11-26', state: 'normal', t: 36.6, checks: 1 },
      { day: '2026-11-27', state: 'abnormal', t: 37.6, checks: 2 },
      { day: '2026-11-26', state: 'abnormal', t: 38.5, checks: 1 },
    ]);
    at0019.$client.close();

    const db = openDatabase(path);
    const now = (sql: string) => db.$client.prepare(sql).all();
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    // The board's open alert is what it was: 王芳's 37.6 (李明's was handled).
    const board = await call('hotels.occupancy', {});
    if (!board.ok) throw new Error(board.error.message);
    expect(board.value.feverAlerts).toMatchObject([
      { contactId: 3, name: '王芳', temperature: 37.6, room: '201' },
    ]);
    const duty = await call('health.alerts', {});
    if (!duty.ok) throw new Error(duty.error.message);
    expect(duty.value.fevers).toMatchObject([
      { name: '王芳', temperature: 37.6, place: '城西宾馆 201', phone: '13900000001' },
    ]);
    // Today's call goes to the same episode.
    const today = await call('hotels.logContact', { returneeId: 1, reached: true, temperature: 36.8 });
    expect(today.ok).toBe(true);
    expect(now("SELECT count(*) AS n FROM health_checks WHERE via = 'hotel_call'")).toEqual([{ n: 5 }]);
    expect(now('SELECT count(*) AS n FROM health_episodes')).toEqual([{ n: 2 }]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
