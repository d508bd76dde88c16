import { describe, expect, it } from 'vitest';
import {
  balanceFlag,
  checkReverse,
  checkShort,
  countDifference,
  countNeedsReason,
  daysOfCover,
  levelFlags,
  pickFefo,
} from '../../electron/api/stock/rules';

const TODAY = '2026-11-28';

describe('FEFO lot choice', () => {
  const lots = [
    { lotId: 'never', expiresOn: null, qty: 100 },
    { lotId: 'late', expiresOn: '2027-03-01', qty: 10 },
    { lotId: 'soon', expiresOn: '2026-12-01', qty: 5 },
    { lotId: 'expired', expiresOn: '2026-11-27', qty: 50 },
    { lotId: 'empty', expiresOn: '2026-11-29', qty: 0 },
  ];

  it('takes the earliest expiry first, then the next, lots that never expire last', () => {
    expect(pickFefo(lots, 3, TODAY)).toEqual({ picks: [{ lotId: 'soon', qty: 3 }], short: 0 });
    expect(pickFefo(lots, 20, TODAY)).toEqual({
      picks: [
        { lotId: 'soon', qty: 5 },
        { lotId: 'late', qty: 10 },
        { lotId: 'never', qty: 5 },
      ],
      short: 0,
    });
  });

  it('skips expired lots (expiring today still counts) unless asked, and empty ones always', () => {
    expect(pickFefo(lots, 1, TODAY, true).picks).toEqual([{ lotId: 'expired', qty: 1 }]);
    expect(pickFefo([{ lotId: 'today', expiresOn: TODAY, qty: 2 }], 1, TODAY).picks).toEqual([
      { lotId: 'today', qty: 1 },
    ]);
    expect(pickFefo(lots, 200, TODAY).picks.map((p) => p.lotId)).not.toContain('expired');
  });

  it('says what the lots could not cover', () => {
    expect(pickFefo(lots, 120, TODAY)).toMatchObject({ short: 5 });
    expect(pickFefo([], 4, TODAY)).toEqual({ picks: [], short: 4 });
    expect(pickFefo([{ lotId: 'neg', expiresOn: null, qty: -3 }], 4, TODAY)).toEqual({ picks: [], short: 4 });
  });

  it('breaks equal expiries by lot id, so the choice is stable', () => {
    const same = [
      { lotId: 'b', expiresOn: '2026-12-01', qty: 1 },
      { lotId: 'a', expiresOn: '2026-12-01', qty: 1 },
    ];
    expect(pickFefo(same, 1, TODAY).picks).toEqual([{ lotId: 'a', qty: 1 }]);
  });
});

describe('days of cover', () => {
  it('divides on hand by the average daily issue over the last 7 days', () => {
    expect(daysOfCover({ onHand: 700, issuedLastWeek: 700, dailyNorm: 1, people: 1000 })).toBe(7);
    expect(daysOfCover({ onHand: 100, issuedLastWeek: 30, dailyNorm: null, people: 0 })).toBe(23.3);
  });

  it('with no issues yet, divides by the daily norm times the people', () => {
    expect(daysOfCover({ onHand: 600, issuedLastWeek: 0, dailyNorm: 1, people: 200 })).toBe(3);
    expect(daysOfCover({ onHand: 100, issuedLastWeek: 0, dailyNorm: 0.5, people: 30 })).toBe(6.6);
  });

  it('is null when neither history nor a norm says anything', () => {
    expect(daysOfCover({ onHand: 100, issuedLastWeek: 0, dailyNorm: null, people: 200 })).toBeNull();
    expect(daysOfCover({ onHand: 100, issuedLastWeek: 0, dailyNorm: 1, people: 0 })).toBeNull();
  });

  it('nothing on hand, or less than nothing, lasts 0 days', () => {
    expect(daysOfCover({ onHand: 0, issuedLastWeek: 7, dailyNorm: null, people: 0 })).toBe(0);
    expect(daysOfCover({ onHand: -5, issuedLastWeek: 7, dailyNorm: null, people: 0 })).toBe(0);
  });
});

describe('counts', () => {
  it('the difference is what was counted less what the books said', () => {
    expect(countDifference(50, 48)).toBe(-2);
    expect(countDifference(-3, 0)).toBe(3);
    expect(countDifference(7, 7)).toBe(0);
  });

  it('a count with any difference needs a reason', () => {
    expect(countNeedsReason([0, 0])).toBe(false);
    expect(countNeedsReason([0, -2])).toBe(true);
  });
});

describe('reversal', () => {
  it('a reversal of a reversal is refused, and a movement is reversed once', () => {
    expect(checkReverse({ kind: 'reversal', reversedBy: null })).toEqual({ code: 'stock_reverse_reversal' });
    expect(checkReverse({ kind: 'issue', reversedBy: 'x' })).toEqual({ code: 'stock_already_reversed' });
    expect(checkReverse({ kind: 'receive', reversedBy: null })).toBeNull();
  });
});

describe('short take-outs and flags', () => {
  const what = { item: '口罩', unit: '个', place: '', placeKind: 'store' };
  it('taking more than the books hold is refused without a reason, with the numbers', () => {
    expect(checkShort(10, 10, undefined, what)).toBeNull();
    expect(checkShort(10, 11, undefined, what)).toEqual({
      code: 'stock_short',
      params: { ...what, onHand: 10, asked: 11 },
    });
    expect(checkShort(10, 11, '  ', what)?.code).toBe('stock_short');
    expect(checkShort(10, 11, '先发后补登', what)).toBeNull();
  });

  it('a balance below zero is flagged count_needed, never clamped', () => {
    expect(balanceFlag(-1)).toEqual({ code: 'count_needed' });
    expect(balanceFlag(0)).toBeNull();
    expect(levelFlags(-2, 10, 50).map((f) => f.code)).toEqual([
      'count_needed',
      'below_minimum',
      'below_reorder',
    ]);
    expect(levelFlags(30, 10, 50)).toEqual([{ code: 'below_reorder', params: { level: 50 } }]);
    expect(levelFlags(30, 0, 0)).toEqual([]);
  });
});
