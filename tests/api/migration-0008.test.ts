import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0008 (a running shift staffed from a later minute)', () => {
  it('upgrades a 0007 roster: every assignment runs from its shift start, and a double booking it held shows', async () => {
    const path = join(tempDir(), 'at-0007.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(8) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(8);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES
        ('林晓梅', 'community_cadre', 1, 'x'), ('王立军', 'police_officer', 0, 'x');
      INSERT INTO duty_posts (name, sort_order) VALUES ('北门', 1), ('南门', 2);
      INSERT INTO shift_templates (post_id, name, start, hours, headcount) VALUES
        (1, '早班', '08:00', 8, 2), (2, '早班', '08:00', 8, 2);
      INSERT INTO shifts (template_id, post_id, day, starts_at, ends_at) VALUES
        (1, 1, '2026-11-30', '2026-11-30T00:00:00.000Z', '2026-11-30T08:00:00.000Z'),
        (2, 2, '2026-11-30', '2026-11-30T00:00:00.000Z', '2026-11-30T08:00:00.000Z');
      -- An older release let a reason put 王立军 at both gates at once.
      INSERT INTO assignments (shift_id, staff_id, pinned, source) VALUES (1, 2, 1, 'auto'), (2, 2, 0, 'manual');`);
    expect(() => old.$client.prepare('SELECT from_at FROM assignments').all()).toThrow(/no such column/);
    old.$client.close();

    const db = openDatabase(path);
    expect(
      db.$client
        .prepare('SELECT shift_id, staff_id, pinned, source, from_at FROM assignments ORDER BY id')
        .all(),
    ).toEqual([
      { shift_id: 1, staff_id: 2, pinned: 1, source: 'auto', from_at: null },
      { shift_id: 2, staff_id: 2, pinned: 0, source: 'manual', from_at: null },
    ]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const view = await call('roster.get', { from: '2026-11-30', days: 1 });
    if (!view.ok) throw new Error(view.error.message);
    expect(
      view.value.shifts.map((s) => [s.post, s.staff.map((p) => [p.name, p.fromAt, p.clashes.length])]),
    ).toEqual([
      ['北门', [['王立军', null, 1]]],
      ['南门', [['王立军', null, 1]]],
    ]);
    db.$client.close();
  });
});
