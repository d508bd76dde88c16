import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';

/**
 * The residents not in the compound, by where they are (in a hotel, in hospital, away, awaiting a
 * room): a few rows of `residents_away_idx`. That index is partial, and SQLite uses it only for a
 * query that says `presence <> 'in_compound'` itself: `presence = 'in_hotel'` alone scans every
 * resident (60 ms at 100,000 households). The dashboard, the registry's figures and the daily report.
 */
export function awayByPresence(db: ReadDb): Map<string, number> {
  const rows = db.all<{ presence: string; n: number }>(
    sql`SELECT presence, count(*) AS n FROM residents WHERE presence <> 'in_compound' GROUP BY presence`,
  );
  return new Map(rows.map((r) => [r.presence, r.n]));
}
