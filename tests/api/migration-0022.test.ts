import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

/** A 0021 database as the last release left it: guests' calls carried over by 0019, one check a day. */
function atRelease0021(path: string) {
  // Through 0018: guests, stays and calls as the hotels kept them; 0019 to 0021 then carry them over.
  const older = openDatabase(path, { migrationsFolder: olderRelease(19) });
  older.$client.exec(`
    UPDATE compound SET fever_threshold = 37.3, status = 'closed', closure_start = '2026-11-22';
    INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
    INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
    INSERT INTO households (building_id, room, updated_at) VALUES (1, '101', 'x');
    INSERT INTO residents (household_id, name, presence, updated_at) VALUES (1, '王芳', 'in_hotel', 'x'), (1, '李明', 'in_hospital', 'x');
    INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-25T02:00:00.000Z', '三亚', '林晓梅');
    INSERT INTO returnees (group_id, resident_id, name, phone, check_json, recommendation, outcome, registered_at) VALUES
      (1, 1, '王芳', '13900000001', '[]', 'hotel', 'hotel', 'x'), (1, 2, '李明', '', '[]', 'hotel', 'hotel', 'x');
    INSERT INTO returnee_decisions (returnee_id, outcome, recommendation, decided_by, at) VALUES
      (1, 'hotel', 'hotel', '林晓梅', '2026-11-25T02:10:00.000Z'), (2, 'hotel', 'hotel', '林晓梅', '2026-11-25T02:10:00.000Z');
    INSERT INTO hotels (name) VALUES ('城西宾馆');
    INSERT INTO hotel_rooms (hotel_id, number, floor, beds, status) VALUES (1, '201', 2, 2, 'occupied'), (1, '202', 2, 2, 'cleaning');
    INSERT INTO hotel_stays (returnee_id, room_id, check_in, planned_end, started_at, ended_at, end_kind, release_to) VALUES
      (1, 1, '2026-11-25', '2026-12-06', '2026-11-25T03:00:00.000Z', NULL, NULL, NULL),
      (2, 2, '2026-11-25', '2026-12-06', '2026-11-25T03:00:00.000Z', '2026-11-27T03:00:00.000Z', 'released', 'hospital');
    -- 王芳: 26th 09:00; 27th 09:00 not reached, 15:00 a fever (open); 28th (today) 09:00.
    -- 李明: 26th 16:00 a fever, handled; then to hospital.
    INSERT INTO hotel_contacts (returnee_id, day, reached, temperature, fever, wellbeing, operator_name, at) VALUES
      (1, '2026-11-26', 1, 36.6, 0, '好', '林晓梅', '2026-11-26T01:00:00.000Z'),
      (1, '2026-11-27', 0, NULL, 0, '', '林晓梅', '2026-11-27T01:00:00.000Z'),
      (1, '2026-11-27', 1, 37.6, 1, '头痛', '林晓梅', '2026-11-27T07:00:00.000Z'),
      (1, '2026-11-28', 1, 36.5, 0, '', '林晓梅', '2026-11-28T01:00:00.000Z'),
      (2, '2026-11-26', 1, 38.5, 1, '', '林晓梅', '2026-11-26T08:00:00.000Z');
    INSERT INTO care_events (id, post_id, returnee_id, kind, contact_id, action, by_name, at)
      VALUES ('e1', '', 2, 'fever_handled', 5, 'called_doctor', '林晓梅', '2026-11-26T08:30:00.000Z');`);
  older.$client.close();
  const old = openDatabase(path, { migrationsFolder: olderRelease(22) });
  expect(old.$client.pragma('user_version', { simple: true })).toBe(22);
  // 王芳's check-in day had its daily slot made and never checked (the plan made it, nobody called).
  old.$client.exec(`INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
    SELECT seq, '2026-11-25', 0, 480, NULL, 1 FROM health_episodes WHERE returnee_id = 1`);
  return old;
}

const SLOTS = `SELECT e.returnee_id AS r, s.day, s.slot, s.starts, s.state, s.temperature AS t, s.checks, s.recheck_due AS rd,
  (SELECT count(*) FROM health_checks k WHERE k.slot_id = s.id) AS rebuilt
  FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq ORDER BY e.returnee_id, s.day, s.slot`;
const CHECKS = `SELECT k.hotel_contact_id AS c, s.day, k.result, k.alert FROM health_checks k
  JOIN health_slots s ON s.id = k.slot_id ORDER BY k.hotel_contact_id`;

describe('migration 0022 (hotel guests checked twice a day)', () => {
  it('upgrades a 0021 database: every check in the slot of its window, nothing lost or doubled', async () => {
    const path = join(tempDir(), 'at-0021.db');
    const old = atRelease0021(path);
    const checksBefore = old.$client.prepare(CHECKS).all();
    expect(old.$client.prepare('SELECT DISTINCT checks_per_day AS cpd FROM health_episodes').all()).toEqual([
      { cpd: 1 },
    ]);
    expect(old.$client.prepare('SELECT count(*) AS n FROM health_slots').get()).toEqual({ n: 5 });
    old.$client.close();

    const db = openDatabase(path);
    const q = (sql: string) => db.$client.prepare(sql).all();
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(q('SELECT returnee_id AS r, checks_per_day AS cpd FROM health_episodes ORDER BY seq')).toEqual([
      { r: 1, cpd: 2 },
      { r: 2, cpd: 2 },
    ]);
    // The same checks on the same days: none lost, none doubled, each on the slot of its own time.
    expect(q(CHECKS)).toEqual(checksBefore);
    expect(q(SLOTS)).toEqual([
      // The check-in day's unchecked daily slot is its morning (no afternoon made for a past day).
      { r: 1, day: '2026-11-25', slot: 0, starts: 420, state: 'due', t: null, checks: 0, rd: 0, rebuilt: 0 },
      {
        r: 1,
        day: '2026-11-26',
        slot: 0,
        starts: 420,
        state: 'normal',
        t: 36.6,
        checks: 1,
        rd: 0,
        rebuilt: 1,
      },
      // The 27th split: the morning not reached, the afternoon's fever.
      {
        r: 1,
        day: '2026-11-27',
        slot: 0,
        starts: 420,
        state: 'not_reached',
        t: null,
        checks: 1,
        rd: 0,
        rebuilt: 1,
      },
      {
        r: 1,
        day: '2026-11-27',
        slot: 1,
        starts: 780,
        state: 'abnormal',
        t: 37.6,
        checks: 1,
        rd: 0,
        rebuilt: 1,
      },
      // Today (the last day made): the morning's call, and the afternoon now owed.
      {
        r: 1,
        day: '2026-11-28',
        slot: 0,
        starts: 420,
        state: 'normal',
        t: 36.5,
        checks: 1,
        rd: 0,
        rebuilt: 1,
      },
      { r: 1, day: '2026-11-28', slot: 1, starts: 780, state: 'due', t: null, checks: 0, rd: 0, rebuilt: 0 },
      // 李明's only call was at 16:00: his day is an afternoon; closed, nothing owed.
      {
        r: 2,
        day: '2026-11-26',
        slot: 1,
        starts: 780,
        state: 'abnormal',
        t: 38.5,
        checks: 1,
        rd: 0,
        rebuilt: 1,
      },
    ]);
    // "Last read" in the new rhythm: 王芳 today's morning; 李明 the 26th's afternoon.
    const pos = (day: string, slot: number) =>
      Math.round((Date.parse(`${day}T00:00:00Z`) / 86_400_000) * 2 + slot);
    expect(q('SELECT returnee_id AS r, last_read_pos AS p FROM health_episodes ORDER BY seq')).toEqual([
      { r: 1, p: pos('2026-11-28', 0) },
      { r: 2, p: pos('2026-11-26', 1) },
    ]);

    // The board's and the duty screen's alerts are what they were; the round shows both slots.
    let now = FIXED_NOW;
    const call = api(db, { now: () => now, paths: { db: path } }, 1);
    const board = await call('hotels.occupancy', {});
    if (!board.ok) throw new Error(board.error.message);
    expect(board.value.feverAlerts).toMatchObject([{ contactId: 3, name: '王芳', temperature: 37.6 }]);
    expect(board.value.notContacted).toEqual([]);
    const duty = await call('health.alerts', {});
    if (!duty.ok) throw new Error(duty.error.message);
    expect(duty.value.fevers).toMatchObject([{ name: '王芳', temperature: 37.6 }]);
    expect(duty.value.notSeen.rows).toEqual([]);
    const round = await call('health.round', { hotelId: 1 });
    if (!round.ok) throw new Error(round.error.message);
    expect(round.value.slotsPerDay).toBe(2);
    expect(round.value.rows).toMatchObject([
      {
        name: '王芳',
        cells: [
          { slot: 0, state: 'normal' },
          { slot: 1, state: 'due' },
        ],
      },
    ]);
    // This afternoon's call fills the afternoon slot the upgrade made: no slot more.
    now = new Date('2026-11-28T07:30:00.000Z');
    const pm = await call('hotels.logContact', { returneeId: 1, reached: true, temperature: 36.7 });
    expect(pm.ok).toBe(true);
    expect(q(SLOTS).filter((s) => (s as { day: string }).day === '2026-11-28')).toMatchObject([
      { slot: 0, state: 'normal', checks: 1 },
      { slot: 1, state: 'normal', t: 36.7, checks: 1 },
    ]);
    expect(q('SELECT count(*) AS n FROM health_slots')).toEqual([{ n: 7 }]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
