import { describe, expect, it } from 'vitest';
import { TEAM_ROLES, type TeamRole } from '../../db/schema/enums';
import { generateRoster } from '../../electron/api/roster/generate';
import { type Fixed, type Person, type ShiftSlot, weekOf } from '../../electron/api/roster/rules';
import { rng } from '../../electron/demo/demo-people';

const H = 3_600_000;
const RULES = { minRestHours: 8, maxConsecutiveDays: 6 };

/** Shifts of 3 × 8 h from 00:00 post time at `posts` posts for `days` days from 2026-11-23 (a Monday). */
function slots(days: number, posts: number, headcount = 2): ShiftSlot[] {
  const out: ShiftSlot[] = [];
  let id = 1;
  for (let d = 0; d < days; d++) {
    const day = new Date(Date.UTC(2026, 10, 23 + d)).toISOString().slice(0, 10);
    for (let p = 1; p <= posts; p++) {
      for (const hour of [0, 8, 16]) {
        const start = Date.parse(`${day}T00:00:00Z`) - 8 * H + hour * H;
        out.push({
          id: id++,
          postId: p,
          day,
          headcount,
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 8 * H).toISOString(),
          requirements: [{ roles: ['police_officer', 'property_manager'], min: 1 }],
        });
      }
    }
  }
  return out;
}

function people(seed: number, n: number): Person[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    name: `人员${i + 1}`,
    role: TEAM_ROLES[Math.floor(r() * TEAM_ROLES.length)] as TeamRole,
    maxWeeklyHours: [40, 48, 56][Math.floor(r() * 3)] ?? 48,
    unavailable: r() < 0.2 ? [{ from: '2026-11-25T00:00:00Z', to: '2026-11-26T12:00:00Z' }] : [],
  }));
}

/** An independent check of every hard rule over a finished roster. */
function violations(ps: Person[], ss: ShiftSlot[], all: Fixed[]): string[] {
  const byId = new Map(ss.map((s) => [s.id, s]));
  const out: string[] = [];
  for (const p of ps) {
    const mine = all
      .filter((a) => a.staffId === p.id)
      .map((a) => byId.get(a.shiftId) as ShiftSlot)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    for (let i = 1; i < mine.length; i++) {
      const prev = mine[i - 1] as ShiftSlot;
      const cur = mine[i] as ShiftSlot;
      if (Date.parse(cur.startsAt) - Date.parse(prev.endsAt) < RULES.minRestHours * H)
        out.push(`${p.name} rest/overlap ${prev.id}-${cur.id}`);
      if (prev.day === cur.day) out.push(`${p.name} two shifts on ${cur.day}`);
    }
    const weeks = new Map<string, number>();
    for (const s of mine) weeks.set(weekOf(s.day), (weeks.get(weekOf(s.day)) ?? 0) + 8);
    for (const [w, h] of weeks) if (h > p.maxWeeklyHours) out.push(`${p.name} ${h}h in week ${w}`);
    const days = [...new Set(mine.map((s) => s.day))].sort();
    let run = 1;
    for (let i = 1; i < days.length; i++) {
      run =
        Date.parse(`${days[i]}T00:00:00Z`) - Date.parse(`${days[i - 1]}T00:00:00Z`) === 86_400_000
          ? run + 1
          : 1;
      if (run > RULES.maxConsecutiveDays) out.push(`${p.name} ${run} days in a row`);
    }
    for (const s of mine)
      for (const u of p.unavailable)
        if (Date.parse(u.from) < Date.parse(s.endsAt) && Date.parse(s.startsAt) < Date.parse(u.to))
          out.push(`${p.name} unavailable on ${s.id}`);
  }
  for (const s of ss)
    if (all.filter((a) => a.shiftId === s.id).length > s.headcount) out.push(`shift ${s.id} overfilled`);
  return out;
}

describe('roster generator', () => {
  it('breaks no hard rule over many random staff sets (fixed seeds), and reports every shortfall', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const ps = people(seed, 12 + (seed % 30));
      const ss = slots(14, 1 + (seed % 3));
      const { added, gaps } = generateRoster(ps, ss, [], RULES);
      expect(violations(ps, ss, added), `seed ${seed}`).toEqual([]);
      for (const s of ss) {
        const on = added
          .filter((a) => a.shiftId === s.id)
          .map((a) => ps.find((p) => p.id === a.staffId)?.role);
        const roleOk = on.filter((r) => r === 'police_officer' || r === 'property_manager').length >= 1;
        if (!roleOk)
          expect(
            gaps.some((g) => g.shiftId === s.id && g.roles !== null),
            `seed ${seed} shift ${s.id}`,
          ).toBe(true);
        if (on.length < s.headcount)
          expect(
            gaps.some((g) => g.shiftId === s.id),
            `seed ${seed} shift ${s.id}`,
          ).toBe(true);
      }
    }
  });

  it('gives the same roster for the same input', () => {
    const ps = people(7, 20);
    const ss = slots(7, 2);
    expect(generateRoster(ps, ss, [], RULES)).toEqual(generateRoster(ps, ss, [], RULES));
  });

  it('keeps pinned and past assignments and never fills a shift already over', () => {
    const ps = people(3, 20);
    const ss = slots(3, 1).map((s, i) => (i < 2 ? { ...s, locked: true } : s));
    const fixed: Fixed[] = [
      { shiftId: 1, staffId: 5 },
      { shiftId: 4, staffId: 9 },
    ];
    const { added } = generateRoster(ps, ss, fixed, RULES);
    expect(added.some((a) => a.shiftId === 1 || a.shiftId === 2)).toBe(false);
    expect(added.filter((a) => a.shiftId === 4).length).toBe(1);
    expect(added.some((a) => a.shiftId === 4 && a.staffId === 9)).toBe(false);
    expect(violations(ps, ss, [...fixed, ...added])).toEqual([]);
  });

  it('says which shifts lack whom and why when the rules cannot all be met', () => {
    const two: Person[] = [
      { id: 1, name: '王立军', role: 'police_officer', maxWeeklyHours: 48, unavailable: [] },
      { id: 2, name: '李静', role: 'volunteer', maxWeeklyHours: 48, unavailable: [] },
    ];
    const { gaps } = generateRoster(two, slots(1, 1), [], RULES);
    expect(gaps.length).toBeGreaterThan(0);
    const second = gaps.find((g) => g.shiftId === 2 && g.roles);
    // Codes with parameters, worded by the screen.
    expect(second?.reasons).toEqual(
      expect.arrayContaining([
        {
          code: 'gap_breach',
          params: { count: expect.any(Number), breach: expect.stringMatching(/^(rest|same_day)$/) },
        },
      ]),
    );
    expect(gaps.find((g) => g.shiftId === 2 && g.roles)?.reasons).toEqual(
      expect.arrayContaining([{ code: 'gap_not_role', params: { count: expect.any(Number) } }]),
    );
  });

  it('spreads nights fairly', () => {
    const ps = people(11, 30).map((p) => ({ ...p, maxWeeklyHours: 56 }));
    const ss = slots(14, 2);
    const { added } = generateRoster(ps, ss, [], RULES);
    const nights = new Map<number, number>();
    for (const a of added)
      if ((ss.find((s) => s.id === a.shiftId)?.startsAt ?? '').endsWith('16:00:00.000Z'))
        nights.set(a.staffId, (nights.get(a.staffId) ?? 0) + 1);
    const counts = [...nights.values()];
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(4);
  });
});
