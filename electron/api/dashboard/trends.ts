import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { STOCK_TX_KINDS } from '../../../db/schema/enums';
import { addDays, daysBetween } from '../shared/dates';
import type { Dashboard } from './contract';

/** The trend lines cover the closure's days, at most this many (the last ones). */
export const TREND_MAX_DAYS = 60;
/** With no closure start set, the last two weeks. */
export const TREND_DEFAULT_DAYS = 14;

// The post's day of an ISO instant, in SQL (Asia/Shanghai has no summer time: +8 hours).
const postDay = (col: string) => sql.raw(`substr(datetime(${col}, '+8 hours'), 1, 10)`);

/**
 * Per day from the closure's start to today: people in hotels at the day's end (stays checked in by
 * then and not ended), abnormal readings (slots whose reading was abnormal), errands done (the
 * delivered steps), and the masks on hand at the day's end (today's on hand less what came in
 * since, plus what went out since).
 */
export function trends(
  db: ReadDb,
  today: string,
  closureStart: string | null,
  masksOnHand: { itemId: string; item: string; onHand: number } | null,
): Dashboard['trends'] {
  const earliest = addDays(today, -(TREND_MAX_DAYS - 1));
  const start =
    closureStart && closureStart <= today ? closureStart : addDays(today, -(TREND_DEFAULT_DAYS - 1));
  // YYYY-MM-DD sorts as text: the later of the two.
  const from = [start, earliest].sort()[1] ?? start;
  const days = Array.from({ length: daysBetween(from, today) + 1 }, (_, i) => addDays(from, i));
  const byDay = (rows: { day: string; n: number }[]) => new Map(rows.map((r) => [r.day, r.n]));
  // Stays are few (the hotels' beds): each day's count over the stays that touch the range.
  const stays = db.all<{ checkIn: string; endDay: string | null }>(sql`
    SELECT check_in AS checkIn, ${postDay('ended_at')} AS endDay FROM hotel_stays
    WHERE check_in <= ${today} AND (ended_at IS NULL OR ended_at >= ${from})`);
  // Each day by equality (health_slots_state_idx: day, state), not a range over every slot of the days.
  const abnormal = byDay(
    db.all(sql`SELECT day, count(*) AS n FROM health_slots
      WHERE day IN (SELECT value FROM json_each(${JSON.stringify(days)})) AND state = 'abnormal' GROUP BY day`),
  );
  // The delivered steps since the day before the first (errand_steps_state_at_idx: one range), but
  // those a later step undid (errands.undoDelivery).
  const done = byDay(
    db.all(sql`SELECT ${postDay('at')} AS day, count(*) AS n FROM errand_steps
      WHERE state = 'delivered' AND at >= ${addDays(from, -1)}
        AND NOT EXISTS (SELECT 1 FROM errand_steps u WHERE u.undoes = errand_steps.id) GROUP BY 1`),
  );
  const masks = masksOnHand ? maskLine(db, masksOnHand.itemId, masksOnHand.onHand, from, days) : null;
  return {
    from,
    maskItem: masksOnHand?.item ?? null,
    days: days.map((day, i) => ({
      day,
      inHotels: stays.filter((s) => s.checkIn <= day && (s.endDay === null || s.endDay > day)).length,
      abnormal: abnormal.get(day) ?? 0,
      errandsDone: done.get(day) ?? 0,
      masks: masks ? (masks[i] ?? null) : null,
    })),
  };
}

/**
 * The movements that change the total but are not issues (kept per day) or transfers (no change), as
 * a list of kinds: the plan walks stock_tx_kind_idx over the days, then each movement's lines, not
 * every line the item ever had (`+l.item_id` keeps the item's index out of it).
 */
const OTHER_KINDS = STOCK_TX_KINDS.filter((k) => k !== 'issue' && k !== 'transfer')
  .map((k) => `'${k}'`)
  .join(', ');

/**
 * On hand at each day's end, walking back from today: the issues per day come from the counter the
 * ledger keeps (stock_issue_days, reversals of issues already taken off); every other movement
 * (receipts, counts, adjustments, write-offs, reversals of those) from its lines. Transfers move
 * stock between places and leave the total alone.
 */
function maskLine(db: ReadDb, itemId: string, onHand: number, from: string, days: string[]): number[] {
  const issued = new Map(
    db
      .all<{ day: string; n: number }>(
        sql`SELECT day, qty AS n FROM stock_issue_days WHERE item_id = ${itemId} AND day > ${from}`,
      )
      .map((r) => [r.day, r.n]),
  );
  const other = new Map(
    db
      .all<{ day: string; n: number }>(sql`
        SELECT ${postDay('t.happened_at')} AS day, sum(l.qty) AS n
        FROM stock_tx t JOIN stock_lines l ON l.tx_id = t.id
        WHERE t.kind IN (${sql.raw(OTHER_KINDS)}) AND t.happened_at >= ${addDays(from, -1)} AND +l.item_id = ${itemId}
          AND NOT (t.kind = 'reversal' AND (SELECT o.kind FROM stock_tx o WHERE o.id = t.reverses) IN ('issue', 'transfer'))
        GROUP BY 1`)
      .map((r) => [r.day, r.n]),
  );
  const out: number[] = new Array(days.length).fill(0);
  let level = onHand;
  for (let i = days.length - 1; i >= 0; i--) {
    out[i] = level;
    const day = days[i] as string;
    // The level the day before: undo this day's movements.
    level = level - (other.get(day) ?? 0) + (issued.get(day) ?? 0);
  }
  return out;
}
