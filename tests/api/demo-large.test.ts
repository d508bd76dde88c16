// The demo's story over a registry larger than 金南苑 (`npm run demo -- --households N --story`): it
// stopped at the first vegetables round past 100 occupied households (the town's 200 bags ran out) and
// at the runner team's post past 10 buildings (a post asks at most 10 of a role, takes 20 a shift).
import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { writeDemoStory } from '../../electron/demo/demo-story';
import { writeDemoTeam } from '../../electron/demo/demo-team';
import { FIXED_NOW, freshDb } from './helpers';

describe('the demo story over a larger registry', () => {
  it('gives vegetables to every occupied household twice and puts runners on duty', async () => {
    const { db } = freshDb();
    const s = writeDemo(db, { households: 150, now: FIXED_NOW });
    expect(s.households).toBe(150);
    await writeDemoStory(db, FIXED_NOW);
    await writeDemoTeam(db, FIXED_NOW);
    const one = <T>(q: string) => db.$client.prepare(q).get() as T;
    const occupied = one<{ n: number }>(
      "SELECT count(*) AS n FROM households WHERE occupancy = 'occupied'",
    ).n;
    // More than the 200 bags the demo used to receive could cover, twice.
    expect(occupied * 2).toBeGreaterThan(200);
    const rounds = db.$client
      .prepare(
        `SELECT d.id, count(l.id) AS lines, sum(l.state = 'delivered') AS delivered FROM stock_distributions d
         JOIN stock_distrib_lines l ON l.distribution_id = d.id GROUP BY d.id`,
      )
      .all() as { lines: number; delivered: number }[];
    expect(rounds).toHaveLength(2);
    for (const r of rounds) expect(r).toMatchObject({ lines: occupied, delivered: occupied });
    const buildings = one<{ n: number }>('SELECT count(*) AS n FROM buildings').n;
    expect(buildings).toBeGreaterThan(10);
    // The runner team's shift covering now: as many runners as one shift takes, every one signed in.
    const onDuty = one<{ n: number; signedIn: number }>(
      `SELECT count(*) AS n, sum(EXISTS (SELECT 1 FROM attendance_events t WHERE t.shift_id = a.shift_id
         AND t.staff_id = a.staff_id)) AS signedIn
       FROM assignments a JOIN shifts s ON s.id = a.shift_id JOIN duty_posts p ON p.id = s.post_id
       JOIN team_members m ON m.id = a.staff_id WHERE p.name = '跑腿小分队' AND m.role = 'runner'`,
    );
    expect(onDuty).toEqual({ n: Math.min(buildings, 20), signedIn: Math.min(buildings, 20) });
  });
});
