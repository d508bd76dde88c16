// The stock bench's ledger (issue 12): 1,000,000 lines seeded once per database by hand-written
// inserts — receipts, issues to households, transfers over 60 days — with its balances summed from
// the lines.
import { randomUUID } from 'node:crypto';
import { dayOf } from '../../electron/api/shared/dates';
import type { Env } from './harness';

const LEDGER_LINES = 1_000_000;
const ITEMS = 30;
const LOT_ITEMS = 10;
const LOTS_EACH = 20;
const PLACES = 32;
const DAYS = 60;

/** Seed the ledger to 1,000,000 lines (once per database): four lines a movement. */
export function seedLedger(env: Env): void {
  const db = env.sqlite;
  const have = (db.prepare('SELECT count(*) AS n FROM stock_lines').get() as { n: number }).n;
  if (have >= LEDGER_LINES) return;
  const t0 = performance.now();
  const post = (db.prepare('SELECT post_id AS p FROM compound').get() as { p: string }).p;
  const now = env.now.getTime();
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  db.transaction(() => {
    const items = Array.from({ length: ITEMS }, (_, i) => ({ id: randomUUID(), byLot: i < LOT_ITEMS }));
    const addItem = db.prepare(
      `INSERT INTO stock_items (id, post_id, name, unit, category, by_lot, min_level, reorder_level, daily_norm, created_at)
       VALUES (?, ?, ?, '个', 'protection', ?, 100, 500, ?, 'x')`,
    );
    for (const [i, it] of items.entries())
      addItem.run(it.id, post, `物资${i + 1}`, it.byLot ? 1 : 0, i % 3 === 0 ? 1 : null);
    const places = Array.from({ length: PLACES }, () => randomUUID());
    const addPlace = db.prepare(
      'INSERT INTO stock_places (id, post_id, kind, ref_id, name) VALUES (?, ?, ?, ?, ?)',
    );
    for (const [i, id] of places.entries())
      addPlace.run(id, post, i === 0 ? 'store' : 'runner', i === 0 ? null : 100000 + i, `点${i}`);
    const lots = new Map<string, string[]>();
    const addLot = db.prepare(
      `INSERT INTO stock_lots (id, post_id, item_id, code, expires_on, source, created_at) VALUES (?, ?, ?, ?, ?, 'town', 'x')`,
    );
    for (const it of items.filter((x) => x.byLot)) {
      const ids = Array.from({ length: LOTS_EACH }, (_, k) => {
        const id = randomUUID();
        addLot.run(id, post, it.id, `L${k}`, dayOf(new Date(now + (k - 2) * 86_400_000 * 3)));
        return id;
      });
      lots.set(it.id, ids);
    }
    const addTx = db.prepare(
      `INSERT INTO stock_tx (id, post_id, kind, happened_at, recorded_at, operator_name, counterparty_kind, counterparty_id)
       VALUES (?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const addLine = db.prepare(
      'INSERT INTO stock_lines (id, post_id, tx_id, item_id, lot_id, place_id, qty) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const households = Math.max(1, env.households);
    for (let n = have; n < LEDGER_LINES; n += 4) {
      const r = rnd(100);
      const kind = r < 20 ? 'receive' : r < 85 ? 'issue' : 'transfer';
      const at = new Date(now - rnd(DAYS * 86_400) * 1000).toISOString();
      const tx = randomUUID();
      addTx.run(
        tx,
        post,
        kind,
        at,
        at,
        kind === 'issue' ? 'household' : null,
        kind === 'issue' ? 1 + rnd(households) : null,
      );
      for (let k = 0; k < 4; k += kind === 'transfer' ? 2 : 1) {
        const it = items[rnd(ITEMS)] ?? items[0];
        if (!it) continue;
        const lot = it.byLot ? (lots.get(it.id)?.[rnd(LOTS_EACH)] ?? null) : null;
        const qty = 1 + rnd(kind === 'receive' ? 200 : 5);
        if (kind === 'transfer') {
          addLine.run(randomUUID(), post, tx, it.id, lot, places[0], -qty);
          addLine.run(randomUUID(), post, tx, it.id, lot, places[1 + rnd(PLACES - 1)], qty);
        } else
          addLine.run(
            randomUUID(),
            post,
            tx,
            it.id,
            lot,
            places[kind === 'receive' ? 0 : rnd(PLACES)],
            kind === 'receive' ? qty : -qty,
          );
      }
    }
    db.exec('DELETE FROM stock_balances');
    db.exec(`INSERT INTO stock_balances (item_id, lot_id, place_id, qty)
      SELECT item_id, lot_id, place_id, sum(qty) FROM stock_lines GROUP BY item_id, coalesce(lot_id, ''), place_id`);
  })();
  db.exec('ANALYZE');
  const lines = (db.prepare('SELECT count(*) AS n FROM stock_lines').get() as { n: number }).n;
  console.log(
    `(seeded the stock ledger to ${lines} lines in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
}
