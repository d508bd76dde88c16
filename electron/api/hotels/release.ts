import { desc, eq } from 'drizzle-orm';
import { hotelStays, teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import { LABELS_ZH } from '../shared/labels';
import { writeCareEvent } from './care-events';
import { releaseCheck } from './care-rules';
import { admitToRoom, getReturnees, openStay, openStayFor, residentEvent } from './guests';
import { roomRow, settleRoom } from './rooms';

const RELEASE_TEXT = { home: '回家', hospital: '转院', elsewhere: '离开（其他去向）' } as const;

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
    if (check.override)
      writeCareEvent(db, ctx, {
        returneeId: r.id,
        kind: 'release_override',
        stayId: stay.id,
        action: check.override.code,
        reason: input.overrideReason,
      });
    const presence = input.to === 'home' ? 'in_compound' : input.to === 'hospital' ? 'in_hospital' : 'away';
    const override = check.override
      ? `（越过：${LABELS_ZH.releaseHold[check.override.code as 'release_home_sealed' | 'release_before_end']}，${input.overrideReason}）`
      : '';
    residentEvent(
      db,
      r,
      ctx,
      `${r.name} 离开 ${room.hotel} ${room.number}：${RELEASE_TEXT[input.to]}（${input.reason}）${override}`,
      presence,
    );
    const params = {
      name: r.name,
      hotel: room.hotel,
      room: room.number,
      release: input.to,
      note: input.reason,
    };
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stay.id,
      reason: check.override
        ? {
            code: 'audit_hotel_release_override',
            params: { ...params, hold: check.override.code, override: input.overrideReason },
          }
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
      `撤销 ${r.name} 的离店，回到 ${room.hotel} ${room.number}：${input.reason}`,
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
