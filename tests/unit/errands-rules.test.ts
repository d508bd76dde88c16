import { describe, expect, it } from 'vitest';
import { ERRAND_STATES } from '../../db/schema/enums';
import { ERRAND_STEPS } from '../../electron/api/errands/contract';
import {
  ageCuts,
  ageMinutes,
  checkMove,
  checkSeen,
  isOpen,
  type Move,
  route,
  staleLevel,
  TRANSITIONS,
} from '../../electron/api/errands/rules';

const MOVES: readonly Move[] = ['assigned', ...ERRAND_STEPS];

/** The life of an errand as the issue tells it, written out pair by pair. */
const LEGAL = new Set([
  'new→assigned',
  'new→cancelled',
  'new→no_answer',
  'new→duplicate',
  'assigned→assigned',
  'assigned→bought',
  'assigned→delivered',
  'assigned→cancelled',
  'assigned→no_answer',
  'assigned→duplicate',
  'bought→assigned',
  'bought→delivered',
  'bought→cancelled',
  'bought→no_answer',
  'no_answer→assigned',
  'no_answer→bought',
  'no_answer→delivered',
  'no_answer→cancelled',
  'no_answer→no_answer',
  'no_answer→duplicate',
  'delivered→confirmed',
]);

describe('errand transitions', () => {
  it('every pair of state and move: the legal ones pass, every other is refused with both states', () => {
    let refused = 0;
    for (const state of ERRAND_STATES) {
      for (const move of MOVES) {
        const r = checkMove(state, move, 7);
        if (LEGAL.has(`${state}→${move}`)) expect(r, `${state}→${move}`).toBeNull();
        else {
          expect(r, `${state}→${move}`).toEqual({
            code: 'errand_step_illegal',
            params: { fromState: state, toState: move },
          });
          refused++;
        }
      }
    }
    expect(refused).toBe(ERRAND_STATES.length * MOVES.length - LEGAL.size);
  });

  it('closed states go nowhere; bought and delivered need a runner', () => {
    for (const s of ['confirmed', 'cancelled', 'duplicate'] as const) {
      expect(TRANSITIONS[s]).toEqual([]);
      expect(isOpen(s)).toBe(false);
    }
    expect(isOpen('delivered')).toBe(true);
    expect(checkMove('no_answer', 'bought', null)).toEqual({ code: 'errand_no_runner' });
    expect(checkMove('no_answer', 'delivered', null)).toEqual({ code: 'errand_no_runner' });
    expect(checkMove('no_answer', 'cancelled', null)).toBeNull();
  });

  it('a step names the state its caller saw: refused once the errand moved on', () => {
    const now = { state: 'delivered' as const, by: '周海燕', at: '11-28 10:00' };
    expect(checkSeen('delivered', now)).toBeNull();
    expect(checkSeen('assigned', now)).toEqual({
      code: 'errand_moved_on',
      params: { fromState: 'assigned', state: 'delivered', by: '周海燕', at: '11-28 10:00' },
    });
  });
});

describe('errand age and staleness', () => {
  const limits = { agingMinutes: 120, staleMinutes: 360 };
  const now = '2026-11-28T10:00:00.000Z';
  it('whole minutes in the state; fresh under 2 hours, aging under 6, stale from 6', () => {
    expect(ageMinutes('2026-11-28T09:00:30.000Z', now)).toBe(59);
    expect(ageMinutes('2026-11-28T10:05:00.000Z', now)).toBe(0);
    expect(staleLevel(0, limits)).toBe('fresh');
    expect(staleLevel(119, limits)).toBe('fresh');
    expect(staleLevel(120, limits)).toBe('aging');
    expect(staleLevel(359, limits)).toBe('aging');
    expect(staleLevel(360, limits)).toBe('stale');
  });
  it('the cuts on state_since agree with the levels at every minute around them', () => {
    const cuts = ageCuts(now, limits);
    for (let m = 100; m < 400; m++) {
      for (const extra of [0, 1, 59_999]) {
        const since = new Date(Date.parse(now) - m * 60_000 - extra).toISOString();
        const byCut = since > cuts.aging ? 'fresh' : since > cuts.stale ? 'aging' : 'stale';
        expect(byCut, `${m} min ${extra} ms`).toBe(staleLevel(ageMinutes(since, now), limits));
      }
    }
  });
});

describe('routing a new request', () => {
  it('the runner on duty with the fewest open errands, ties to the lower id; nobody on duty: none', () => {
    expect(route([])).toBeNull();
    expect(route([{ id: 1, name: '赵', onDuty: false, openErrands: 0 }])).toBeNull();
    const c = [
      { id: 3, name: '孙', onDuty: true, openErrands: 2 },
      { id: 1, name: '赵', onDuty: false, openErrands: 0 },
      { id: 5, name: '周', onDuty: true, openErrands: 1 },
      { id: 4, name: '李', onDuty: true, openErrands: 1 },
    ];
    expect(route(c)?.id).toBe(4);
    expect(route(c.slice(0, 3))?.id).toBe(5);
  });
});
