import { desc, eq } from 'drizzle-orm';
import { hotelStays, teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { releaseGuest } from '../health/hotel-guests';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { writeCareEvent } from './care-events';
import { releaseCheck } from './care-rules';
import { admitToRoom, getReturnees, openStay, openStayFor, residentEvent } from './guests';
import { roomRow, settleRoom } from './rooms';

/** The operator on duty is the commander or a deputy commander (指挥长 / 副指挥长). */
function isCommander(db: Parameters<typeof readCompound>[0], ctx: Ctx): boolean {
  if (!ctx.operator) return false;
  const m = db
    .select({ role: teamMembers.role })
    .from(teamMembers)
    .where(eq(teamMembers.id, ctx.operator.id))
    .get();
  return m?.role === 'commander' || m?.role === 'deputy_commander';
}

export const releaseHandlers: HandlerMap<'hotels.release' | 'hotels.undoRelease'> = {
  'hotels.release': (db, input, ctx) => {
    const [r] = getReturnees(db, [input.returneeId]);
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const stay = openStay(db, r.id);
    if (!stay) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
    const check = releaseCheck({
      to: input.to,
      sealed: readCompound(db).status === 'closed',
      today: dayOf(ctx.now()),
      plannedEnd: stay.plannedEnd,
      commander: isCommander(db, ctx),
      overrideReason: input.overrideReason,
    });
    if (!check.ok) throw refuse(check.error, check.refusal, check.field);
    const room = roomRow(db, stay.roomId);
    db.update(hotelStays)
      .set({
        endedAt: ctx.now().toISOString(),
        endKind: 'released',
        endReason: input.reason,
        releaseTo: input.to,
      })
      .where(eq(hotelStays.id, stay.id))
      .run();
    settleRoom(db, room.id);
    releaseGuest(db, ctx, r.id, input.to, input.reason);
    if (check.override)
      writeCareEvent(db, ctx, {
        returneeId: r.id,
        kind: 'release_override',
        stayId: stay.id,
        action: check.override.code,
        reason: input.overrideReason,
      });
    const presence = input.to === 'home' ? 'in_compound' : input.to === 'hospital' ? 'in_hospital' : 'away';
    const params = {
      name: r.name,
      hotel: room.hotel,
      room: room.number,
      release: input.to,
      note: input.reason,
    };
    const override = check.override
      ? { ...params, hold: check.override.code, override: input.overrideReason }
      : null;
    residentEvent(
      db,
      r,
      ctx,
      override
        ? { code: 'event_hotel_release_override', params: override }
        : { code: 'event_hotel_release', params },
      presence,
    );
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stay.id,
      reason: override
        ? { code: 'audit_hotel_release_override', params: override }
        : { code: 'audit_hotel_release', params },
    });
    return { stayId: stay.id, override: !!check.override };
  },
  'hotels.undoRelease': (db, input, ctx) => {
    const released = db.select().from(hotelStays).where(eq(hotelStays.id, input.stayId)).get();
    if (!released) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const [r] = getReturnees(db, [released.returneeId]);
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    if (released.endKind !== 'released')
      throw refuse('CONFLICT', { code: 'stay_not_released', params: { name: r.name } });
    const latest = db
      .select({ id: hotelStays.id })
      .from(hotelStays)
      .where(eq(hotelStays.returneeId, r.id))
      .orderBy(desc(hotelStays.id))
      .get();
    if (latest?.id !== released.id || openStay(db, r.id))
      throw refuse('CONFLICT', { code: 'release_not_latest', params: { name: r.name } });
    const room = roomRow(db, released.roomId);
    // Back into the same room (still to be cleaned is fine); a stranger there since, or a room out of service, refuses.
    admitToRoom(db, room.id, [r], '', true);
    const stayId = openStayFor(db, r, room.id, released.checkIn, released.plannedEnd, '', ctx);
    writeCareEvent(db, ctx, {
      returneeId: r.id,
      kind: 'release_undone',
      stayId: released.id,
      reason: input.reason,
    });
    residentEvent(
      db,
      r,
      ctx,
      {
        code: 'event_hotel_release_undone',
        params: { name: r.name, hotel: room.hotel, room: room.number, reason: input.reason },
      },
      'in_hotel',
    );
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stayId,
      reason: {
        code: 'audit_release_undone',
        params: { name: r.name, hotel: room.hotel, room: room.number, reason: input.reason },
      },
    });
    return { stayId };
  },
};
