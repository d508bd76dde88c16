import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';

describe('migration 0023 (the stock ledger’s covering indexes)', () => {
  it('upgrades a 0022 database with receipts and issues: the report and the masks line read them the same, from the indexes', async () => {
    const path = join(tempDir(), 'at-0022.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(23) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(23);
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES ('1栋', 1, 1, 2, 1);
      INSERT INTO households (building_id, unit, room, householder_name, phone, occupancy, reg_status, notes, updated_at)
        VALUES (1, '', '101', '王建华', '', 'occupied', 'registered', '', 'x');
      INSERT INTO residents (household_id, name, presence, updated_at) VALUES (1, '王建华', 'in_compound', 'x');`);
    const atOld = api(old, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const must = async <T>(
      p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    ) => {
      const r = await p;
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const item = await must(
      atOld('stock.saveItem', { name: '医用口罩', unit: '个', category: 'protection' }),
    );
    await must(atOld('stock.receive', { source: 'donor', lines: [{ itemId: item.id, qty: 500 }] }));
    const wrong = await must(
      atOld('stock.receive', { source: 'donor', lines: [{ itemId: item.id, qty: 70 }] }),
    );
    await must(atOld('stock.reverse', { txId: wrong.txId, reason: '录错' }));
    await must(
      atOld('stock.issue', { to: { kind: 'household', id: 1 }, lines: [{ itemId: item.id, qty: 20 }] }),
    );
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(24);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const after = await must(call('reports.daily', {}));
    // Counted by hand (today's report reads a column 0025 adds, so it does not run on the 0022 file).
    const supplies = after.sections.find((s) => s.key === 'supplies')?.lines ?? [];
    expect(supplies.find((l) => l.key === 'stock_received')).toMatchObject({ today: 500, cumulative: 500 });
    expect(supplies.find((l) => l.key === 'stock_on_hand')).toMatchObject({ current: 480 });
    expect(supplies.find((l) => l.key === 'stock_issued')).toMatchObject({ today: 20, cumulative: 20 });
    const trends = (await must(call('dashboard.get', {}))).trends;
    // The masks line of the dashboard's trends, counted by hand: 500 received, 20 issued today.
    expect(trends.days.at(-1)?.masks).toBe(480);
    // The receipts of the days, their lines' items and quantities: from the indexes alone.
    const plan = (
      db.$client
        .prepare(`EXPLAIN QUERY PLAN SELECT l.item_id, sum(l.qty) FROM stock_tx x JOIN stock_lines l ON l.tx_id = x.id
        WHERE x.kind = 'receive' AND x.happened_at >= '2026-11-27' GROUP BY 1`)
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(/COVERING INDEX stock_tx_kind_idx.*COVERING INDEX stock_lines_tx_idx/);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  });
});
