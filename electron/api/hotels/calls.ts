import { and, eq, isNull } from 'drizzle-orm';
import { careEvents, hotelContacts, hotelStays, returnees } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { callCheck, feverHandledAtHotel } from '../health/hotel-guests';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { isFever } from '../shared/health-rules';
import { snapshotName } from '../shared/who';
import { writeCareEvent } from './care-events';
import { callTimeProblem } from './care-rules';

/**
 * The daily call to each guest, logged now or for an earlier time today or yesterday. A reported
 * temperature at or above the threshold is a fever alert that stays on the board and the overview
 * until someone records what was done (handleFever).
 */
export const callsHandlers: HandlerMap<'hotels.logContact' | 'hotels.handleFever'> = {
  'hotels.logContact': (db, input, ctx) => {
    const r = db.select().from(returnees).where(eq(returnees.id, input.returneeId)).get();
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const inStay = db
      .select({ id: hotelStays.id })
      .from(hotelStays)
      .where(and(eq(hotelStays.returneeId, r.id), isNull(hotelStays.endedAt)))
      .get();
    if (!inStay) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
    const at = input.at ? new Date(input.at) : ctx.now();
    const late = callTimeProblem(at, ctx.now());
    if (late) throw refuse('VALIDATION', late, 'at');
    const fever = input.reached && isFever(input.temperature, readCompound(db).feverThreshold);
    const row = db
      .insert(hotelContacts)
      .values({
        returneeId: r.id,
        day: dayOf(at),
        reached: input.reached,
        temperature: input.temperature,
        fever,
        wellbeing: input.wellbeing,
        operatorId: ctx.operator?.id ?? null,
        operatorName: snapshotName(ctx.operator),
        at: at.toISOString(),
      })
      .returning({ id: hotelContacts.id })
      .get();
    // The call's reading is a check of the rounds (issue 14): a high one raises the fever alert.
    callCheck(db, ctx, {
      returneeId: r.id,
      contactId: row.id,
      reached: input.reached,
      temperature: input.reached ? (input.temperature ?? null) : null,
      at: at.toISOString(),
      note: input.wellbeing ?? '',
    });
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
  'hotels.handleFever': (db, input, ctx) => {
    const c = db
      .select({ c: hotelContacts, name: returnees.name })
      .from(hotelContacts)
      .innerJoin(returnees, eq(returnees.id, hotelContacts.returneeId))
      .where(eq(hotelContacts.id, input.contactId))
      .get();
    if (!c) throw refuse('NOT_FOUND', { code: 'contact_not_found' });
    if (!c.c.fever) throw refuse('CONFLICT', { code: 'not_a_fever' });
    const done = db
      .select({ by: careEvents.byName })
      .from(careEvents)
      .where(and(eq(careEvents.contactId, c.c.id), eq(careEvents.kind, 'fever_handled')))
      .get();
    if (done) throw refuse('CONFLICT', { code: 'fever_already_handled', params: { by: done.by } });
    const id = writeCareEvent(db, ctx, {
      returneeId: c.c.returneeId,
      kind: 'fever_handled',
      contactId: c.c.id,
      action: input.action,
      reason: input.note,
    });
    // The doctor's request for this fever is triaged with the hotel's handling (issue 14).
    feverHandledAtHotel(db, ctx, c.c.id, input.action, input.note);
    ctx.describe({
      entity: 'returnee',
      entityId: c.c.returneeId,
      reason: {
        code: 'audit_fever_handled',
        params: { name: c.name, temperature: c.c.temperature, action: input.action, note: input.note ?? '' },
      },
    });
    return { id };
  },
};
