// The health figures' hand-written baselines: plain better-sqlite3 statements giving the same answer
// as `health.round` and `health.alerts` (the bench follows residents only: names and phones joined).
import { dayOf } from '../../electron/api/shared/dates';
import type { Env } from './harness';

/** The slot windows (rules.ts SLOT_WINDOWS), written out: checks a day → [start, end] minutes. */
const WINDOWS: Record<number, [number, number][]> = {
  1: [[480, 1200]],
  2: [
    [420, 780],
    [780, 1200],
  ],
  3: [
    [420, 660],
    [660, 960],
    [960, 1260],
  ],
  4: [
    [360, 600],
    [600, 840],
    [840, 1080],
    [1080, 1320],
  ],
};
const clock = (env: Env) => {
  const local = new Date(env.now.getTime() + 8 * 3600_000);
  return { day: dayOf(env.now), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
};
const dayNo = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const waiting = (env: Env, at: string) =>
  Math.max(0, Math.floor((env.now.getTime() - Date.parse(at)) / 60000));
const PERSON = `r.name, coalesce(nullif(r.phone, ''), h.phone) AS phone`;
const JOIN = 'JOIN residents r ON r.id = x.resident_id JOIN households h ON h.id = r.household_id';

type Cell = Record<string, unknown> & {
  slotId: number;
  slot: number;
  state: string;
  starts: number;
  recheckDue: number;
  episodeId: string;
  residentId: number;
  householdId: number;
  room: string;
  fromDay: string;
  toDay: string;
  cpd: number;
  closedAt: string | null;
};

export function baseRound(env: Env, buildingId: number) {
  const db = env.sqlite;
  const c = clock(env);
  const cells = db
    .prepare(
      `SELECT s.id AS slotId, s.slot, s.state, s.temperature, s.at, s.by_name AS byName, s.recheck_due AS recheckDue,
        s.check_id AS checkId, s.starts, x.id AS episodeId, x.resident_id AS residentId, x.household_id AS householdId,
        x.from_day AS fromDay, x.to_day AS toDay, x.checks_per_day AS cpd, x.closed_at AS closedAt, ${PERSON},
        CASE WHEN h.unit <> '' THEN h.unit || '-' || h.room ELSE h.room END AS room
      FROM health_slots s JOIN health_episodes x ON x.seq = s.episode_seq ${JOIN}
      WHERE s.day = ? AND s.building_id = ? ORDER BY length(room), room, x.resident_id, x.seq, s.slot`,
    )
    .all(c.day, buildingId) as Cell[];
  const rows = new Map<string, Record<string, unknown> & { cells: unknown[] }>();
  let due = 0;
  let done = 0;
  let slotsPerDay = 0;
  for (const x of cells) {
    let row = rows.get(x.episodeId);
    if (!row) {
      const days = dayNo(x.toDay) - dayNo(x.fromDay) + 1;
      row = {
        episodeId: x.episodeId,
        subject: { kind: 'resident', id: x.residentId },
        name: x.name,
        householdId: x.householdId,
        room: x.room,
        phone: x.phone,
        dayNo: dayNo(c.day) - dayNo(x.fromDay) + 1,
        days,
        overdue: x.closedAt === null && c.day > x.toDay,
        cells: [],
      };
      rows.set(x.episodeId, row);
    }
    slotsPerDay = Math.max(slotsPerDay, x.cpd);
    const [start = 0, end = 1440] = WINDOWS[x.cpd]?.[x.slot] ?? [];
    if (start <= c.minute) {
      due++;
      if (x.state !== 'due') done++;
    }
    row.cells.push({
      slotId: String(x.slotId),
      slot: x.slot,
      state: x.state === 'due' && end <= c.minute ? 'missed' : x.state,
      temperature: x.temperature,
      at: x.at,
      byName: x.byName,
      recheckDue: !!x.recheckDue,
      checkId: x.checkId,
      starts: hhmm(start),
    });
  }
  const threshold = db.prepare('SELECT fever_threshold FROM compound WHERE id = 1').pluck().get();
  const made = db.prepare('SELECT count(*) FROM health_days WHERE day = ?').pluck().get(c.day) as number;
  return {
    day: c.day,
    slotsPerDay,
    threshold,
    rows: [...rows.values()],
    completion: { due, done },
    slotsMade: made > 0,
  };
}

export function baseAlerts(env: Env, limit = 100) {
  const db = env.sqlite;
  const c = clock(env);
  const fevers = (
    db
      .prepare(
        `SELECT c.id AS checkId, c.slot_id AS slotId, c.episode_id AS episodeId, x.resident_id AS residentId, x.place,
        c.temperature, c.at, ${PERSON},
        (SELECT p.temperature FROM health_checks p WHERE p.slot_id = c.slot_id AND p.result = 'abnormal' AND NOT p.alert
          AND p.at <= c.at ORDER BY p.at DESC LIMIT 1) AS firstTemperature,
        (SELECT m.id FROM medical_requests m WHERE m.check_id = c.id ORDER BY m.created_at, m.id LIMIT 1) AS medicalId
      FROM health_checks c JOIN health_episodes x ON x.id = c.episode_id ${JOIN}
      WHERE c.alert AND NOT EXISTS (SELECT 1 FROM medical_requests m WHERE m.check_id = c.id AND m.action IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM care_events e WHERE c.hotel_contact_id IS NOT NULL
          AND e.contact_id = c.hotel_contact_id AND e.kind = 'fever_handled')
      ORDER BY c.at, c.id`,
      )
      .all() as (Record<string, unknown> & { residentId: number; slotId: number; at: string })[]
  ).map(({ residentId, ...a }) => ({
    ...a,
    slotId: String(a.slotId),
    subject: { kind: 'resident', id: residentId },
    waitingMinutes: waiting(env, a.at),
  }));
  const rechecks = (
    db
      .prepare(
        `SELECT s.check_id AS checkId, s.id AS slotId, x.id AS episodeId, x.resident_id AS residentId, ${PERSON},
        x.place, s.temperature, s.at
      FROM health_slots s JOIN health_episodes x ON x.seq = s.episode_seq ${JOIN}
      WHERE s.recheck_due AND s.day = ? ORDER BY s.at LIMIT ?`,
      )
      .all(c.day, limit) as (Record<string, unknown> & { residentId: number; slotId: number; at: string })[]
  ).map(({ residentId, ...r }) => ({
    ...r,
    slotId: String(r.slotId),
    medicalId: null,
    subject: { kind: 'resident', id: residentId },
    waitingMinutes: waiting(env, r.at),
  }));
  const ends = Object.entries(WINDOWS)
    .flatMap(([cpd, ws]) => ws.map(([, end], slot) => `(${cpd}, ${slot}, ${end})`))
    .join(', ');
  const dueTotal = db
    .prepare(`SELECT coalesce(sum(total - done), 0) FROM health_slot_counts WHERE day = ? AND starts <= ?`)
    .pluck()
    .get(c.day, c.minute) as number;
  const due = (
    db
      .prepare(
        `WITH w(cpd, slot, ends) AS (VALUES ${ends})
      SELECT s.id AS slotId, s.slot, x.checks_per_day AS perDay, x.id AS episodeId, ${PERSON}, x.place,
        coalesce(w.ends <= @minute, 0) AS missed
      FROM health_slots s JOIN health_episodes x ON x.seq = s.episode_seq ${JOIN}
        LEFT JOIN w ON w.cpd = x.checks_per_day AND w.slot = s.slot
      WHERE s.day = @day AND s.state = 'due' AND s.starts <= @minute
      ORDER BY s.starts, s.building_id, s.hotel_id, x.place, x.seq LIMIT @limit`,
      )
      .all({ day: c.day, limit, minute: c.minute }) as (Record<string, unknown> & {
      slotId: number;
      missed: number;
    })[]
  ).map((r) => ({ ...r, slotId: String(r.slotId), missed: !!r.missed }));
  const lastEnded = (cpd: number) =>
    dayNo(c.day) * cpd + (WINDOWS[cpd] ?? []).filter(([, end]) => end <= c.minute).length - 1;
  const rhythms = Object.keys(WINDOWS)
    .map((k) => `(${k}, ${lastEnded(Number(k))})`)
    .join(', ');
  const missed =
    'min(v.last, CAST(julianday(x.to_day) - 2440587.5 AS INTEGER) * v.cpd + v.cpd - 1) - x.last_read_pos';
  const notSeen = db
    .prepare(
      `WITH v(cpd, last) AS (VALUES ${rhythms})
      SELECT x.id AS episodeId, ${PERSON}, x.place, ${missed} AS slotsMissed, x.last_read_at AS lastSeenAt,
        count(*) OVER () AS total
      FROM v CROSS JOIN health_episodes x ${JOIN}
      WHERE x.closed_at IS NULL AND x.checks_per_day = v.cpd AND x.last_read_pos <= v.last - 2 AND ${missed} >= 2
      ORDER BY slotsMissed DESC, x.place, x.seq LIMIT ?`,
    )
    .all(limit) as (Record<string, unknown> & { total: number })[];
  const normal = db
    .prepare(`SELECT coalesce(sum(normal), 0) FROM health_slot_counts WHERE day = ?`)
    .pluck()
    .get(c.day) as number;
  const completion = db
    .prepare(
      `SELECT CASE WHEN c.building_id <> 0 THEN 'building' ELSE 'hotel' END AS kind,
        CASE WHEN c.building_id <> 0 THEN c.building_id ELSE c.hotel_id END AS id, coalesce(b.name, ho.name, '') AS name,
        c.due, c.done
      FROM (SELECT building_id, hotel_id, sum(total) AS due, sum(done) AS done FROM health_slot_counts
        WHERE day = ? AND starts <= ? GROUP BY building_id, hotel_id HAVING sum(total) > 0) c
        LEFT JOIN buildings b ON b.id = c.building_id LEFT JOIN hotels ho ON ho.id = c.hotel_id
      WHERE c.building_id <> 0 OR c.hotel_id <> 0 ORDER BY kind, id`,
    )
    .all(c.day, c.minute);
  return {
    day: c.day,
    fevers,
    rechecks,
    due: { total: dueTotal, rows: due },
    notSeen: { total: notSeen[0]?.total ?? 0, rows: notSeen.map(({ total: _t, ...r }) => r) },
    normal,
    completion,
  };
}
