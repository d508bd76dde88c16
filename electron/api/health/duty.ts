/**
 * The duty screen (`health.alerts`), in the order the doctor reads it: open fever alerts, rechecks
 * due, slots due and not taken, people not seen for two slots or more, the normal count, and the
 * day's completion per building and hotel. Each list is one indexed read.
 */
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';
import { openHealthAlerts } from '../shared/fever-alerts';
import { lastEndedPos, NOT_SEEN_FROM, SLOT_WINDOWS } from './rules';
import { clockFor } from './slots';
import { subjectName, subjectOf, subjectPhone } from './subject';

const minutesSince = (from: string, now: Date) =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(from)) / 60000));

type Person = { episodeId: string; name: string; place: string; phone: string };
type RecheckSql = Person & {
  checkId: string;
  slotId: number;
  temperature: number;
  at: string;
  subjectKind: 'resident' | 'returnee';
  residentId: number | null;
  returneeId: number | null;
};

export const dutyHandlers: HandlerMap<'health.alerts'> = {
  'health.alerts': (db, input, ctx) => {
    const now = ctx.now();
    const day = input.day ?? dayOf(now);
    const clock = clockFor(day, now);
    const fevers = openHealthAlerts(db).map((a) => ({
      checkId: a.checkId,
      slotId: String(a.slotId),
      medicalId: a.medicalId,
      episodeId: a.episodeId,
      subject: subjectOf(a),
      name: a.name,
      place: a.place,
      phone: a.phone,
      temperature: a.temperature,
      firstTemperature: a.firstTemperature,
      at: a.at,
      waitingMinutes: minutesSince(a.at, now),
    }));
    const rechecks = db
      .all<RecheckSql>(sql`
        SELECT s.check_id AS checkId, s.id AS slotId, x.id AS episodeId, x.subject_kind AS subjectKind,
          x.resident_id AS residentId, x.returnee_id AS returneeId, ${subjectName} AS name, x.place,
          ${subjectPhone} AS phone, s.temperature, s.at
        FROM health_slots s JOIN health_episodes x ON x.seq = s.episode_seq
        WHERE s.recheck_due AND s.day = ${day} ORDER BY s.at LIMIT ${input.limit}`)
      .map(({ subjectKind, residentId, returneeId, ...r }) => ({
        ...r,
        slotId: String(r.slotId),
        medicalId: null,
        subject: subjectOf({ subjectKind, residentId, returneeId }),
        waitingMinutes: minutesSince(r.at, now),
      }));
    // Due and not taken: the day's slots still `due` whose window has opened (missed once it closed).
    const windows = sql.raw(
      Object.entries(SLOT_WINDOWS)
        .flatMap(([cpd, ws]) => ws.map(([, end], slot) => `(${cpd}, ${slot}, ${end})`))
        .join(', '),
    );
    const dueWhere = sql`s.day = ${day} AND s.state = 'due' AND s.starts <= ${clock.minute}`;
    // Totals from the day's counts per place and window (health_slot_counts), not half a million rows.
    const dueTotal =
      db.get<{ n: number | null }>(
        sql`SELECT sum(total - done) AS n FROM health_slot_counts WHERE day = ${day} AND starts <= ${clock.minute}`,
      )?.n ?? 0;
    const due = db
      .all<Person & { slotId: number; slot: number; perDay: number; missed: number }>(sql`
        WITH w(cpd, slot, ends) AS (VALUES ${windows})
        SELECT s.id AS slotId, s.slot, x.checks_per_day AS perDay, x.id AS episodeId, ${subjectName} AS name, x.place, ${subjectPhone} AS phone,
          coalesce(w.ends <= ${clock.minute}, 0) AS missed
        FROM health_slots s JOIN health_episodes x ON x.seq = s.episode_seq
          LEFT JOIN w ON w.cpd = x.checks_per_day AND w.slot = s.slot
        WHERE ${dueWhere} ORDER BY s.starts, s.building_id, s.hotel_id, x.place, x.seq LIMIT ${input.limit}`)
      .map((r) => ({ ...r, slotId: String(r.slotId), missed: !!r.missed }));
    // Not seen: per rhythm (a row of v each), the open episodes whose last reading is two ended slots
    // back or more — one range of the open-and-seen index per rhythm (an OR of them is a scan).
    const rhythms = sql.raw(
      Object.keys(SLOT_WINDOWS)
        .map((k) => `(${k}, ${lastEndedPos(Number(k), clock)})`)
        .join(', '),
    );
    const missedExpr = sql`(min(v.last, (CAST(julianday(x.to_day) - 2440587.5 AS INTEGER)) * v.cpd + v.cpd - 1) - x.last_read_pos)`;
    const notSeenRows = db.all<
      Person & { slotsMissed: number; lastSeenAt: string | null; total: number }
    >(sql`
      WITH v(cpd, last) AS (VALUES ${rhythms})
      SELECT x.id AS episodeId, ${subjectName} AS name, x.place, ${subjectPhone} AS phone,
        ${missedExpr} AS slotsMissed, x.last_read_at AS lastSeenAt, count(*) OVER () AS total
      FROM v CROSS JOIN health_episodes x
      WHERE x.closed_at IS NULL AND x.checks_per_day = v.cpd AND x.last_read_pos <= v.last - ${NOT_SEEN_FROM}
        AND ${missedExpr} >= ${NOT_SEEN_FROM}
      ORDER BY slotsMissed DESC, x.place, x.seq LIMIT ${input.limit}`);
    const normal =
      db.get<{ n: number | null }>(sql`SELECT sum(normal) AS n FROM health_slot_counts WHERE day = ${day}`)
        ?.n ?? 0;
    const completion = dayCompletion(db, day, clock.minute);
    return {
      day,
      fevers,
      rechecks,
      due: { total: dueTotal, rows: due },
      notSeen: {
        total: notSeenRows[0]?.total ?? 0,
        rows: notSeenRows.map(({ total: _t, ...r }) => r),
      },
      normal,
      completion,
    };
  },
};

/**
 * A day's completion per building and hotel: the slots whose window has opened by `minute` and how
 * many have a check, from the day's counts per place and window (health_slot_counts). The duty
 * screen's, and the dashboard's without the rest of the duty screen.
 */
export function dayCompletion(db: ReadDb, day: string, minute: number) {
  return db.all<{ kind: 'building' | 'hotel'; id: number; name: string; due: number; done: number }>(sql`
    SELECT CASE WHEN c.building_id <> 0 THEN 'building' ELSE 'hotel' END AS kind,
      CASE WHEN c.building_id <> 0 THEN c.building_id ELSE c.hotel_id END AS id,
      coalesce((SELECT name FROM buildings WHERE id = c.building_id), (SELECT name FROM hotels WHERE id = c.hotel_id), '') AS name,
      c.due, c.done
    FROM (SELECT building_id, hotel_id, sum(total) AS due, sum(done) AS done FROM health_slot_counts
      WHERE day = ${day} AND starts <= ${minute} GROUP BY building_id, hotel_id HAVING sum(total) > 0) c
    WHERE c.building_id <> 0 OR c.hotel_id <> 0
    ORDER BY kind, id`);
}
