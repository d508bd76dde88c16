/**
 * The stock mutations (issue 12): the catalogue, and every movement as one ledger transaction whose
 * lines move the balances in the same SQLite transaction (books.ts). Each writes its audit row.
 */
import type { Db } from '../../../db/open';
import { stockLots } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf, formatInstant } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { ensurePlace, type NewLine, type PlaceRow, writeTx } from './books';
import type { stockContract } from './contract';
import { stockCountHandlers } from './count';
import { undoDeliveryOf } from './deliver';
import { stockItemHandlers } from './items';
import { issueStock, reverseStock } from './moves';
import { linesOf } from './read';
import { itemOf, lotFor, Pending, takeOut } from './take';

const written = (db: Db, txId: string) => ({ txId, lines: linesOf(db, [txId]).get(txId) ?? [] });
const where = (p: PlaceRow) => ({ placeKind: p.kind, place: p.name });

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
    const { txId, place, name } = issueStock(db, ctx, input);
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
    const { txId, reversed: tx } = reverseStock(db, ctx, input.txId, input.reason);
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
