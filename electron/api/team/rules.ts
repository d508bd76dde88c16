/**
 * Decisions of the team area (issue 9), pure: no database, no clock of their own (the caller passes
 * `now` in milliseconds from ctx.now()). They answer codes with parameters; the screen words them.
 */
import type { TeamRole } from '../../../db/schema/enums';

/** Five wrong PINs in a row lock that person for a minute. */
export type PinRule = { maxFailures: number; lockMs: number };
export const PIN_LOCK: PinRule = { maxFailures: 5, lockMs: 60_000 };

/** One person's wrong PINs since the last right one, and until when they are locked out. */
export type PinState = { failures: number; lockedUntil: number | null };
export const NO_FAILURES: PinState = { failures: 0, lockedUntil: null };

export type PinAnswer =
  | { code: 'ok' }
  | { code: 'wrong_pin'; left: number }
  | { code: 'locked'; waitSeconds: number };

/** Before a PIN is even looked at: is this person locked out at `now`? A lock that ran out is forgotten. */
export function pinGate(state: PinState, now: number): { answer: PinAnswer; state: PinState } {
  if (state.lockedUntil !== null && now < state.lockedUntil) {
    return {
      answer: { code: 'locked', waitSeconds: Math.max(1, Math.ceil((state.lockedUntil - now) / 1000)) },
      state,
    };
  }
  return { answer: { code: 'ok' }, state: state.lockedUntil === null ? state : NO_FAILURES };
}

/**
 * The answer to one attempt that was allowed (see pinGate) and whether its PIN was right. A right PIN
 * clears the count; the wrong one that makes `maxFailures` locks for `lockMs`.
 */
export function afterPinAttempt(
  state: PinState,
  now: number,
  correct: boolean,
  rule: PinRule = PIN_LOCK,
): { answer: PinAnswer; state: PinState } {
  if (correct) return { answer: { code: 'ok' }, state: NO_FAILURES };
  const failures = state.failures + 1;
  if (failures >= rule.maxFailures) {
    return {
      answer: { code: 'locked', waitSeconds: Math.ceil(rule.lockMs / 1000) },
      state: { failures, lockedUntil: now + rule.lockMs },
    };
  }
  return {
    answer: { code: 'wrong_pin', left: rule.maxFailures - failures },
    state: { failures, lockedUntil: null },
  };
}

/** A session dies after this long without a request. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;

/** Is a session last used at `lastSeen` still alive at `now`? */
export function sessionAlive(lastSeen: number, now: number, idleMs = SESSION_IDLE_MS): boolean {
  return now - lastSeen <= idleMs;
}

/** 指挥长 and 副指挥长: may reset anyone's PIN and give or take the commanders' roles. */
export const COMMAND_ROLES: readonly TeamRole[] = ['commander', 'deputy_commander'];
export const commands = (role: TeamRole | null | undefined): boolean =>
  role !== null && role !== undefined && COMMAND_ROLES.includes(role);

export type TeamRefusal =
  | { code: 'not_commander' }
  | { code: 'command_role'; role: TeamRole }
  | { code: 'sign_in_first' }
  | { code: 'own_pin_only' }
  | { code: 'old_pin_needed' };

/**
 * May the caller (the operator on duty; null when nobody is, which a post without PINs allows for
 * the first person) save a member with role `next` (`before`: the stored role, null for a new one)?
 */
export function maySaveMember(
  caller: TeamRole | null,
  pinsInUse: boolean,
  isNew: boolean,
  before: TeamRole | null,
  next: TeamRole,
): TeamRefusal | null {
  if (caller === null) return pinsInUse || !isNew ? { code: 'sign_in_first' } : null;
  const touchesCommand = commands(next) || commands(before);
  if (touchesCommand && before !== next && !commands(caller)) return { code: 'command_role', role: next };
  return null;
}

/** Setting one's own PIN (needs the old one when there is one) or a commander's reset of anyone's. */
export function mayChangePin(
  caller: { id: number; role: TeamRole } | null,
  memberId: number,
  kind: 'own' | 'reset',
  hasPin: boolean,
  oldPinGiven: boolean,
): TeamRefusal | null {
  if (!caller) return { code: 'sign_in_first' };
  if (kind === 'reset') return commands(caller.role) ? null : { code: 'not_commander' };
  if (caller.id !== memberId) return { code: 'own_pin_only' };
  if (hasPin && !oldPinGiven) return { code: 'old_pin_needed' };
  return null;
}
