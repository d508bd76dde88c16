import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';
import { kept, rebuilt } from './stock-setup';

describe('migration 0014 (the stock ledger)', () => {
  it('upgrades a 0013 database with data: the stock tables arrive empty, the post stocks its store at once', async () => {
    const path = join(tempDir(), 'at-0013.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(14) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(14);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES ('1栋', 1, 1, 1, 1);
      INSERT INTO households (building_id, unit, room, householder_name, phone, occupancy, reg_status, notes, updated_at)
        VALUES (1, '', '101', '王建华', '', 'occupied', 'registered', '', 'x');
      INSERT INTO duty_posts (name) VALUES ('东门');`);
    expect(() => old.$client.prepare('SELECT * FROM stock_tx').all()).toThrow(/no such table/);
    const postId = (old.$client.prepare('SELECT post_id AS id FROM compound').get() as { id: string }).id;
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(15);
    for (const t of [
      'stock_items',
      'stock_places',
      'stock_lots',
      'stock_tx',
      'stock_lines',
      'stock_counts',
      'stock_balances',
    ])
      expect(db.$client.prepare(`SELECT count(*) AS n FROM ${t}`).get(), t).toEqual({ n: 0 });
    expect(db.$client.prepare('SELECT householder_name AS h FROM households').all()).toEqual([
      { h: '王建华' },
    ]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const item = await call('stock.saveItem', {
      name: '口罩',
      unit: '个',
      category: 'protection',
      byLot: true,
    });
    if (!item.ok) throw new Error(item.error.message);
    const got = await call('stock.receive', {
      source: 'town',
      lines: [{ itemId: item.value.id, qty: 1000, expiresOn: '2027-01-01' }],
    });
    if (!got.ok) throw new Error(got.error.message);
    const moved = await call('stock.transfer', {
      from: { kind: 'store' },
      to: { kind: 'gate', id: 1 },
      itemId: item.value.id,
      qty: 100,
    });
    expect(moved.ok).toBe(true);
    // Rows the upgraded file writes carry its post id.
    expect(db.$client.prepare('SELECT DISTINCT post_id AS p FROM stock_lines').all()).toEqual([
      { p: postId },
    ]);
    expect(kept(db)).toEqual(rebuilt(db));
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    db.$client.close();
  });
});
