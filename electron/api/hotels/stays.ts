import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { hotelStays, residents, returnees } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { derivedFlags } from '../residents/rules';
import { readCompound } from '../shared/compound';
import { addDays, dayOf } from '../shared/dates';
import { logHouseholdEvent } from '../shared/household-log';
import type { Reason } from '../shared/reason';
import { roomRow, roomRows, settleRoom } from './rooms';
import { admission, suggestRooms } from './rules';

type Returnee = typeof returnees.$inferSelect;
const RELEASE_TEXT = { home: '回家', hospital: '转院', elsewhere: '离开（其他去向）' } as const;

function getReturnees(db: ReadDb, ids: number[]): Returnee[] {
  const rows = db.select().from(returnees).where(inArray(returnees.id, ids)).all();
  if (rows.length !== new Set(ids).size) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
  return rows;
}

const openStay = (db: Db, returneeId: number) =>
  db
    .select()
    .from(hotelStays)
    .where(and(eq(hotelStays.returneeId, returneeId), isNull(hotelStays.endedAt)))
    .get();

/** Can these people go into this room? The decision is the rule's; this reads what it needs. */
function admitToRoom(db: Db, roomId: number, people: Returnee[], overfillReason: string): Reason | null {
  const room = roomRow(db, roomId);
  const occupants = db
    .select({ groupId: returnees.groupId })
    .from(hotelStays)
    .innerJoin(returnees, eq(returnees.id, hotelStays.returneeId))
    .where(and(eq(hotelStays.roomId, roomId), isNull(hotelStays.endedAt)))
    .all();
  const a = admission(
    room,
    people.map((p) => p.groupId),
    occupants.map((o) => o.groupId),
    overfillReason,
  );
  if (!a.ok) throw refuse('CONFLICT', a.refusal, a.field);
  return a.warning;
}

function openStayFor(
  db: Db,
  r: Returnee,
  roomId: number,
  checkIn: string,
  plannedEnd: string,
  overfill: string,
  ctx: Ctx,
) {
  const stay = db
    .insert(hotelStays)
    .values({
      returneeId: r.id,
      roomId,
      checkIn,
      plannedEnd,
      startedAt: ctx.now().toISOString(),
      overfillReason: overfill,
    })
    .returning({ id: hotelStays.id })
    .get();
  settleRoom(db, roomId);
  return stay.id;
}

function residentEvent(
  db: Db,
  r: Returnee,
  ctx: Ctx,
  summary: string,
  presence?: 'in_compound' | 'in_hotel' | 'in_hospital' | 'away',
) {
  if (!r.residentId) return;
  const row = db
    .update(residents)
    .set(presence ? { presence, updatedAt: ctx.now().toISOString() } : { updatedAt: ctx.now().toISOString() })
    .where(eq(residents.id, r.residentId))
    .returning({ householdId: residents.householdId })
    .get();
  if (row) logHouseholdEvent(db, row.householdId, ctx, summary);
}

export const staysHandlers: HandlerMap<
  'hotels.suggest' | 'hotels.place' | 'hotels.moveRoom' | 'hotels.release'
> = {
  'hotels.suggest': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    const guests = getReturnees(db, input.returneeIds).map((r) => ({
      id: r.id,
      elderly: derivedFlags(r.birthDate, today).elderly,
      wantsVentilation: r.wantsVentilation,
    }));
    const rooms = roomRows(db);
    const s = suggestRooms(rooms, guests);
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
    const plannedEnd =
      input.plannedEnd ??
      (compound.closureStart
        ? addDays(compound.closureStart, compound.plannedDays)
        : addDays(input.checkIn, compound.quarantineDays));
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
          `${r.name} 入住 ${room.hotel} ${room.number}（计划至 ${plannedEnd}）`,
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
    const summary = `${r.name} 从 ${from.hotel} ${from.number} 换到 ${to.hotel} ${to.number}：${input.reason}`;
    residentEvent(db, r, ctx, summary);
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stayId,
      reason: {
        code: 'audit_hotel_move',
        params: {
          name: r.name,
          fromHotel: from.hotel,
          fromRoom: from.number,
          toHotel: to.hotel,
          toRoom: to.number,
          reason: input.reason,
        },
      },
    });
    return { stayId, warnings: w ? [w] : [] };
  },
  'hotels.release': (db, input, ctx) => {
    const [r] = getReturnees(db, [input.returneeId]);
    if (!r) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
    const stay = openStay(db, r.id);
    if (!stay) throw refuse('CONFLICT', { code: 'not_in_hotel', params: { name: r.name } });
    const room = roomRow(db, stay.roomId);
    db.update(hotelStays)
      .set({
        endedAt: ctx.now().toISOString(),
        endKind: 'released',
        endReason: input.note,
        releaseTo: input.to,
      })
      .where(eq(hotelStays.id, stay.id))
      .run();
    settleRoom(db, room.id);
    const presence = input.to === 'home' ? 'in_compound' : input.to === 'hospital' ? 'in_hospital' : 'away';
    const summary = `${r.name} 离开 ${room.hotel} ${room.number}：${RELEASE_TEXT[input.to]}${input.note ? `（${input.note}）` : ''}`;
    residentEvent(db, r, ctx, summary, presence);
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stay.id,
      reason: {
        code: 'audit_hotel_release',
        params: {
          name: r.name,
          hotel: room.hotel,
          room: room.number,
          release: input.to,
          note: input.note ?? '',
        },
      },
    });
    return { stayId: stay.id };
  },
};
