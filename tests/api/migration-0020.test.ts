import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, olderRelease, tempDir } from './helpers';

describe('migration 0020 (daily reports, signed and append-only)', () => {
  it('upgrades a 0019 database with a gate log: the day’s report counts it and is signed', async () => {
    const path = join(tempDir(), 'at-0019.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(20) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(20);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'commander', 1, 'x');
      INSERT INTO duty_posts (name) VALUES ('东门');
      INSERT INTO gate_log (post_id, at, direction, kind, who, recorded_by)
        VALUES (1, '2026-11-28T00:10:00.000Z', 'in', 'delivery', '快递', '林晓梅');`);
    expect(() => old.$client.prepare('SELECT * FROM daily_reports').all()).toThrow(/no such table/);
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(21);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => new Date('2026-11-28T12:00:00.000Z'), paths: { db: path } }, 1);
    const signed = await call('reports.sign', { day: '2026-11-28', basedOn: 0 });
    expect(signed).toMatchObject({ ok: true, value: { version: 1 } });
    const got = await call('reports.get', { day: '2026-11-28' });
    if (!got.ok) throw new Error(got.error.message);
    const gate = got.value.sections.find((s) => s.key === 'gate');
    expect(gate?.lines.find((l) => l.key === 'gate_in')?.today).toBe(1);
    expect(got.value.signedBy).toBe('林晓梅');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
