import { describe, expect, it } from 'vitest';
import { type RoomInfo, suggestRooms, suggestWithFamily } from '../../electron/api/hotels/rules';
import {
  type CheckInput,
  checkReturnee,
  decisionProblem,
  RULE_ORDER,
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
      reason: { code: 'symptoms_no_fever', params: { symptoms: '咳嗽', temperature: 36.5, threshold: 37.3 } },
    });
    expect(rule({ symptoms: '咳嗽', temperature: null }, 'health')).toMatchObject({
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
  it('refuses someone who is not a resident, unless their health sends them to a doctor', () => {
    expect(rule({ isResident: false }, 'resident')).toMatchObject({ status: 'fail' });
    expect(recommend(check({ isResident: false }))).toBe('refuse');
    expect(recommend(check({ isResident: false, compoundClosed: true, healthCode: 'yellow' }))).toBe(
      'refuse',
    );
    expect(recommend(check({ isResident: false, temperature: 39 }))).toBe('medical');
  });
  it('the issue: a non-resident with 37.6, a cough and a yellow code goes to a doctor; the card shows 37.6 against 37.3', () => {
    const r = check({ isResident: false, temperature: 37.6, symptoms: '咳嗽', healthCode: 'yellow' });
    expect(recommend(r)).toBe('medical');
    expect(r[0]).toMatchObject({
      rule: 'health',
      status: 'fail',
      reason: {
        code: 'fever_with_symptoms',
        params: { temperature: 37.6, threshold: 37.3, symptoms: '咳嗽' },
      },
    });
  });
  it('shows the temperature against the threshold when it passes too', () => {
    expect(rule({ temperature: 36.5 }, 'health')).toMatchObject({
      status: 'pass',
      reason: { code: 'temperature_below_threshold', params: { temperature: 36.5, threshold: 37.3 } },
    });
  });
  it('lists the rules in the written order, health first', () => {
    expect(check({}).map((r) => r.rule)).toEqual([...RULE_ORDER]);
    expect(RULE_ORDER[0]).toBe('health');
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

/**
 * Every pair of failing rules (table-driven). Each case makes one rule fail (or stay unknown) on a
 * person who otherwise passes; its rank is its place in the order written in returnees/rules.ts:
 * health (0), a positive test (1), a red code (2) go to a doctor; not a resident (3) is turned away;
 * everything else (4) goes to a hotel. Two cases together recommend the outcome of the lower rank,
 * and both failures stay visible on the card.
 */
type Case = { name: string; over: Partial<CheckInput>; rule: string; rank: number };
const CASES: Case[] = [
  { name: 'fever', over: { temperature: 37.6 }, rule: 'health', rank: 0 },
  { name: 'fever at the threshold', over: { temperature: 37.3 }, rule: 'health', rank: 0 },
  { name: 'symptoms', over: { symptoms: '咳嗽' }, rule: 'health', rank: 0 },
  { name: 'positive test', over: { testResult: 'positive' }, rule: 'test', rank: 1 },
  { name: 'red code', over: { healthCode: 'red' }, rule: 'healthCode', rank: 2 },
  { name: 'not a resident', over: { isResident: false }, rule: 'resident', rank: 3 },
  { name: 'quarantine short', over: { quarantineFrom: '2026-11-20' }, rule: 'quarantine', rank: 4 },
  { name: 'no certificate', over: { certificateNo: '' }, rule: 'quarantine', rank: 4 },
  { name: 'test missing', over: { testAt: null }, rule: 'test', rank: 4 },
  { name: 'test expired', over: { testAt: '2026-11-25T01:00:00Z' }, rule: 'test', rank: 4 },
  { name: 'yellow code', over: { healthCode: 'yellow' }, rule: 'healthCode', rank: 4 },
  { name: 'code not checked', over: { healthCode: null }, rule: 'healthCode', rank: 4 },
  { name: 'temperature not taken', over: { temperature: null }, rule: 'health', rank: 4 },
  { name: 'sealed', over: { compoundClosed: true }, rule: 'sealed', rank: 4 },
];
const BY_RANK = ['medical', 'medical', 'medical', 'refuse', 'hotel'] as const;
const PAIRS = CASES.flatMap((a, i) =>
  CASES.slice(i + 1)
    // Two values of one input field cannot both hold.
    .filter((b) => !Object.keys(a.over).some((k) => k in b.over))
    .map((b) => [`${a.name} + ${b.name}`, a, b] as const),
);

describe('every pair of failing rules', () => {
  it('covers every pair of the fourteen cases that can hold together', () => {
    expect(PAIRS.length).toBeGreaterThan(70);
  });
  it.each(PAIRS)('%s', (_name, a, b) => {
    const r = check({ ...a.over, ...b.over });
    expect(recommend(r)).toBe(BY_RANK[Math.min(a.rank, b.rank)]);
    for (const c of [a, b]) expect(r.find((x) => x.rule === c.rule)?.status).not.toBe('pass');
    expect(r.map((x) => x.rule)).toEqual([...RULE_ORDER]);
    const health = r.find((x) => x.rule === 'health');
    const temperature = a.over.temperature ?? b.over.temperature;
    if (temperature) expect(health?.reason.params).toMatchObject({ temperature, threshold: 37.3 });
  });
  it.each(CASES)('$name alone', (c) => {
    expect(recommend(check(c.over))).toBe(BY_RANK[c.rank]);
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

describe('a family stays together', () => {
  // The mother stays in 203 (2 beds, 1 used); empty rooms elsewhere.
  const rooms = [
    room(1, 2),
    room(2, 2, { hotelId: 2 }),
    room(3, 2, { status: 'occupied', occupants: 1 }),
    room(4, 3),
  ];
  it("suggests the mother's room to the son decided after her", () => {
    expect(suggestRooms(rooms, [guest(9)]).assignments[0]?.roomId).not.toBe(3);
    expect(suggestWithFamily(rooms, [guest(9)], [3])).toEqual({
      hotelId: 1,
      assignments: [{ roomId: 3, guestIds: [9] }],
      unmet: [],
    });
  });
  it('fills the family room first, then an empty room in the same hotel', () => {
    const s = suggestWithFamily(rooms, [guest(8), guest(9)], [3]);
    expect(s.hotelId).toBe(1);
    expect(s.assignments[0]).toEqual({ roomId: 3, guestIds: [8] });
    expect(s.assignments[1]?.guestIds).toEqual([9]);
    expect([1, 4]).toContain(s.assignments[1]?.roomId);
  });
  it('says when the family room is full, and places them elsewhere', () => {
    const full = rooms.map((r) => (r.id === 3 ? { ...r, occupants: 2 } : r));
    const s = suggestWithFamily(full, [guest(9)], [3]);
    expect(s.unmet).toEqual([{ code: 'family_room_full', params: { room: '203' } }]);
    expect(s.assignments).toHaveLength(1);
    expect(s.assignments[0]?.roomId).not.toBe(3);
  });
  it('without a family room, is the plain suggestion', () => {
    expect(suggestWithFamily(rooms, [guest(9)], [])).toEqual(suggestRooms(rooms, [guest(9)]));
  });
});
