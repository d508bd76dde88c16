// npm run bench [-- --households N]: builds a large synthetic community and times the hot calls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open';
import { TEAM_ROLES } from '../db/schema/enums';
import type { In, Method } from '../electron/api/contract';
import { generateRoster, type Person, type ShiftSlot } from '../electron/api/roster/rules';
import { dispatch } from '../electron/api/router';
import { writeDemo } from '../electron/demo/demo';

const { values } = parseArgs({ options: { households: { type: 'string', default: '100000' } } });
const households = Number(values.households);
const dir = mkdtempSync(join(tmpdir(), 'gatepost-bench-'));
const path = join(dir, 'bench.db');
const now = new Date('2026-11-28T02:00:00Z');

function time(label: string, fn: () => unknown): void {
  const t = performance.now();
  fn();
  console.log(`${label.padEnd(42)} ${(performance.now() - t).toFixed(1).padStart(8)} ms`);
}

try {
  let db = openDatabase(path);
  time(`demo.write ${households} households`, () => writeDemo(db, { households, now }));
  db.$client.close();
  time('openDatabase (integrity check + migrate)', () => {
    db = openDatabase(path);
  });
  const host = { now: () => now, paths: { db: path } };
  const call = async <M extends Method>(m: M, input: In<M>) => {
    const t = performance.now();
    const r = await dispatch(db, m, input, host, { operatorId: 1 });
    if (!r.ok) throw new Error(r.error.message);
    console.log(
      `${`${m} ${JSON.stringify(input)}`.padEnd(42)} ${(performance.now() - t).toFixed(1).padStart(8)} ms`,
    );
  };
  await call('overview.get', {});
  await call('audit.list', { limit: 100 });
  await call('households.stats', {});
  await call('buildings.board', { buildingId: 1 });
  await call('buildings.board', {});
  for (const q of ['王', '王建', '13812', '1234', '5-302', '12栋101']) {
    await call('residents.search', { q, limit: 500 });
  }
  await call('households.export', { buildingId: 1 });
  await call('audit.list', { area: 'compound', limit: 100 });
  db.$client.close();

  // Roster: 28 days x 4 posts x 3 shifts for 60 staff.
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
  time('roster: 28 days x 4 posts x 3 shifts, 60 staff', () =>
    generateRoster(people, slots, [], { minRestHours: 8, maxConsecutiveDays: 6 }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
