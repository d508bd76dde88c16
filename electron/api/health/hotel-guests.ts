/**
 * Hotel guests in the rounds' one model (issue 14): a placement opens a `hotel_guest` episode (two
 * checks a day, morning and afternoon, like residents), a release closes it with a reason, and each
 * call's reading is a check `via: 'hotel_call'` on the guest's slot of the call's time window — no
 * second way to record a temperature. A room change or a moved planned end moves the episode's place
 * and last day with the stay (`followGuest`). The hotels area calls these inside its own mutations'
 * transactions.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Ctx } from '../context';
import { dayOf, daysBetween } from '../shared/dates';
import { closeOne, type EpisodeRow, episodeOf, openEpisodeOf, openOne } from './episodes';
import { requestOf, writeEvent } from './medical-write';
import { slotRow, type Written, writeCheck } from './record';
import { SLOT_WINDOWS } from './rules';
import { addSlot, makeDay } from './slots';
import { whereabouts } from './subject';

/** Checks a day of a hotel guest: twice, like every resident of the compound. */
export const GUEST_CHECKS_PER_DAY = 2;

/**
 * The guest's open episode, opened now (from the stay's check-in to its planned end) if none is; an
 * open hotel-guest episode follows the current stay (hotel, room, planned end).
 */
export function followGuest(db: Db, ctx: Ctx, returneeId: number): EpisodeRow | null {
  const open = openEpisodeOf(db, { kind: 'returnee', id: returneeId });
  const stay = db.get<{ checkIn: string; plannedEnd: string } | undefined>(sql`
    SELECT check_in AS checkIn, planned_end AS plannedEnd FROM hotel_stays
    WHERE returnee_id = ${returneeId} AND ended_at IS NULL ORDER BY id DESC LIMIT 1`);
  if (open) return stay && open.reason === 'hotel_guest' ? followStay(db, ctx, open, stay.plannedEnd) : open;
  if (!stay) return null;
  return openOne(
    db,
    ctx,
    { kind: 'returnee', id: returneeId },
    {
      reason: 'hotel_guest',
      fromDay: stay.checkIn,
      days: Math.max(1, daysBetween(stay.checkIn, stay.plannedEnd) + 1),
      checksPerDay: GUEST_CHECKS_PER_DAY,
      note: '',
    },
  );
}

/**
 * The episode moved with the stay: its place (hotel and room) and its last day (the planned end, a
 * person's step on the hotel board — never by itself). The slots not checked yet from today on move
 * to the new hotel; those after a nearer last day go; a later last day gets today's slots if the old
 * one had ended (made idempotently; no slot is made for a past day: nobody was asked then).
 */
function followStay(db: Db, ctx: Ctx, e: EpisodeRow, plannedEnd: string): EpisodeRow {
  const w = whereabouts(db, { kind: 'returnee', id: e.returneeId ?? 0 });
  const toDay = plannedEnd < e.fromDay ? e.fromDay : plannedEnd;
  if (w.hotelId === e.hotelId && w.place === e.place && toDay === e.toDay) return e;
  const today = dayOf(ctx.now());
  db.run(sql`UPDATE health_episodes SET hotel_id = ${w.hotelId}, building_id = NULL, place = ${w.place},
    to_day = ${toDay} WHERE id = ${e.id}`);
  db.run(sql`UPDATE health_slots SET hotel_id = ${w.hotelId}, building_id = NULL
    WHERE episode_seq = ${e.seq} AND day >= ${today} AND checks = 0`);
  db.run(sql`DELETE FROM health_slots WHERE episode_seq = ${e.seq} AND day > ${toDay} AND checks = 0`);
  if (toDay >= today) makeDay(db, today, e.seq);
  return episodeOf(db, e.id);
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
  const id = addSlot(db, e, day, slot, SLOT_WINDOWS[e.checksPerDay]?.[slot]?.[0] ?? 0);
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

/** What the hotel's handling of a fever is as the doctor's triage of the request it answers. */
const HANDLED_AS = { called_doctor: 'phone_advice', referred: 'fever_clinic', rechecked: null } as const;

/**
 * The hotel handled a call's fever (the board's `hotels.handleFever`): the doctor's requests naming
 * that call's alert and still untriaged are triaged with it (called the doctor: advice by phone;
 * referred: the fever clinic; rechecked: no triage action, the hotel's recheck), the hotel's note as
 * the advice, so the doctor's list keeps no handled case as new. `medical.list` names the handling.
 */
export function feverHandledAtHotel(
  db: Db,
  ctx: Ctx,
  contactId: number,
  action: keyof typeof HANDLED_AS,
  note: string,
): number {
  const ids = db.all<{ id: string }>(sql`
    SELECT m.id FROM medical_requests m JOIN health_checks c ON c.id = m.check_id
    WHERE c.hotel_contact_id = ${contactId} AND c.alert AND m.state = 'new' ORDER BY m.created_at, m.id`);
  const at = ctx.now().toISOString();
  for (const { id } of ids)
    writeEvent(db, ctx, requestOf(db, id), {
      kind: 'triaged',
      action: HANDLED_AS[action],
      advice: note,
      at,
    });
  return ids.length;
}
