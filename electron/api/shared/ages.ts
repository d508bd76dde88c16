/**
 * How many residents are elderly (65 and over) and children (under 14) on a day, from the birth-month
 * counters (`resident_birth_months`, kept by triggers, migration 0026) and one month of
 * `residents_birth_idx` for each boundary, not from ranges of 300,000 index entries (issue 11: the
 * first count after a start reads every page of its range).
 *
 * Exact, for any text in `birth_date`: a date whose first seven characters sort before a day's
 * month sorts before the day; one whose first seven characters are that month sorts between the
 * month ('YYYY-MM') and the day when it is on or before the day; every other date sorts after it.
 */
import { type SQL, sql } from 'drizzle-orm';
import { bornOnOrBefore, CHILD_AGE, ELDERLY_AGE } from '../residents/rules';

/** Residents born on or before `day` ('YYYY-MM-DD'). */
function bornBy(day: string): SQL {
  const month = day.slice(0, 7);
  return sql`((SELECT coalesce(sum(residents), 0) FROM resident_birth_months WHERE month < ${month})
    + (SELECT count(*) FROM residents WHERE birth_date >= ${month} AND birth_date <= ${day}))`;
}

/** The two counts as SQL expressions for a SELECT: elderly, children (born after 14 years ago, not in the future). */
export function ageCounts(today: string): { elderly: SQL; children: SQL } {
  return {
    elderly: bornBy(bornOnOrBefore(today, ELDERLY_AGE)),
    children: sql`(${bornBy(today)} - ${bornBy(bornOnOrBefore(today, CHILD_AGE))})`,
  };
}
