import { eq, sql } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { hotelRooms, hotels } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { LABELS_ZH } from '../shared/labels';
import type { RoomRow } from './contract';

/** Room status words for the audit summaries (Chinese, stored). */
export const STATUS_TEXT = LABELS_ZH.roomStatus;

export function roomRows(db: ReadDb, where: { hotelId?: number; roomId?: number } = {}): RoomRow[] {
  return db
    .all<Omit<RoomRow, 'ventilated' | 'accessible'> & { ventilated: number; accessible: number }>(sql`
    SELECT r.id, r.hotel_id AS hotelId, r.number, r.floor, r.beds, r.ventilated, r.accessible, r.status, r.note,
      (SELECT count(*) FROM hotel_stays s WHERE s.room_id = r.id AND s.ended_at IS NULL) AS occupants
    FROM hotel_rooms r
    WHERE ${where.hotelId ? sql`r.hotel_id = ${where.hotelId}` : sql`1`} AND ${where.roomId ? sql`r.id = ${where.roomId}` : sql`1`}
    ORDER BY r.hotel_id, r.floor, length(r.number), r.number`)
    .map((r) => ({ ...r, ventilated: !!r.ventilated, accessible: !!r.accessible }));
}

export function roomRow(db: Db, roomId: number): RoomRow & { hotel: string } {
  const room = roomRows(db, { roomId })[0];
  if (!room) throw refuse('NOT_FOUND', { code: 'room_not_found', params: { id: roomId } });
  const hotel = db.select({ name: hotels.name }).from(hotels).where(eq(hotels.id, room.hotelId)).get();
  return { ...room, hotel: hotel?.name ?? '' };
}

/** A room with nobody in it after a move or release goes to cleaning before it is free again. */
export function settleRoom(db: Db, roomId: number): void {
  const room = roomRows(db, { roomId })[0];
  if (!room) return;
  if (room.occupants > 0 && room.status !== 'occupied')
    db.update(hotelRooms).set({ status: 'occupied' }).where(eq(hotelRooms.id, roomId)).run();
  if (room.occupants === 0 && room.status === 'occupied')
    db.update(hotelRooms).set({ status: 'cleaning' }).where(eq(hotelRooms.id, roomId)).run();
}

export const roomsHandlers: HandlerMap<'hotels.save' | 'hotels.addRooms' | 'hotels.setRoom'> = {
  'hotels.save': (db, input, ctx) => {
    const { id, ...values } = input;
    const row = id
      ? db
          .update(hotels)
          .set(values)
          .where(eq(hotels.id, id))
          .returning({ id: hotels.id, name: hotels.name })
          .get()
      : db.insert(hotels).values(values).returning({ id: hotels.id, name: hotels.name }).get();
    if (!row) throw refuse('NOT_FOUND', { code: 'hotel_not_found', params: { id: id ?? null } });
    ctx.describe({
      entity: 'hotel',
      entityId: row.id,
      reason: { code: id ? 'audit_hotel_edit' : 'audit_hotel_add', params: { name: row.name } },
    });
    return row;
  },
  'hotels.addRooms': (db, input, ctx) => {
    const hotel = db.select().from(hotels).where(eq(hotels.id, input.hotelId)).get();
    if (!hotel) throw refuse('NOT_FOUND', { code: 'hotel_not_found', params: { id: input.hotelId } });
    const existing = new Set(roomRows(db, { hotelId: hotel.id }).map((r) => r.number));
    const numbers = Array.from({ length: input.to - input.from + 1 }, (_, i) => String(input.from + i));
    const dup = numbers.filter((n) => existing.has(n));
    if (dup.length)
      throw refuse(
        'CONFLICT',
        {
          code: 'rooms_exist',
          params: { rooms: `${dup.slice(0, 10).join(', ')}${dup.length > 10 ? ' …' : ''}` },
        },
        'from',
      );
    for (const n of numbers) {
      const floor = Number(n) >= 100 ? Math.floor(Number(n) / 100) : 1;
      db.insert(hotelRooms)
        .values({
          hotelId: hotel.id,
          number: n,
          floor,
          beds: input.beds,
          ventilated: input.ventilated,
          accessible: input.accessible,
        })
        .run();
    }
    ctx.describe({
      entity: 'hotel',
      entityId: hotel.id,
      reason: {
        code: 'audit_rooms_add',
        params: {
          hotel: hotel.name,
          from: input.from,
          to: input.to,
          count: numbers.length,
          beds: input.beds,
        },
      },
    });
    return { added: numbers.length };
  },
  'hotels.setRoom': (db, input, ctx) => {
    const room = roomRow(db, input.roomId);
    if (input.status && room.occupants > 0)
      throw refuse('CONFLICT', {
        code: 'room_occupied_status',
        params: { room: room.number, status: input.status },
      });
    const { roomId, ...patch } = input;
    db.update(hotelRooms).set(patch).where(eq(hotelRooms.id, roomId)).run();
    ctx.describe({
      entity: 'hotel_room',
      entityId: roomId,
      reason: {
        code: 'audit_room_update',
        params: {
          hotel: room.hotel,
          room: room.number,
          status: input.status ?? room.status,
          beds: input.beds ?? room.beds,
        },
      },
    });
    return roomRow(db, roomId);
  },
};
