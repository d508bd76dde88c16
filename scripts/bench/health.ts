import { randomUUID } from 'node:crypto';
import type { Env, Figure } from './harness';
// The health figures (issue 14) on ≈ 7 million slots (health-seed.ts): today's round for one
// building, the duty screen, and a new day's slots for everyone — each through the app beside a
// hand-written better-sqlite3 version giving the same answer (health-base.ts).
import { baseAlerts, baseRound } from './health-base';
import { healthDays, seedingHealth } from './health-seed';

/** A building of the bench post (rounds-seed.ts: at 10:00 four in five of its morning slots are read). */
const BUILDING = 4;

type Timed = { ms: number; answer: unknown };

/** The day `health.makeSlots` makes, undone first (untimed) so each run makes it afresh. */
function undoNext(env: Env): string {
  const { next } = healthDays(env);
  env.sqlite.prepare('DELETE FROM health_slots WHERE day = ?').run(next);
  env.sqlite.prepare('DELETE FROM health_days WHERE day = ?').run(next);
  env.sqlite.prepare('DELETE FROM health_slot_counts WHERE day = ?').run(next);
  return next;
}

/** What was made, read untimed: the count and a sum over the rows (both sides must agree). */
const madeOf = (env: Env, day: string) =>
  env.sqlite
    .prepare(
      `SELECT count(*) AS n, sum(episode_seq * 4 + slot) AS k, sum(starts) AS st, sum(building_id) AS b,
        (SELECT count(*) FROM health_days WHERE day = @day) AS days,
        (SELECT sum(total) || '/' || sum(done) FROM health_slot_counts WHERE day = @day) AS counts
      FROM health_slots WHERE day = @day`,
    )
    .get({ day });

async function timed(fn: () => unknown): Promise<Timed> {
  const t = performance.now();
  const answer = await fn();
  return { ms: performance.now() - t, answer };
}

/** Hand-written: one INSERT … SELECT over the episodes open that day, and the day noted as made. */
function baseMake(env: Env, day: string) {
  const db = env.sqlite;
  return db.transaction(() => {
    const made = db
      .prepare(
        `WITH w(cpd, slot, starts) AS (VALUES (1, 0, 480), (2, 0, 420), (2, 1, 780), (3, 0, 420), (3, 1, 660),
          (3, 2, 960), (4, 0, 360), (4, 1, 600), (4, 2, 840), (4, 3, 1080))
        INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
        SELECT e.seq, @day, w.slot, w.starts, e.building_id, e.hotel_id
        FROM health_episodes e JOIN w ON w.cpd = e.checks_per_day
        WHERE e.closed_at IS NULL AND e.from_day <= @day AND e.to_day >= @day
        ON CONFLICT DO NOTHING`,
      )
      .run({ day }).changes;
    db.prepare(
      `INSERT INTO health_slot_counts (day, building_id, hotel_id, starts, total, done, normal)
      SELECT day, coalesce(building_id, 0), coalesce(hotel_id, 0), starts, count(*), sum(state <> 'due'), sum(state = 'normal')
      FROM health_slots WHERE day = ? GROUP BY building_id, hotel_id, starts
      ON CONFLICT DO UPDATE SET total = total + excluded.total, done = done + excluded.done, normal = normal + excluded.normal`,
    ).run(day);
    db.prepare(
      `INSERT INTO health_days (id, post_id, day, made_at, made)
      VALUES (?, (SELECT post_id FROM compound WHERE id = 1), ?, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(randomUUID(), day, env.now.toISOString(), made);
    return { day, made };
  })();
}

export const healthFigures: Figure[] = [
  {
    name: 'health.round one building today (14 days × 2 slots for everyone)',
    goal: { p95Ms: 50, ratio: 0.5 },
    app: (env) => {
      seedingHealth(env);
      return env.call('health.round', { buildingId: BUILDING });
    },
    base: (env) => baseRound(env, BUILDING),
  },
  {
    name: 'health.alerts duty screen',
    goal: { p95Ms: 50, ratio: 0.5 },
    app: (env) => {
      seedingHealth(env);
      return env.call('health.alerts', {});
    },
    base: (env) => baseAlerts(env),
  },
  {
    name: "health.makeSlots a day's slots for everyone",
    goal: { p95Ms: 2000, ratio: 0.5 },
    timeOf: (a) => (a as Timed).ms,
    app: async (env) => {
      seedingHealth(env);
      const day = undoNext(env);
      const t = await timed(() => env.call('health.makeSlots', { day }));
      return { ...t, answer: { ...(t.answer as object), rows: madeOf(env, day) } };
    },
    base: async (env) => {
      const day = undoNext(env);
      const t = await timed(() => baseMake(env, day));
      return { ...t, answer: { ...(t.answer as object), rows: madeOf(env, day) } };
    },
    same: (a, b) => {
      const x = JSON.stringify((a as Timed).answer);
      const y = JSON.stringify((b as Timed).answer);
      return x === y ? null : `app ${x} vs baseline ${y}`;
    },
  },
];
