import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { careEvents, hotelNeeds, returnees } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import type { Reason } from '../shared/reason';
import { snapshotName } from '../shared/who';
import { issueStock, reversalOf, reverseStock } from '../stock/moves';
import { givenOf } from '../stock/read';
import { writeCareEvent } from './care-events';

function needOf(db: Db, needId: number) {
  const need = db
    .select({ n: hotelNeeds, name: returnees.name })
    .from(hotelNeeds)
    .innerJoin(returnees, eq(returnees.id, hotelNeeds.returneeId))
    .where(eq(hotelNeeds.id, needId))
    .get();
  if (!need) throw refuse('NOT_FOUND', { code: 'need_not_found' });
  return need;
}

/**
 * A guest's needs: several asked in one go, each handled with what was done, a handling by mistake
 * reopened with a reason. Every handling and reopening is a care event; the need row keeps the
 * current state in step.
 */
export const needsHandlers: HandlerMap<'hotels.addNeed' | 'hotels.handleNeed' | 'hotels.reopenNeed'> = {
  'hotels.addNeed': (db, input, ctx) => {
    const r = db.select().from(returnees).where(eq(returnees.id, input.returneeId)).get();
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const ids = input.kinds.map(
      (kind) =>
        db
          .insert(hotelNeeds)
          .values({
            returneeId: r.id,
            kind,
            detail: input.detail,
            askedAt: ctx.now().toISOString(),
            recordedById: ctx.operator?.id ?? null,
            recordedBy: snapshotName(ctx.operator),
          })
          .returning({ id: hotelNeeds.id })
          .get().id,
    );
    ctx.describe({
      entity: 'returnee',
      entityId: r.id,
      reason: {
        code: 'audit_needs_add',
        params: { name: r.name, needs: input.kinds.join(','), detail: input.detail ?? '' },
      },
    });
    return { ids };
  },
  'hotels.handleNeed': (db, input, ctx) => {
    const need = needOf(db, input.needId);
    if (need.n.handledAt)
      throw refuse('CONFLICT', { code: 'need_handled', params: { by: need.n.handledBy } });
    if (input.give && input.done !== 'delivered')
      throw refuse('VALIDATION', { code: 'need_give_not_delivered' }, 'done');
    // Met from stock: one issue to the guest, in this same transaction (refused when short).
    const issued = input.give
      ? issueStock(
          db,
          ctx,
          {
            place: input.give.place,
            to: { kind: 'hotel_guest', id: need.n.returneeId },
            note: input.note,
            includeExpired: false,
            lines: input.give.lines,
          },
          'give.lines',
        )
      : null;
    writeCareEvent(db, ctx, {
      returneeId: need.n.returneeId,
      kind: 'need_handled',
      needId: need.n.id,
      action: input.done,
      reason: input.note,
      stockTxId: issued?.txId ?? null,
    });
    db.update(hotelNeeds)
      .set({
        handledAt: ctx.now().toISOString(),
        handledById: ctx.operator?.id ?? null,
        handledBy: snapshotName(ctx.operator),
        handledNote: input.note,
        handledDone: input.done,
      })
      .where(eq(hotelNeeds.id, input.needId))
      .run();
    const params = { name: need.name, need: need.n.kind, done: input.done, note: input.note ?? '' };
    ctx.describe({
      entity: 'returnee',
      entityId: need.n.returneeId,
      reason: issued
        ? {
            code: 'audit_need_given',
            params: {
              ...params,
              placeKind: issued.place.kind,
              place: issued.place.name,
              given: givenWords(db, issued.txId),
            },
          }
        : { code: 'audit_need_handled', params },
    });
    return { id: input.needId, stockTxId: issued?.txId ?? null };
  },
  'hotels.reopenNeed': (db, input, ctx) => {
    const need = needOf(db, input.needId);
    if (!need.n.handledAt)
      throw refuse('CONFLICT', { code: 'need_not_handled', params: { name: need.name } });
    const handled = db
      .select({ id: careEvents.id, stockTxId: careEvents.stockTxId })
      .from(careEvents)
      .where(and(eq(careEvents.needId, need.n.id), eq(careEvents.kind, 'need_handled')))
      // Insertion order (rowid): the latest handling is the one undone.
      .orderBy(sql`rowid DESC`)
      .get();
    writeCareEvent(db, ctx, {
      returneeId: need.n.returneeId,
      kind: 'need_reopened',
      needId: need.n.id,
      reason: input.reason,
      reverses: handled?.id ?? null,
    });
    // What the handling gave from stock goes back on the books: a reversal with the same reason.
    let reversal: string | null = null;
    let notReversed: Reason | null = null;
    if (handled?.stockTxId) {
      if (reversalOf(db, handled.stockTxId)) notReversed = { code: 'need_issue_reversed_already' };
      else reversal = reverseStock(db, ctx, handled.stockTxId, input.reason).txId;
    }
    // The handling stays in care_events; the need is open again.
    db.update(hotelNeeds)
      .set({ handledAt: null, handledById: null, handledBy: null, handledNote: '', handledDone: null })
      .where(eq(hotelNeeds.id, input.needId))
      .run();
    ctx.describe({
      entity: 'returnee',
      entityId: need.n.returneeId,
      reason: {
        code: reversal ? 'audit_need_reopened_returned' : 'audit_need_reopened',
        params: { name: need.name, need: need.n.kind, reason: input.reason },
      },
    });
    return { id: input.needId, reversal, notReversed };
  },
};

/** "口罩 10 个, 酒精 1 瓶": what an issue gave, for the audit row (item names are the catalogue's). */
function givenWords(db: Db, txId: string): string {
  return givenOf(db, txId)
    .map((g) => `${g.item} ${g.qty} ${g.unit}`)
    .join(', ');
}
