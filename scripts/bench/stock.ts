// The stock figures (issue 12): with 1,000,000 ledger lines, stock.balances and stock.cover through
// the app beside hand-written better-sqlite3 giving the same answer; and a distribution to every
// household of the registry (100,000 at the largest size) in one transaction, beside hand-written
// inserts of the same rows. The ledger is seeded once per database by hand-written inserts (receipts,
// issues to households, transfers over 60 days) with its balances summed from the lines.
import { randomUUID } from 'node:crypto';
import { keptWorkerSettled } from '../../electron/api/jobs/worker-start';
import { addDays, dayOf } from '../../electron/api/shared/dates';
import { balanceFlag, COVER_DAYS, daysOfCover, levelFlags } from '../../electron/api/stock/rules';
import { type Env, type Figure, oncePerDb } from './harness';
import { seedLedger } from './stock-seed';

type BalanceRow = {
  itemId: string;
  item: string;
  unit: string;
  lotId: string | null;
  lotCode: string | null;
  expiresOn: string | null;
  placeId: string;
  placeKind: string;
  placeRef: number | null;
  placeName: string;
  qty: number;
};

function baseBalances(env: Env) {
  const rows = env.sqlite
    .prepare(
      `SELECT i.id AS itemId, i.name AS item, i.unit, l.id AS lotId, l.code AS lotCode, l.expires_on AS expiresOn,
        p.id AS placeId, p.kind AS placeKind, p.ref_id AS placeRef, p.name AS placeName, b.qty
       FROM stock_balances b JOIN stock_items i ON i.id = b.item_id JOIN stock_places p ON p.id = b.place_id
       LEFT JOIN stock_lots l ON l.id = b.lot_id WHERE b.qty <> 0 ORDER BY i.name, p.kind, p.name, l.expires_on`,
    )
    .all() as BalanceRow[];
  return rows.map((r) => ({
    itemId: r.itemId,
    item: r.item,
    unit: r.unit,
    lotId: r.lotId,
    lotCode: r.lotCode,
    expiresOn: r.expiresOn,
    place: { id: r.placeId, kind: r.placeKind, refId: r.placeRef, name: r.placeName },
    qty: r.qty,
    flag: balanceFlag(r.qty),
  }));
}

function baseCover(env: Env) {
  const db = env.sqlite;
  const today = dayOf(env.now);
  const people = (
    db
      .prepare(
        `SELECT (SELECT coalesce(sum(residents), 0) FROM building_counts)
          - (SELECT count(*) FROM residents WHERE presence <> 'in_compound')
          + (SELECT count(*) FROM hotel_stays WHERE ended_at IS NULL) AS n`,
      )
      .get() as { n: number }
  ).n;
  const issued = new Map(
    (
      db
        .prepare(
          `SELECT item_id AS itemId, sum(qty) AS n FROM stock_issue_days WHERE day >= ? GROUP BY item_id`,
        )
        .all(addDays(today, -(COVER_DAYS - 1))) as { itemId: string; n: number }[]
    ).map((r) => [r.itemId, r.n]),
  );
  const items = (
    db
      .prepare(
        `SELECT i.id, i.name, i.unit, i.min_level AS minLevel, i.reorder_level AS reorderLevel, i.daily_norm AS dailyNorm,
          coalesce((SELECT sum(qty) FROM stock_balances b WHERE b.item_id = i.id), 0) AS onHand
         FROM stock_items i ORDER BY i.category, i.name`,
      )
      .all() as {
      id: string;
      name: string;
      unit: string;
      minLevel: number;
      reorderLevel: number;
      dailyNorm: number | null;
      onHand: number;
    }[]
  ).map((i) => {
    const issuedLastWeek = issued.get(i.id) ?? 0;
    return {
      itemId: i.id,
      item: i.name,
      unit: i.unit,
      onHand: i.onHand,
      issuedLastWeek,
      dailyNorm: i.dailyNorm,
      days: daysOfCover({ onHand: i.onHand, issuedLastWeek, dailyNorm: i.dailyNorm, people }),
      flags: levelFlags(i.onHand, i.minLevel, i.reorderLevel),
    };
  });
  items.sort((a, b) => (a.days ?? Number.POSITIVE_INFINITY) - (b.days ?? Number.POSITIVE_INFINITY));
  const expiring = db
    .prepare(
      `SELECT i.id AS itemId, i.name AS item, l.id AS lotId, l.code AS lotCode, l.expires_on AS expiresOn, sum(b.qty) AS qty
       FROM stock_lots l JOIN stock_items i ON i.id = l.item_id JOIN stock_balances b ON b.lot_id = l.id
       WHERE l.expires_on IS NOT NULL AND l.expires_on <= ? GROUP BY l.id HAVING sum(b.qty) > 0 ORDER BY l.expires_on, i.name`,
    )
    .all(addDays(today, COVER_DAYS));
  return { today, people, items, expiring };
}

/** Each run distributes on a day of its own (one item a household a day); app and baseline alike. */
let appDay = 0;
let baseDay = 0;
const dayFor = (env: Env, k: number) => addDays(dayOf(env.now), -k);

/** The item the distributions give (made once per database). */
const veg = oncePerDb((env): string => {
  const found = env.sqlite.prepare("SELECT id FROM stock_items WHERE name = '蔬菜（压测）'").get() as
    | { id: string }
    | undefined;
  const vegId = found?.id ?? randomUUID();
  if (!found)
    env.sqlite
      .prepare(
        `INSERT INTO stock_items (id, post_id, name, unit, category, created_at)
         VALUES (?, (SELECT post_id FROM compound), '蔬菜（压测）', '份', 'food', 'x')`,
      )
      .run(vegId);
  return vegId;
});

/** Hand-written: the same households and people, one distribution row and a line each, one transaction. */
function baseDistribute(env: Env) {
  const db = env.sqlite;
  const item = veg(env);
  return db
    .transaction(() => {
      const post = (db.prepare('SELECT post_id AS p FROM compound').get() as { p: string }).p;
      const store = (db.prepare("SELECT id FROM stock_places WHERE kind = 'store'").get() as { id: string })
        .id;
      const rows = db
        .prepare(
          `SELECT h.id, h.building_id, b.name, CASE WHEN h.unit = '' THEN h.room ELSE h.unit || '-' || h.room END AS room,
          h.householder_name, p.n FROM households h JOIN buildings b ON b.id = h.building_id
         JOIN (SELECT household_id, count(*) AS n FROM residents WHERE presence = 'in_compound' GROUP BY household_id) p
           ON p.household_id = h.id ORDER BY b.sort_order, b.id, h.unit, length(h.room), h.room`,
        )
        .raw()
        .all() as [number, number, string, string, string, number][];
      const id = randomUUID();
      let total = 0;
      for (const r of rows) total += r[5];
      db.prepare(
        `INSERT INTO stock_distributions (id, post_id, item_id, place_id, scope, basis, qty, planned_on, note, households,
        total_qty, created_at, operator_id, operator_name) VALUES (?, ?, ?, ?, NULL, 'person', 1, ?, '', ?, ?, ?, 1, '')`,
      ).run(id, post, item, store, dayFor(env, 1000 + ++baseDay), rows.length, total, env.now.toISOString());
      const insert = db.prepare(
        `INSERT INTO stock_distrib_lines (id, post_id, distribution_id, household_id, building_id, building_name, room,
        householder, people, qty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      for (const r of rows) insert.run(randomUUID(), post, id, r[0], r[1], r[2], r[3], r[4], r[5], r[5]);
      return { households: rows.length, totalQty: total };
    })
    .immediate();
}

const seeding = oncePerDb(seedLedger);

export const stockFigures: Figure[] = [
  {
    name: 'stock.balances (1,000,000 ledger lines)',
    goal: { p95Ms: 50, ratio: 0.5 },
    app: (env) => {
      seeding(env);
      return env.call('stock.balances', {});
    },
    base: baseBalances,
  },
  {
    name: 'stock.cover (1,000,000 ledger lines)',
    goal: { p95Ms: 50, ratio: 0.5 },
    app: (env) => {
      seeding(env);
      return env.call('stock.cover', {});
    },
    base: baseCover,
  },
  {
    name: 'stock.distribute to every household (one transaction)',
    goal: { ratio: 0.5 },
    runs: 3,
    // The worker it leaves ready for the next distribution starts untimed (worker-start.ts).
    settle: () => keptWorkerSettled('distribute-worker'),
    app: async (env) => {
      seeding(env);
      const out = await env.call('stock.distribute', {
        itemId: veg(env),
        basis: 'person',
        qty: 1,
        plannedOn: dayFor(env, ++appDay),
      });
      return { households: out.households, totalQty: out.totalQty };
    },
    base: baseDistribute,
  },
];
