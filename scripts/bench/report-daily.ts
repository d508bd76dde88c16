// The daily report figure (issue 15): reports.daily for today on issue 15's post (the errands' 50,000
// errands, the stock bench's ledger, two weeks of rounds: rounds-seed.ts) beside hand-written SQL for
// the same lines: population, gate, returnees (each hotel's too), the rounds (due, done, missed,
// abnormal, alerts raised / handled / open, triage, referrals), the stock received, issued and on hand
// per item, and errands. It leaves out the stock's days of cover and below-reorder flag (stock.cover's
// rule) and the staff lines (the attendance fold): the ratio is against a little less work.
import { SLOT_WINDOWS } from '../../electron/api/health/rules';
import { addDays, dayOf, dayStartUtc } from '../../electron/api/shared/dates';
import type { Env, Figure } from './harness';
import { seedingHealth } from './health-seed';
import { seedPost } from './rounds-seed';

/** `section|key|label` → [today, current, cumulative]. */
type Shape = Record<string, (number | null)[]>;
const LEFT_OUT = new Set([
  'stock_cover_days',
  'stock_below_reorder',
  'staff_rostered',
  'staff_present',
  'staff_no_show',
]);

const WINDOWS = Object.entries(SLOT_WINDOWS)
  .flatMap(([n, ws]) => ws.map(([, end], i) => `(${n}, ${i}, ${end})`))
  .join(', ');

function base(env: Env): Shape {
  const db = env.sqlite;
  const one = <T>(s: string, ...a: unknown[]) => db.prepare(s).get(...a) as T;
  const all = <T>(s: string, ...a: unknown[]) => db.prepare(s).all(...a) as T[];
  const today = dayOf(env.now);
  const day = today;
  const start = one<{ s: string | null }>('SELECT closure_start AS s FROM compound').s;
  const startDay = start && start <= day ? start : day;
  const [d0, d1, a0] = [dayStartUtc(day), dayStartUtc(addDays(day, 1)), dayStartUtc(startDay)];
  const out: Shape = {};
  const put = (section: string, key: string, label: string, ...v: (number | null)[]) => {
    out[`${section}|${key}|${label}`] = v;
  };
  // Both spans of an instant column: [in the day, since the closure began].
  const span = (table: string, col: string, where: string) =>
    one<{ t: number | null; c: number }>(
      `SELECT sum(${col} >= ? AND ${col} < ?) AS t, count(*) AS c FROM ${table}
       WHERE ${col} >= ? AND ${col} < ? AND (${where})`,
      d0,
      d1,
      a0,
      d1,
    );
  const both = (section: string, key: string, label: string, table: string, col: string, where: string) => {
    const r = span(table, col, where);
    put(section, key, label, r.t ?? 0, null, r.c);
    return r;
  };

  const p = new Map(
    all<{ p: string; n: number }>('SELECT presence AS p, count(*) AS n FROM residents GROUP BY 1').map(
      (r) => [r.p, r.n],
    ),
  );
  const n = (k: string) => p.get(k) ?? 0;
  const total = [...p.values()].reduce((a, x) => a + x, 0);
  const households = one<{ n: number }>(
    "SELECT count(*) AS n FROM households WHERE occupancy = 'occupied'",
  ).n;
  put('population', 'households', '', null, households, null);
  put('population', 'residents', '', null, total, null);
  put('population', 'residents_in', '', null, n('in_compound'), null);
  put('population', 'residents_hotel', '', null, n('in_hotel'), null);
  put('population', 'residents_hospital', '', null, n('in_hospital'), null);
  put('population', 'residents_away', '', null, n('away'), null);
  put('population', 'residents_awaiting', '', null, n('awaiting_placement'), null);

  both('gate', 'gate_in', '', 'gate_log', 'at', "direction = 'in'");
  both('gate', 'gate_out', '', 'gate_log', 'at', "direction = 'out'");
  both('gate', 'gate_fever', '', 'gate_log', 'at', "direction = 'in' AND fever");
  both('gate', 'gate_refused', '', 'returnees', 'registered_at', "outcome = 'refuse'");

  const cur = (s: string, ...a: unknown[]) => one<{ n: number }>(s, ...a).n;
  both('returnees', 'returnees_arrived', '', 'returnees', 'registered_at', '1');
  const home = span('returnees', 'registered_at', "outcome = 'admit'");
  put(
    'returnees',
    'returnees_home',
    '',
    home.t ?? 0,
    cur("SELECT count(*) AS n FROM returnees WHERE outcome = 'admit' AND quarantine_to >= ?", today),
    home.c,
  );
  const hotel = span('returnees', 'registered_at', "outcome = 'hotel'");
  put(
    'returnees',
    'returnees_hotel',
    '',
    hotel.t ?? 0,
    cur('SELECT count(*) AS n FROM hotel_stays WHERE ended_at IS NULL'),
    hotel.c,
  );
  for (const h of all<{ id: number; name: string }>('SELECT id, name FROM hotels')) {
    const begun = `room_id IN (SELECT id FROM hotel_rooms WHERE hotel_id = ${h.id}) AND NOT EXISTS (SELECT 1 FROM hotel_stays p
      WHERE p.returnee_id = hotel_stays.returnee_id AND p.end_kind = 'moved' AND p.ended_at = hotel_stays.started_at)`;
    const r = span('hotel_stays', 'started_at', begun);
    const now = cur(
      `SELECT count(*) AS n FROM hotel_stays WHERE ended_at IS NULL AND room_id IN (SELECT id FROM hotel_rooms WHERE hotel_id = ?)`,
      h.id,
    );
    put('returnees', 'hotel', h.name, r.t ?? 0, now, r.c);
  }
  both('returnees', 'returnees_released', '', 'hotel_stays', 'ended_at', "end_kind = 'released'");
  both('returnees', 'returnees_moved', '', 'hotel_stays', 'ended_at', "end_kind = 'moved'");
  put(
    'returnees',
    'returnees_undecided',
    '',
    null,
    cur('SELECT count(*) AS n FROM returnees WHERE outcome IS NULL'),
    null,
  );

  // The rounds: every slot of the day with its episode's window end (10:00 at the post).
  const minute = Math.floor((env.now.getTime() - Date.parse(d0)) / 60_000);
  const r = one<{ due: number; done: number | null; missed: number | null }>(
    `WITH w(cpd, slot, ends) AS (VALUES ${WINDOWS})
     SELECT count(*) AS due, sum(s.state <> 'due') AS done, sum(s.state = 'due' AND coalesce(w.ends, 1440) <= ?) AS missed
     FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq
       LEFT JOIN w ON w.cpd = e.checks_per_day AND w.slot = s.slot
     WHERE s.day = ?`,
    minute,
    day,
  );
  put('health', 'rounds_due', '', r.due, null, null);
  put('health', 'rounds_done', '', r.done ?? 0, null, null);
  put('health', 'rounds_missed', '', r.missed ?? 0, null, null);
  both('health', 'rounds_abnormal', '', 'health_checks', 'at', "result = 'abnormal'");
  const raised = both('health', 'fever_alerts', '', 'health_checks', 'at', 'alert');
  const open = all<{ at: string }>(
    `SELECT c.at FROM health_checks c WHERE c.alert
       AND NOT EXISTS (SELECT 1 FROM medical_requests m WHERE m.check_id = c.id AND m.action IS NOT NULL)
       AND NOT EXISTS (SELECT 1 FROM care_events e WHERE c.hotel_contact_id IS NOT NULL
         AND e.contact_id = c.hotel_contact_id AND e.kind = 'fever_handled')`,
  );
  const openDay = open.filter((o) => o.at >= d0 && o.at < d1).length;
  const openAll = open.filter((o) => o.at >= a0 && o.at < d1).length;
  put('health', 'alerts_handled', '', (raised.t ?? 0) - openDay, null, raised.c - openAll);
  put('health', 'alerts_open', '', openDay, open.length, null);
  let refT = 0;
  let refC = 0;
  for (const t of all<{ action: string }>(
    "SELECT DISTINCT action FROM medical_events WHERE kind = 'triaged' AND action IS NOT NULL",
  )) {
    const x = both(
      'health',
      'triage',
      t.action,
      'medical_events',
      'at',
      `kind = 'triaged' AND action = '${t.action}'`,
    );
    if (x.c === 0) delete out[`health|triage|${t.action}`];
    if (t.action === 'fever_clinic' || t.action === 'ambulance') {
      refT += x.t ?? 0;
      refC += x.c;
    }
  }
  put('health', 'referrals', '', refT, null, refC);

  // Stock per item: receipts and issues not reversed (their lines, one grouped statement a kind), on
  // hand (the balances).
  const moved = (kind: string, sign: number) =>
    new Map(
      all<{ item: string; t: number | null; c: number }>(
        `SELECT l.item_id AS item, ${sign} * sum(CASE WHEN x.happened_at >= ? THEN l.qty END) AS t,
           ${sign} * sum(l.qty) AS c
         FROM stock_tx x JOIN stock_lines l ON l.tx_id = x.id
         WHERE x.kind = ? AND x.happened_at >= ? AND x.happened_at < ?
           AND NOT EXISTS (SELECT 1 FROM stock_tx r WHERE r.reverses = x.id)
         GROUP BY l.item_id`,
        d0,
        kind,
        a0,
        d1,
      ).map((r) => [r.item, r]),
    );
  const got = moved('receive', 1);
  const gone = moved('issue', -1);
  const onHand = new Map(
    all<{ item: string; n: number }>(
      'SELECT item_id AS item, sum(qty) AS n FROM stock_balances GROUP BY 1',
    ).map((r) => [r.item, r.n]),
  );
  for (const i of all<{ id: string; name: string }>('SELECT id, name FROM stock_items')) {
    put('supplies', 'stock_received', i.name, got.get(i.id)?.t ?? 0, null, got.get(i.id)?.c ?? 0);
    put('supplies', 'stock_issued', i.name, gone.get(i.id)?.t ?? 0, null, gone.get(i.id)?.c ?? 0);
    put('supplies', 'stock_on_hand', i.name, null, onHand.get(i.id) ?? 0, null);
  }

  const stale = one<{ m: number }>('SELECT errand_stale_minutes AS m FROM compound').m;
  both('errands', 'errands_opened', '', 'errands', 'created_at', '1');
  both('errands', 'errands_delivered', '', 'errand_steps', 'at', "state = 'delivered'");
  put('errands', 'errands_open', '', null, cur('SELECT count(*) AS n FROM errands WHERE open = 1'), null);
  const cut = new Date(env.now.getTime() - stale * 60_000).toISOString();
  put(
    'errands',
    'errands_stale',
    '',
    null,
    cur('SELECT count(*) AS n FROM errands WHERE open = 1 AND state_since <= ?', cut),
    null,
  );
  return out;
}

export const reportDailyFigure: Figure = {
  name: "reports.daily today, issue 15 post (base: every line but days of cover and the staff's)",
  goal: { p95Ms: 300 },
  app: async (env): Promise<Shape> => {
    seedPost(env);
    // The rounds as the app keeps them: the days noted as made and the day's counts (health-seed.ts).
    seedingHealth(env);
    const r = await env.call('reports.daily', {});
    const out: Shape = {};
    for (const s of r.sections)
      for (const l of s.lines)
        if (!LEFT_OUT.has(l.key)) out[`${s.key}|${l.key}|${l.label}`] = [l.today, l.current, l.cumulative];
    return out;
  },
  base: (env) => {
    seedPost(env);
    // The rounds as the app keeps them: the days noted as made and the day's counts (health-seed.ts).
    seedingHealth(env);
    return base(env);
  },
};
