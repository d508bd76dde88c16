import { z } from 'zod';
import { isValidDay } from './dates';
import { msg } from './reason';

/**
 * Bounds every day and instant in the contract keeps: a date outside them is a typo or an attack,
 * and past JavaScript's last date (+275760) arithmetic on it throws.
 */
export const DAY_MIN = '1900-01-01';
export const DAY_MAX = '2100-12-31';
/** Days the post works on (rosters, hotel stays, gate logs): this century. */
export const POST_DAY_MIN = '2000-01-01';
export const POST_DAY_MAX = '2099-12-31';

/** A calendar day, YYYY-MM-DD, that exists (no Feb 30) and lies between `min` and `max`. */
export function dayBetween(min: string, max: string) {
  return z
    .string()
    .max(10, msg('bad_date'))
    .refine(isValidDay, { message: msg('bad_date'), abort: true })
    .refine((d) => d >= min && d <= max, { message: msg('date_out_of_range', { min, max }) });
}

/** Any day the app records (a birth date included). */
export const BoundedDay = dayBetween(DAY_MIN, DAY_MAX);
/** A day of the post's work. */
export const PostDay = dayBetween(POST_DAY_MIN, POST_DAY_MAX);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MIN = Date.parse('2000-01-01T00:00:00Z');
const INSTANT_MAX = Date.parse('2100-01-01T00:00:00Z');

/** An instant as ISO-8601 text with a zone (Z or ±hh:mm), 2000–2099, stored as UTC. */
export const BoundedInstant = z
  .string()
  .max(40, msg('bad_instant'))
  .refine((s) => ISO_INSTANT.test(s) && isValidDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), {
    message: msg('bad_instant'),
    abort: true,
  })
  .refine(
    (s) => {
      const at = Date.parse(s);
      return at >= INSTANT_MIN && at < INSTANT_MAX;
    },
    { message: msg('instant_out_of_range') },
  )
  .transform((s) => new Date(s).toISOString());
