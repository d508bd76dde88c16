import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';
import { issueDaysKept, issueDaysRebuilt, kept, rebuilt } from './stock-setup';

describe('migration 0015 (distributions)', () => {
  it('upgrades a 0014 database with stock: the distribution tables arrive empty, its households get a distribution at once', async () => {
    const path = join(tempDir(), 'at-0014.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(15) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(15);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES ('1栋', 1, 1, 2, 1);
      INSERT INTO households (building_id, unit, room, householder_name, phone, occupancy, reg_status, notes, updated_at)
        VALUES (1, '', '101', '王建华', '', 'occupied', 'registered', '', 'x'),
               (1, '', '102', '陈丽', '', 'occupied', 'registered', '', 'x');
      INSERT INTO residents (household_id, name, presence, updated_at)
        VALUES (1, '王建华', 'in_compound', 'x'), (2, '陈丽', 'in_compound', 'x'), (2, '陈夫', 'in_compound', 'x');`);
    const oldCall = api(old, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const item = await oldCall('stock.saveItem', { name: '蔬菜', unit: '份', category: 'food' });
    if (!item.ok) throw new Error(item.error.message);
    const got = await oldCall('stock.receive', {
      source: 'donor',
      lines: [{ itemId: item.value.id, qty: 50 }],
    });
    expect(got.ok).toBe(true);
    const issued = await oldCall('stock.issue', {
      to: { kind: 'household', id: 1 },
      happenedAt: '2026-11-27T16:30:00Z',
      lines: [{ itemId: item.value.id, qty: 4 }],
    });
    expect(issued.ok).toBe(true);
    expect(() => old.$client.prepare('SELECT * FROM stock_distributions').all()).toThrow(/no such table/);
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(16);
    for (const t of ['stock_distributions', 'stock_distrib_lines', 'stock_deliveries'])
      expect(db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    expect(db.$client.prepare('SELECT count(*) AS n FROM stock_lines').get()).toEqual({ n: 2 });
    // The days of cover's counter is filled from the ledger already there (the post's day of the issue).
    expect(issueDaysKept(db)).toEqual([{ itemId: item.value.id, day: '2026-11-28', qty: 4 }]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const made = await call('stock.distribute', { itemId: item.value.id, basis: 'person', qty: 2 });
    if (!made.ok) throw new Error(made.error.message);
    expect(made.value).toMatchObject({ households: 2, totalQty: 6 });
    const done = await call('stock.deliver', { distributionId: made.value.id, buildingId: 1 });
    expect(done.ok && done.value.qty).toBe(6);
    expect(issueDaysKept(db)).toEqual(issueDaysRebuilt(db));
    expect(kept(db)).toEqual(rebuilt(db));
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
