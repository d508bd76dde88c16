import { describe, expect, it } from 'vitest';
import { callTimeProblem, releaseCheck } from '../../electron/api/hotels/care-rules';

describe('release is a decision', () => {
  const base = {
    to: 'home' as const,
    sealed: false,
    today: '2026-11-28',
    plannedEnd: '2026-11-28',
    commander: false,
    overrideReason: '',
  };
  it('lets a guest go home on the planned end once the compound is lifted', () => {
    expect(releaseCheck(base)).toEqual({ ok: true, override: null });
  });
  it('refuses home while sealed, or before the planned end, asking for the override on its field', () => {
    expect(releaseCheck({ ...base, sealed: true })).toEqual({
      ok: false,
      refusal: { code: 'release_home_sealed', params: { plannedEnd: '2026-11-28' } },
      field: 'overrideReason',
      error: 'CONFLICT',
    });
    expect(releaseCheck({ ...base, plannedEnd: '2026-12-06' })).toMatchObject({
      ok: false,
      refusal: { code: 'release_before_end', params: { plannedEnd: '2026-12-06' } },
    });
  });
  it('takes an override only from a commander, and only with a reason', () => {
    const held = { ...base, sealed: true, plannedEnd: '2026-12-06' };
    expect(releaseCheck({ ...held, overrideReason: '出院证明', commander: false })).toEqual({
      ok: false,
      refusal: { code: 'override_commander_only', params: { hold: 'release_home_sealed' } },
      field: 'overrideReason',
      error: 'FORBIDDEN',
    });
    expect(releaseCheck({ ...held, overrideReason: '  ', commander: true })).toMatchObject({ ok: false });
    expect(releaseCheck({ ...held, overrideReason: '出院证明', commander: true })).toEqual({
      ok: true,
      override: { code: 'release_home_sealed', params: { plannedEnd: '2026-12-06' } },
    });
  });
  it('never holds back a guest going to hospital or elsewhere', () => {
    for (const to of ['hospital', 'elsewhere'] as const)
      expect(releaseCheck({ ...base, to, sealed: true, plannedEnd: '2026-12-06' })).toEqual({
        ok: true,
        override: null,
      });
  });
});

describe('a call can be logged for an earlier time', () => {
  // 2026-11-28 10:00 at the post.
  const now = new Date('2026-11-28T02:00:00.000Z');
  it('today and yesterday at the post, not later than now, not the day before yesterday', () => {
    expect(callTimeProblem(now, now)).toBeNull();
    expect(callTimeProblem(new Date('2026-11-27T16:00:00.000Z'), now)).toBeNull(); // today 00:00
    expect(callTimeProblem(new Date('2026-11-26T16:00:00.000Z'), now)).toBeNull(); // yesterday 00:00
    expect(callTimeProblem(new Date('2026-11-26T15:59:00.000Z'), now)).toEqual({ code: 'call_too_old' });
    expect(callTimeProblem(new Date('2026-11-28T02:01:00.000Z'), now)).toEqual({ code: 'call_in_future' });
  });
});
