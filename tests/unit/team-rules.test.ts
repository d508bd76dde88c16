import { describe, expect, it } from 'vitest';
import { parseSessionToken } from '../../electron/api/meta';
import {
  afterPinAttempt,
  mayChangePin,
  maySaveMember,
  NO_FAILURES,
  PIN_LOCK,
  type PinState,
  pinGate,
  SESSION_IDLE_MS,
  sessionAlive,
} from '../../electron/api/team/rules';

/** Attempts at given instants (ms), each allowed or not by the gate first, as the handler runs them. */
function attempts(tries: { at: number; correct: boolean }[]) {
  let state: PinState = NO_FAILURES;
  return tries.map(({ at, correct }) => {
    const gate = pinGate(state, at);
    state = gate.state;
    if (gate.answer.code === 'locked') return gate.answer;
    const after = afterPinAttempt(state, at, correct);
    state = after.state;
    return after.answer;
  });
}

describe('the PIN lock-out rule', () => {
  it('counts down the tries, locks on the fifth wrong PIN for a minute, and forgets the lock after it', () => {
    const wrong = (at: number) => ({ at, correct: false });
    expect(
      attempts([wrong(0), wrong(1000), wrong(2000), wrong(3000), wrong(4000), { at: 5000, correct: true }]),
    ).toEqual([
      { code: 'wrong_pin', left: 4 },
      { code: 'wrong_pin', left: 3 },
      { code: 'wrong_pin', left: 2 },
      { code: 'wrong_pin', left: 1 },
      { code: 'locked', waitSeconds: 60 },
      { code: 'locked', waitSeconds: 59 },
    ]);
    const locked = afterPinAttempt({ failures: 4, lockedUntil: null }, 10_000, false).state;
    expect(locked).toEqual({ failures: 5, lockedUntil: 70_000 });
    expect(pinGate(locked, 69_999).answer).toEqual({ code: 'locked', waitSeconds: 1 });
    expect(pinGate(locked, 70_000)).toEqual({ answer: { code: 'ok' }, state: NO_FAILURES });
  });

  it('a right PIN clears the count; the rule can be tightened', () => {
    expect(afterPinAttempt({ failures: 3, lockedUntil: null }, 0, true)).toEqual({
      answer: { code: 'ok' },
      state: NO_FAILURES,
    });
    expect(afterPinAttempt(NO_FAILURES, 0, false, { maxFailures: 1, lockMs: 5000 }).answer).toEqual({
      code: 'locked',
      waitSeconds: 5,
    });
    expect(PIN_LOCK).toEqual({ maxFailures: 5, lockMs: 60_000 });
  });

  it('a session lives 12 hours after its last request', () => {
    expect(sessionAlive(0, SESSION_IDLE_MS)).toBe(true);
    expect(sessionAlive(0, SESSION_IDLE_MS + 1)).toBe(false);
  });
});

describe('who may change the team', () => {
  it('the first person is added from the start screen only while nobody has a PIN', () => {
    expect(maySaveMember(null, false, true, null, 'commander')).toBeNull();
    expect(maySaveMember(null, true, true, null, 'volunteer')).toEqual({ code: 'sign_in_first' });
    expect(maySaveMember(null, false, false, 'volunteer', 'volunteer')).toEqual({ code: 'sign_in_first' });
  });

  it('only a commander or deputy gives or takes the command roles', () => {
    expect(maySaveMember('volunteer', false, true, null, 'deputy_commander')).toEqual({
      code: 'command_role',
      role: 'deputy_commander',
    });
    expect(maySaveMember('volunteer', false, false, 'commander', 'volunteer')).toEqual({
      code: 'command_role',
      role: 'volunteer',
    });
    expect(maySaveMember('volunteer', false, false, 'commander', 'commander')).toBeNull();
    expect(maySaveMember('deputy_commander', true, true, null, 'commander')).toBeNull();
  });

  it('PINs: one’s own with the old one; anyone’s by a commander', () => {
    const cadre = { id: 2, role: 'community_cadre' as const };
    expect(mayChangePin(cadre, 2, 'own', false, false)).toBeNull();
    expect(mayChangePin(cadre, 2, 'own', true, false)).toEqual({ code: 'old_pin_needed' });
    expect(mayChangePin(cadre, 3, 'own', false, false)).toEqual({ code: 'own_pin_only' });
    expect(mayChangePin(cadre, 3, 'reset', true, false)).toEqual({ code: 'not_commander' });
    expect(mayChangePin({ id: 1, role: 'commander' }, 3, 'reset', true, false)).toBeNull();
    expect(mayChangePin(null, 3, 'own', false, false)).toEqual({ code: 'sign_in_first' });
  });
});

describe('the session token a transport hands over', () => {
  it('is exactly 43 characters of base64url, or no session at all', () => {
    const good = `${'A'.repeat(42)}_`;
    expect(parseSessionToken(good)).toBe(good);
    for (const bad of [undefined, null, 42, '', `${good}x`, `${'A'.repeat(42)}=`, ` ${good.slice(1)}`, ['x']])
      expect(parseSessionToken(bad)).toBeNull();
  });
});
