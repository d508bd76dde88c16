/**
 * 送达: lines of a distribution handed over or found with nobody at home. Each handing-over is a stock
 * issue to its household (counterparty household) from the distribution's place, the lot expiring
 * first, written in the same transaction as its delivery event and the line's state. Undoing one is
 * the stock reversal of that issue (`stock.reverse`), which records the delivery undone here.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { stockDeliveries, stockDistribLines, stockPlaces } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { writeTx } from './books';
import { itemOf, Pending, takeOut } from './take';

type LineRow = typeof stockDistribLines.$inferSelect;
type Delivery = Omit<
  typeof stockDeliveries.$inferInsert,
  'id' | 'postId' | 'recordedAt' | 'operatorId' | 'operatorName'
>;

/** Write one delivery event and keep its line's state in step. */
function record(db: Db, ctx: Ctx, d: Delivery, state: LineRow['state']): string {
  const id = eventId();
  db.insert(stockDeliveries)
    .values({
      ...d,
      id,
      postId: postId(db),
      recordedAt: ctx.now().toISOString(),
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
    })
    .run();
  db.update(stockDistribLines)
    .set({ state, lastDeliveryId: id })
    .where(eq(stockDistribLines.id, d.lineId))
    .run();
  return id;
}

function linesToDeliver(
  db: Db,
  distributionId: string,
  input: { lineIds?: string[] | undefined; buildingId?: number | undefined },
) {
  if (input.lineIds?.length) {
    const seen = new Set<string>();
    return input.lineIds.map((id, i) => {
      if (seen.has(id)) throw refuse('VALIDATION', { code: 'duplicate_record' }, `lineIds.${i}`);
      seen.add(id);
      const line = db.select().from(stockDistribLines).where(eq(stockDistribLines.id, id)).get();
      if (line?.distributionId !== distributionId)
        throw refuse('NOT_FOUND', { code: 'distrib_line_not_found' }, `lineIds.${i}`);
      if (line.state === 'delivered')
        throw refuse(
          'CONFLICT',
          { code: 'distrib_already_delivered', params: { building: line.buildingName, room: line.room } },
          `lineIds.${i}`,
        );
      return line;
    });
  }
  // A whole building: every line not yet handed over.
  return db.$client
    .prepare(
      `SELECT id, post_id AS postId, distribution_id AS distributionId, household_id AS householdId,
        building_id AS buildingId, building_name AS buildingName, room, householder, people, qty, state,
        last_delivery_id AS lastDeliveryId
       FROM stock_distrib_lines WHERE distribution_id = ? AND building_id = ? AND state <> 'delivered'
       ORDER BY rowid`,
    )
    .all(distributionId, input.buildingId) as LineRow[];
}

export const deliverHandlers: HandlerMap<'stock.deliver'> = {
  'stock.deliver': (db, input, ctx) => {
    const dist = db.$client
      .prepare('SELECT item_id AS itemId, place_id AS placeId FROM stock_distributions WHERE id = ?')
      .get(input.distributionId) as { itemId: string; placeId: string } | undefined;
    if (!dist) throw refuse('NOT_FOUND', { code: 'distrib_not_found' }, 'distributionId');
    const lines = linesToDeliver(db, input.distributionId, input);
    if (lines.length === 0) throw refuse('CONFLICT', { code: 'distrib_nothing_to_deliver' }, 'buildingId');
    let runnerName = '';
    if (input.runnerId) {
      const r = db.$client.prepare('SELECT name FROM team_members WHERE id = ?').get(input.runnerId) as
        | { name: string }
        | undefined;
      if (!r) throw refuse('NOT_FOUND', { code: 'member_not_found' }, 'runnerId');
      runnerName = r.name;
    }
    const item = itemOf(db, dist.itemId);
    const place = db.select().from(stockPlaces).where(eq(stockPlaces.id, dist.placeId)).get();
    if (!place) throw refuse('NOT_FOUND', { code: 'stock_place_not_found' });
    const happenedAt = input.happenedAt ? new Date(input.happenedAt).toISOString() : ctx.now().toISOString();
    const base = {
      runnerId: input.runnerId ?? null,
      runnerName,
      receivedBy: input.receivedBy,
      happenedAt,
      note: input.note,
    };
    const today = dayOf(ctx.now());
    const txIds: string[] = [];
    let qty = 0;
    for (const [i, line] of lines.entries()) {
      if (input.outcome === 'not_home') {
        record(db, ctx, { ...base, lineId: line.id, outcome: 'not_home', txId: null }, 'not_home');
        continue;
      }
      // Each line's issue is written before the next is taken: the balances are current.
      const taken = takeOut(db, new Pending(), {
        item,
        place,
        qty: line.qty,
        lotId: null,
        today,
        includeExpired: false,
        shortReason: input.shortReason,
        field: input.lineIds?.length ? `lineIds.${i}` : 'buildingId',
      });
      const txId = writeTx(
        db,
        ctx,
        {
          kind: 'issue',
          happenedAt: input.happenedAt,
          counterpartyKind: 'household',
          counterpartyId: line.householdId,
          counterpartyName: `${line.buildingName} ${line.room} ${line.householder}`.trim(),
          note: taken.short ? (input.shortReason ?? '') : input.note,
          short: taken.short,
        },
        taken.lines,
      );
      record(db, ctx, { ...base, lineId: line.id, outcome: 'delivered', txId }, 'delivered');
      txIds.push(txId);
      qty += line.qty;
    }
    const delivered = input.outcome === 'delivered' ? lines.length : 0;
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_deliver',
        params: {
          item: item.name,
          building: lines[0]?.buildingName ?? '',
          delivered,
          notHome: lines.length - delivered,
          qty,
          unit: item.unit,
        },
      },
    });
    return { delivered, notHome: lines.length - delivered, qty, txIds };
  },
};

/**
 * A stock issue reversed: if it was a distribution's delivery, the line is no longer delivered — a
 * delivery event `undone` naming the reversal, with its reason, and the line back to pending.
 */
export function undoDeliveryOf(
  db: Db,
  ctx: Ctx,
  issueTxId: string,
  reversalId: string,
  reason: string,
): void {
  const line = db.$client
    .prepare(
      `SELECT l.id FROM stock_deliveries d JOIN stock_distrib_lines l ON l.last_delivery_id = d.id
       WHERE d.tx_id = ? AND d.outcome = 'delivered'`,
    )
    .get(issueTxId) as { id: string } | undefined;
  if (!line) return;
  record(
    db,
    ctx,
    {
      lineId: line.id,
      outcome: 'undone',
      txId: reversalId,
      runnerId: null,
      runnerName: '',
      receivedBy: '',
      happenedAt: ctx.now().toISOString(),
      note: reason,
    },
    'pending',
  );
}
