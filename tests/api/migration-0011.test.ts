import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0011 (attendance as events, the grace, gate temperatures, retired posts)', () => {
  it('upgrades a 0010 post: each attendance row becomes its events, standing as before; nothing lost', async () => {
    const path = join(tempDir(), 'at-0010.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(11) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(11);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES
        ('林晓梅', 'community_cadre', 1, 'x'), ('王立军', 'police_officer', 0, 'x'), ('李静', 'volunteer', 0, 'x');
      INSERT INTO duty_posts (name, sort_order) VALUES ('北门', 1);
      INSERT INTO shift_templates (post_id, name, start, hours, headcount) VALUES (1, '早班', '08:00', 8, 2);
      INSERT INTO shifts (template_id, post_id, day, starts_at, ends_at) VALUES
        (1, 1, '2026-11-27', '2026-11-27T00:00:00.000Z', '2026-11-27T08:00:00.000Z'),
        (1, 1, '2026-11-28', '2026-11-28T00:00:00.000Z', '2026-11-28T08:00:00.000Z');
      INSERT INTO assignments (shift_id, staff_id, pinned, source) VALUES (1, 2, 0, 'auto'), (1, 3, 0, 'auto'), (2, 2, 0, 'auto'), (2, 3, 0, 'auto');
      INSERT INTO attendance (shift_id, staff_id, status, sign_in_at, sign_out_at, note, recorded_by_id, recorded_by) VALUES
        (1, 2, 'present', '2026-11-26T23:55:00.000Z', '2026-11-27T08:05:00.000Z', '准时交班', 1, '林晓梅'),
        (1, 3, 'no_show', NULL, NULL, '发热请假', 1, '林晓梅'),
        (2, 2, 'present', '2026-11-28T00:40:00.000Z', NULL, '', NULL, '系统');
      INSERT INTO gate_log (post_id, at, direction, kind, who, note, on_duty, recorded_by_id, recorded_by) VALUES
        (1, '2026-11-28T01:00:00.000Z', 'in', 'delivery', '蔬菜车', '', '王立军', 1, '林晓梅');`);
    old.$client.close();

    const db = openDatabase(path);
    const sqlite = db.$client;
    expect(sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'attendance'").all()).toEqual([]);
    const uid = (sqlite.prepare('SELECT post_id AS u, attendance_grace_minutes AS g FROM compound').get() ??
      {}) as {
      u?: string;
      g?: number;
    };
    expect(uid.u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uid.g).toBe(15);
    expect(
      sqlite
        .prepare(
          'SELECT shift_id, staff_id, kind, at, note, recorded_at, recorded_by_id, recorded_by, post_id = ? AS mine, reverses FROM attendance_events ORDER BY rowid',
        )
        .all(uid.u),
    ).toEqual([
      {
        shift_id: 1,
        staff_id: 2,
        kind: 'sign_in',
        at: '2026-11-26T23:55:00.000Z',
        note: '',
        recorded_at: '2026-11-26T23:55:00.000Z',
        recorded_by_id: 1,
        recorded_by: '林晓梅',
        mine: 1,
        reverses: null,
      },
      {
        shift_id: 1,
        staff_id: 3,
        kind: 'no_show',
        at: '2026-11-27T00:00:00.000Z',
        note: '发热请假',
        recorded_at: '2026-11-27T00:00:00.000Z',
        recorded_by_id: 1,
        recorded_by: '林晓梅',
        mine: 1,
        reverses: null,
      },
      {
        shift_id: 2,
        staff_id: 2,
        kind: 'sign_in',
        at: '2026-11-28T00:40:00.000Z',
        note: '',
        recorded_at: '2026-11-28T00:40:00.000Z',
        recorded_by_id: null,
        recorded_by: '系统',
        mine: 1,
        reverses: null,
      },
      {
        shift_id: 1,
        staff_id: 2,
        kind: 'sign_out',
        at: '2026-11-27T08:05:00.000Z',
        note: '准时交班',
        recorded_at: '2026-11-27T08:05:00.000Z',
        recorded_by_id: 1,
        recorded_by: '林晓梅',
        mine: 1,
        reverses: null,
      },
    ]);
    expect(sqlite.prepare('SELECT temperature, fever FROM gate_log').all()).toEqual([
      { temperature: null, fever: 0 },
    ]);
    expect(sqlite.prepare('SELECT retired_at FROM duty_posts').all()).toEqual([{ retired_at: null }]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');

    // Each stands as before: signed in and out, absent, signed in late (08:40 after 08:00 + 15).
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const v = await call('roster.get', { from: '2026-11-27', days: 2 });
    if (!v.ok) throw new Error(v.error.message);
    expect(
      v.value.shifts.map((s) => s.staff.map((p) => [p.name, p.attendance, p.signInAt, p.signOutAt, p.late])),
    ).toEqual([
      [
        ['王立军', 'present', '2026-11-26T23:55:00.000Z', '2026-11-27T08:05:00.000Z', false],
        ['李静', 'no_show', null, null, false],
      ],
      [
        ['王立军', 'present', '2026-11-28T00:40:00.000Z', null, true],
        ['李静', null, null, null, false],
      ],
    ]);
    // A migrated sign-in can be reversed like any other.
    const back = await call('attendance.reverse', { shiftId: 2, staffId: 2, reason: '迁移前记错' });
    expect(back).toMatchObject({ ok: true, value: { status: null } });
    sqlite.close();
  });
});
