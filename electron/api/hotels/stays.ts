import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { hotelStays, residents, returnees } from '../../../db/schema';
import { readCompound } from '../compound/handlers';
import type { Ctx } from '../context';
import { ApiError } from '../errors';
import type { HandlerMap } from '../handler';
import { logHouseholdEvent } from '../households/read';
import { derivedFlags } from '../residents/rules';
import { addDays, dayOf } from '../shared/dates';
import { roomRow, roomRows, STATUS_TEXT, settleRoom } from './rooms';
import { bedsLeft, suggestRooms } from './rules';

type Returnee = typeof returnees.$inferSelect;
const RELEASE_TEXT = { home: '回家', hospital: '转院', elsewhere: '离开（其他去向）' } as const;

function getReturnees(db: Db, ids: number[]): Returnee[] {
  const rows = db.select().from(returnees).where(inArray(returnees.id, ids)).all();
  if (rows.length !== new Set(ids).size) throw new ApiError('NOT_FOUND', '有返回人员不存在');
  return rows;
}

const openStay = (db: Db, returneeId: number) =>
  db
    .select()
    .from(hotelStays)
    .where(and(eq(hotelStays.returneeId, returneeId), isNull(hotelStays.endedAt)))
    .get();

/** Can these people go into this room? Returns a warning when it is overfilled with a reason. */
function admitToRoom(db: Db, roomId: number, people: Returnee[], overfillReason: string): string | null {
  const room = roomRow(db, roomId);
  if (room.status === 'cleaning' || room.status === 'out_of_service') {
    throw new ApiError('CONFLICT', `${room.hotel} ${room.number} ${STATUS_TEXT[room.status]}，不能入住`);
  }
  const groups = new Set(people.map((p) => p.groupId));
  const others = db
    .select({ groupId: returnees.groupId })
    .from(hotelStays)
    .innerJoin(returnees, eq(returnees.id, hotelStays.returneeId))
    .where(and(eq(hotelStays.roomId, roomId), isNull(hotelStays.endedAt)))
    .all();
  if (others.some((o) => !groups.has(o.groupId))) {
    throw new ApiError('CONFLICT', `${room.hotel} ${room.number} 已住着其他批次的人员，不同批次不能同住一间`);
  }
  const left = bedsLeft(room, people.length);
  if (left >= 0) return null;
  const message = `${room.hotel} ${room.number} 只有 ${room.beds} 张床，已住 ${room.occupants} 人，再住 ${people.length} 人将超员`;
  if (!overfillReason)
    throw new ApiError('CONFLICT', `${message}；如确需加床，请填写理由`, [
      { path: 'overfillReason', message },
    ]);
  return `${message}（理由：${overfillReason}）`;
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
      throw new ApiError('VALIDATION', '计划离店日期不能早于入住日期', [
        { path: 'plannedEnd', message: '计划离店日期不能早于入住日期' },
      ]);
    const ids = input.assignments.flatMap((a) => a.returneeIds);
    if (new Set(ids).size !== ids.length) throw new ApiError('VALIDATION', '同一人不能安排两个房间');
    const people = new Map(getReturnees(db, ids).map((r) => [r.id, r]));
    for (const r of people.values()) {
      if (r.outcome !== 'hotel')
        throw new ApiError('CONFLICT', `${r.name} 的处理结果不是“安排隔离酒店”，请先作出决定`);
      if (openStay(db, r.id)) throw new ApiError('CONFLICT', `${r.name} 已在隔离酒店入住`);
    }
    const warnings: string[] = [];
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
    const where = input.assignments.map(
      (a) => `${roomRow(db, a.roomId).number}：${a.returneeIds.map((id) => people.get(id)?.name).join('、')}`,
    );
    ctx.describe({
      entity: 'hotel_stay',
      entityId: stays[0]?.stayId ?? null,
      summary: `安排入住 ${roomRow(db, input.assignments[0]?.roomId ?? 0).hotel}：${where.join('；')}${warnings.length ? `；超员：${input.overfillReason}` : ''}`,
    });
    return { stays, warnings };
  },
  'hotels.moveRoom': (db, input, ctx) => {
    const [r] = getReturnees(db, [input.returneeId]);
    if (!r) throw new ApiError('NOT_FOUND', '返回人员不存在');
    const stay = openStay(db, r.id);
    if (!stay) throw new ApiError('CONFLICT', `${r.name} 目前不在隔离酒店`);
    if (stay.roomId === input.toRoomId) throw new ApiError('VALIDATION', '新房间与原房间相同');
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
    ctx.describe({ entity: 'hotel_stay', entityId: stayId, summary });
    return { stayId, warnings: w ? [w] : [] };
  },
  'hotels.release': (db, input, ctx) => {
    const [r] = getReturnees(db, [input.returneeId]);
    if (!r) throw new ApiError('NOT_FOUND', '返回人员不存在');
    const stay = openStay(db, r.id);
    if (!stay) throw new ApiError('CONFLICT', `${r.name} 目前不在隔离酒店`);
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
    ctx.describe({ entity: 'hotel_stay', entityId: stay.id, summary });
    return { stayId: stay.id };
  },
};
