// The figures of issue 11 whose pipelines other parts change: the slots where their baselines go.
// The roster is timed already (app only); import and export get their figures with their rewrites.
import { TEAM_ROLES } from '../../db/schema/enums';
import { generateRoster, type Person, type ShiftSlot } from '../../electron/api/roster/rules';
import type { Figure } from './harness';

/** Not measured yet against a baseline: printed as empty rows so the table shows what is to come. */
export const SLOTS: { name: string; goal: Figure['goal']; note: string }[] = [
  {
    name: 'import 100k residents, preview + commit',
    goal: { ratio: 0.5 },
    note: 'peak < 400 MB; with the import rewrite',
  },
  { name: 'roster 28 d × 10 posts × 200 staff', goal: { ratio: 0.5 }, note: 'with the roster rewrite' },
  { name: 'export 323k rows', goal: { ratio: 0.8 }, note: 'memory flat; with the export rewrite' },
];

/** 28 days × 4 posts × 3 shifts for 60 staff: the roster as it is today (its baseline comes later). */
export const rosterFigure: Figure = {
  name: 'roster 28 d × 4 posts × 3 shifts × 60 (app only)',
  goal: { ratio: 0.5, p95Ms: 100 },
  runs: 1,
  app: () => {
    const people: Person[] = Array.from({ length: 60 }, (_, i) => ({
      id: i + 1,
      name: `S${i + 1}`,
      // The five-in-one roles and volunteers (TEAM_ROLES starts with the two commanders).
      role: TEAM_ROLES[(i % 6) + 2] ?? 'volunteer',
      maxWeeklyHours: 48,
      unavailable: [],
    }));
    const slots: ShiftSlot[] = [];
    for (let d = 0; d < 28; d++)
      for (let p = 1; p <= 4; p++)
        for (const h of [0, 8, 16]) {
          const start = Date.parse('2026-11-29T16:00:00Z') + (d * 24 + h) * 3_600_000;
          slots.push({
            id: slots.length + 1,
            postId: p,
            day: new Date(start + 8 * 3_600_000).toISOString().slice(0, 10),
            startsAt: new Date(start).toISOString(),
            endsAt: new Date(start + 8 * 3_600_000).toISOString(),
            headcount: 2,
            requirements: [{ roles: ['police_officer', 'property_manager'], min: 1 }],
          });
        }
    return generateRoster(people, slots, [], { minRestHours: 8, maxConsecutiveDays: 6 }).added.length;
  },
};
