import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { ROOM_STATUS } from '../../../db/schema/enums';
import { bornOnOrBefore, derivedFlags, ELDERLY_AGE } from '../residents/rules';
import { readCompound } from '../shared/compound';
import { daysBetween } from '../shared/dates';
import { type FeverAlertRow, openFeverAlerts } from '../shared/fever-alerts';
import { type Awaiting, awaitingPlacement } from '../shared/placement';
import type { Guest, HotelOccupancy, RoomRow } from './contract';
import { roomRows } from './rooms';
import { closureEnd, offClosure } from './stay-rules';

type GuestRow = Omit<Guest, 'day' | 'contactedToday' | 'elderly' | 'offClosure'> & {
  birthDate: string | null;
  contactedToday: number;
};

/** A hotel's beds: used (guests staying), and total (rooms not out of service). One definition. */
export function bedsOf(rooms: RoomRow[]): { used: number; total: number } {
  return {
    used: rooms.reduce((a, r) => a + r.occupants, 0),
    total: rooms.filter((r) => r.status !== 'out_of_service').reduce((a, r) => a + r.beds, 0),
  };
}

/** Beds used of total per hotel, for the dashboard (no guest list). */
export function occupancyBeds(db: ReadDb): { id: number; name: string; used: number; total: number }[] {
  const rooms = roomRows(db);
  return db
    .all<{ id: number; name: string }>(sql`SELECT id, name FROM hotels ORDER BY id`)
    .map((h) => ({ id: h.id, name: h.name, ...bedsOf(rooms.filter((r) => r.hotelId === h.id)) }));
}

export function occupancy(
  db: ReadDb,
  today: string,
): {
  today: string;
  closureEnd: string | null;
  hotels: HotelOccupancy[];
  notContacted: Guest[];
  awaiting: Awaiting[];
  feverAlerts: FeverAlertRow[];
} {
  const end = closureEnd(readCompound(db));
  const guests = db
    .all<GuestRow>(sql`
      SELECT r.id AS returneeId, s.id AS stayId, r.name, r.phone, r.birth_date AS birthDate, rm.id AS roomId, rm.number AS room,
        h.id AS hotelId, h.name AS hotel, s.check_in AS checkIn, s.planned_end AS plannedEnd,
        (SELECT count(*) FROM hotel_needs n WHERE n.returnee_id = r.id AND n.handled_at IS NULL) AS openNeeds,
        EXISTS (SELECT 1 FROM hotel_contacts c WHERE c.returnee_id = r.id AND c.day = ${today} AND c.reached = 1) AS contactedToday,
        (SELECT c.temperature FROM hotel_contacts c WHERE c.returnee_id = r.id AND c.temperature IS NOT NULL ORDER BY c.id DESC LIMIT 1) AS lastTemperature
      FROM hotel_stays s JOIN returnees r ON r.id = s.returnee_id JOIN hotel_rooms rm ON rm.id = s.room_id JOIN hotels h ON h.id = rm.hotel_id
      WHERE s.ended_at IS NULL
      ORDER BY h.id, rm.floor, length(rm.number), rm.number, r.id`)
    .map(({ birthDate, contactedToday, ...g }) => ({
      ...g,
      elderly: derivedFlags(birthDate, today).elderly,
      contactedToday: !!contactedToday,
      day: daysBetween(g.checkIn, today) + 1,
      offClosure: offClosure(g.plannedEnd, end),
    }));
  const rooms = roomRows(db);
  const hotels = db.all<{ id: number; name: string; address: string; contact: string; phone: string }>(
    sql`SELECT id, name, address, contact, phone FROM hotels ORDER BY id`,
  );
  return {
    today,
    closureEnd: end,
    hotels: hotels.map((h) => {
      const mine = rooms.filter((r) => r.hotelId === h.id);
      return {
        ...h,
        rooms: mine,
        counts: Object.fromEntries(
          ROOM_STATUS.map((s) => [s, mine.filter((r) => r.status === s).length]),
        ) as HotelOccupancy['counts'],
        beds: bedsOf(mine),
        guests: guests.filter((g) => g.hotelId === h.id),
      };
    }),
    notContacted: guests.filter((g) => !g.contactedToday),
    awaiting: awaitingPlacement(db, bornOnOrBefore(today, ELDERLY_AGE)),
    feverAlerts: openFeverAlerts(db),
  };
}
