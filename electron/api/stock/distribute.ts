/**
 * stock.distributionPlan and stock.distribute (the writes: distribute-write.ts). A distribution to more
 * than OFFLOAD_FROM households is written in a worker thread (distribute-offload.ts); a small one here,
 * in the router's transaction.
 */
import { sql } from 'drizzle-orm';
import { type HandlerMap, prepared } from '../handler';
import { findPlace } from './books';
import { offloadDistribution } from './distribute-offload';
import { plan, writeDistribution } from './distribute-write';

export const distributeHandlers: HandlerMap<'stock.distributionPlan' | 'stock.distribute'> = {
  'stock.distributionPlan': (db, input) => {
    const { item, found, people, totalQty } = plan(db, input);
    const place = findPlace(db, input.place);
    const onHand = place
      ? (db.get<{ n: number }>(
          sql`SELECT coalesce(sum(qty), 0) AS n FROM stock_balances WHERE item_id = ${item.id} AND place_id = ${place.id}`,
        )?.n ?? 0)
      : 0;
    return { households: found.length, people, totalQty, onHand, unit: item.unit };
  },

  'stock.distribute': prepared<'stock.distribute', null>({
    offload: (db, input, ctx, audit) => offloadDistribution(db, input, ctx, audit),
    prepare: () => Promise.resolve(null),
    run: (db, input, ctx) => {
      const { out, entry } = writeDistribution(db, input, ctx);
      ctx.describe(entry);
      return out;
    },
  }),
};
