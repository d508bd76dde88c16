/**
 * The daily report's figures for a day (日报, issue 15), from the areas' own definitions: the stock's
 * cover and daily issues (stock.cover, stock.daily), the open fever alerts (shared/fever-alerts),
 * who awaits a room (shared/placement), attendance folded (shared/attendance-log). Read-only.
 */
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import type { Out } from '../contract';
import type { PlainHandler } from '../handler';
import { SLOT_WINDOWS } from '../health/rules';
import { awayByPresence } from '../shared/away';
import { readCompound } from '../shared/compound';
import { addDays, dayOf, dayStartUtc } from '../shared/dates';
import { openHealthAlerts } from '../shared/fever-alerts';
import type { ReportLine } from '../shared/report-lines';
import { stockReadHandlers } from '../stock/read';
import type { Line, Section } from './contract';
import { staffLines } from './staff';

type Span = { from: string; to: string };
type Spans = { day: Span; all: Span; startDay: string };
/** A day's instants, and the closure's (its start, or the day itself when none is set, to the day's end). */
export function spansOf(day: string, closureStart: string | null): Spans {
  const to = dayStartUtc(addDays(day, 1));
  const startDay = closureStart && closureStart <= day ? closureStart : day;
  return { day: { from: dayStartUtc(day), to }, all: { from: dayStartUtc(startDay), to }, startDay };
}

const line = (
  key: ReportLine,
  today: number | null,
  current: number | null,
  cumulative: number | null,
  label = '',
): Line => ({ key, label, today, current, cumulative });

/** Counted over the day and over the closure: `{ t, c }` from one condition on an instant column. */
const both = (col: string, s: Spans, where = '1') =>
  sql.raw(
    `sum(CASE WHEN ${col} >= '${s.day.from}' AND ${col} < '${s.day.to}' AND (${where}) THEN 1 ELSE 0 END)`,
  );

export function reportSections(db: ReadDb, day: string, ctx: Ctx): Section[] {
  const compound = readCompound(db);
  const s = spansOf(day, compound.closureStart);
  const today = dayOf(ctx.now());
  return [
    population(db, day, today),
    gate(db, s),
    returnees(db, s, today),
    health(db, day, today, s, ctx),
    supplies(db, day, s, ctx),
    errands(db, s, ctx.now(), compound.errandStaleMinutes),
    { key: 'staff', built: true, lines: staffLines(db, day) },
  ];
}

/** A presence as the population section names its count. */
const PRESENCE_KEY: Record<string, string> = {
  in_hotel: 'hotel',
  in_hospital: 'hospital',
  away: 'away',
  awaiting_placement: 'awaiting',
};

function population(db: ReadDb, _day: string, _today: string): Section {
  // How many, from the counters kept with the registry (building_counts), not a count of every row;
  // where residents are now (residents.presence; the hotel and hospital counts are kept by the
  // stays) from the index of those not in the compound (residents_away_idx), a few rows.
  const r =
    db.get<Record<string, number>>(sql`SELECT
      coalesce(sum(occupied), 0) AS households, coalesce(sum(residents), 0) AS total FROM building_counts`) ??
    {};
  for (const [presence, n] of awayByPresence(db)) r[PRESENCE_KEY[presence] ?? presence] = n;
  const n = (k: string) => r[k] ?? 0;
  const away = n('hotel') + n('hospital') + n('away') + n('awaiting');
  return {
    key: 'population',
    built: true,
    lines: [
      line('households', null, n('households'), null),
      line('residents', null, n('total'), null),
      line('residents_in', null, n('total') - away, null),
      line('residents_hotel', null, n('hotel'), null),
      line('residents_hospital', null, n('hospital'), null),
      line('residents_away', null, n('away'), null),
      line('residents_awaiting', null, n('awaiting'), null),
    ],
  };
}

function gate(db: ReadDb, s: Spans): Section {
  const g = db.get<Record<string, number | null>>(sql`SELECT
      ${both('at', s, "direction = 'in'")} AS inT, ${both('at', s, "direction = 'out'")} AS outT,
      ${both('at', s, "direction = 'in' AND fever")} AS feverT,
      count(*) FILTER (WHERE direction = 'in') AS inC, count(*) FILTER (WHERE direction = 'out') AS outC,
      count(*) FILTER (WHERE direction = 'in' AND fever) AS feverC
    FROM gate_log WHERE at >= ${s.all.from} AND at < ${s.all.to}`);
  // Turned away at the gate: returnees decided `refuse` (their latest decision), by the day they came.
  const r = db.get<Record<string, number | null>>(sql`SELECT ${both('registered_at', s)} AS t, count(*) AS c
    FROM returnees WHERE outcome = 'refuse' AND registered_at >= ${s.all.from} AND registered_at < ${s.all.to}`);
  const v = (x: number | null | undefined) => x ?? 0;
  return {
    key: 'gate',
    built: true,
    lines: [
      line('gate_in', v(g?.inT), null, v(g?.inC)),
      line('gate_out', v(g?.outT), null, v(g?.outC)),
      line('gate_fever', v(g?.feverT), null, v(g?.feverC)),
      line('gate_refused', v(r?.t), null, v(r?.c)),
    ],
  };
}

function returnees(db: ReadDb, s: Spans, today: string): Section {
  const v = (x: number | null | undefined) => x ?? 0;
  const r = db.get<Record<string, number | null>>(sql`SELECT
      ${both('registered_at', s)} AS arrT, count(*) AS arrC,
      ${both('registered_at', s, "outcome = 'admit'")} AS homeT, count(*) FILTER (WHERE outcome = 'admit') AS homeC,
      ${both('registered_at', s, "outcome = 'hotel'")} AS hotelT, count(*) FILTER (WHERE outcome = 'hotel') AS hotelC
    FROM returnees WHERE registered_at >= ${s.all.from} AND registered_at < ${s.all.to}`);
  const cur = db.get<{ home: number; undecided: number; inHotel: number }>(sql`SELECT
      (SELECT count(*) FROM returnees WHERE outcome = 'admit' AND quarantine_to >= ${today}) AS home,
      (SELECT count(*) FROM returnees WHERE outcome IS NULL) AS undecided,
      (SELECT count(*) FROM hotel_stays WHERE ended_at IS NULL) AS inHotel`);
  const ends = db.get<Record<string, number | null>>(sql`SELECT
      ${both('ended_at', s, "end_kind = 'released'")} AS relT, count(*) FILTER (WHERE end_kind = 'released') AS relC,
      ${both('ended_at', s, "end_kind = 'moved'")} AS movT, count(*) FILTER (WHERE end_kind = 'moved') AS movC
    FROM hotel_stays WHERE ended_at >= ${s.all.from} AND ended_at < ${s.all.to}`);
  // Each hotel: stays begun (a room change excluded: it is a move), and guests in it now.
  const hotels = db.all<{ name: string; t: number | null; c: number | null; cur: number }>(sql`SELECT h.name,
      (SELECT ${both('s.started_at', s)} FROM hotel_stays s JOIN hotel_rooms m ON m.id = s.room_id WHERE m.hotel_id = h.id
        AND NOT EXISTS (SELECT 1 FROM hotel_stays p WHERE p.returnee_id = s.returnee_id AND p.end_kind = 'moved' AND p.ended_at = s.started_at)) AS t,
      (SELECT count(*) FROM hotel_stays s JOIN hotel_rooms m ON m.id = s.room_id WHERE m.hotel_id = h.id
        AND s.started_at >= ${s.all.from} AND s.started_at < ${s.all.to}
        AND NOT EXISTS (SELECT 1 FROM hotel_stays p WHERE p.returnee_id = s.returnee_id AND p.end_kind = 'moved' AND p.ended_at = s.started_at)) AS c,
      (SELECT count(*) FROM hotel_stays s JOIN hotel_rooms m ON m.id = s.room_id WHERE m.hotel_id = h.id AND s.ended_at IS NULL) AS cur
    FROM hotels h ORDER BY h.name, h.id`);
  return {
    key: 'returnees',
    built: true,
    lines: [
      line('returnees_arrived', v(r?.arrT), null, v(r?.arrC)),
      line('returnees_home', v(r?.homeT), cur?.home ?? 0, v(r?.homeC)),
      line('returnees_hotel', v(r?.hotelT), cur?.inHotel ?? 0, v(r?.hotelC)),
      ...hotels.map((h) => line('hotel', v(h.t), h.cur, v(h.c), h.name)),
      line('returnees_released', v(ends?.relT), null, v(ends?.relC)),
      line('returnees_moved', v(ends?.movT), null, v(ends?.movC)),
      line('returnees_undecided', null, cur?.undecided ?? 0, null),
    ],
  };
}

/** The minute of the post's day a slot's window ends, from the health rules' windows. */
const SLOT_END = sql.raw(
  `CASE ${Object.entries(SLOT_WINDOWS)
    .flatMap(([n, ws]) =>
      ws.map(([, end], i) => `WHEN e.checks_per_day = ${n} AND s.slot = ${i} THEN ${end}`),
    )
    .join(' ')} ELSE 1440 END`,
);

function health(db: ReadDb, day: string, today: string, s: Spans, ctx: Ctx): Section {
  // A slot still `due` is missed once its window has ended (health/rules.ts slotEnded).
  const minute = Math.floor((ctx.now().getTime() - Date.parse(dayStartUtc(today))) / 60_000);
  const endedBy = day < today ? 1441 : day === today ? minute : -1;
  // The day's slots and those with a check from the day's counts per place and window
  // (health_slot_counts, kept with the slots), not its half a million slots. A past day's due are all
  // missed; today's, those still due whose window has ended: read from health_slots_state_idx at the
  // starts of the windows ended by now only (a slot's start is its window's), each checked against
  // its episode's rhythm (two rhythms share a start and not an end).
  const endedStarts = [
    ...new Set(
      Object.values(SLOT_WINDOWS).flatMap((ws) =>
        ws.filter(([, end]) => end <= endedBy).map(([start]) => start),
      ),
    ),
  ];
  const missedToday =
    endedStarts.length === 0
      ? sql`0`
      : sql`(SELECT count(*) FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq
          WHERE s.day = ${day} AND s.state = 'due' AND s.starts IN (${sql.join(
            endedStarts.map((m) => sql`${m}`),
            sql`, `,
          )}) AND ${SLOT_END} <= ${endedBy})`;
  const slots = db.get<{ due: number; done: number; missed: number }>(sql`SELECT
      coalesce(sum(total), 0) AS due, coalesce(sum(done), 0) AS done,
      ${endedBy > 1440 ? sql`coalesce(sum(total - done), 0)` : missedToday} AS missed
    FROM health_slot_counts WHERE day = ${day}`);
  // Abnormal readings and fever alerts: each by its own partial index on the instant.
  const checks = db.get<Record<string, number | null>>(sql`SELECT
      (SELECT ${both('at', s)} FROM health_checks WHERE result = 'abnormal' AND at >= ${s.all.from} AND at < ${s.all.to}) AS abnT,
      (SELECT count(*) FROM health_checks WHERE result = 'abnormal' AND at >= ${s.all.from} AND at < ${s.all.to}) AS abnC,
      (SELECT ${both('at', s)} FROM health_checks WHERE alert AND at >= ${s.all.from} AND at < ${s.all.to}) AS alertT,
      (SELECT count(*) FROM health_checks WHERE alert AND at >= ${s.all.from} AND at < ${s.all.to}) AS alertC`);
  const open = openHealthAlerts(db);
  const openOfDay = open.filter((a) => a.at >= s.day.from && a.at < s.day.to).length;
  const openOfAll = open.filter((a) => a.at >= s.all.from && a.at < s.all.to).length;
  const v = (x: number | null | undefined) => x ?? 0;
  const triage = db.all<{
    action: string;
    t: number | null;
    c: number;
  }>(sql`SELECT action, ${both('at', s)} AS t,
      count(*) AS c FROM medical_events WHERE kind = 'triaged' AND action IS NOT NULL
      AND at >= ${s.all.from} AND at < ${s.all.to} GROUP BY action ORDER BY action`);
  const referred = triage.filter((t) => t.action === 'fever_clinic' || t.action === 'ambulance');
  return {
    key: 'health',
    built: true,
    lines: [
      line('rounds_due', slots?.due ?? 0, null, null),
      line('rounds_done', slots?.done ?? 0, null, null),
      line('rounds_missed', slots?.missed ?? 0, null, null),
      line('rounds_abnormal', v(checks?.abnT), null, v(checks?.abnC)),
      line('fever_alerts', v(checks?.alertT), null, v(checks?.alertC)),
      line('alerts_handled', v(checks?.alertT) - openOfDay, null, v(checks?.alertC) - openOfAll),
      line('alerts_open', openOfDay, open.length, null),
      ...triage.map((t) => line('triage', v(t.t), null, t.c, t.action)),
      line(
        'referrals',
        referred.reduce((a, t) => a + v(t.t), 0),
        null,
        referred.reduce((a, t) => a + t.c, 0),
      ),
    ],
  };
}

function supplies(db: ReadDb, day: string, s: Spans, ctx: Ctx): Section {
  // The stock dashboard's own figures (days of cover, the level flags): its handler, called as is.
  const cover = (stockReadHandlers['stock.cover'] as PlainHandler<'stock.cover'>)(
    db,
    {},
    ctx,
  ) as Out<'stock.cover'>;
  // Issued (not reversed): the stock dashboard's per-day counter, over the day and the closure.
  const issued = new Map<string, { t: number; c: number }>();
  for (const r of db.all<{ itemId: string; t: number; c: number }>(sql`SELECT item_id AS itemId,
      sum(CASE WHEN day = ${day} THEN qty ELSE 0 END) AS t, sum(qty) AS c
      FROM stock_issue_days WHERE day >= ${s.startDay} AND day <= ${day} GROUP BY item_id`))
    issued.set(r.itemId, { t: r.t, c: r.c });
  // Received: receipts not reversed, the units into the books.
  const received = new Map<string, { t: number; c: number }>();
  for (const r of db.all<{ itemId: string; t: number | null; c: number }>(sql`SELECT l.item_id AS itemId,
      sum(CASE WHEN x.happened_at >= ${s.day.from} THEN l.qty ELSE 0 END) AS t, sum(l.qty) AS c
      FROM stock_tx x JOIN stock_lines l ON l.tx_id = x.id
      WHERE x.kind = 'receive' AND x.happened_at >= ${s.all.from} AND x.happened_at < ${s.all.to}
        AND NOT EXISTS (SELECT 1 FROM stock_tx r WHERE r.reverses = x.id)
      GROUP BY l.item_id`))
    received.set(r.itemId, { t: r.t ?? 0, c: r.c });
  return {
    key: 'supplies',
    built: true,
    lines: cover.items.flatMap((i) => {
      const got = received.get(i.itemId) ?? { t: 0, c: 0 };
      const out = issued.get(i.itemId) ?? { t: 0, c: 0 };
      const below = i.flags.some((f) => f.code === 'below_reorder' || f.code === 'below_minimum');
      return [
        line('stock_received', got.t, null, got.c, i.item),
        line('stock_issued', out.t, null, out.c, i.item),
        line('stock_on_hand', null, i.onHand, null, i.item),
        line('stock_cover_days', null, i.days === null ? null : Math.round(i.days * 10) / 10, null, i.item),
        line('stock_below_reorder', null, below ? 1 : 0, null, i.item),
      ];
    }),
  };
}

/** A delivery counts unless a later step undid it (errands.undoDelivery; errand_steps_undoes_idx). */
const DONE = sql`NOT EXISTS (SELECT 1 FROM errand_steps u WHERE u.undoes = errand_steps.id)`;

function errands(db: ReadDb, s: Spans, now: Date, staleMinutes: number): Section {
  const staleCut = new Date(now.getTime() - staleMinutes * 60_000).toISOString();
  const v = (x: number | null | undefined) => x ?? 0;
  const e = db.get<Record<string, number | null>>(sql`SELECT
      (SELECT ${both('created_at', s)} FROM errands WHERE created_at >= ${s.all.from} AND created_at < ${s.all.to}) AS openedT,
      (SELECT count(*) FROM errands WHERE created_at >= ${s.all.from} AND created_at < ${s.all.to}) AS openedC,
      (SELECT ${both('at', s)} FROM errand_steps WHERE state = 'delivered' AND at >= ${s.all.from} AND at < ${s.all.to} AND ${DONE}) AS delT,
      (SELECT count(*) FROM errand_steps WHERE state = 'delivered' AND at >= ${s.all.from} AND at < ${s.all.to} AND ${DONE}) AS delC,
      (SELECT count(*) FROM errands WHERE open = 1) AS openNow,
      (SELECT count(*) FROM errands WHERE open = 1 AND state_since <= ${staleCut}) AS staleNow`);
  return {
    key: 'errands',
    built: true,
    lines: [
      line('errands_opened', v(e?.openedT), null, v(e?.openedC)),
      line('errands_delivered', v(e?.delT), null, v(e?.delC)),
      line('errands_open', null, v(e?.openNow), null),
      line('errands_stale', null, v(e?.staleNow), null),
    ],
  };
}
