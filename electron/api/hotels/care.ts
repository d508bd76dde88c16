import { and, eq, isNull } from 'drizzle-orm';
import { hotelContacts, hotelNeeds, hotelStays, returnees } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { isFever } from '../shared/health-rules';
import { LABELS_ZH } from '../shared/labels';

/** Need words for the audit summaries (Chinese, stored). */
export const NEED_TEXT = LABELS_ZH.need;

export const careHandlers: HandlerMap<'hotels.addNeed' | 'hotels.handleNeed' | 'hotels.logContact'> = {
  'hotels.addNeed': (db, input, ctx) => {
    const r = db.select().from(returnees).where(eq(returnees.id, input.returneeId)).get();
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const row = db
      .insert(hotelNeeds)
      .values({
        returneeId: r.id,
        kind: input.kind,
        detail: input.detail,
        askedAt: ctx.now().toISOString(),
        recordedById: ctx.operator?.id ?? null,
        recordedBy: ctx.operator?.name ?? '系统',
      })
      .returning({ id: hotelNeeds.id })
      .get();
    ctx.describe({
      entity: 'returnee',
      entityId: r.id,
      reason: {
        code: 'audit_need_add',
        params: { name: r.name, need: input.kind, detail: input.detail ?? '' },
      },
    });
    return row;
  },
  'hotels.handleNeed': (db, input, ctx) => {
    const need = db
      .select({ n: hotelNeeds, name: returnees.name })
      .from(hotelNeeds)
      .innerJoin(returnees, eq(returnees.id, hotelNeeds.returneeId))
      .where(eq(hotelNeeds.id, input.needId))
      .get();
    if (!need) throw refuse('NOT_FOUND', { code: 'need_not_found' });
    if (need.n.handledAt)
      throw refuse('CONFLICT', { code: 'need_handled', params: { by: need.n.handledBy } });
    db.update(hotelNeeds)
      .set({
        handledAt: ctx.now().toISOString(),
        handledById: ctx.operator?.id ?? null,
        handledBy: ctx.operator?.name ?? '系统',
        handledNote: input.note,
      })
      .where(eq(hotelNeeds.id, input.needId))
      .run();
    ctx.describe({
      entity: 'returnee',
      entityId: need.n.returneeId,
      reason: {
        code: 'audit_need_done',
        params: { name: need.name, need: need.n.kind, note: input.note ?? '' },
      },
    });
    return { id: input.needId };
  },
  'hotels.logContact': (db, input, ctx) => {
    const r = db.select().from(returnees).where(eq(returnees.id, input.returneeId)).get();
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const inStay = db
      .select({ id: hotelStays.id })
      .from(hotelStays)
      .where(and(eq(hotelStays.returneeId, r.id), isNull(hotelStays.endedAt)))
      .get();
    if (!inStay) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
    const day = dayOf(ctx.now());
    const row = db
      .insert(hotelContacts)
      .values({
        returneeId: r.id,
        day,
        reached: input.reached,
        temperature: input.temperature,
        wellbeing: input.wellbeing,
        operatorId: ctx.operator?.id ?? null,
        operatorName: ctx.operator?.name ?? '系统',
        at: ctx.now().toISOString(),
      })
      .returning({ id: hotelContacts.id })
      .get();
    const fever = isFever(input.temperature, readCompound(db).feverThreshold);
    ctx.describe({
      entity: 'returnee',
      entityId: r.id,
      reason: !input.reached
        ? { code: 'audit_call_unreached', params: { name: r.name } }
        : {
            code: fever ? 'audit_call_fever' : 'audit_call_reached',
            params: { name: r.name, temperature: input.temperature, wellbeing: input.wellbeing ?? '' },
          },
    });
    return { id: row.id, fever };
  },
};
