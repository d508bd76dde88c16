import { describe, expect, it } from 'vitest';
import { type RoomInfo, suggestRooms } from '../../electron/api/hotels/rules';
import {
  type CheckInput,
  checkReturnee,
  decisionProblem,
  recommend,
} from '../../electron/api/returnees/rules';

const NOW = new Date('2026-11-28T02:00:00Z');
const TODAY = '2026-11-28';
const RULES = { quarantineDays: 14, testValidHours: 48, feverThreshold: 37.3 };
const ok: CheckInput = {
  isResident: true,
  compoundClosed: false,
  quarantineFrom: '2026-11-10',
  quarantineTo: '2026-11-24',
  certificateNo: 'HK-2026-0811',
  testAt: '2026-11-27T01:00:00Z',
  testResult: 'negative',
  healthCode: 'green',
  temperature: 36.5,
  symptoms: '',
};
const check = (over: Partial<CheckInput>) => checkReturnee({ ...ok, ...over }, RULES, NOW, TODAY);
const rule = (over: Partial<CheckInput>, key: string) => check(over).find((r) => r.rule === key);

describe('the gate check', () => {
  it('admits a resident who passes every rule once the compound is lifted', () => {
    const r = check({});
    expect(r.every((x) => x.status === 'pass')).toBe(true);
    expect(recommend(r)).toBe('admit');
  });
  it('sends everyone to a hotel while the compound is sealed', () => {
    expect(rule({ compoundClosed: true }, 'sealed')).toMatchObject({
      status: 'fail',
      reason: { code: 'compound_sealed' },
    });
    expect(recommend(check({ compoundClosed: true }))).toBe('hotel');
  });
  it('sends an incomplete quarantine to a hotel: too few days, no certificate, no record', () => {
    expect(rule({ quarantineFrom: '2026-11-20' }, 'quarantine')).toMatchObject({
      status: 'fail',
      reason: { code: 'quarantine_short', params: { days: 4, required: 14 } },
    });
    expect(rule({ certificateNo: ' ' }, 'quarantine')).toMatchObject({
      status: 'fail',
      reason: { code: 'quarantine_no_certificate', params: { days: expect.any(Number) } },
    });
    expect(rule({ quarantineFrom: null }, 'quarantine')).toMatchObject({ status: 'unknown' });
    expect(recommend(check({ quarantineFrom: '2026-11-20' }))).toBe('hotel');
    expect(recommend(check({ quarantineTo: null }))).toBe('hotel');
  });
  it('refers fever (at the threshold), symptoms, a positive test and a red code to a doctor', () => {
    expect(rule({ temperature: 37.3 }, 'health')).toMatchObject({ status: 'fail', failsTo: 'medical' });
    expect(rule({ temperature: 37.2 }, 'health')).toMatchObject({ status: 'pass' });
    expect(rule({ symptoms: '咳嗽' }, 'health')).toMatchObject({
      status: 'fail',
      reason: { code: 'symptoms', params: { symptoms: '咳嗽' } },
    });
    expect(rule({ temperature: null }, 'health')).toMatchObject({
      status: 'unknown',
      reason: { code: 'temperature_not_taken' },
    });
    expect(recommend(check({ temperature: 38.1 }))).toBe('medical');
    expect(recommend(check({ testResult: 'positive' }))).toBe('medical');
    expect(recommend(check({ healthCode: 'red' }))).toBe('medical');
    expect(recommend(check({ healthCode: 'yellow' }))).toBe('hotel');
  });
  it('requires a test when it is missing, pending or older than the allowed hours', () => {
    expect(rule({ testAt: null }, 'test')).toMatchObject({
      status: 'fail',
      reason: { code: 'test_missing' },
    });
    expect(rule({ testAt: '2026-11-25T01:00:00Z' }, 'test')).toMatchObject({
      status: 'fail',
      reason: { code: 'test_expired', params: { hours: expect.any(Number), limit: 48 } },
    });
    expect(rule({ testAt: '2026-11-26T03:00:00Z' }, 'test')).toMatchObject({ status: 'pass' });
    expect(rule({ testResult: 'pending' }, 'test')).toMatchObject({ status: 'unknown' });
    expect(recommend(check({ testAt: null }))).toBe('hotel');
  });
  it('refuses someone who is not a resident, whatever else', () => {
    expect(rule({ isResident: false }, 'resident')).toMatchObject({ status: 'fail' });
    expect(recommend(check({ isResident: false, temperature: 39 }))).toBe('refuse');
  });
  it('treats unknown values as not passed: nobody unknown is admitted home', () => {
    expect(recommend(check({ healthCode: null }))).toBe('hotel');
  });
  it('needs a reason to decide against the recommendation', () => {
    expect(decisionProblem('hotel', 'hotel', '')).toBeNull();
    expect(decisionProblem('admit', 'hotel', ' ')).toEqual({ code: 'decision_needs_reason' });
    expect(decisionProblem('admit', 'hotel', '已在外完成隔离，持证明')).toBeNull();
  });
});

const room = (id: number, beds: number, over: Partial<RoomInfo> = {}): RoomInfo => ({
  id,
  hotelId: 1,
  number: String(200 + id),
  floor: 2 + (id % 3),
  beds,
  ventilated: false,
  accessible: false,
  status: 'free',
  occupants: 0,
  ...over,
});
const guest = (id: number, over: Partial<{ elderly: boolean; wantsVentilation: boolean }> = {}) => ({
  id,
  elderly: false,
  wantsVentilation: false,
  ...over,
});

describe('room suggestion', () => {
  it('keeps a group together in as few rooms as possible, never overfilled', () => {
    const rooms = [room(1, 2), room(2, 2), room(3, 3), room(4, 1)];
    const s = suggestRooms(rooms, [guest(1), guest(2), guest(3)]);
    expect(s.assignments).toEqual([{ roomId: 3, guestIds: [1, 2, 3] }]);
    const five = suggestRooms(
      rooms,
      [1, 2, 3, 4, 5].map((i) => guest(i)),
    );
    expect(five.assignments).toHaveLength(2);
    for (const a of five.assignments)
      expect(a.guestIds.length).toBeLessThanOrEqual(rooms.find((r) => r.id === a.roomId)?.beds ?? 0);
    expect(five.assignments.flatMap((a) => a.guestIds).sort()).toEqual([1, 2, 3, 4, 5]);
  });
  it('prefers the smallest room that fits, and matches ventilation and the needs of the elderly', () => {
    const rooms = [
      room(1, 4),
      room(2, 2),
      room(3, 2, { ventilated: true }),
      room(4, 2, { floor: 1, accessible: true }),
    ];
    expect(suggestRooms(rooms, [guest(1), guest(2)]).assignments[0]?.roomId).not.toBe(1);
    expect(suggestRooms(rooms, [guest(1, { wantsVentilation: true })]).assignments[0]?.roomId).toBe(3);
    expect(suggestRooms(rooms, [guest(1, { elderly: true })]).assignments[0]?.roomId).toBe(4);
  });
  it('never offers an occupied, cleaning or out-of-service room; says what is missing', () => {
    const rooms = [
      room(1, 2, { status: 'occupied', occupants: 1 }),
      room(2, 2, { status: 'cleaning' }),
      room(3, 2, { status: 'out_of_service' }),
    ];
    const s = suggestRooms(rooms, [guest(1)]);
    expect(s.hotelId).toBeNull();
    expect(s.unmet[0]).toMatchObject({ code: 'not_enough_rooms' });
    const s2 = suggestRooms([room(1, 2)], [guest(1, { wantsVentilation: true })]);
    expect(s2.unmet).toEqual([{ code: 'no_ventilated_room' }]);
  });
  it('keeps a group within one hotel', () => {
    const rooms = [room(1, 2, { hotelId: 1 }), room(2, 2, { hotelId: 2 }), room(3, 2, { hotelId: 2 })];
    const s = suggestRooms(rooms, [guest(1), guest(2), guest(3)]);
    expect(s.hotelId).toBe(2);
  });
});
