// The health figures' data (issue 14): the bench post's two weeks of rounds (rounds-seed.ts, shared
// with issue 15's figures: every resident in the compound followed, 14 days × 2 slots up to today,
// ≈ 7 million slots at 100,000 households, each read slot with its check, some missed, a few abnormal
// and fever alerts, this morning's round four-fifths done), then what the rounds' own figures need,
// by hand-written bulk SQL once per database: the days noted as made and the day's counts per place
// (what health.makeSlots and the triggers keep), a few of today's high readings awaiting a recheck,
// the fever alerts before yesterday triaged by the doctor (open ones are those of the last two
// days), and the episodes planned two weeks past today so that tomorrow has slots to make.
import { randomUUID } from 'node:crypto';
import { addDays, dayOf } from '../../electron/api/shared/dates';
import { type Env, oncePerDb } from './harness';
import { ROUND_DAYS, seedRounds } from './rounds-seed';

/** The bench's health days: the first seeded day, today, and the day `health.makeSlots` makes. */
export function healthDays(env: Env) {
  const today = dayOf(env.now);
  return { from: addDays(today, -(ROUND_DAYS - 1)), today, next: addDays(today, 1) };
}

export function seedHealth(env: Env): void {
  seedRounds(env);
  const db = env.sqlite;
  const { from, today } = healthDays(env);
  if (db.prepare('SELECT 1 FROM health_days WHERE day = ?').get(from)) return;
  const t0 = performance.now();
  const post = (db.prepare('SELECT post_id AS p FROM compound').get() as { p: string }).p;
  db.transaction(() => {
    // A few of today's high readings wait for their recheck (every third of those not an alert).
    db.prepare(
      `UPDATE health_slots SET recheck_due = 1 WHERE day = ? AND state = 'abnormal' AND id % 3 <> 0 AND id % 2 = 0`,
    ).run(today);
    db.prepare(
      `UPDATE health_episodes SET to_day = ? WHERE closed_at IS NULL AND to_day = ? AND opened_by_name = '压测测温员'`,
    ).run(addDays(today, 14), today);
    // The fever alerts before yesterday were acted on: the doctor advised by phone (a request, triaged).
    db.prepare(
      `INSERT INTO medical_requests (id, post_id, subject_kind, resident_id, household_id, kind, urgency, source, check_id,
        created_at, created_by_name, state, action, advice, events)
      SELECT printf('5eedfee0-0000-4000-8000-%012d', c.slot_id), c.post_id, 'resident', x.resident_id, x.household_id,
        'fever', 'today', 'round', c.id, c.at, '压测', 'triaged', 'phone_advice', '居家观察，多喝水', 2
      FROM health_checks c JOIN health_episodes x ON x.id = c.episode_id
      WHERE c.alert AND c.at < ? AND NOT EXISTS (SELECT 1 FROM medical_requests m WHERE m.check_id = c.id)`,
    ).run(`${addDays(today, -1)}T00:00:00.000Z`);
    db.prepare(
      `INSERT INTO medical_events (id, post_id, request_id, seq, kind, action, advice, at, operator_name)
      SELECT substr(m.id, 1, 35) || e.seq, m.post_id, m.id, e.seq, e.kind, CASE e.seq WHEN 2 THEN m.action END,
        CASE e.seq WHEN 2 THEN m.advice ELSE '' END, m.created_at, '压测'
      FROM medical_requests m CROSS JOIN (SELECT 1 AS seq, 'added' AS kind UNION ALL SELECT 2, 'triaged') e
      WHERE m.id LIKE '5eedfee0-%'`,
    ).run();
    db.prepare('DELETE FROM health_slot_counts').run();
    db.prepare(
      `INSERT INTO health_slot_counts (day, building_id, hotel_id, starts, total, done, normal)
      SELECT day, coalesce(building_id, 0), coalesce(hotel_id, 0), starts, count(*), sum(state <> 'due'), sum(state = 'normal')
      FROM health_slots GROUP BY day, building_id, hotel_id, starts`,
    ).run();
    const day = db.prepare(
      `INSERT INTO health_days (id, post_id, day, made_at, made)
      VALUES (?, ?, ?, ?, (SELECT count(*) FROM health_slots WHERE day = ?)) ON CONFLICT DO NOTHING`,
    );
    for (let d = from; d <= today; d = addDays(d, 1)) day.run(randomUUID(), post, d, `${d}T00:00:00.000Z`, d);
  })();
  db.exec('ANALYZE');
  console.log(`(health: days made, counts, rechecks in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

export const seedingHealth = oncePerDb(seedHealth);
