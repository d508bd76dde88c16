import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { api, FIXED_NOW, olderRelease, tempDir } from './helpers';
import { kept, rebuilt } from './stock-setup';

describe('migration 0016 (a need met from stock: care_events.stock_tx_id)', () => {
  it('upgrades a 0015 database with a handled need: old handlings gave nothing, a new one issues from stock', async () => {
    const path = join(tempDir(), 'at-0015.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(16) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(16);
    const post = (old.$client.prepare('SELECT post_id AS id FROM compound').get() as { id: string }).id;
    old.$client.exec(`
      INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('林晓梅', 'community_cadre', 1, 'x');
      INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-27T02:00:00.000Z', '海口', 'x');
      INSERT INTO returnees (group_id, name, check_json, recommendation, registered_at)
        VALUES (1, '李四', '[]', 'hotel', '2026-11-27T02:00:00.000Z');
      INSERT INTO hotel_needs (returnee_id, kind, asked_at, recorded_by, handled_at, handled_by, handled_done)
        VALUES (1, 'masks', '2026-11-27T03:00:00.000Z', '林晓梅', '2026-11-27T04:00:00.000Z', '林晓梅', 'delivered'),
               (1, 'alcohol', '2026-11-27T03:00:00.000Z', '林晓梅', NULL, NULL, NULL);
      INSERT INTO care_events (id, post_id, returnee_id, kind, need_id, action, by_name, at)
        VALUES ('e1', '${post}', 1, 'need_handled', 1, 'delivered', '林晓梅', '2026-11-27T04:00:00.000Z');`);
    expect(() => old.$client.prepare('SELECT stock_tx_id FROM care_events').all()).toThrow(/no such column/);
    old.$client.close();

    const db = openDatabase(path);
    expect(db.$client.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(17);
    expect(db.$client.prepare('SELECT id, stock_tx_id AS tx FROM care_events').all()).toEqual([
      { id: 'e1', tx: null },
    ]);
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');

    const call = api(db, { now: () => FIXED_NOW, paths: { db: path } }, 1);
    const file = await call('returnees.get', { id: 1 });
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.needs.map((n) => [n.kind, n.given])).toEqual([
      ['alcohol', []],
      ['masks', []],
    ]);
    const item = await call('stock.saveItem', { name: '酒精', unit: '瓶', category: 'disinfection' });
    if (!item.ok) throw new Error(item.error.message);
    const got = await call('stock.receive', { source: 'town', lines: [{ itemId: item.value.id, qty: 4 }] });
    expect(got.ok).toBe(true);
    const handled = await call('hotels.handleNeed', {
      needId: 2,
      done: 'delivered',
      give: { lines: [{ itemId: item.value.id, qty: 1 }] },
    });
    if (!handled.ok) throw new Error(handled.error.message);
    expect(db.$client.prepare('SELECT stock_tx_id AS tx FROM care_events WHERE need_id = 2').get()).toEqual({
      tx: handled.value.stockTxId,
    });
    expect(kept(db)).toEqual(rebuilt(db));
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    db.$client.close();
  });
});
