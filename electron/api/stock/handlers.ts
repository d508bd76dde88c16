/**
 * The stock mutations (issue 12): the catalogue, and every movement as one ledger transaction whose
 * lines move the balances in the same SQLite transaction (books.ts). Each writes its audit row.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { stockLots, stockTx } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf, formatInstant } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { balanceOf, ensurePlace, type NewLine, type PlaceRow, writeTx } from './books';
import type { stockContract } from './contract';
import { stockCountHandlers } from './count';
import { undoDeliveryOf } from './deliver';
import { stockItemHandlers } from './items';
import { linesOf } from './read';
import { checkReverse } from './rules';
import { itemOf, lotFor, Pending, takeOut } from './take';

const written = (db: Db, txId: string) => ({ txId, lines: linesOf(db, [txId]).get(txId) ?? [] });
const where = (p: PlaceRow) => ({ placeKind: p.kind, place: p.name });

/** Who receives an issue, by name as it is now (kept on the transaction as a snapshot). */
function recipient(db: Db, to: { kind: 'household' | 'hotel_guest' | 'runner'; id: number }): string {
  const q = {
    household: sql`SELECT trim(b.name || ' ' || CASE WHEN h.unit = '' THEN '' ELSE h.unit || '-' END || h.room
        || ' ' || h.householder_name) AS name FROM households h JOIN buildings b ON b.id = h.building_id WHERE h.id = ${to.id}`,
    hotel_guest: sql`SELECT name FROM returnees WHERE id = ${to.id}`,
    runner: sql`SELECT name FROM team_members WHERE id = ${to.id}`,
  }[to.kind];
  const row = db.get<{ name: string } | undefined>(q);
  const missing = {
    household: 'household_not_found',
    hotel_guest: 'returnee_not_found',
    runner: 'member_not_found',
  };
  if (!row) throw refuse('NOT_FOUND', { code: missing[to.kind] }, 'to');
  return row.name;
}

export const stockHandlers: HandlerMap<
  Exclude<keyof typeof stockContract, 'stock.items' | 'stock.balances' | 'stock.ledger' | 'stock.cover'>
> = {
  'stock.receive': (db, input, ctx) => {
    const place = ensurePlace(db, input.place);
    const now = ctx.now().toISOString();
    const lines: NewLine[] = input.lines.map((l, i) => {
      const field = `lines.${i}.lotId`;
      const item = itemOf(db, l.itemId, `lines.${i}.itemId`);
      let lotId = lotFor(db, item, l.lotId, field);
      if (item.byLot && !lotId) {
        lotId = eventId();
        db.insert(stockLots)
          .values({
            id: lotId,
            postId: postId(db),
            itemId: item.id,
            code: l.lotCode,
            expiresOn: l.expiresOn,
            source: input.source,
            sourceName: input.sourceName,
            createdAt: now,
          })
          .run();
      }
      return { itemId: item.id, lotId, placeId: place.id, qty: l.qty };
    });
    const txId = writeTx(
      db,
      ctx,
      {
        kind: 'receive',
        happenedAt: input.happenedAt,
        counterpartyKind: input.source === 'bought' ? 'supplier' : input.source,
        counterpartyName: input.sourceName,
        note: input.note,
      },
      lines,
    );
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_receive',
        params: { ...where(place), from: input.source, who: input.sourceName, lines: lines.length },
      },
    });
    return written(db, txId);
  },

  'stock.issue': (db, input, ctx) => {
    const place = ensurePlace(db, input.place);
    const name = recipient(db, input.to);
    const pending = new Pending();
    const today = dayOf(ctx.now());
    let short = false;
    const lines = input.lines.flatMap((l, i) => {
      const item = itemOf(db, l.itemId, `lines.${i}.itemId`);
      const taken = takeOut(db, pending, {
        item,
        place,
        qty: l.qty,
        lotId: lotFor(db, item, l.lotId, `lines.${i}.lotId`),
        today,
        includeExpired: input.includeExpired,
        shortReason: input.shortReason,
        field: `lines.${i}.qty`,
      });
      short ||= taken.short;
      return taken.lines;
    });
    const txId = writeTx(
      db,
      ctx,
      {
        kind: 'issue',
        happenedAt: input.happenedAt,
        counterpartyKind: input.to.kind,
        counterpartyId: input.to.id,
        counterpartyName: name,
        note: short ? (input.shortReason ?? '') : input.note,
        short,
      },
      lines,
    );
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_issue',
        params: { ...where(place), who: name, lines: input.lines.length },
      },
    });
    return written(db, txId);
  },

  'stock.transfer': (db, input, ctx) => {
    if (JSON.stringify(input.from) === JSON.stringify(input.to))
      throw refuse('VALIDATION', { code: 'stock_same_place' }, 'to');
    const from = ensurePlace(db, input.from);
    const to = ensurePlace(db, input.to);
    const item = itemOf(db, input.itemId, 'itemId');
    const taken = takeOut(db, new Pending(), {
      item,
      place: from,
      qty: input.qty,
      lotId: lotFor(db, item, input.lotId, 'lotId'),
      today: dayOf(ctx.now()),
      includeExpired: input.includeExpired,
      shortReason: input.shortReason,
      field: 'qty',
    });
    const into = taken.lines.map((l) => ({ ...l, placeId: to.id, qty: -l.qty }));
    const txId = writeTx(
      db,
      ctx,
      {
        kind: 'transfer',
        happenedAt: input.happenedAt,
        counterpartyKind: 'place',
        counterpartyName: to.name,
        note: taken.short ? (input.shortReason ?? '') : input.note,
        short: taken.short,
      },
      [...taken.lines, ...into],
    );
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_transfer',
        params: {
          ...where(from),
          toKind: to.kind,
          to: to.name,
          item: item.name,
          qty: input.qty,
          unit: item.unit,
        },
      },
    });
    return written(db, txId);
  },

  'stock.adjust': (db, input, ctx) => {
    const place = ensurePlace(db, input.place);
    const item = itemOf(db, input.itemId, 'itemId');
    const lotId = lotFor(db, item, input.lotId, 'lotId');
    let lines: NewLine[] = [{ itemId: item.id, lotId, placeId: place.id, qty: input.qty }];
    let short = false;
    if (input.qty < 0) {
      const taken = takeOut(db, new Pending(), {
        item,
        place,
        qty: -input.qty,
        lotId,
        today: dayOf(ctx.now()),
        includeExpired: true,
        shortReason: input.shortReason,
        field: 'qty',
      });
      lines = taken.lines;
      short = taken.short;
    }
    const note = short ? [input.note, input.shortReason ?? ''].filter(Boolean).join('; ') : input.note;
    const txId = writeTx(
      db,
      ctx,
      { kind: input.kind, happenedAt: input.happenedAt, reasonCode: input.reasonCode, note, short },
      lines,
    );
    ctx.describe({
      entity: 'stock',
      reason: {
        code: input.kind === 'write_off' ? 'audit_stock_write_off' : 'audit_stock_adjust',
        params: { ...where(place), item: item.name, qty: input.qty, unit: item.unit, why: input.reasonCode },
      },
    });
    return written(db, txId);
  },

  'stock.reverse': (db, input, ctx) => {
    const tx = db.select().from(stockTx).where(eq(stockTx.id, input.txId)).get();
    if (!tx) throw refuse('NOT_FOUND', { code: 'stock_tx_not_found' }, 'txId');
    const reversedBy = db.select({ id: stockTx.id }).from(stockTx).where(eq(stockTx.reverses, tx.id)).get();
    const wrong = checkReverse({ kind: tx.kind, reversedBy: reversedBy?.id ?? null });
    if (wrong) throw refuse('CONFLICT', wrong, 'txId');
    const lines = db.all<NewLine>(
      sql`SELECT item_id AS itemId, lot_id AS lotId, place_id AS placeId, -qty AS qty FROM stock_lines
          WHERE tx_id = ${tx.id} ORDER BY rowid`,
    );
    const txId = writeTx(
      db,
      ctx,
      {
        kind: 'reversal',
        counterpartyKind: tx.counterpartyKind,
        counterpartyId: tx.counterpartyId,
        counterpartyName: tx.counterpartyName,
        reasonCode: tx.reasonCode,
        note: input.reason,
        reverses: tx.id,
        short: lines.some((l) => l.qty < 0 && balanceOf(db, l.itemId, l.lotId, l.placeId) + l.qty < 0),
      },
      lines,
    );
    // A distribution's delivery undone: its line is no longer delivered.
    undoDeliveryOf(db, ctx, tx.id, txId, input.reason);
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_reverse',
        params: { txKind: tx.kind, tx: formatInstant(tx.happenedAt), reason: input.reason },
      },
    });
    return written(db, txId);
  },

  ...stockCountHandlers,
  ...stockItemHandlers,
};
