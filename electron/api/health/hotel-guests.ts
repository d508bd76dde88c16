/**
 * Hotel guests in the rounds' one model (issue 14): a placement opens a `hotel_guest` episode (one
 * check a day: the daily call), a release closes it with a reason, and each call's reading is a check
 * `via: 'hotel_call'` on the guest's slot of that day — no second way to record a temperature. The
 * hotels area calls these inside its own mutations' transactions.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Ctx } from '../context';
import { dayOf, daysBetween } from '../shared/dates';
import { closeOne, type EpisodeRow, openEpisodeOf, openOne } from './episodes';
import { slotRow, type Written, writeCheck } from './record';
import { SLOT_WINDOWS } from './rules';

/** The guest's open episode, opened now (from the stay's check-in to its planned end) if none is. */
export function followGuest(db: Db, ctx: Ctx, returneeId: number): EpisodeRow | null {
  const open = openEpisodeOf(db, { kind: 'returnee', id: returneeId });
  if (open) return open;
  const stay = db.get<{ checkIn: string; plannedEnd: string } | undefined>(sql`
    SELECT check_in AS checkIn, planned_end AS plannedEnd FROM hotel_stays
    WHERE returnee_id = ${returneeId} AND ended_at IS NULL ORDER BY id DESC LIMIT 1`);
  if (!stay) return null;
  return openOne(
    db,
    ctx,
    { kind: 'returnee', id: returneeId },
    {
      reason: 'hotel_guest',
      fromDay: stay.checkIn,
      days: Math.max(1, daysBetween(stay.checkIn, stay.plannedEnd) + 1),
      checksPerDay: 1,
      note: '',
    },
  );
}

/** A release closes the guest's hotel episode: to hospital, or completed. */
export function releaseGuest(db: Db, ctx: Ctx, returneeId: number, to: string, note: string): void {
  const open = openEpisodeOf(db, { kind: 'returnee', id: returneeId });
  if (open?.reason === 'hotel_guest')
    closeOne(db, ctx, open, to === 'hospital' ? 'hospital' : 'completed', note);
}

/**
 * A call's reading as a check on the guest's slot of the call's day (made for the call when the plan
 * has none: a reading that happened is recorded). A reached call with no temperature is no reading.
 */
export function callCheck(
  db: Db,
  ctx: Ctx,
  call: {
    returneeId: number;
    contactId: number;
    reached: boolean;
    temperature: number | null;
    at: string;
    note: string;
  },
): Written | null {
  if (call.reached && call.temperature === null) return null;
  const e = followGuest(db, ctx, call.returneeId);
  if (!e) return null;
  const day = dayOf(new Date(call.at));
  const slot = e.checksPerDay > 1 ? slotAt(e, call.at) : 0;
  db.run(sql`INSERT OR IGNORE INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
    VALUES (${e.seq}, ${day}, ${slot}, ${SLOT_WINDOWS[e.checksPerDay]?.[slot]?.[0] ?? 0}, ${e.buildingId}, ${e.hotelId})`);
  const id = db.get<{ id: number }>(
    sql`SELECT id FROM health_slots WHERE episode_seq = ${e.seq} AND day = ${day} AND slot = ${slot}`,
  )?.id;
  const s = slotRow(db, String(id), 'returneeId');
  return writeCheck(
    db,
    ctx,
    s,
    {
      temperature: call.reached ? (call.temperature ?? undefined) : undefined,
      result: call.reached ? undefined : 'not_reached',
      method: 'forehead',
      symptoms: [],
      recheck: false,
      note: call.note,
      hotelContactId: call.contactId,
    },
    'hotel_call',
    call.at,
    'temperature',
    true,
  );
}

/** The slot of the day whose window holds the instant (the last started one, or the first). */
function slotAt(e: EpisodeRow, at: string): number {
  const local = new Date(Date.parse(at) + 8 * 3600 * 1000);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  const ws = SLOT_WINDOWS[e.checksPerDay] ?? [];
  let slot = 0;
  ws.forEach(([start], i) => {
    if (start <= minute) slot = i;
  });
  return slot;
}
