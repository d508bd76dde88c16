// The health figures' data (issue 14), seeded once per database by hand-written bulk SQL: an open
// everyone-in-compound episode per resident in the compound (from 13 days ago, 28 days planned, two
// checks a day), and 14 days × 2 slots each up to today (≈ 7 million slots at 100,000 households)
// with their kept latest check: most normal, some not reached, refused or missed, a few abnormal;
// a small share of people not answered for the last three days (not seen); this morning's round
// done in most buildings, partly in others, not begun in a few; a few rechecks due and a few fever
// alerts (with their checks). The slots' indexes are dropped for the load and made again after
// (sorting once beats 7 million index inserts), exactly as the migrations wrote them.
import { randomUUID } from 'node:crypto';
import { dayNumber } from '../../electron/api/health/rules';
import { addDays, dayOf } from '../../electron/api/shared/dates';
import type { Env } from './harness';

export const SEED_DAYS = 14;
export const PLANNED_DAYS = 28;

const v4 = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
  || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/** The bench's health days: the first seeded day, today, and the day `health.makeSlots` makes. */
export function healthDays(env: Env) {
  const today = dayOf(env.now);
  return { from: addDays(today, -(SEED_DAYS - 1)), today, next: addDays(today, 1) };
}

export function seedHealth(env: Env): void {
  const db = env.sqlite;
  if ((db.prepare('SELECT count(*) AS n FROM health_episodes').get() as { n: number }).n > 0) return;
  const t0 = performance.now();
  const { from, today } = healthDays(env);
  const to = addDays(from, PLANNED_DAYS - 1);
  const post = (db.prepare('SELECT post_id AS p FROM compound').get() as { p: string }).p;
  const opened = new Date(Date.parse(`${from}T06:30:00+08:00`)).toISOString();
  const base = dayNumber(from);
  const indexes = db
    .prepare(
      "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'health_slots' AND sql IS NOT NULL",
    )
    .pluck()
    .all() as string[];
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    db.prepare(
      `INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, household_id, building_id, place, reason,
        from_day, to_day, checks_per_day, opened_at, opened_by_id, opened_by_name, last_read_pos)
      SELECT ${v4}, ?, row_number() OVER (ORDER BY r.household_id, r.id), 'resident', r.id, h.id, b.id,
        b.name || ' ' || CASE WHEN h.unit <> '' THEN h.unit || '-' || h.room ELSE h.room END, 'compound',
        ?, ?, 2, ?, 1, '压测', ?
      FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
      WHERE r.presence = 'in_compound' ORDER BY r.household_id, r.id`,
    ).run(post, from, to, opened, base * 2 - 1);
    for (const sql of indexes) db.exec(`DROP INDEX ${/^CREATE (?:UNIQUE )?INDEX [`"]?(\w+)/.exec(sql)?.[1]}`);
    // h: a fixed pseudo-random number per slot; g: per person (1 in 200 unanswered for three days);
    // m: per building, how far this morning's round has gone (in 10ths).
    db.prepare(
      `WITH RECURSIVE d(n, day) AS (SELECT 0, ? UNION ALL SELECT n + 1, date(day, '+1 day') FROM d WHERE n + 1 < ?),
        w(slot, starts) AS (VALUES (0, 420), (1, 780)),
        s AS (SELECT e.seq, e.building_id AS b, d.n, d.day, w.slot, w.starts,
            (e.seq * 2654435761 + d.n * 40503 + w.slot * 97) % 1000 AS h, (e.seq * 7919) % 200 AS g,
            (e.building_id * 31) % 10 AS m
          FROM d CROSS JOIN health_episodes e CROSS JOIN w),
        k AS (SELECT *, CASE
            WHEN day = ? AND (slot = 1 OR m < 2 OR h % 10 >= m + 3) THEN 'due'
            WHEN g = 0 AND n >= ? - 3 THEN (CASE WHEN h < 500 THEN 'not_reached' ELSE 'due' END)
            WHEN h < 12 THEN 'due' WHEN h < 22 THEN 'not_reached' WHEN h < 24 THEN 'refused'
            WHEN h < 25 THEN 'abnormal' ELSE 'normal' END AS state FROM s)
      INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, state, temperature, at, by_name, checks)
      SELECT seq, day, slot, starts, b, state,
        CASE state WHEN 'normal' THEN 36.0 + (h % 11) / 10.0 WHEN 'abnormal' THEN 37.4 + (h % 9) / 10.0 END,
        CASE WHEN state <> 'due' THEN strftime('%Y-%m-%dT%H:%M:%fZ', day, CASE slot WHEN 0 THEN '-1 hours' ELSE '+6 hours' END,
          '+' || (h % 120) || ' minutes') END,
        CASE WHEN state <> 'due' THEN '压测测温员' || (b % 20 + 1) ELSE '' END,
        state <> 'due'
      FROM k`,
    ).run(from, SEED_DAYS, today, SEED_DAYS - 1);
    for (const sql of indexes) db.exec(sql);
    db.prepare(
      `INSERT INTO health_slot_counts (day, building_id, hotel_id, starts, total, done, normal)
      SELECT day, coalesce(building_id, 0), coalesce(hotel_id, 0), starts, count(*), sum(state <> 'due'), sum(state = 'normal')
      FROM health_slots GROUP BY day, building_id, hotel_id, starts`,
    ).run();
    const day = db.prepare(
      `INSERT INTO health_days (id, post_id, day, made_at, made)
      VALUES (?, ?, ?, ?, (SELECT count(*) FROM health_slots WHERE day = ?))`,
    );
    for (let i = 0, d = from; i < SEED_DAYS; i++, d = addDays(d, 1))
      day.run(randomUUID(), post, d, `${d}T00:00:00.000Z`, d);
    // The episodes' latest reading, from their slots (grouped once: the slots' key leads with the day).
    db.exec(`CREATE TEMP TABLE last_read (seq INTEGER PRIMARY KEY, pos INTEGER, at TEXT);
      INSERT INTO last_read SELECT episode_seq, max(CAST(julianday(day) - 2440587.5 AS INTEGER) * 2 + slot), at
        FROM health_slots WHERE state IN ('normal', 'abnormal') GROUP BY episode_seq;
      UPDATE health_episodes SET (last_read_pos, last_read_at) = (SELECT pos, at FROM last_read l WHERE l.seq = health_episodes.seq)
        WHERE seq IN (SELECT seq FROM last_read);
      DROP TABLE last_read;`);
    // Today's high readings: every 5th awaits its recheck, every 7th was rechecked high (a fever alert).
    const high = db
      .prepare(
        `SELECT s.id, s.temperature AS t, s.at, e.id AS episode FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq
        WHERE s.day = ? AND s.state = 'abnormal' ORDER BY s.id`,
      )
      .all(today) as { id: number; t: number; at: string; episode: string }[];
    const check = db.prepare(
      `INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, result, via, recheck, alert, at,
        recorded_at, operator_id, operator_name) VALUES (?, ?, ?, ?, ?, 'forehead', 'abnormal', 'round', ?, ?, ?, ?, 1, '压测')`,
    );
    const keep = db.prepare('UPDATE health_slots SET recheck_due = ?, check_id = ?, checks = ? WHERE id = ?');
    for (const [i, s] of high.entries()) {
      const first = randomUUID();
      check.run(first, post, s.id, s.episode, s.t, 0, 0, s.at, s.at);
      if (i % 7 === 0) {
        const later = new Date(Date.parse(s.at) + 20 * 60_000).toISOString();
        const id = randomUUID();
        check.run(id, post, s.id, s.episode, s.t + 0.2, 1, 1, later, later);
        keep.run(0, id, 2, s.id);
      } else keep.run(i % 5 === 0 ? 1 : 0, first, 1, s.id);
    }
  })();
  db.pragma('foreign_keys = ON');
  db.exec('ANALYZE');
  const n = db.prepare('SELECT count(*) AS n FROM health_slots').pluck().get() as number;
  console.log(`(seeded ${n} health slots in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

let seeded = false;
export const seedingHealth = (env: Env) => {
  if (!seeded) seedHealth(env);
  seeded = true;
};
