import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { isNoOne } from '../../electron/api/shared/who';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0012 (household history and roster changes as reasons)', () => {
  it('upgrades a 0011 database with household events and roster changes: each keeps its text and gets no code', async () => {
    const path = join(tempDir(), 'at-0011.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(12) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(12);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES ('1栋', 1, 1, 1, 1);
      INSERT INTO households (building_id, unit, room, householder_name, phone, occupancy, reg_status, notes, updated_at)
        VALUES (1, '', '101', '王建华', '', 'occupied', 'registered', '', 'x');
      INSERT INTO household_events (household_id, at, operator_id, operator_name, summary) VALUES
        (1, '2026-01-01T00:00:00.000Z', 1, '林晓梅', '修改户信息：电话 （空） → 13800000001'),
        (1, '2026-01-01T00:01:00.000Z', NULL, '系统', '导入“a.xlsx”：新增 1 人，更新 0 人');
      INSERT INTO roster_changes (at, operator_id, operator_name, kind, reason) VALUES
        ('2026-01-01T00:02:00.000Z', 1, '林晓梅', 'generate', '2026-11-30 起 7 天：新排 10 人次，缺 2 人次');`);
    expect(() => old.$client.prepare('SELECT summary_code FROM household_events').all()).toThrow(
      /no such column/,
    );
    expect(() => old.$client.prepare('SELECT reason_code FROM roster_changes').all()).toThrow(
      /no such column/,
    );
    old.$client.close();

    const db = openDatabase(path);
    expect(
      db.$client
        .prepare(
          'SELECT id, operator_name, summary, summary_code, summary_params FROM household_events ORDER BY id',
        )
        .all(),
    ).toEqual([
      {
        id: 1,
        operator_name: '林晓梅',
        summary: '修改户信息：电话 （空） → 13800000001',
        summary_code: null,
        summary_params: null,
      },
      {
        id: 2,
        operator_name: '系统',
        summary: '导入“a.xlsx”：新增 1 人，更新 0 人',
        summary_code: null,
        summary_params: null,
      },
    ]);
    expect(db.$client.prepare('SELECT reason, reason_code, reason_params FROM roster_changes').all()).toEqual(
      [{ reason: '2026-11-30 起 7 天：新排 10 人次，缺 2 人次', reason_code: null, reason_params: null }],
    );
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    // The file reads the legacy lines as stored (no code) beside a new line that has one.
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const saved = await call('households.update', {
      id: 1,
      version: 1,
      householderName: '王建华',
      phone: '13800000002',
      occupancy: 'occupied',
      regStatus: 'registered',
      notes: '',
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const [fresh, system, legacy] = saved.value.events;
    expect(fresh).toMatchObject({
      operatorName: '林晓梅',
      summaryCode: 'event_household_update',
      summaryParams: { edits: 'phone\t\t13800000002' },
      summary: '修改户信息：联系电话 （空） → 13800000002',
    });
    expect(system).toMatchObject({
      operatorName: '系统',
      summary: '导入“a.xlsx”：新增 1 人，更新 0 人',
      summaryCode: null,
      summaryParams: null,
    });
    // The legacy marker reads as "no one on duty", worded by the screen.
    expect(isNoOne(system?.operatorName ?? '')).toBe(true);
    expect(legacy).toMatchObject({ summary: '修改户信息：电话 （空） → 13800000001', summaryCode: null });
    db.$client.close();
  });
});
