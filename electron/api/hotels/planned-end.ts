import { and, eq, inArray, isNull } from 'drizzle-orm';
import { hotelStays, returnees } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { followGuest } from '../health/hotel-guests';
import { writeCareEvent } from './care-events';
import { residentEvent } from './guests';

/**
 * Planned end follows the closure: the board shows who was placed under another closure length and
 * the commander moves the chosen guests' planned end (to the closure's end, or any day not before
 * their check-in). Each guest's household file and the audit row say from when to when; the guest's
 * health episode ends on the new day too.
 */
export const plannedEndHandlers: HandlerMap<'hotels.movePlannedEnd'> = {
  'hotels.movePlannedEnd': (db, input, ctx) => {
    const stays = db
      .select({ s: hotelStays, r: returnees })
      .from(hotelStays)
      .innerJoin(returnees, eq(returnees.id, hotelStays.returneeId))
      .where(inArray(hotelStays.id, input.stayIds))
      .all();
    if (stays.length !== new Set(input.stayIds).size)
      throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const moved: string[] = [];
    for (const { s, r } of stays) {
      if (s.endedAt) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
      if (input.plannedEnd < s.checkIn)
        throw refuse(
          'VALIDATION',
          { code: 'planned_end_before_check_in_of', params: { name: r.name, checkIn: s.checkIn } },
          'plannedEnd',
        );
      if (s.plannedEnd === input.plannedEnd) continue;
      db.update(hotelStays)
        .set({ plannedEnd: input.plannedEnd })
        .where(and(eq(hotelStays.id, s.id), isNull(hotelStays.endedAt)))
        .run();
      // The guest's temperature follow-up ends with the stay (issue 14).
      followGuest(db, ctx, r.id);
      writeCareEvent(db, ctx, {
        returneeId: r.id,
        kind: 'planned_end_moved',
        stayId: s.id,
        fromDay: s.plannedEnd,
        toDay: input.plannedEnd,
        reason: input.reason,
      });
      residentEvent(db, r, ctx, {
        code: 'event_hotel_planned_end',
        params: { name: r.name, from: s.plannedEnd, to: input.plannedEnd, reason: input.reason },
      });
      moved.push(`${r.name} ${s.plannedEnd} → ${input.plannedEnd}`);
    }
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stays[0]?.s.id ?? null,
      reason: {
        code: 'audit_planned_end_move',
        params: {
          names: moved.join('\n'),
          count: moved.length,
          to: input.plannedEnd,
          reason: input.reason ?? '',
        },
      },
    });
    return { moved: moved.length };
  },
};
