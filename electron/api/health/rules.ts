/**
 * The decisions of the temperature rounds (issue 14), pure: when a slot is due, what a reading means
 * (the fever rule and its recheck), missed and not seen, "day X of N". Nothing here closes or
 * extends an episode: closing is always a person's step with a reason.
 */
import type { CHECK_RESULTS, CHECK_VIA, SLOT_STATES } from '../../../db/schema/enums';
import { addDays, daysBetween } from '../shared/dates';
import { isFever } from '../shared/health-rules';

export type CheckResult = (typeof CHECK_RESULTS)[number];
export type SlotState = (typeof SLOT_STATES)[number];
export type Via = (typeof CHECK_VIA)[number];

/**
 * The windows of the day's slots, in minutes after the post's midnight, by checks a day: a slot is
 * due from its start; past its end with no check it is missed. Two a day: morning 07:00–13:00,
 * afternoon 13:00–20:00 (at 10:00 the doctor sees who has not been checked this morning).
 */
export const SLOT_WINDOWS: Record<number, readonly (readonly [number, number])[]> = {
  1: [[8 * 60, 20 * 60]],
  2: [
    [7 * 60, 13 * 60],
    [13 * 60, 20 * 60],
  ],
  3: [
    [7 * 60, 11 * 60],
    [11 * 60, 16 * 60],
    [16 * 60, 21 * 60],
  ],
  4: [
    [6 * 60, 10 * 60],
    [10 * 60, 14 * 60],
    [14 * 60, 18 * 60],
    [18 * 60, 22 * 60],
  ],
};

export const windowsOf = (checksPerDay: number) => SLOT_WINDOWS[checksPerDay] ?? SLOT_WINDOWS[2] ?? [];

/** Where the clock stands at the post: its day and the minutes since its midnight. */
export type PostClock = { day: string; minute: number };

/** A day number (days since 1970-01-01): slot positions compare across days. */
export const dayNumber = (day: string): number => daysBetween('1970-01-01', day);

/** A slot's position among all slots of its rhythm: day number × checks a day + slot. */
export const slotPos = (day: string, slot: number, checksPerDay: number): number =>
  dayNumber(day) * checksPerDay + slot;

/** The position just before an episode's first slot (nothing read yet). */
export const beforeFirstPos = (fromDay: string, checksPerDay: number): number =>
  slotPos(fromDay, 0, checksPerDay) - 1;

/** Has the slot's window started / ended at this clock? */
export function slotStarted(day: string, slot: number, checksPerDay: number, now: PostClock): boolean {
  if (day !== now.day) return day < now.day;
  return (windowsOf(checksPerDay)[slot]?.[0] ?? 0) <= now.minute;
}
export function slotEnded(day: string, slot: number, checksPerDay: number, now: PostClock): boolean {
  if (day !== now.day) return day < now.day;
  return (windowsOf(checksPerDay)[slot]?.[1] ?? 24 * 60) <= now.minute;
}

/** The position of the latest slot whose window has ended at this clock (missed if unread). */
export function lastEndedPos(checksPerDay: number, now: PostClock): number {
  const ended = windowsOf(checksPerDay).filter(([, end]) => end <= now.minute).length;
  return dayNumber(now.day) * checksPerDay + ended - 1;
}

/**
 * Which slots of a day an episode gets: none when it is closed, or the day lies outside its planned
 * days (it never extends by itself), else one per check of the day.
 */
export function slotsForDay(
  e: { fromDay: string; toDay: string; checksPerDay: number; closedAt: string | null },
  day: string,
): number[] {
  if (e.closedAt !== null || day < e.fromDay || day > e.toDay) return [];
  return Array.from({ length: e.checksPerDay }, (_, i) => i);
}

/** A slot as the grid shows it: its latest check's result, else missed once its window ended, else due. */
export function slotState(
  kept: 'due' | CheckResult,
  day: string,
  slot: number,
  checksPerDay: number,
  now: PostClock,
): SlotState {
  if (kept !== 'due') return kept;
  return slotEnded(day, slot, checksPerDay, now) ? 'missed' : 'due';
}

export type Reading = {
  temperature?: number | undefined;
  result?: 'not_reached' | 'refused' | undefined;
  recheck: boolean;
  via: Via;
};

export type Outcome = { result: CheckResult; recheckDue: boolean; alert: boolean };

/**
 * The fever rule. A reading at or above the threshold is abnormal and asks for a recheck after a
 * rest; a recheck at or above it raises a fever alert for the doctor (a recheck below it clears the
 * recheck: a normal reading). A guest's own reading reported on the hotel's daily call cannot be
 * rechecked after a rest by the caller: a high one raises the alert at once.
 */
export function judge(r: Reading, threshold: number): Outcome {
  if (r.temperature === undefined) {
    return { result: r.result ?? 'not_reached', recheckDue: false, alert: false };
  }
  const high = isFever(r.temperature, threshold);
  if (!high) return { result: 'normal', recheckDue: false, alert: false };
  const alert = r.recheck || r.via === 'hotel_call';
  return { result: 'abnormal', recheckDue: !alert, alert };
}

/** A reading of a slot counts as seen (someone saw the person): not for not reached or refused. */
export const isReading = (result: CheckResult): boolean => result === 'normal' || result === 'abnormal';

/**
 * Not seen: how many slots in a row, up to the latest ended one (and never past the planned last
 * day), have had no reading since the last one. Two or more is "not seen".
 */
export function slotsMissedInRow(
  e: { toDay: string; checksPerDay: number; lastReadPos: number },
  now: PostClock,
): number {
  const cap = slotPos(e.toDay, e.checksPerDay - 1, e.checksPerDay);
  return Math.max(0, Math.min(lastEndedPos(e.checksPerDay, now), cap) - e.lastReadPos);
}
export const NOT_SEEN_FROM = 2;

/**
 * "Day X of N": the day of the episode at `today` (1 on its first day), its planned days, and
 * overdue when it is still open past its last day — shown for the post to close, never closed.
 */
export function dayOfEpisode(
  e: { fromDay: string; toDay: string; closedAt: string | null },
  today: string,
): { dayNo: number; days: number; overdue: boolean } {
  return {
    dayNo: daysBetween(e.fromDay, today) + 1,
    days: daysBetween(e.fromDay, e.toDay) + 1,
    overdue: e.closedAt === null && today > e.toDay,
  };
}

/** The planned last day of an episode of `days` days from `fromDay`. */
export const lastDay = (fromDay: string, days: number): string => addDays(fromDay, days - 1);

/** Medicine delivered for `daysSupply` days on `day`: the next refill is due that many days later. */
export const nextRefill = (day: string, daysSupply: number | null | undefined): string | null =>
  daysSupply ? addDays(day, daysSupply) : null;
