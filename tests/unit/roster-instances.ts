/** Seeded random roster instances: the fast generator is checked against the reference on them. */
import { TEAM_ROLES, type TeamRole } from '../../db/schema/enums';
import type { Fixed, Person, RosterSettings, ShiftSlot } from '../../electron/api/roster/rules';
import { rng } from '../../electron/demo/demo-people';

const H = 3_600_000;
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const iso = (t: number) => new Date(t).toISOString();

/** A random instance: posts with shifts of several lengths over `days` days from a Sunday. */
export function instance(seed: number) {
  const r = rng(seed);
  const days = 3 + Math.floor(r() * 16);
  const posts = 1 + Math.floor(r() * 4);
  const base = Date.parse('2026-11-29T00:00:00+08:00');
  const templates = Array.from({ length: posts }, (_, p) =>
    pick(r, [
      [0, 8, 16].map((h) => [h, 8]),
      [7, 19].map((h) => [h, 12]),
      [6, 10, 14, 18].map((h) => [h, 4]),
      [
        [22, 10],
        [8, 6],
        [14, 8],
      ],
    ]).map(([h, len]) => ({ post: p + 1, h: h as number, len: len as number })),
  );
  const slots: ShiftSlot[] = [];
  const nowAt = base + Math.floor(r() * 3) * 24 * H + Math.floor(r() * 24) * H + 17 * 60_000;
  for (let d = -2; d < days + 2; d++)
    for (const t of templates.flat()) {
      const start = base + (d * 24 + t.h) * H;
      const end = start + t.len * H;
      const running = start <= nowAt && nowAt < end;
      slots.push({
        id: slots.length + 1,
        postId: t.post,
        day: new Date(base + (d * 24 + 8) * H).toISOString().slice(0, 10),
        startsAt: iso(running ? Math.floor(nowAt / 60_000) * 60_000 : start),
        endsAt: iso(end),
        headcount: 1 + Math.floor(r() * 3),
        requirements:
          r() < 0.3
            ? []
            : r() < 0.7
              ? [{ roles: ['police_officer', 'property_manager'], min: 1 }]
              : [
                  { roles: ['police_officer'], min: 1 },
                  { roles: ['community_doctor', 'volunteer'], min: 1 + Math.floor(r() * 2) },
                ],
        locked: d < 0 || d >= days || (start <= nowAt && !running),
        outside: d < 0 || d >= days,
      });
    }
  const n = 2 + Math.floor(r() * 40);
  const people: Person[] = Array.from({ length: n }, (_, i) => {
    const unavailable: Person['unavailable'] = [];
    const k = r() < 0.4 ? Math.floor(r() * 4) : 0;
    for (let j = 0; j < k; j++) {
      const from = base + Math.floor(r() * days * 24) * H;
      const len = pick(r, [-2, 0, 3, 8, 30]) * H;
      unavailable.push({ from: iso(from), to: iso(from + len) });
    }
    return {
      id: 3 * i + 1 + Math.floor(r() * 3),
      name: `S${i}`,
      role: pick(r, TEAM_ROLES) as TeamRole,
      maxWeeklyHours: pick(r, [16, 40, 48, 56, 80]),
      unavailable,
    };
  });
  const fixed: Fixed[] = [];
  for (let j = Math.floor(r() * 20); j > 0; j--)
    fixed.push({ shiftId: 1 + Math.floor(r() * slots.length), staffId: 1 + Math.floor(r() * (3 * n + 4)) });
  const rules: RosterSettings = {
    minRestHours: pick(r, [0, 8, 11, 12]),
    maxConsecutiveDays: pick(r, [2, 5, 6, 7]),
  };
  return {
    people: r() < 0.5 ? people : [...people].reverse(),
    slots: r() < 0.5 ? slots : [...slots].reverse(),
    fixed,
    rules,
  };
}
