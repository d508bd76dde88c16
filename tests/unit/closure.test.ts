import { describe, expect, it } from 'vitest';
import { closureDay } from '../../electron/api/compound/rules';
import {
  addDays,
  dayOf,
  dayStartUtc,
  daysBetween,
  formatInstant,
  isValidDay,
} from '../../electron/api/shared/dates';

const p = (over: Partial<Parameters<typeof closureDay>[0]> = {}) => ({
  closureStart: '2026-11-22',
  plannedDays: 14,
  status: 'closed' as const,
  liftedOn: null,
  ...over,
});

describe('closureDay', () => {
  it('counts the start day as day 1', () => {
    expect(closureDay(p(), '2026-11-22')).toEqual({ state: 'in_progress', day: 1, of: 14 });
    expect(closureDay(p(), '2026-11-28')).toEqual({ state: 'in_progress', day: 7, of: 14 });
    expect(closureDay(p(), '2026-12-05')).toEqual({ state: 'in_progress', day: 14, of: 14 });
  });
  it('says overdue past the planned days, not started before the start, not set without one', () => {
    expect(closureDay(p(), '2026-12-06')).toEqual({ state: 'overdue', day: 15, of: 14 });
    expect(closureDay(p(), '2026-11-21')).toEqual({ state: 'not_started', day: null, of: 14 });
    expect(closureDay(p({ closureStart: null }), '2026-11-28')).toEqual({
      state: 'not_set',
      day: null,
      of: 14,
    });
  });
  it('counts the days closed once lifted', () => {
    expect(closureDay(p({ status: 'lifted', liftedOn: '2026-12-01' }), '2026-12-20')).toEqual({
      state: 'lifted',
      day: 10,
      of: 14,
    });
  });
});

describe('post days (Asia/Shanghai)', () => {
  it('maps instants to the post day across midnight', () => {
    expect(dayOf(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(dayOf(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
    expect(dayStartUtc('2026-11-29')).toBe('2026-11-28T16:00:00.000Z');
    expect(formatInstant('2026-11-28T16:05:00.000Z')).toBe('2026-11-29 00:05');
  });
  it('does day arithmetic and validation', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2026-2-3')).toBe(false);
  });
});
