/**
 * The check slots, made in advance: one INSERT … SELECT per day over the episodes open that day (a
 * district's day, half a million rows, in one statement), idempotent by the unique
 * (episode, day, slot). Closing an episode removes its slots not yet past and never checked.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import { addDays, dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { type PostClock, SLOT_WINDOWS, slotEnded, windowsOf } from './rules';

/** The slot windows as SQL rows (checks a day, slot, start minute). */
const WINDOWS = sql.raw(
  Object.entries(SLOT_WINDOWS)
    .flatMap(([cpd, ws]) => ws.map(([start], slot) => `(${cpd}, ${slot}, ${start})`))
    .join(', '),
);

/**
 * Make a day's slots for every episode open that day (or for one episode). Answers the rows made.
 * They are written in the order of the place index (building, hotel, window start), which the state
 * index follows window by window: each new entry then lands after the one before instead of at a
 * random place in the day's part of the B-tree. Sorting the district's 627,000 rows first costs less
 * than it saves: the INSERT went from about 1.4 to 1.05 s (`npm run bench`, health.makeSlots).
 */
export function makeDay(db: Db, day: string, episodeSeq?: number): number {
  const one = episodeSeq === undefined ? sql`` : sql`AND e.seq = ${episodeSeq}`;
  const before = lastSlotId(db);
  const made = db.run(sql`
    WITH w(cpd, slot, starts) AS (VALUES ${WINDOWS})
    INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
    SELECT e.seq, ${day}, w.slot, w.starts, e.building_id, e.hotel_id
    FROM health_episodes e JOIN w ON w.cpd = e.checks_per_day
    WHERE e.closed_at IS NULL AND e.from_day <= ${day} AND e.to_day >= ${day} ${one}
    ORDER BY e.building_id, e.hotel_id, w.starts, e.seq
    ON CONFLICT DO NOTHING`).changes;
  if (made > 0)
    countMade(db, day, episodeSeq === undefined ? sql`` : sql`AND episode_seq = ${episodeSeq}`, before);
  return made;
}

const lastSlotId = (db: Db): number =>
  db.get<{ n: number | null }>(sql`SELECT max(id) AS n FROM health_slots`)?.n ?? 0;

/**
 * The counts of the slots just made (rows after `before`), added per place and window start: one
 * grouped read of the day's place index (or of one episode's slots), not a trigger per row.
 */
function countMade(db: Db, day: string, one: SQL, before: number): void {
  db.run(sql`
    INSERT INTO health_slot_counts (day, building_id, hotel_id, starts, total, done, normal)
    SELECT day, coalesce(building_id, 0), coalesce(hotel_id, 0), starts, count(*), sum(state <> 'due'), sum(state = 'normal')
    FROM health_slots WHERE day = ${day} ${one} AND id > ${before} GROUP BY building_id, hotel_id, starts
    ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, normal = normal + excluded.normal`);
}

/** One slot of an episode's day (a hotel guest's call on a day its plan has none), counted; its id. */
export function addSlot(
  db: Db,
  e: { seq: number; buildingId: number | null; hotelId: number | null },
  day: string,
  slot: number,
  starts: number,
): number | undefined {
  const before = lastSlotId(db);
  const made =
    db.run(sql`INSERT OR IGNORE INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
    VALUES (${e.seq}, ${day}, ${slot}, ${starts}, ${e.buildingId}, ${e.hotelId})`).changes;
  if (made > 0) countMade(db, day, sql`AND episode_seq = ${e.seq}`, before);
  return db.get<{ id: number }>(
    sql`SELECT id FROM health_slots WHERE day = ${day} AND episode_seq = ${e.seq} AND slot = ${slot}`,
  )?.id;
}

/** Were the day's slots made for everyone (noted in `health_days`, not inferred from any slot)? */
export const dayMade = (db: ReadDb, day: string): boolean =>
  !!db.get<{ x: number } | undefined>(sql`SELECT 1 AS x FROM health_days WHERE day = ${day}`);

/** Make a day's slots for every episode open that day, and note the day as made. */
export function makeDayForAll(db: Db, ctx: Ctx, day: string): number {
  const made = makeDay(db, day);
  db.run(sql`INSERT INTO health_days (id, post_id, day, made_at, made)
    VALUES (${eventId()}, ${postId(db)}, ${day}, ${ctx.now().toISOString()}, ${made}) ON CONFLICT DO NOTHING`);
  return made;
}

/** Today's slots made once: every health write makes sure of it first (cheap when done). */
export function ensureToday(db: Db, ctx: Ctx): number {
  const today = dayOf(ctx.now());
  return dayMade(db, today) ? 0 : makeDayForAll(db, ctx, today);
}

/**
 * An episode's slots of its planned days up to today, and of any later day already made for
 * everyone (a day made ahead must not miss the people followed after it was made).
 */
export function makeEpisodeSlots(
  db: Db,
  e: { seq: number; fromDay: string; toDay: string },
  today: string,
): number {
  let made = 0;
  const last = e.toDay < today ? e.toDay : today;
  for (let d = e.fromDay; d <= last; d = addDays(d, 1)) made += makeDay(db, d, e.seq);
  const ahead = db.all<{ day: string }>(
    sql`SELECT day FROM health_days WHERE day > ${last} AND day >= ${e.fromDay} AND day <= ${e.toDay} ORDER BY day`,
  );
  for (const { day } of ahead) made += makeDay(db, day, e.seq);
  return made;
}

/**
 * A closed episode keeps no slot that is neither past nor checked: none is made after it either.
 * One seek per day from today to its last (the slots' key leads with the day).
 */
export function dropLaterSlots(
  db: Db,
  e: { seq: number; checksPerDay: number; toDay: string },
  now: PostClock,
): number {
  const days: string[] = [];
  for (let d = now.day; d <= e.toDay; d = addDays(d, 1)) days.push(d);
  if (days.length === 0) return 0;
  const open = db.all<{ id: number; day: string; slot: number }>(
    sql`SELECT id, day, slot FROM health_slots
      WHERE day IN (${sql.join(
        days.map((d) => sql`${d}`),
        sql`, `,
      )}) AND episode_seq = ${e.seq} AND checks = 0`,
  );
  const gone = open.filter((s) => !slotEnded(s.day, s.slot, e.checksPerDay, now)).map((s) => s.id);
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
