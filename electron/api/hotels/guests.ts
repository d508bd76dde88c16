/** What the stay handlers share: reading the people, their families, rooms and stays. */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { hotelStays, residents, returnees } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { followGuest } from '../health/hotel-guests';
import { type HouseholdEvent, logHouseholdEvent } from '../shared/household-log';
import type { Reason } from '../shared/reason';
import { roomRow, settleRoom } from './rooms';
import { admission, type Family, familyKeys } from './rules';

export type Returnee = typeof returnees.$inferSelect;
export function getReturnees(db: ReadDb, ids: number[]): Returnee[] {
  const rows = db.select().from(returnees).where(inArray(returnees.id, ids)).all();
  if (rows.length !== new Set(ids).size) throw refuse('NOT_FOUND', { code: 'returnees_missing' });
  return rows;
}

export const openStay = (db: Db, returneeId: number) =>
  db
    .select()
    .from(hotelStays)
    .where(and(eq(hotelStays.returneeId, returneeId), isNull(hotelStays.endedAt)))
    .get();

/** Each person's family keys: arrival group and, for a resident, household. */
export function familiesOf(db: ReadDb, ids: number[]): Map<number, Family> {
  if (ids.length === 0) return new Map();
  const rows = db
    .select({ id: returnees.id, groupId: returnees.groupId, householdId: residents.householdId })
    .from(returnees)
    .leftJoin(residents, eq(residents.id, returnees.residentId))
    .where(inArray(returnees.id, ids))
    .all();
  return new Map(rows.map((r) => [r.id, familyKeys(r.groupId, r.householdId ?? null)]));
}

/** Who stays in this room now (returnee ids). */
export const occupantsOf = (db: ReadDb, roomId: number) =>
  db
    .select({ id: hotelStays.returneeId })
    .from(hotelStays)
    .where(and(eq(hotelStays.roomId, roomId), isNull(hotelStays.endedAt)))
    .all()
    .map((o) => o.id);

/** Can these people go into this room? The decision is the rule's; this reads what it needs. */
export function admitToRoom(
  db: Db,
  roomId: number,
  people: Returnee[],
  overfillReason: string,
  /** Undoing a release: the room the guest just left may still be waiting to be cleaned. */
  returning = false,
): Reason | null {
  const row = roomRow(db, roomId);
  const room = returning && row.status === 'cleaning' ? { ...row, status: 'free' as const } : row;
  const occupants = occupantsOf(db, roomId);
  const families = familiesOf(db, [...people.map((p) => p.id), ...occupants]);
  const a = admission(
    room,
    people.map((p) => families.get(p.id) ?? []),
    occupants.map((id) => families.get(id) ?? []),
    overfillReason,
  );
  if (!a.ok) throw refuse('CONFLICT', a.refusal, a.field);
  return a.warning;
}

/**
 * The rooms where the family of these people stays now (same arrival group or same household),
 * the one with most of the family first.
 */
export function familyRooms(db: ReadDb, people: Returnee[]): number[] {
  const mine = familiesOf(
    db,
    people.map((p) => p.id),
  );
  const keys = new Set([...mine.values()].flat());
  const staying = db
    .select({ id: hotelStays.returneeId, roomId: hotelStays.roomId })
    .from(hotelStays)
    .where(isNull(hotelStays.endedAt))
    .all()
    .filter((s) => !mine.has(s.id));
  const families = familiesOf(
    db,
    staying.map((s) => s.id),
  );
  const count = new Map<number, number>();
  for (const s of staying)
    if ((families.get(s.id) ?? []).some((k) => keys.has(k)))
      count.set(s.roomId, (count.get(s.roomId) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([roomId]) => roomId);
}

export function openStayFor(
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
  // The guest's temperature is followed in the rounds' model from the first night (issue 14).
  followGuest(db, ctx, r.id);
  return stay.id;
}

export function residentEvent(
  db: Db,
  r: Returnee,
  ctx: Ctx,
  event: HouseholdEvent,
  presence?: 'in_compound' | 'awaiting_placement' | 'in_hotel' | 'in_hospital' | 'away',
) {
  if (!r.residentId) return;
  const row = db
    .update(residents)
    .set(presence ? { presence, updatedAt: ctx.now().toISOString() } : { updatedAt: ctx.now().toISOString() })
    .where(eq(residents.id, r.residentId))
    .returning({ householdId: residents.householdId })
    .get();
  if (row) logHouseholdEvent(db, row.householdId, ctx, event);
}
