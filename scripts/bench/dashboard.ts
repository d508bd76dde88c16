// The dashboard figure (issue 15): dashboard.get on issue 15's post (rounds-seed.ts: the errands'
// 50,000 errands, the stock bench's ledger, two weeks of rounds) beside hand-written SQL for the
// figures it can count in one statement each: residents by presence, households by registration,
// today's abnormal readings and the trend lines but the masks'. The baseline leaves out the shifts,
// the stock's days of cover and the alerts (their areas' own functions), so the ratio is against
// less work than the app does: a floor, not a match.
import { addDays, dayOf } from '../../electron/api/shared/dates';
import type { Env, Figure } from './harness';
import { seedingHealth } from './health-seed';
import { seedPost } from './rounds-seed';

type Shape = {
  residents: Record<string, number>;
  households: Record<string, number>;
  abnormalToday: number;
  trend: [string, number, number, number][];
};

function base(env: Env): Shape {
  const today = dayOf(env.now);
  const q = <T>(s: string, ...a: unknown[]) => env.sqlite.prepare(s).all(...a) as T[];
  const one = <T>(s: string, ...a: unknown[]) => env.sqlite.prepare(s).get(...a) as T;
  const total = one<{ n: number }>('SELECT count(*) AS n FROM residents').n;
  const away = new Map(
    q<{ p: string; n: number }>(
      "SELECT presence AS p, count(*) AS n FROM residents WHERE presence <> 'in_compound' GROUP BY presence",
    ).map((r) => [r.p, r.n]),
  );
  const start =
    one<{ s: string | null }>('SELECT closure_start AS s FROM compound LIMIT 1')?.s ?? addDays(today, -13);
  const from = [start, addDays(today, -59)].sort()[1] ?? start;
  const trend = q<{ day: string; h: number; a: number; e: number }>(
    `WITH RECURSIVE d(day) AS (SELECT ? UNION ALL SELECT date(day, '+1 day') FROM d WHERE day < ?)
     SELECT d.day,
       (SELECT count(*) FROM hotel_stays s WHERE s.check_in <= d.day
         AND (s.ended_at IS NULL OR substr(datetime(s.ended_at, '+8 hours'), 1, 10) > d.day)) AS h,
       (SELECT count(*) FROM health_slots x WHERE x.day = d.day AND x.state = 'abnormal') AS a,
       (SELECT count(*) FROM errand_steps e WHERE e.state = 'delivered' AND e.at >= date(d.day, '-1 day')
         AND substr(datetime(e.at, '+8 hours'), 1, 10) = d.day) AS e
     FROM d`,
    from,
    today,
  );
  const reg = one<Record<string, number>>(
    `SELECT coalesce(sum(not_visited), 0) AS notVisited, coalesce(sum(registered), 0) AS registered,
       coalesce(sum(verified), 0) AS verified FROM building_counts`,
  );
  return {
    residents: {
      inCompound: total - [...away.values()].reduce((a, n) => a + n, 0),
      inHotel: away.get('in_hotel') ?? 0,
      inHospital: away.get('in_hospital') ?? 0,
      away: away.get('away') ?? 0,
      awaiting: away.get('awaiting_placement') ?? 0,
    },
    households: reg,
    abnormalToday: one<{ n: number }>(
      "SELECT count(*) AS n FROM health_slots WHERE day = ? AND state = 'abnormal'",
      today,
    ).n,
    trend: trend.map((r) => [r.day, r.h, r.a, r.e]),
  };
}

export const dashboardFigure: Figure = {
  name: 'dashboard.get, issue 15 post (50,000 errands, 1M ledger lines, 14 days of rounds; base: the figures countable in SQL, not shifts/stock/alerts)',
  goal: { p95Ms: 100 },
  app: async (env): Promise<Shape> => {
    seedPost(env);
    // The rounds as the app keeps them: the days noted as made and the day's counts (health-seed.ts).
    seedingHealth(env);
    const d = await env.call('dashboard.get', {});
    return {
      residents: d.occupancy.residents,
      households: d.occupancy.households,
      abnormalToday: d.health.abnormalToday,
      trend: d.trends.days.map((x) => [x.day, x.inHotels, x.abnormal, x.errandsDone]),
    };
  },
  base: (env) => {
    seedPost(env);
    // The rounds as the app keeps them: the days noted as made and the day's counts (health-seed.ts).
    seedingHealth(env);
    return base(env);
  },
};
