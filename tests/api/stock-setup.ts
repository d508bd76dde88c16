import type { Db } from '../../db/open';
import { dayOf } from '../../electron/api/shared/dates';
import { withOperator } from './helpers';

/** A post with an operator, a household, a hotel guest, a runner, a gate and a hotel, and three items. */
export async function stockPost() {
  const ctx = await withOperator();
  const { db, call } = ctx;
  db.$client.exec(`
    INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
    INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (1, '101', '王建华', 'x');
    INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-27T02:00:00.000Z', '海口', 'x');
    INSERT INTO returnees (group_id, name, check_json, recommendation, registered_at)
      VALUES (1, '李四', '{}', 'hotel', '2026-11-27T02:00:00.000Z');
    INSERT INTO hotels (name) VALUES ('椰林酒店');
    INSERT INTO duty_posts (name) VALUES ('东门');
    INSERT INTO team_members (name, role, can_operate, created_at) VALUES ('赵跑腿', 'runner', 0, 'x');`);
  const runnerId = (
    db.$client.prepare("SELECT id FROM team_members WHERE name = '赵跑腿'").get() as { id: number }
  ).id;
  const item = async (name: string, unit: string, byLot: boolean, extra: object = {}) => {
    const r = await call('stock.saveItem', { name, unit, category: 'protection', byLot, ...extra });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  };
  const masks = await item('口罩', '个', true, { dailyNorm: 1, reorderLevel: 500, minLevel: 100 });
  const alcohol = await item('酒精', '瓶', true);
  const rice = await item('大米', '袋', false);
  return { ...ctx, runnerId, householdId: 1, guestId: 1, hotelId: 1, gateId: 1, masks, alcohol, rice };
}

export type StockPost = Awaited<ReturnType<typeof stockPost>>;

/** Balances rebuilt from scratch: every line summed per item, lot and place (zeros left out). */
export function rebuilt(db: Db) {
  return db.$client
    .prepare(
      `SELECT item_id AS itemId, lot_id AS lotId, place_id AS placeId, sum(qty) AS qty FROM stock_lines
       GROUP BY item_id, coalesce(lot_id, ''), place_id HAVING sum(qty) <> 0 ORDER BY 1, 2, 3`,
    )
    .all();
}

/** The balances the books keep (zeros left out), in the same order. */
export function kept(db: Db) {
  return db.$client
    .prepare(
      'SELECT item_id AS itemId, lot_id AS lotId, place_id AS placeId, qty FROM stock_balances WHERE qty <> 0 ORDER BY 1, 2, 3',
    )
    .all();
}

/** What stock_issue_days keeps (zeros left out), per item and day. */
export function issueDaysKept(db: Db) {
  return db.$client
    .prepare('SELECT item_id AS itemId, day, qty FROM stock_issue_days WHERE qty <> 0 ORDER BY 1, 2')
    .all();
}

/**
 * The same from scratch: every issue line and every line of a reversal of an issue, on the post's
 * day (Asia/Shanghai, worked out here in JavaScript) of the issue it belongs to, summed.
 */
export function issueDaysRebuilt(db: Db) {
  const rows = db.$client
    .prepare(
      `SELECT x.item_id AS itemId, coalesce(o.happened_at, t.happened_at) AS at, x.qty FROM stock_lines x
       JOIN stock_tx t ON t.id = x.tx_id LEFT JOIN stock_tx o ON o.id = t.reverses
       WHERE coalesce(o.kind, t.kind) = 'issue'`,
    )
    .all() as { itemId: string; at: string; qty: number }[];
  const sums = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.itemId}|${dayOf(new Date(r.at))}`;
    sums.set(key, (sums.get(key) ?? 0) - r.qty);
  }
  return [...sums]
    .filter(([, qty]) => qty !== 0)
    .map(([k, qty]) => {
      const [itemId, day] = k.split('|');
      return { itemId, day, qty };
    })
    .sort((a, b) => `${a.itemId}|${a.day}`.localeCompare(`${b.itemId}|${b.day}`));
}
