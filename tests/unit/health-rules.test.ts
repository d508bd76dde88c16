import { describe, expect, it } from 'vitest';
import {
  beforeFirstPos,
  dayOfEpisode,
  judge,
  lastDay,
  lastEndedPos,
  nextRefill,
  slotPos,
  slotStarted,
  slotState,
  slotsForDay,
  slotsMissedInRow,
} from '../../electron/api/health/rules';

const at = (day: string, hhmm: string) => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return { day, minute: h * 60 + m };
};

describe('slot generation', () => {
  const e = { fromDay: '2026-11-28', toDay: lastDay('2026-11-28', 14), checksPerDay: 2, closedAt: null };
  it('makes one slot per check of each planned day, none before or after', () => {
    expect(e.toDay).toBe('2026-12-11');
    expect(slotsForDay(e, '2026-11-28')).toEqual([0, 1]);
    expect(slotsForDay(e, '2026-12-11')).toEqual([0, 1]);
    expect(slotsForDay(e, '2026-11-27')).toEqual([]);
    // Never extends by itself past its planned last day.
    expect(slotsForDay(e, '2026-12-12')).toEqual([]);
    expect(slotsForDay({ ...e, checksPerDay: 4 }, '2026-12-01')).toEqual([0, 1, 2, 3]);
  });
  it('makes no slot for a closed episode', () => {
    expect(slotsForDay({ ...e, closedAt: '2026-11-30T02:00:00.000Z' }, '2026-12-01')).toEqual([]);
  });
  it('positions slots across days in order', () => {
    expect(slotPos('2026-11-29', 0, 2)).toBe(slotPos('2026-11-28', 1, 2) + 1);
    expect(beforeFirstPos('2026-11-28', 2)).toBe(slotPos('2026-11-28', 0, 2) - 1);
  });
});

describe('the fever rule and its recheck', () => {
  it('a reading under the threshold is normal', () => {
    expect(judge({ temperature: 37.2, recheck: false, via: 'round' }, 37.3)).toEqual({
      result: 'normal',
      recheckDue: false,
      alert: false,
    });
  });
  it('a reading at the threshold is abnormal and asks for a recheck after a rest, no alert yet', () => {
    expect(judge({ temperature: 37.3, recheck: false, via: 'round' }, 37.3)).toEqual({
      result: 'abnormal',
      recheckDue: true,
      alert: false,
    });
  });
  it('a high recheck raises the fever alert; a recheck under it is normal', () => {
    expect(judge({ temperature: 37.8, recheck: true, via: 'round' }, 37.3)).toEqual({
      result: 'abnormal',
      recheckDue: false,
      alert: true,
    });
    expect(judge({ temperature: 37.1, recheck: true, via: 'round' }, 37.3).result).toBe('normal');
  });
  it('a high reading a hotel guest reports on the call raises the alert at once', () => {
    expect(judge({ temperature: 37.6, recheck: false, via: 'hotel_call' }, 37.3).alert).toBe(true);
  });
  it('no temperature: not reached or refused, never normal', () => {
    expect(judge({ result: 'refused', recheck: false, via: 'round' }, 37.3).result).toBe('refused');
    expect(judge({ recheck: false, via: 'household' }, 37.3).result).toBe('not_reached');
  });
  it('follows the compound threshold', () => {
    expect(judge({ temperature: 37.3, recheck: false, via: 'round' }, 37.5).result).toBe('normal');
  });
});

describe('missed and not seen', () => {
  it('a slot is due from its window, missed once it ended with no check', () => {
    expect(slotStarted('2026-11-28', 0, 2, at('2026-11-28', '06:59'))).toBe(false);
    expect(slotState('due', '2026-11-28', 0, 2, at('2026-11-28', '10:00'))).toBe('due');
    expect(slotState('due', '2026-11-28', 0, 2, at('2026-11-28', '13:00'))).toBe('missed');
    expect(slotState('due', '2026-11-27', 1, 2, at('2026-11-28', '06:00'))).toBe('missed');
    expect(slotState('normal', '2026-11-27', 1, 2, at('2026-11-28', '06:00'))).toBe('normal');
  });
  it('not seen counts the ended slots in a row since the last reading', () => {
    const e = { toDay: '2026-12-11', checksPerDay: 2, lastReadPos: slotPos('2026-11-27', 1, 2) };
    expect(slotsMissedInRow(e, at('2026-11-28', '10:00'))).toBe(0);
    expect(slotsMissedInRow(e, at('2026-11-28', '13:30'))).toBe(1);
    expect(slotsMissedInRow(e, at('2026-11-28', '20:00'))).toBe(2);
    expect(lastEndedPos(2, at('2026-11-28', '20:00'))).toBe(slotPos('2026-11-28', 1, 2));
  });
  it('a new episode is not "not seen" before its slots ended', () => {
    const e = { toDay: '2026-12-11', checksPerDay: 2, lastReadPos: beforeFirstPos('2026-11-28', 2) };
    expect(slotsMissedInRow(e, at('2026-11-28', '10:00'))).toBe(0);
    expect(slotsMissedInRow(e, at('2026-11-28', '20:00'))).toBe(2);
  });
  it('counts no slot past the planned last day (there is none)', () => {
    const e = { toDay: '2026-11-28', checksPerDay: 2, lastReadPos: slotPos('2026-11-28', 1, 2) };
    expect(slotsMissedInRow(e, at('2026-12-05', '20:00'))).toBe(0);
  });
});

describe('day X of N, and closing never automatic', () => {
  const e = { fromDay: '2026-11-28', toDay: '2026-12-11', closedAt: null };
  it('counts the days', () => {
    expect(dayOfEpisode(e, '2026-11-28')).toEqual({ dayNo: 1, days: 14, overdue: false });
    expect(dayOfEpisode(e, '2026-12-11')).toEqual({ dayNo: 14, days: 14, overdue: false });
  });
  it('past its last day an open episode is overdue, still open: never closed by the rule', () => {
    expect(dayOfEpisode(e, '2026-12-13')).toEqual({ dayNo: 16, days: 14, overdue: true });
    expect(dayOfEpisode({ ...e, closedAt: '2026-12-11T12:00:00.000Z' }, '2026-12-13').overdue).toBe(false);
  });
  it('the next refill of regular medicine', () => {
    expect(nextRefill('2026-11-28', 7)).toBe('2026-12-05');
    expect(nextRefill('2026-11-28', null)).toBe(null);
  });
});
