import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0007 (audit summaries as reasons)', () => {
  it('upgrades a 0006 database with audit rows: each keeps its Chinese text and gets no code', async () => {
    const path = join(tempDir(), 'at-0006.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(7) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(7);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO audit_log (at, operator_id, operator_name, method, area, entity, entity_id, summary) VALUES
        ('2026-01-01T00:00:00.000Z', 1, '林晓梅', 'compound.update', 'compound', 'compound', 1, '修改小区信息：名称 A → B'),
        ('2026-01-01T00:01:00.000Z', NULL, '（未选择值班人员）', 'team.signIn', 'team', 'team_member', 1, '已拒绝（FORBIDDEN）：登录 林晓梅：PIN 不正确（连续第 1 次）');`);
    expect(() => old.$client.prepare('SELECT summary_code FROM audit_log').all()).toThrow(/no such column/);
    old.$client.close();

    const db = openDatabase(path);
    const rows = db.$client
      .prepare('SELECT id, operator_id, summary, summary_code, summary_params FROM audit_log ORDER BY id')
      .all();
    expect(rows).toEqual([
      {
        id: 1,
        operator_id: 1,
        summary: '修改小区信息：名称 A → B',
        summary_code: null,
        summary_params: null,
      },
      {
        id: 2,
        operator_id: null,
        summary: '已拒绝（FORBIDDEN）：登录 林晓梅：PIN 不正确（连续第 1 次）',
        summary_code: null,
        summary_params: null,
      },
    ]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    // The list reads the legacy rows as stored (no code) beside a new row that has one.
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const saved = await call('backups.saveSettings', {
      intervalHours: 4,
      keepRecent: 5,
      keepDays: 3,
      externalFolder: null,
      copyToExternal: false,
    });
    expect(saved.ok).toBe(true);
    const list = await call('audit.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const legacy = list.value.rows.find((r) => r.id === 1);
    expect(legacy).toMatchObject({
      summary: '修改小区信息：名称 A → B',
      summaryCode: null,
      summaryParams: null,
    });
    const fresh = list.value.rows.find((r) => r.method === 'backups.saveSettings');
    expect(fresh).toMatchObject({
      summaryCode: 'audit_backup_settings',
      summaryParams: { hours: 4, keepRecent: 5 },
    });
    expect(fresh?.summary).toContain('备份设置：每 4 小时');
    db.$client.close();
  });
});
