/**
 * The check slots, made in advance: one INSERT … SELECT per day over the episodes open that day (a
 * district's day, half a million rows, in one statement), idempotent by the unique
 * (episode, day, slot). Closing an episode removes its slots not yet past and never checked.
 */
import { sql } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import { addDays, dayOf } from '../shared/dates';
import { type PostClock, SLOT_WINDOWS, slotEnded, windowsOf } from './rules';

/** The slot windows as SQL rows (checks a day, slot, start minute). */
const WINDOWS = sql.raw(
  Object.entries(SLOT_WINDOWS)
    .flatMap(([cpd, ws]) => ws.map(([start], slot) => `(${cpd}, ${slot}, ${start})`))
    .join(', '),
);

/** Make a day's slots for every episode open that day (or for one episode). Answers the rows made. */
export function makeDay(db: Db, day: string, episodeSeq?: number): number {
  const one = episodeSeq === undefined ? sql`` : sql`AND e.seq = ${episodeSeq}`;
  return db.run(sql`
    WITH w(cpd, slot, starts) AS (VALUES ${WINDOWS})
    INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
    SELECT e.seq, ${day}, w.slot, w.starts, e.building_id, e.hotel_id
    FROM health_episodes e JOIN w ON w.cpd = e.checks_per_day
    WHERE e.closed_at IS NULL AND e.from_day <= ${day} AND e.to_day >= ${day} ${one}
    ON CONFLICT DO NOTHING`).changes;
}

/** Were the day's slots made (any slot of that day exists)? */
export const dayMade = (db: ReadDb, day: string): boolean =>
  !!db.get<{ x: number } | undefined>(sql`SELECT 1 AS x FROM health_slots WHERE day = ${day} LIMIT 1`);

/** Today's slots made once: every health write makes sure of it first (cheap when done). */
export function ensureToday(db: Db, ctx: Ctx): number {
  const today = dayOf(ctx.now());
  return dayMade(db, today) ? 0 : makeDay(db, today);
}

/** An episode's slots from its first day (or `from`) up to today, bounded by its planned days. */
export function makeEpisodeSlots(
  db: Db,
  e: { seq: number; fromDay: string; toDay: string },
  today: string,
): number {
  let made = 0;
  const last = e.toDay < today ? e.toDay : today;
  for (let d = e.fromDay; d <= last; d = addDays(d, 1)) made += makeDay(db, d, e.seq);
  return made;
}

/** A closed episode keeps no slot that is neither past nor checked: none is made after it either. */
export function dropLaterSlots(db: Db, seq: number, checksPerDay: number, now: PostClock): number {
  const open = db.all<{ id: number; day: string; slot: number }>(
    sql`SELECT id, day, slot FROM health_slots WHERE episode_seq = ${seq} AND day >= ${now.day} AND checks = 0`,
  );
  const gone = open.filter((s) => !slotEnded(s.day, s.slot, checksPerDay, now)).map((s) => s.id);
  for (const id of gone) db.run(sql`DELETE FROM health_slots WHERE id = ${id}`);
  return gone.length;
}

/** "07:00": when a slot's window opens. */
export function startsText(checksPerDay: number, slot: number): string {
  const m = windowsOf(checksPerDay)[slot]?.[0] ?? 0;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The post's clock: its day and the minutes since its midnight. */
export function clockOf(now: Date): PostClock {
  const day = dayOf(now);
  const local = new Date(now.getTime() + 8 * 3600 * 1000);
  return { day, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The clock a day is read at: now for today, its end for a past day, its start for a later one. */
export function clockFor(day: string, now: Date): PostClock {
  const c = clockOf(now);
  if (day === c.day) return c;
  return { day, minute: day < c.day ? 24 * 60 : 0 };
}
