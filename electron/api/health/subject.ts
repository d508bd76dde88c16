/**
 * Who is followed, and where: a resident of the registry (their household's building and room), or
 * a returnee (a hotel guest in their current stay's hotel and room; a returnee at home in their
 * household when they are a resident). Read once when an episode or a request is opened.
 */
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { refuse } from '../errors';

export type Subject = { kind: 'resident' | 'returnee'; id: number };

export type Whereabouts = {
  subject: Subject;
  name: string;
  phone: string;
  householdId: number | null;
  buildingId: number | null;
  hotelId: number | null;
  /** Building-room or hotel-room. */
  place: string;
  regularMedicine: boolean;
};

type Row = {
  name: string;
  phone: string;
  householdId: number | null;
  buildingId: number | null;
  building: string | null;
  unit: string | null;
  room: string | null;
  hotelId: number | null;
  hotel: string | null;
  hotelRoom: string | null;
  regularMedicine: number;
};

const roomOf = (unit: string | null, room: string | null) => (unit ? `${unit}-${room ?? ''}` : (room ?? ''));

export function whereabouts(db: ReadDb, subject: Subject, field = 'subject'): Whereabouts {
  const row =
    subject.kind === 'resident'
      ? db.get<Row | undefined>(sql`
          SELECT r.name, coalesce(nullif(r.phone, ''), h.phone) AS phone, h.id AS householdId,
            b.id AS buildingId, b.name AS building, h.unit, h.room,
            NULL AS hotelId, NULL AS hotel, NULL AS hotelRoom, r.regular_medicine AS regularMedicine
          FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
          WHERE r.id = ${subject.id}`)
      : db.get<Row | undefined>(sql`
          SELECT t.name, t.phone, h.id AS householdId, b.id AS buildingId, b.name AS building, h.unit, h.room,
            ho.id AS hotelId, ho.name AS hotel, rm.number AS hotelRoom, coalesce(r.regular_medicine, 0) AS regularMedicine
          FROM returnees t
          LEFT JOIN hotel_stays s ON s.returnee_id = t.id AND s.ended_at IS NULL
          LEFT JOIN hotel_rooms rm ON rm.id = s.room_id LEFT JOIN hotels ho ON ho.id = rm.hotel_id
          LEFT JOIN residents r ON r.id = t.resident_id LEFT JOIN households h ON h.id = r.household_id
          LEFT JOIN buildings b ON b.id = h.building_id
          WHERE t.id = ${subject.id}`);
  if (!row) throw refuse('NOT_FOUND', { code: 'health_subject_not_found' }, field);
  const inHotel = row.hotelId !== null;
  return {
    subject,
    name: row.name,
    phone: row.phone,
    householdId: row.householdId,
    buildingId: inHotel ? null : row.buildingId,
    hotelId: row.hotelId,
    place: inHotel
      ? `${row.hotel ?? ''} ${row.hotelRoom ?? ''}`
      : row.building
        ? `${row.building} ${roomOf(row.unit, row.room)}`
        : '',
    regularMedicine: !!row.regularMedicine,
  };
}

/** SQL pieces naming a subject's name and phone from an episode or a request row `x`. */
export const subjectName = sql.raw(`coalesce(
  (SELECT name FROM residents WHERE id = x.resident_id), (SELECT name FROM returnees WHERE id = x.returnee_id), '')`);
export const subjectPhone = sql.raw(`coalesce(
  (SELECT coalesce(nullif(r.phone, ''), h.phone) FROM residents r JOIN households h ON h.id = r.household_id WHERE r.id = x.resident_id),
  (SELECT phone FROM returnees WHERE id = x.returnee_id), '')`);

export const subjectOf = (r: {
  subjectKind: string;
  residentId: number | null;
  returneeId: number | null;
}) =>
  r.subjectKind === 'resident'
    ? { kind: 'resident' as const, id: r.residentId ?? 0 }
    : { kind: 'returnee' as const, id: r.returneeId ?? 0 };
