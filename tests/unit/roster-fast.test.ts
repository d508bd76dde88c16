/**
 * The fast generator (running state per person) equals the straightforward one (roster-reference.ts)
 * on seeded instances: pinned and locked shifts, running shifts of odd lengths, unavailability
 * (overlapping, touching, reversed), shifts outside the period, requirements of several roles,
 * tight weekly hours and rest, people already double booked, people no longer on the team.
 */
import { describe, expect, it } from 'vitest';
import { generateRoster } from '../../electron/api/roster/generate';
import { instance } from './roster-instances';
import { referenceRoster } from './roster-reference';

describe('the fast roster generator', () => {
  it('gives the reference roster, gaps and reasons on 60 seeded instances', () => {
    let places = 0;
    let gaps = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const { people, slots, fixed, rules } = instance(seed);
      const fast = generateRoster(people, slots, fixed, rules);
      expect(fast, `seed ${seed}`).toEqual(referenceRoster(people, slots, fixed, rules));
      places += fast.added.length;
      gaps += fast.gaps.length;
    }
    // The instances are not trivial: many places given, and many gaps with their reasons.
    expect(places).toBeGreaterThan(1500);
    expect(gaps).toBeGreaterThan(100);
  });
});
