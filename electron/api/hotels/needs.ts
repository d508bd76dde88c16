import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { careEvents, hotelNeeds, returnees } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { snapshotName } from '../shared/who';
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
    writeCareEvent(db, ctx, {
      returneeId: need.n.returneeId,
      kind: 'need_handled',
      needId: need.n.id,
      action: input.done,
      reason: input.note,
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
    ctx.describe({
      entity: 'returnee',
      entityId: need.n.returneeId,
      reason: {
        code: 'audit_need_handled',
        params: { name: need.name, need: need.n.kind, done: input.done, note: input.note ?? '' },
      },
    });
    return { id: input.needId };
  },
  'hotels.reopenNeed': (db, input, ctx) => {
    const need = needOf(db, input.needId);
    if (!need.n.handledAt)
      throw refuse('CONFLICT', { code: 'need_not_handled', params: { name: need.name } });
    const handled = db
      .select({ id: careEvents.id })
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
    // The handling stays in care_events; the need is open again.
    db.update(hotelNeeds)
      .set({ handledAt: null, handledById: null, handledBy: null, handledNote: '', handledDone: null })
      .where(eq(hotelNeeds.id, input.needId))
      .run();
    ctx.describe({
      entity: 'returnee',
      entityId: need.n.returneeId,
      reason: {
        code: 'audit_need_reopened',
        params: { name: need.name, need: need.n.kind, reason: input.reason },
      },
    });
    return { id: input.needId };
  },
};
