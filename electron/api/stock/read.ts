/** The stock queries: the catalogue, balances, the ledger in pages, days of cover. Read-only. */
import { type SQL, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { keptRead } from '../../../db/statements';
import type { HandlerMap } from '../handler';
import { addDays, dayOf, dayStartUtc } from '../shared/dates';
import { findPlace, type PlaceInput } from './books';
import { balanceFlag, COVER_DAYS, daysOfCover, levelFlags } from './rules';

type ItemRow = {
  id: string;
  name: string;
  unit: string;
  category: 'protection' | 'disinfection' | 'medical' | 'food' | 'other';
  byLot: number;
  minLevel: number;
  reorderLevel: number;
  dailyNorm: number | null;
  version: number;
  onHand: number;
};

/**
 * The stock's hot reads (the catalogue, balances, days of cover) run kept statements
 * (`db/statements.ts`): each is a few rows a few hundred times over, and preparing its joins again on
 * every call through the ORM cost more than running them (issue 11: `stock.balances` at a fifth of
 * hand-written SQL).
 */
const rowsOf = <T>(db: ReadDb, text: string, ...args: unknown[]): T[] =>
  keptRead(db, text).all(...args) as T[];

export function readItems(db: ReadDb, id?: string) {
  return rowsOf<ItemRow>(
    db,
    `SELECT i.id, i.name, i.unit, i.category, i.by_lot AS byLot, i.min_level AS minLevel,
      i.reorder_level AS reorderLevel, i.daily_norm AS dailyNorm, i.version,
      coalesce((SELECT sum(qty) FROM stock_balances b WHERE b.item_id = i.id), 0) AS onHand
     FROM stock_items i ${id ? 'WHERE i.id = ?' : ''} ORDER BY i.category, i.name`,
    ...(id ? [id] : []),
  ).map((r) => ({ ...r, byLot: r.byLot === 1 }));
}

type LineRow = {
  txId: string;
  itemId: string;
  item: string;
  unit: string;
  lotId: string | null;
  lotCode: string | null;
  expiresOn: string | null;
  placeId: string;
  placeKind: 'store' | 'gate' | 'hotel' | 'runner';
  placeRef: number | null;
  placeName: string;
  qty: number;
};

const LINE_COLUMNS_TEXT = `i.id AS itemId, i.name AS item, i.unit, l.id AS lotId, l.code AS lotCode,
  l.expires_on AS expiresOn, p.id AS placeId, p.kind AS placeKind, p.ref_id AS placeRef, p.name AS placeName`;
const LINE_JOINS_TEXT = `JOIN stock_items i ON i.id = x.item_id JOIN stock_places p ON p.id = x.place_id
  LEFT JOIN stock_lots l ON l.id = x.lot_id`;
const LINE_COLUMNS = sql.raw(LINE_COLUMNS_TEXT);
const LINE_JOINS = sql.raw(LINE_JOINS_TEXT);

const shapeLine = (r: Omit<LineRow, 'txId'>) => ({
  itemId: r.itemId,
  item: r.item,
  unit: r.unit,
  lotId: r.lotId,
  lotCode: r.lotCode,
  expiresOn: r.expiresOn,
  place: { id: r.placeId, kind: r.placeKind, refId: r.placeRef, name: r.placeName },
  qty: r.qty,
});

/** The lines of some transactions, in the order written. */
export function linesOf(db: ReadDb, txIds: readonly string[]) {
  if (txIds.length === 0) return new Map<string, ReturnType<typeof shapeLine>[]>();
  const ids = sql.join(
    txIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = db.all<LineRow>(
    sql`SELECT x.tx_id AS txId, ${LINE_COLUMNS}, x.qty FROM stock_lines x ${LINE_JOINS}
        WHERE x.tx_id IN (${ids}) ORDER BY x.rowid`,
  );
  const out = new Map<string, ReturnType<typeof shapeLine>[]>();
  for (const r of rows) out.set(r.txId, [...(out.get(r.txId) ?? []), shapeLine(r)]);
  return out;
}

/** What an issue gave, per item (the lots it took summed), in the order written. */
export function givenOf(db: ReadDb, txId: string) {
  const out = new Map<string, { itemId: string; item: string; unit: string; qty: number }>();
  for (const l of linesOf(db, [txId]).get(txId) ?? []) {
    const g = out.get(l.itemId) ?? { itemId: l.itemId, item: l.item, unit: l.unit, qty: 0 };
    g.qty -= l.qty;
    out.set(l.itemId, g);
  }
  return [...out.values()];
}

/** People the stock serves: residents of the compound and guests in hotels now. */
function peopleServed(db: ReadDb): number {
  return (
    rowsOf<{ n: number }>(
      db,
      // In the compound: every resident (building_counts, kept by triggers) less the few elsewhere
      // (residents_away_idx) — counting those in the compound would read a district's residents.
      `SELECT (SELECT coalesce(sum(residents), 0) FROM building_counts)
        - (SELECT count(*) FROM residents WHERE presence <> 'in_compound')
        + (SELECT count(*) FROM hotel_stays WHERE ended_at IS NULL) AS n`,
    )[0]?.n ?? 0
  );
}

/** The ledger's filter as a WHERE clause on `stock_tx t`; null when the place never held stock (nothing to find). */
export function ledgerCond(
  db: ReadDb,
  input: {
    itemId?: string | undefined;
    place?: PlaceInput | undefined;
    kind?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
): SQL | null {
  const where: SQL[] = [];
  if (input.kind) where.push(sql`t.kind = ${input.kind}`);
  if (input.from) where.push(sql`t.happened_at >= ${dayStartUtc(input.from)}`);
  if (input.to) where.push(sql`t.happened_at < ${dayStartUtc(addDays(input.to, 1))}`);
  if (input.itemId)
    where.push(
      sql`EXISTS (SELECT 1 FROM stock_lines x WHERE x.tx_id = t.id AND x.item_id = ${input.itemId})`,
    );
  if (input.place) {
    const place = findPlace(db, input.place);
    if (!place) return null;
    where.push(sql`EXISTS (SELECT 1 FROM stock_lines x WHERE x.tx_id = t.id AND x.place_id = ${place.id})`);
  }
  return where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
}

export const stockReadHandlers: HandlerMap<
  'stock.items' | 'stock.balances' | 'stock.ledger' | 'stock.cover'
> = {
  'stock.items': (db) => readItems(db),
  'stock.balances': (db, input) => {
    const where: string[] = [];
    const args: unknown[] = [];
    if (input.itemId) {
      where.push('x.item_id = ?');
      args.push(input.itemId);
    }
    if (input.place) {
      const place = findPlace(db, input.place);
      if (!place) return [];
      where.push('x.place_id = ?');
      args.push(place.id);
    }
    if (input.nonZero) where.push('x.qty <> 0');
    return rowsOf<Omit<LineRow, 'txId'>>(
      db,
      `SELECT ${LINE_COLUMNS_TEXT}, x.qty FROM stock_balances x ${LINE_JOINS_TEXT}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY i.name, p.kind, p.name, l.expires_on`,
      ...args,
    ).map((r) => ({ ...shapeLine(r), flag: balanceFlag(r.qty) }));
  },
  'stock.ledger': (db, input) => {
    const cond = ledgerCond(db, input);
    if (!cond) return { total: 0, rows: [] };
    const rows = db.all<{
      id: string;
      kind: 'receive' | 'issue' | 'transfer' | 'count' | 'adjust' | 'write_off' | 'reversal';
      happenedAt: string;
      recordedAt: string;
      operatorName: string;
      counterpartyKind:
        | null
        | 'donor'
        | 'town'
        | 'supplier'
        | 'household'
        | 'hotel_guest'
        | 'runner'
        | 'place';
      counterpartyId: number | null;
      counterpartyName: string;
      reasonCode: null | 'damaged' | 'lost' | 'expired' | 'found' | 'miscounted';
      note: string;
      short: number;
      reverses: string | null;
      reversedBy: string | null;
      total: number;
    }>(
      sql`SELECT t.id, t.kind, t.happened_at AS happenedAt, t.recorded_at AS recordedAt,
          t.operator_name AS operatorName, t.counterparty_kind AS counterpartyKind,
          t.counterparty_id AS counterpartyId, t.counterparty_name AS counterpartyName,
          t.reason_code AS reasonCode, t.note, t.short, t.reverses,
          (SELECT r.id FROM stock_tx r WHERE r.reverses = t.id) AS reversedBy, count(*) OVER () AS total
        FROM stock_tx t ${cond} ORDER BY t.happened_at DESC, t.recorded_at DESC, t.id
        LIMIT ${input.limit} OFFSET ${input.offset}`,
    );
    const lines = linesOf(
      db,
      rows.map((r) => r.id),
    );
    return {
      total: rows[0]?.total ?? 0,
      rows: rows.map(({ total: _, ...r }) => ({ ...r, short: r.short === 1, lines: lines.get(r.id) ?? [] })),
    };
  },
  'stock.cover': (db, _input, ctx) => {
    const today = dayOf(ctx.now());
    const people = peopleServed(db);
    const issued = new Map(
      rowsOf<{ itemId: string; n: number }>(
        db,
        // Issues not reversed, over the last 7 days (today included): summed per day by a trigger on
        // every ledger line (stock_issue_days, migration 0015), so this reads a few rows an item.
        'SELECT item_id AS itemId, sum(qty) AS n FROM stock_issue_days WHERE day >= ? GROUP BY item_id',
        addDays(today, -(COVER_DAYS - 1)),
      ).map((r) => [r.itemId, r.n]),
    );
    const items = readItems(db).map((i) => {
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
    const expiring = rowsOf<{
      itemId: string;
      item: string;
      lotId: string;
      lotCode: string;
      expiresOn: string;
      qty: number;
    }>(
      db,
      `SELECT i.id AS itemId, i.name AS item, l.id AS lotId, l.code AS lotCode, l.expires_on AS expiresOn,
        sum(b.qty) AS qty FROM stock_lots l JOIN stock_items i ON i.id = l.item_id
        JOIN stock_balances b ON b.lot_id = l.id
        WHERE l.expires_on IS NOT NULL AND l.expires_on <= ?
        GROUP BY l.id HAVING sum(b.qty) > 0 ORDER BY l.expires_on, i.name`,
      addDays(today, COVER_DAYS),
    );
    return { today, people, items, expiring };
  },
};
