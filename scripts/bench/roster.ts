// The roster generator beside a hand-written incremental version of the same greedy: flat typed
// arrays per person (days worked, hours per week, nights, hours, weekends, posts worked), bookings
// kept sorted, the candidates compared before the rules are asked. Same roster, call by call.
import { TEAM_ROLES } from '../../db/schema/enums';
import { generateRoster } from '../../electron/api/roster/generate';
import type { Fixed, Person, RosterSettings, ShiftSlot } from '../../electron/api/roster/rules';
import type { Figure } from './harness';

const H = 3_600_000;
const DAY = 86_400_000;
const RULES: RosterSettings = { minRestHours: 8, maxConsecutiveDays: 6 };

/** `days` × `posts` posts × 3 shifts of 8 h (two on each, a police officer or property manager among them) for `staff`. */
function instance(days: number, posts: number, staff: number) {
  const people: Person[] = Array.from({ length: staff }, (_, i) => ({
    id: i + 1,
    name: `S${i + 1}`,
    // The five-in-one roles and volunteers (TEAM_ROLES starts with the two commanders).
    role: TEAM_ROLES[(i % 6) + 2] ?? 'volunteer',
    maxWeeklyHours: 48,
    // Every seventh person is away for a day and a half somewhere in the period.
    unavailable:
      i % 7 === 3 ? [{ from: iso(((i * 5) % days) * 24 + 10), to: iso(((i * 5) % days) * 24 + 46) }] : [],
  }));
  const slots: ShiftSlot[] = [];
  for (let d = 0; d < days; d++)
    for (let p = 1; p <= posts; p++)
      for (const h of [0, 8, 16]) {
        const start = Date.parse('2026-11-29T16:00:00Z') + (d * 24 + h) * H;
        slots.push({
          id: slots.length + 1,
          postId: p,
          day: new Date(start + 8 * H).toISOString().slice(0, 10),
          startsAt: new Date(start).toISOString(),
          endsAt: new Date(start + 8 * H).toISOString(),
          headcount: 2,
          requirements: [{ roles: ['police_officer', 'property_manager'], min: 1 }],
        });
      }
  return { people, slots };
}
const iso = (hours: number) => new Date(Date.parse('2026-11-29T16:00:00Z') + hours * H).toISOString();

/**
 * The hand-written version: no locked shifts, no fixed places, one requirement at most per shift,
 * shifts of a day at most, and rosters the greedy pass already leaves even within each role (what the
 * bench's instances hold: it checks the spread, and refuses an instance that would need evening out).
 * Gaps are where and how many, without their reasons.
 */
export function handRoster(people: Person[], slots: ShiftSlot[], rules: RosterSettings) {
  const ps = [...people].sort((a, b) => a.id - b.id);
  const n = ps.length;
  const ss = slots
    .map((s) => {
      const start = Date.parse(s.startsAt);
      const end = Date.parse(s.endsAt);
      const day = Date.parse(`${s.day}T00:00:00Z`) / DAY;
      const hour = new Date(start + 8 * H).getUTCHours();
      const dow = new Date(day * DAY).getUTCDay();
      return {
        s,
        start,
        end,
        length: end - start,
        day,
        night: hour >= 22 || hour < 6,
        weekend: dow === 0 || dow === 6,
      };
    })
    .sort((a, b) => a.s.startsAt.localeCompare(b.s.startsAt) || a.s.postId - b.s.postId || a.s.id - b.s.id);
  const day0 = Math.min(...ss.map((x) => x.day)) - 1;
  const nDays = Math.max(...ss.map((x) => x.day)) - day0 + 2;
  const week0 = Math.floor((day0 + 3) / 7);
  const nWeeks = Math.floor((day0 + nDays + 3) / 7) - week0 + 1;
  const postIx = new Map([...new Set(slots.map((s) => s.postId))].map((p, i) => [p, i]));
  const onDay = new Uint8Array(n * nDays);
  const weekMs = new Float64Array(n * nWeeks);
  const worked = new Float64Array(n);
  const nights = new Int32Array(n);
  const weekends = new Int32Array(n);
  const atPost = new Uint8Array(n * postIx.size);
  const starts: number[][] = ps.map(() => []);
  const ends: number[][] = ps.map(() => []);
  const rest = rules.minRestHours * H;
  const off = ps.map((p) => p.unavailable.map((u) => [Date.parse(u.from), Date.parse(u.to)] as const));
  const added: Fixed[] = [];
  const gaps: { shiftId: number; missing: number; roles: string[] | null }[] = [];
  for (const x of ss) {
    const d = x.day - day0;
    const w = Math.floor((x.day + 3) / 7) - week0;
    const post = postIx.get(x.s.postId) ?? 0;
    const fits = (i: number) => {
      if (onDay[i * nDays + d]) return false;
      if ((weekMs[i * nWeeks + w] ?? 0) + x.length > (ps[i] as Person).maxWeeklyHours * H) return false;
      for (const [a, b] of off[i] ?? []) if (a < x.end && x.start < b) return false;
      const st = starts[i] as number[];
      const en = ends[i] as number[];
      for (let k = st.length - 1; k >= 0 && (st[k] as number) > x.start - rest - 24 * H; k--)
        if (Math.max(x.start - (en[k] as number), (st[k] as number) - x.end) < rest) return false;
      let run = 1;
      for (let k = d - 1; k >= 0 && onDay[i * nDays + k]; k--) run++;
      for (let k = d + 1; k < nDays && onDay[i * nDays + k]; k++) run++;
      return run <= rules.maxConsecutiveDays;
    };
    /** Negative: `i` before `j` (as `prefer`, then the lower id). */
    const better = (i: number, j: number) =>
      x.night && nights[i] !== nights[j]
        ? (nights[i] as number) < (nights[j] as number)
        : worked[i] !== worked[j]
          ? (worked[i] as number) < (worked[j] as number)
          : x.weekend && weekends[i] !== weekends[j]
            ? (weekends[i] as number) < (weekends[j] as number)
            : (atPost[i * postIx.size + post] as number) > (atPost[j * postIx.size + post] as number);
    const taken = new Set<number>();
    const pick = (roles: readonly string[] | null) => {
      let best = -1;
      for (let i = 0; i < n; i++) {
        if (taken.has(i) || (roles && !roles.includes((ps[i] as Person).role))) continue;
        if (best >= 0 && !better(i, best)) continue;
        if (fits(i)) best = i;
      }
      return best;
    };
    const place = (i: number) => {
      taken.add(i);
      onDay[i * nDays + d] = 1;
      weekMs[i * nWeeks + w] = (weekMs[i * nWeeks + w] ?? 0) + x.length;
      worked[i] = (worked[i] ?? 0) + x.length;
      nights[i] = (nights[i] ?? 0) + Number(x.night);
      weekends[i] = (weekends[i] ?? 0) + Number(x.weekend);
      atPost[i * postIx.size + post] = 1;
      (starts[i] as number[]).push(x.start);
      (ends[i] as number[]).push(x.end);
      added.push({ shiftId: x.s.id, staffId: (ps[i] as Person).id });
    };
    for (const req of x.s.requirements) {
      let have = 0;
      while (have < req.min && taken.size < x.s.headcount) {
        const i = pick(req.roles);
        if (i < 0) break;
        place(i);
        have++;
      }
      if (have < req.min) gaps.push({ shiftId: x.s.id, missing: req.min - have, roles: req.roles });
    }
    while (taken.size < x.s.headcount) {
      const i = pick(null);
      if (i < 0) break;
      place(i);
    }
    if (taken.size < x.s.headcount)
      gaps.push({ shiftId: x.s.id, missing: x.s.headcount - taken.size, roles: null });
  }
  const longest = Math.max(...ss.map((x) => x.length));
  for (const role of new Set(ps.map((p) => p.role))) {
    const ix = ps.flatMap((p, i) => (p.role === role ? [i] : []));
    const w = ix.map((i) => worked[i] as number);
    const nn = ix.map((i) => nights[i] as number);
    if (Math.max(...w) - Math.min(...w) > longest || Math.max(...nn) - Math.min(...nn) > 1)
      throw new Error(`the hand-written roster does not even out ${role}`);
  }
  return { added, gaps };
}

function rosterFigure(days: number, posts: number, staff: number, goal: Figure['goal']): Figure {
  const { people, slots } = instance(days, posts, staff);
  return {
    name: `roster ${days} d × ${posts} posts × 3 shifts × ${staff}`,
    goal,
    runs: 9,
    app: () => {
      const r = generateRoster(people, slots, [], RULES);
      return { added: r.added, gaps: r.gaps.map(({ reasons: _, ...g }) => g) };
    },
    base: () => handRoster(people, slots, RULES),
  };
}

export const rosterFigures: Figure[] = [
  rosterFigure(28, 4, 60, { ratio: 0.5, p95Ms: 100 }),
  rosterFigure(28, 10, 200, { ratio: 0.5 }),
];
