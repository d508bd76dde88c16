// Two weeks of temperature rounds (issue 14's data, for issue 15's figures), seeded once per database
// by hand-written bulk statements in one transaction: every resident in the compound followed for the
// 14 days ending today, two slots a day (made day by day, as health.makeSlots does), each read slot
// with its check. Past slots: 1 in 211 missed, 1 in 997 abnormal (a third of yesterday's and
// today's raised a fever alert still open); today (10:00 at the post) four in five morning slots
// read, the afternoon's due. The slots come out in id order without a sort: the days outermost,
// then the episodes by seq.

import { dayNumber } from '../../electron/api/health/rules';
import { addDays, dayOf } from '../../electron/api/shared/dates';
import { seeding } from './errands';
import { type Env, oncePerDb } from './harness';
import { seedLedger } from './stock-seed';

export const ROUND_DAYS = 14;
const BY = '压测测温员';

/** Seed the rounds (once per database); returns how many slots the seed holds. */
export function seedRounds(env: Env): number {
  const db = env.sqlite;
  const have = db.prepare('SELECT count(*) AS n FROM health_episodes WHERE opened_by_name = ?').get(BY) as {
    n: number;
  };
  if (have.n > 0) return -1;
  const t0 = performance.now();
  const post = (db.prepare('SELECT post_id AS p FROM compound').get() as { p: string }).p;
  const today = dayOf(env.now);
  const from = addDays(today, -(ROUND_DAYS - 1));
  const seq0 =
    (db.prepare('SELECT coalesce(max(seq), 0) AS s FROM health_episodes').get() as { s: number }).s + 1;
  const slot0 =
    (db.prepare('SELECT coalesce(max(id), 0) AS s FROM health_slots').get() as { s: number }).s + 1;
  const todayPos = dayNumber(today) * 2;
  db.transaction(() => {
    // The residents in the compound without an open episode of their own, numbered from seq0.
    db.prepare(
      `INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, household_id, building_id, place,
         reason, from_day, to_day, checks_per_day, note, opened_at, opened_by_name, close_note, closed_by_name,
         last_read_pos, last_read_at)
       SELECT printf('5eed0000-0000-4000-8000-%012d', n), ?, ? + n - 1, 'resident', rid, hid, bid, room, 'compound',
         ?, ?, 2, '', ?, ?, '', '', CASE WHEN n % 5 = 0 THEN ? - 1 ELSE ? END, NULL
       FROM (SELECT row_number() OVER (ORDER BY r.id) AS n, r.id AS rid, h.id AS hid, h.building_id AS bid, h.room
             FROM residents r JOIN households h ON h.id = r.household_id
             WHERE r.presence = 'in_compound'
               AND NOT EXISTS (SELECT 1 FROM health_episodes x WHERE x.resident_id = r.id AND x.closed_at IS NULL))`,
    ).run(post, seq0, from, addDays(from, ROUND_DAYS - 1), `${from}T00:00:00.000Z`, BY, todayPos, todayPos);
    const episodes = (
      db.prepare('SELECT count(*) AS n FROM health_episodes WHERE opened_by_name = ?').get(BY) as {
        n: number;
      }
    ).n;
    // The slots, day after day, episode by episode (makeSlots writes a day place by place: only the
    // ids' order differs, nothing reads it). h: a fixed scatter.
    db.prepare(
      `WITH RECURSIVE d(i, day) AS (SELECT 0, ? UNION ALL SELECT i + 1, date(day, '+1 day') FROM d WHERE i < ?),
       k(k) AS (VALUES (0), (1)),
       x AS (SELECT ? + (d.i * ? + e.seq - ?) * 2 + k.k AS id, e.seq, d.day, d.i, k.k, e.building_id AS bid,
               (e.seq * 7 + d.i * 3 + k.k) AS h,
               CASE WHEN d.day = ? AND (k.k = 1 OR e.seq % 5 = 0) THEN 1 ELSE 0 END AS pending
             FROM d CROSS JOIN health_episodes e CROSS JOIN k WHERE e.seq >= ?),
       y AS (SELECT *, CASE WHEN pending OR h % 211 = 0 THEN 'due' WHEN h % 997 = 0 THEN 'abnormal'
               ELSE 'normal' END AS state FROM x)
       INSERT INTO health_slots (id, episode_seq, day, slot, starts, building_id, hotel_id, state, temperature, at,
         by_name, recheck_due, check_id, checks)
       SELECT id, seq, day, k, CASE k WHEN 0 THEN 420 ELSE 780 END, bid, NULL, state,
         CASE state WHEN 'due' THEN NULL WHEN 'abnormal' THEN 37.6 + (h % 10) / 10.0 ELSE 36.0 + (h % 9) / 10.0 END,
         CASE WHEN state = 'due' THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%S.000Z', day,
           printf('%+d minutes', CASE k WHEN 0 THEN -20 ELSE 400 END + seq % 120)) END,
         CASE WHEN state = 'due' THEN '' ELSE ? END, 0,
         CASE WHEN state = 'due' THEN NULL ELSE printf('5eedc0de-0000-4000-8000-%012d', id) END,
         CASE WHEN state = 'due' THEN 0 ELSE 1 END
       FROM y`,
    ).run(from, ROUND_DAYS - 1, slot0, episodes, seq0, today, seq0, BY);
    // Each read slot's check. A third of yesterday's and today's abnormal ones raised a fever alert
    // nobody has triaged yet; the older ones were rechecked normal (no alert: the doctor's list is
    // not two weeks of untouched fevers).
    db.prepare(
      `INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, symptoms, result, via,
         recheck, alert, hotel_contact_id, note, at, recorded_at, operator_id, operator_name)
       SELECT s.check_id, ?, s.id, e.id, s.temperature, 'forehead', '', s.state, 'round', 0,
         s.state = 'abnormal' AND s.id % 3 = 0 AND s.day >= ?, NULL, '', s.at, s.at, NULL, ?
       FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq
       WHERE s.id >= ? AND s.state <> 'due' ORDER BY s.id`,
    ).run(post, addDays(today, -1), BY, slot0);
  })();
  db.exec('ANALYZE');
  const n = (db.prepare('SELECT count(*) AS n FROM health_slots WHERE id >= ?').get(slot0) as { n: number })
    .n;
  console.log(
    `(seeded ${ROUND_DAYS} days of rounds: ${n} slots and their checks in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return n;
}

/**
 * Issue 15's post: the errands' 50,000 errands, the stock bench's ledger (its first item renamed the
 * masks the trend follows, when none is), and two weeks of rounds. Once per database.
 */
export const seedPost = oncePerDb((env: Env): void => {
  // Millions of index entries in random order: a page cache of 1 GB while seeding (the app's own,
  // restored after, is what the figures run with), or the big transactions spill and rewrite pages.
  const cache = env.sqlite.pragma('cache_size', { simple: true }) as number;
  env.sqlite.pragma('cache_size = -1048576');
  try {
    seeding(env);
    seedLedger(env);
    const masks = env.sqlite.prepare(
      "SELECT 1 FROM stock_items WHERE name LIKE '%口罩%' OR name LIKE '%mask%'",
    );
    if (!masks.get())
      env.sqlite.prepare("UPDATE stock_items SET name = '医用口罩' WHERE name = '物资1'").run();
    seedRounds(env);
  } finally {
    env.sqlite.pragma(`cache_size = ${cache}`);
  }
});
