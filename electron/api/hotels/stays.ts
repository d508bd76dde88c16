import { eq } from 'drizzle-orm';
import { hotelStays } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { derivedFlags } from '../residents/rules';
import { readCompound } from '../shared/compound';
import { dayOf } from '../shared/dates';
import type { Reason } from '../shared/reason';
import {
  admitToRoom,
  familyRooms,
  getReturnees,
  openStay,
  openStayFor,
  type Returnee,
  residentEvent,
} from './guests';
import { roomRow, roomRows, settleRoom } from './rooms';
import { suggestWithFamily } from './rules';
import { plannedEndFor } from './stay-rules';

export const staysHandlers: HandlerMap<'hotels.suggest' | 'hotels.place' | 'hotels.moveRoom'> = {
  'hotels.suggest': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    const people = getReturnees(db, input.returneeIds);
    const guests = people.map((r) => ({
      id: r.id,
      elderly: derivedFlags(r.birthDate, today).elderly,
      wantsVentilation: r.wantsVentilation,
    }));
    const rooms = roomRows(db);
    const s = suggestWithFamily(rooms, guests, familyRooms(db, people));
    const names = new Map(rooms.map((r) => [r.id, r.number]));
    return {
      hotelId: s.hotelId,
      unmet: s.unmet,
      assignments: s.assignments.map((a) => ({
        roomId: a.roomId,
        room: names.get(a.roomId) ?? '',
        returneeIds: a.guestIds,
      })),
    };
  },
  'hotels.place': (db, input, ctx) => {
    const compound = readCompound(db);
    const plannedEnd = input.plannedEnd ?? plannedEndFor(compound, input.checkIn);
    if (plannedEnd < input.checkIn)
      throw refuse('VALIDATION', { code: 'planned_end_before_check_in' }, 'plannedEnd');
    const ids = input.assignments.flatMap((a) => a.returneeIds);
    if (new Set(ids).size !== ids.length) throw refuse('VALIDATION', { code: 'same_person_two_rooms' });
    const people = new Map(getReturnees(db, ids).map((r) => [r.id, r]));
    for (const r of people.values()) {
      if (r.outcome !== 'hotel')
        throw refuse('CONFLICT', { code: 'not_decided_hotel', params: { name: r.name } });
      if (openStay(db, r.id))
        throw refuse('CONFLICT', { code: 'already_in_hotel', params: { name: r.name } });
    }
    const warnings: Reason[] = [];
    const stays: { stayId: number; returneeId: number; roomId: number }[] = [];
    for (const a of input.assignments) {
      const group = a.returneeIds.map((id) => people.get(id) as Returnee);
      const w = admitToRoom(db, a.roomId, group, input.overfillReason);
      if (w) warnings.push(w);
      const room = roomRow(db, a.roomId);
      for (const r of group) {
        stays.push({
          stayId: openStayFor(db, r, a.roomId, input.checkIn, plannedEnd, w ? input.overfillReason : '', ctx),
          returneeId: r.id,
          roomId: a.roomId,
        });
        residentEvent(
          db,
          r,
          ctx,
          {
            code: 'event_hotel_check_in',
            params: { name: r.name, hotel: room.hotel, room: room.number, plannedEnd },
          },
          'in_hotel',
        );
      }
    }
    const where = input.assignments.map((a) =>
      [roomRow(db, a.roomId).number, ...a.returneeIds.map((id) => people.get(id)?.name ?? '')].join(' '),
    );
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stays[0]?.stayId ?? null,
      reason: {
        code: warnings.length ? 'audit_hotel_place_overfill' : 'audit_hotel_place',
        params: {
          hotel: roomRow(db, input.assignments[0]?.roomId ?? 0).hotel,
          rooms: where.join('\n'),
          ...(warnings.length ? { reason: input.overfillReason ?? '' } : {}),
        },
      },
    });
    return { stays, warnings };
  },
  'hotels.moveRoom': (db, input, ctx) => {
    const [r] = getReturnees(db, [input.returneeId]);
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const stay = openStay(db, r.id);
    if (!stay) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
    if (stay.roomId === input.toRoomId) throw refuse('VALIDATION', { code: 'same_room' }, 'toRoomId');
    const from = roomRow(db, stay.roomId);
    const w = admitToRoom(db, input.toRoomId, [r], input.overfillReason);
    const to = roomRow(db, input.toRoomId);
    db.update(hotelStays)
      .set({ endedAt: ctx.now().toISOString(), endKind: 'moved', endReason: input.reason })
      .where(eq(hotelStays.id, stay.id))
      .run();
    settleRoom(db, from.id);
    const stayId = openStayFor(
      db,
      r,
      to.id,
      stay.checkIn,
      stay.plannedEnd,
      w ? input.overfillReason : '',
      ctx,
    );
    const moved = {
      name: r.name,
      fromHotel: from.hotel,
      fromRoom: from.number,
      toHotel: to.hotel,
      toRoom: to.number,
      reason: input.reason,
    };
    residentEvent(db, r, ctx, { code: 'event_hotel_move', params: moved });
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stayId,
      reason: { code: 'audit_hotel_move', params: moved },
    });
    return { stayId, warnings: w ? [w] : [] };
  },
};
