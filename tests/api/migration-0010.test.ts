import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0010 (hotel care: events, the post id, fever alerts, awaiting placement)', () => {
  it('upgrades a 0009 database with guests, calls and needs, losing nothing', async () => {
    const path = join(tempDir(), 'at-0009.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(10) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(10);
    old.$client.exec(`
      UPDATE compound SET fever_threshold = 37.3, status = 'closed', closure_start = '2026-11-22';
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, updated_at) VALUES (1, '101', 'x');
      INSERT INTO residents (household_id, name, presence, updated_at) VALUES
        (1, '王芳', 'in_hotel', 'x'), (1, '李明', 'in_hotel', 'x'), (1, '张强', 'in_hotel', 'x');
      INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-25T02:00:00.000Z', '三亚', '林晓梅');
      INSERT INTO returnees (group_id, resident_id, name, check_json, recommendation, outcome, registered_at) VALUES
        (1, 1, '王芳', '[]', 'hotel', 'hotel', 'x'),
        (1, 2, '李明', '[]', 'hotel', 'hotel', 'x'),
        (1, 3, '张强', '[]', 'hotel', 'hotel', 'x');
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
      UPDATE residents SET presence = 'in_hospital' WHERE id = 2;
      INSERT INTO hotel_contacts (returnee_id, day, reached, temperature, operator_name, at) VALUES
        (1, '2026-11-26', 1, 37.9, '林晓梅', '2026-11-26T01:00:00.000Z'),
        (1, '2026-11-27', 1, 37.6, '林晓梅', '2026-11-27T01:00:00.000Z'),
        (2, '2026-11-26', 1, 38.5, '林晓梅', '2026-11-26T01:00:00.000Z');
      INSERT INTO hotel_needs (returnee_id, kind, asked_at, recorded_by, handled_at, handled_by_id, handled_by, handled_note) VALUES
        (1, 'alcohol', '2026-11-26T01:00:00.000Z', '林晓梅', '2026-11-26T05:00:00.000Z', 1, '林晓梅', '已送到'),
        (1, 'masks', '2026-11-26T01:00:00.000Z', '林晓梅', NULL, NULL, NULL, '');`);
    expect(() => old.$client.prepare('SELECT post_id FROM compound').all()).toThrow(/no such column/);
    old.$client.close();

    const db = openDatabase(path);
    const q = (sql: string) => db.$client.prepare(sql).all();
    const post = (db.$client.prepare('SELECT post_id FROM compound').get() as { post_id: string }).post_id;
    expect(post).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Only the last reading of a guest still in a hotel raises an alert; old calls stay as they were.
    expect(q('SELECT id, temperature, fever FROM hotel_contacts ORDER BY id')).toEqual([
      { id: 1, temperature: 37.9, fever: 0 },
      { id: 2, temperature: 37.6, fever: 1 },
      { id: 3, temperature: 38.5, fever: 0 },
    ]);
    // The handled need keeps its handling as an event; the open one has none.
    expect(
      q('SELECT post_id, returnee_id, kind, need_id, action, reason, by_id, by_name, at FROM care_events'),
    ).toEqual([
      {
        post_id: post,
        returnee_id: 1,
        kind: 'need_handled',
        need_id: 1,
        action: null,
        reason: '已送到',
        by_id: 1,
        by_name: '林晓梅',
        at: '2026-11-26T05:00:00.000Z',
      },
    ]);
    expect(q('SELECT id, handled_at, handled_done FROM hotel_needs ORDER BY id')).toEqual([
      { id: 1, handled_at: '2026-11-26T05:00:00.000Z', handled_done: null },
      { id: 2, handled_at: null, handled_done: null },
    ]);
    // Decided "hotel", never placed: awaiting placement, not in the hotel.
    expect(q('SELECT name, presence FROM residents ORDER BY id')).toEqual([
      { name: '王芳', presence: 'in_hotel' },
      { name: '李明', presence: 'in_hospital' },
      { name: '张强', presence: 'awaiting_placement' },
    ]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    // The screens read it: the one alert, the one waiting, and a reopened legacy handling keeps its history.
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const board = await call('hotels.occupancy', {});
    if (!board.ok) throw new Error(board.error.message);
    expect(board.value.feverAlerts.map((a) => [a.name, a.temperature])).toEqual([['王芳', 37.6]]);
    expect(board.value.awaiting.map((a) => a.name)).toEqual(['张强']);
    const reopened = await call('hotels.reopenNeed', { needId: 1, reason: '其实没送到' });
    expect(reopened.ok).toBe(true);
    expect(q('SELECT kind FROM care_events ORDER BY rowid')).toEqual([
      { kind: 'need_handled' },
      { kind: 'need_reopened' },
    ]);
    db.$client.close();
  });
});
