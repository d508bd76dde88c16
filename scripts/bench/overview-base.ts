// The overview's counts written out by hand, once, for two baselines: the in-process figure
// (registry.ts) and the bare node process the host's start is measured against (host.ts). Each
// count is one statement with its arguments named; `overviewArgs` gives their values for a moment.
import { bornOnOrBefore, CHILD_AGE, ELDERLY_AGE } from '../../electron/api/residents/rules';
import { dayOf } from '../../electron/api/shared/dates';

/** Waiting for a hotel room (shared/placement.ts says it once for the app; written out here). */
export const AWAITING = `(r.outcome = 'hotel' AND NOT EXISTS (
  SELECT 1 FROM hotel_stays s WHERE s.returnee_id = r.id
    AND s.started_at >= (SELECT max(d.at) FROM returnee_decisions d WHERE d.returnee_id = r.id)))`;

/** A fever alert of the rounds nobody has acted on (shared/fever-alerts.ts), written out by hand. */
const OPEN_ALERT = `c.alert
  AND NOT EXISTS (SELECT 1 FROM medical_requests m WHERE m.check_id = c.id AND m.action IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM care_events e WHERE c.hotel_contact_id IS NOT NULL
    AND e.contact_id = c.hotel_contact_id AND e.kind = 'fever_handled')`;

export type OverviewArg = 'today' | 'elderly' | 'child' | 'staleCut' | 'minute';
type Count = { sql: string; args: OverviewArg[] };
const count = (sql: string, ...args: OverviewArg[]): Count => ({ sql, args });
const occupancy = (k: string) => count(`SELECT count(*) AS n FROM households WHERE occupancy = '${k}'`);

/** Every count of `overview.get`'s `counts`, by its key. */
export const OVERVIEW_COUNTS: Record<string, Count> = {
  buildings: count('SELECT count(*) AS n FROM buildings'),
  households: occupancy('occupied'),
  vacantRooms: occupancy('vacant'),
  unknownRooms: occupancy('unknown'),
  residents: count('SELECT count(*) AS n FROM residents'),
  elderly: count('SELECT count(*) AS n FROM residents WHERE birth_date <= ?', 'elderly'),
  children: count(
    'SELECT count(*) AS n FROM residents WHERE birth_date > ? AND birth_date <= ?',
    'child',
    'today',
  ),
  notVisited: count("SELECT count(*) AS n FROM households WHERE reg_status = 'not_visited'"),
  inHotel: count('SELECT count(*) AS n FROM hotel_stays WHERE ended_at IS NULL'),
  notContactedToday: count(
    `SELECT count(*) AS n FROM hotel_stays s WHERE s.ended_at IS NULL AND NOT EXISTS (
      SELECT 1 FROM hotel_contacts c WHERE c.returnee_id = s.returnee_id AND c.day = ? AND c.reached = 1)`,
    'today',
  ),
  undecidedReturnees: count('SELECT count(*) AS n FROM returnees WHERE outcome IS NULL'),
  awaitingPlacement: count(`SELECT count(*) AS n FROM returnees r WHERE ${AWAITING}`),
  errandsOpen: count('SELECT count(*) AS n FROM errands WHERE open = 1'),
  errandsStale: count('SELECT count(*) AS n FROM errands WHERE open = 1 AND state_since <= ?', 'staleCut'),
  feverAlerts: count(
    `SELECT count(*) AS n FROM health_checks c JOIN health_episodes x ON x.id = c.episode_id
     WHERE ${OPEN_ALERT} AND c.hotel_contact_id IS NOT NULL AND x.returnee_id IS NOT NULL`,
  ),
  healthFevers: count(`SELECT count(*) AS n FROM health_checks c WHERE ${OPEN_ALERT}`),
  roundDue: count('SELECT count(*) AS n FROM health_slots WHERE day = ? AND starts <= ?', 'today', 'minute'),
  roundDone: count(
    "SELECT count(*) AS n FROM health_slots WHERE day = ? AND starts <= ? AND state <> 'due'",
    'today',
    'minute',
  ),
};

/** The arguments' values at `now` (the stale cut needs the compound's limit, read by the caller). */
export function overviewArgs(now: Date, staleMinutes: number): Record<OverviewArg, string | number> {
  const today = dayOf(now);
  const local = new Date(now.getTime() + 8 * 3600 * 1000);
  return {
    today,
    elderly: bornOnOrBefore(today, ELDERLY_AGE),
    child: bornOnOrBefore(today, CHILD_AGE),
    staleCut: new Date(now.getTime() - staleMinutes * 60_000).toISOString(),
    minute: local.getUTCHours() * 60 + local.getUTCMinutes(),
  };
}

export const STALE_MINUTES_SQL = 'SELECT errand_stale_minutes AS m FROM compound WHERE id = 1';
