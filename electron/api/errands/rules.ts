/**
 * The decisions of errands (issue 13), pure: which step may follow which state, how old a state is
 * and its colour, and which runner a new request goes to. Tested in tests/unit/errands-rules.test.ts.
 */
import type { ERRAND_STATES } from '../../../db/schema/enums';
import { formatInstant } from '../shared/dates';
import type { Reason } from '../shared/reason';
import type { ERRAND_STEPS, STALE_LEVELS } from './contract';

export type ErrandState = (typeof ERRAND_STATES)[number];
export type ErrandStep = (typeof ERRAND_STEPS)[number];
/** What can happen to an errand: a step, or (re)assigning it to a runner. */
export type Move = ErrandStep | 'assigned';
export type StaleLevel = (typeof STALE_LEVELS)[number];

/** An errand is closed once confirmed by the household, cancelled, or found to be a duplicate. */
export const CLOSED_STATES: readonly ErrandState[] = ['confirmed', 'cancelled', 'duplicate'];
export const isOpen = (s: ErrandState) => !CLOSED_STATES.includes(s);

/**
 * Where each state may go. A runner is assigned (or another one) until the goods are handed over;
 * `bought` needs a runner; `delivered` follows a purchase, or an assignment alone (a parcel from the
 * gate, lines met from the store); `no_answer` (call back later) resumes where it stopped; only a
 * delivery is confirmed; nothing leaves a closed state; a duplicate is found before money is spent.
 */
export const TRANSITIONS: Record<ErrandState, readonly Move[]> = {
  new: ['assigned', 'cancelled', 'no_answer', 'duplicate'],
  assigned: ['assigned', 'bought', 'delivered', 'cancelled', 'no_answer', 'duplicate'],
  bought: ['assigned', 'delivered', 'cancelled', 'no_answer'],
  no_answer: ['assigned', 'bought', 'delivered', 'cancelled', 'no_answer', 'duplicate'],
  delivered: ['confirmed'],
  confirmed: [],
  cancelled: [],
  duplicate: [],
};

/** May this errand take this move? `null` when it may; else the reason, with both states. */
export function checkMove(state: ErrandState, move: Move, runnerId: number | null): Reason | null {
  if (!TRANSITIONS[state].includes(move))
    return { code: 'errand_step_illegal', params: { fromState: state, toState: move } };
  if ((move === 'bought' || move === 'delivered') && runnerId === null) return { code: 'errand_no_runner' };
  return null;
}

/**
 * A step names the state its caller saw (`from`): when the errand has moved on since (another
 * operator, a second tap), the step is stale and refused — so two taps leave one step.
 */
export function checkSeen(
  seen: ErrandState,
  now: { state: ErrandState; by: string; at: string },
): Reason | null {
  return seen === now.state
    ? null
    : { code: 'errand_moved_on', params: { fromState: seen, state: now.state, by: now.by, at: now.at } };
}

/**
 * May this delivery be undone now? Only the latest step, a delivery (a confirmed one is the
 * household's word), and only until `until` — the end of the runner's shift it was made in (or of its
 * day at the post when the runner was on no shift).
 */
export function checkUndo(state: ErrandState, now: string, until: string): Reason | null {
  if (state !== 'delivered') return { code: 'errand_undo_not_delivered', params: { state } };
  if (now >= until) return { code: 'errand_undo_too_late', params: { until: formatInstant(until) } };
  return null;
}

const MINUTE = 60_000;

/** Whole minutes an errand has been in its state at `now` (0 for a state dated later than now). */
export const ageMinutes = (since: string, now: string) =>
  Math.max(0, Math.floor((Date.parse(now) - Date.parse(since)) / MINUTE));

export type AgeLimits = { agingMinutes: number; staleMinutes: number };

/** Fresh under the first limit, aging under the second, stale from it on. */
export function staleLevel(age: number, limits: AgeLimits): StaleLevel {
  if (age < limits.agingMinutes) return 'fresh';
  if (age < limits.staleMinutes) return 'aging';
  return 'stale';
}

/** The instants before which a state is aging, and stale (for an indexed range on state_since). */
export function ageCuts(now: string, limits: AgeLimits) {
  const t = Date.parse(now);
  return {
    aging: new Date(t - limits.agingMinutes * MINUTE).toISOString(),
    stale: new Date(t - limits.staleMinutes * MINUTE).toISOString(),
  };
}

/** A runner who covers the household's building, as routing sees them. */
export type Candidate = { id: number; name: string; onDuty: boolean; openErrands: number };

/**
 * Who a new request goes to: among the runners who cover the building and are on duty now, the one
 * with the fewest open errands (ties to the lower id); nobody on duty — the errand stays `new`.
 */
export function route(candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    if (!c.onDuty) continue;
    if (!best || c.openErrands < best.openErrands || (c.openErrands === best.openErrands && c.id < best.id))
      best = c;
  }
  return best;
}

/** The short number as said on the phone and printed on the slip: E-0042. */
export const errandNo = (no: number) => `E-${String(no).padStart(4, '0')}`;

/** Fen as yuan for a parameter (data, not words): 1250 → "12.50", −300 → "-3.00". */
export const yuan = (fen: number) => (fen / 100).toFixed(2);
