import { describe, expect, it } from 'vitest';
import {
  admitLookup,
  counterFor,
  FULL_ID_LOOKUPS,
  LookupCounter,
  waitText,
} from '../../electron/api/residents/lookup-limit';

const T0 = Date.parse('2026-11-28T02:00:00.000Z');
const MIN = 60_000;

describe('full-ID look-up limit', () => {
  it('admits 30 look-ups in 10 minutes, refuses the 31st with the time to wait', () => {
    let recent: number[] = [];
    for (let i = 0; i < 30; i++) {
      const r = admitLookup(recent, T0 + i * 1000);
      expect(r.answer).toEqual({ code: 'ok', left: 29 - i });
      recent = r.recent;
    }
    const refused = admitLookup(recent, T0 + 30_000);
    expect(refused.answer).toEqual({ code: 'rate_limited', waitSeconds: 570, limit: 30, windowMinutes: 10 });
    // A refusal is not counted: the wait does not grow while someone keeps trying.
    expect(refused.recent).toHaveLength(30);
    expect(admitLookup(refused.recent, T0 + 5 * MIN).answer).toMatchObject({ waitSeconds: 300 });
  });

  it('is a sliding window: the oldest look-up leaving the window frees one place', () => {
    const recent = Array.from({ length: 30 }, (_, i) => T0 + (i * MIN) / 3);
    expect(admitLookup(recent, T0 + 10 * MIN - 1).answer.code).toBe('rate_limited');
    const next = admitLookup(recent, T0 + 10 * MIN);
    expect(next.answer).toEqual({ code: 'ok', left: 0 });
    expect(next.recent).toHaveLength(30);
    expect(admitLookup(next.recent, T0 + 10 * MIN + 1).answer).toMatchObject({
      code: 'rate_limited',
      waitSeconds: 20,
    });
  });

  it('counts per operator and per database, with the clock it is given', () => {
    const counter = new LookupCounter({ limit: 2, windowMs: MIN });
    const at = (ms: number) => new Date(T0 + ms);
    expect(counter.take(1, at(0)).code).toBe('ok');
    expect(counter.take(1, at(1)).code).toBe('ok');
    expect(counter.take(1, at(2))).toEqual({
      code: 'rate_limited',
      waitSeconds: 60,
      limit: 2,
      windowMinutes: 1,
    });
    expect(counter.take(2, at(3)).code).toBe('ok');
    expect(counter.take(null, at(3)).code).toBe('ok');
    expect(counter.take(1, at(MIN)).code).toBe('ok');

    const a = {};
    const b = {};
    expect(counterFor(a)).toBe(counterFor(a));
    expect(counterFor(a)).not.toBe(counterFor(b));
    expect(FULL_ID_LOOKUPS).toEqual({ limit: 30, windowMs: 10 * MIN });
  });

  it("takes a batch all or none (an import preview's rows on someone else), waiting until it fits", () => {
    const rule = { limit: 5, windowMs: 60_000 };
    let recent: number[] = [];
    const take = (now: number, count: number) => {
      const r = admitLookup(recent, now, rule, count);
      recent = r.recent;
      return r.answer;
    };
    expect(take(0, 2)).toEqual({ code: 'ok', left: 3 });
    expect(take(10_000, 2)).toEqual({ code: 'ok', left: 1 });
    // Three more do not fit; none is taken, and the wait is until the first two have left the window.
    expect(take(20_000, 3)).toEqual({ code: 'rate_limited', waitSeconds: 40, limit: 5, windowMinutes: 1 });
    expect(recent).toHaveLength(4);
    expect(take(20_000, 1)).toEqual({ code: 'ok', left: 0 });
    // Larger than the limit: never fits, whatever one waits.
    expect(take(500_000, 6)).toMatchObject({ code: 'rate_limited', waitSeconds: 60 });
    expect(take(500_000, 5)).toEqual({ code: 'ok', left: 0 });
  });

  it('words the wait in minutes or seconds', () => {
    expect(waitText(570)).toBe('10 分钟');
    expect(waitText(61)).toBe('2 分钟');
    expect(waitText(60)).toBe('1 分钟');
    expect(waitText(20)).toBe('20 秒');
  });
});
