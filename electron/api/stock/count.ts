/**
 * 盘点 (a count): what the books said and what was counted, per item and lot at a place, kept as
 * count rows; the differences are the count transaction's lines (an adjustment), with a reason.
 * Lots and items not on the sheet are not touched (a count may cover part of a store).
 */

import { stockCounts } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { eventId, postId } from '../shared/events';
import { balanceOf, ensurePlace, writeTx } from './books';
import { linesOf } from './read';
import { countDifference, countNeedsReason } from './rules';
import { itemOf, lotFor } from './take';

export const stockCountHandlers: HandlerMap<'stock.count'> = {
  'stock.count': (db, input, ctx) => {
    const place = ensurePlace(db, input.place);
    const seen = new Set<string>();
    const counted = input.lines.map((l, i) => {
      const item = itemOf(db, l.itemId, `lines.${i}.itemId`);
      const lotId = lotFor(db, item, l.lotId, `lines.${i}.lotId`);
      const key = `${item.id}|${lotId ?? ''}`;
      if (seen.has(key)) throw refuse('VALIDATION', { code: 'duplicate_record' }, `lines.${i}.lotId`);
      seen.add(key);
      const systemQty = balanceOf(db, item.id, lotId, place.id);
      return {
        itemId: item.id,
        lotId,
        systemQty,
        countedQty: l.counted,
        difference: countDifference(systemQty, l.counted),
      };
    });
    const differences = counted.filter((c) => c.difference !== 0);
    if (countNeedsReason(counted.map((c) => c.difference)) && !input.reasonCode)
      throw refuse('VALIDATION', { code: 'stock_count_reason_required' }, 'reasonCode');
    const txId = writeTx(
      db,
      ctx,
      {
        kind: 'count',
        happenedAt: input.happenedAt,
        reasonCode: differences.length ? (input.reasonCode ?? null) : null,
        note: input.note,
      },
      differences.map((c) => ({ itemId: c.itemId, lotId: c.lotId, placeId: place.id, qty: c.difference })),
    );
    const post = postId(db);
    for (const c of counted)
      db.insert(stockCounts)
        .values({
          id: eventId(),
          postId: post,
          txId,
          itemId: c.itemId,
          lotId: c.lotId,
          placeId: place.id,
          systemQty: c.systemQty,
          countedQty: c.countedQty,
        })
        .run();
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_count',
        params: {
          placeKind: place.kind,
          place: place.name,
          items: counted.length,
          differences: differences.length,
        },
      },
    });
    return { txId, lines: linesOf(db, [txId]).get(txId) ?? [], counted };
  },
};
