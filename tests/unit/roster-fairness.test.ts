/**
 * Fairness (issue 11): within each role, nights per person differ by at most 1 and hours by at most
 * one shift when the hard rules allow it, and the spread the generator reports is what the roster holds.
 */
import { describe, expect, it } from 'vitest';
import { TEAM_ROLES, type TeamRole } from '../../db/schema/enums';
import { spreadOf } from '../../electron/api/roster/fairness';
import { generateRoster } from '../../electron/api/roster/generate';
import { isNight, type Person, type ShiftSlot } from '../../electron/api/roster/rules';
import { rng } from '../../electron/demo/demo-people';

const H = 3_600_000;
const RULES = { minRestHours: 8, maxConsecutiveDays: 6 };

/** `days` × `posts` × 3 shifts of 8 h, two a shift, one of them a police officer or property manager. */
function period(days: number, posts: number): ShiftSlot[] {
  const out: ShiftSlot[] = [];
  for (let d = 0; d < days; d++)
    for (let p = 1; p <= posts; p++)
      for (const h of [0, 8, 16]) {
        const start = Date.parse('2026-11-30T00:00:00+08:00') + (d * 24 + h) * H;
        out.push({
          id: out.length + 1,
          postId: p,
          day: new Date(start + 8 * H).toISOString().slice(0, 10),
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 8 * H).toISOString(),
          headcount: 2,
          requirements: [{ roles: ['police_officer', 'property_manager'], min: 1 }],
        });
      }
  return out;
}

/** `n` people of the five-in-one roles and volunteers; some away for a day or two. */
function team(seed: number, n: number, days: number): Person[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const away = Date.parse('2026-11-30T00:00:00+08:00') + Math.floor(r() * days) * 24 * H;
    return {
      id: i + 1,
      name: `人员${i + 1}`,
      role: TEAM_ROLES[(i % 6) + 2] as TeamRole,
      maxWeeklyHours: 48,
      unavailable:
        r() < 0.25
          ? [{ from: new Date(away).toISOString(), to: new Date(away + (12 + r() * 30) * H).toISOString() }]
          : [],
    };
  });
}

/** Nights and hours per person, counted independently of the generator and of `spreadOf`. */
function tally(ps: Person[], ss: ShiftSlot[], added: { shiftId: number; staffId: number }[]) {
  const byRole = new Map<TeamRole, { nights: number[]; hours: number[] }>();
  for (const p of ps) {
    const mine = added
      .filter((a) => a.staffId === p.id)
      .map((a) => ss.find((s) => s.id === a.shiftId) as ShiftSlot);
    const r = byRole.get(p.role) ?? { nights: [], hours: [] };
    r.nights.push(mine.filter(isNight).length);
    r.hours.push(mine.length * 8);
    byRole.set(p.role, r);
  }
  return byRole;
}

describe('a fair roster', () => {
  for (const [seed, days, posts, n] of [
    [1, 28, 4, 60],
    [2, 14, 2, 30],
    [3, 7, 3, 36],
    [4, 28, 10, 200],
    [5, 21, 1, 18],
  ] as const)
    it(`seed ${seed}: ${days} d × ${posts} posts × 3 shifts for ${n}: nights within 1, hours within one shift, per role`, () => {
      const ps = team(seed, n, days);
      const ss = period(days, posts);
      const { added, gaps } = generateRoster(ps, ss, [], RULES);
      expect(gaps).toEqual([]);
      const spread = spreadOf(ps, ss, added);
      const counted = tally(ps, ss, added);
      expect(spread.map((s) => s.role).sort()).toEqual([...counted.keys()].sort());
      for (const s of spread) {
        const c = counted.get(s.role);
        expect(s).toEqual({
          role: s.role,
          people: c?.nights.length,
          nights: { min: Math.min(...(c?.nights ?? [])), max: Math.max(...(c?.nights ?? [])) },
          hours: { min: Math.min(...(c?.hours ?? [])), max: Math.max(...(c?.hours ?? [])) },
          even: true,
        });
        expect(s.nights.max - s.nights.min, `${s.role} nights`).toBeLessThanOrEqual(1);
        expect(s.hours.max - s.hours.min, `${s.role} hours`).toBeLessThanOrEqual(8);
      }
    });

  it('counts only the period: the week either side is for the hard rules, not for fairness', () => {
    const ss = period(14, 1).map((s, i) => (i < 21 ? { ...s, locked: true, outside: true } : s));
    const ps = team(9, 12, 14).map((p) => ({ ...p, unavailable: [] }));
    // Before the period, the first two people stood every night of the week.
    const before = ss
      .slice(0, 21)
      .filter(isNight)
      .flatMap((s) => [
        { shiftId: s.id, staffId: 1 },
        { shiftId: s.id, staffId: 2 },
      ]);
    const { added } = generateRoster(ps, ss, before, RULES);
    const spread = spreadOf(ps, ss, [...before, ...added]);
    for (const s of spread) {
      expect(s.nights.max - s.nights.min, `${s.role} nights`).toBeLessThanOrEqual(1);
      expect(s.hours.max - s.hours.min, `${s.role} hours`).toBeLessThanOrEqual(8);
    }
  });

  it('says a role is uneven when the rules leave no way to even it out', () => {
    // Two police officers, one away for the whole second week: the other must take its nights.
    const ss = period(14, 1).map((s) => ({ ...s, headcount: 1 }));
    const ps: Person[] = [1, 2].map((id) => ({
      id,
      name: `民警${id}`,
      role: 'police_officer',
      maxWeeklyHours: 56,
      unavailable: id === 2 ? [{ from: '2026-12-06T16:00:00Z', to: '2026-12-14T00:00:00Z' }] : [],
    }));
    const { added } = generateRoster(ps, ss, [], RULES);
    const [police] = spreadOf(ps, ss, added);
    expect(police?.even).toBe(false);
    expect((police?.hours.max ?? 0) - (police?.hours.min ?? 0)).toBeGreaterThan(8);
  });
});
