/**
 * The demo's team on the gates (issues 5, 9): the commander and 24 people across the roles, a runner for
 * every building, the north and south gates and the command-post desk, and a two-week roster
 * generated from this week's Monday, so the current week is half past; those on the shifts running
 * now have signed in. Then the runners' day of errands and their cash books (demo-errands.ts).
 */

import type { Db } from '../../db/open';
import type { TeamRole } from '../../db/schema/enums';
import { weekOf } from '../api/roster/rules';
import { dayOf, dayStartUtc } from '../api/shared/dates';
import { writeDemoErrands } from './demo-errands';
import { writeDemoHealth } from './demo-health';
import { DEMO_TEAM } from './demo-roster-team';
import { stepper } from './demo-story';

const GUARD = [{ roles: ['police_officer', 'property_manager'] as TeamRole[], min: 1 }];

export async function writeDemoTeam(db: Db, now: Date): Promise<{ staff: number; assigned: number }> {
  const monday = weekOf(dayOf(now));
  // Set up and generate as on Monday before the first shift, so the week's first half is rostered too.
  const at = new Date(Date.parse(dayStartUtc(monday)) - 3_600_000).toISOString();
  const step = stepper(db);
  const op = 1;
  // The team is typed once: writeDemo may have written it already; add whoever is missing.
  const known = new Set(
    (db.$client.prepare('SELECT name, role FROM team_members').all() as { name: string; role: string }[]).map(
      (m) => `${m.name}|${m.role}`,
    ),
  );
  for (const m of DEMO_TEAM) {
    if (known.has(`${m.name}|${m.role}`)) continue;
    const { operates, ...member } = m;
    // Only a commander gives a command role: the commander is typed in at the start screen, as the
    // post's first person is (no operator on duty, no PINs yet).
    const by = member.role === 'commander' || member.role === 'deputy_commander' ? 0 : op;
    await step('team.save', { ...member, canOperate: operates }, at, by);
  }
  const buildings = db.$client.prepare('SELECT id, name FROM buildings ORDER BY sort_order, id').all() as {
    id: number;
    name: string;
  }[];
  for (const [i, b] of buildings.entries()) {
    await step(
      'team.save',
      {
        name: `跑腿员${b.name}`,
        role: 'runner',
        organisation: '跑腿小分队',
        phone: `1370898${String(i + 1).padStart(4, '0')}`,
        buildingIds: [b.id],
      },
      at,
      op,
    );
  }
  const threeByEight = [
    { name: '夜班', start: '00:00', hours: 8, headcount: 2, requirements: GUARD },
    { name: '早班', start: '08:00', hours: 8, headcount: 2, requirements: GUARD },
    { name: '晚班', start: '16:00', hours: 8, headcount: 2, requirements: GUARD },
  ];
  await step('posts.save', { name: '北门', templates: threeByEight }, at, op);
  await step('posts.save', { name: '南门', templates: threeByEight }, at, op);
  await step(
    'posts.save',
    {
      name: '指挥部值班',
      templates: [
        {
          name: '白班',
          start: '08:00',
          hours: 12,
          headcount: 1,
          requirements: [{ roles: ['assigned_cadre', 'community_cadre'], min: 1 }],
        },
        {
          name: '夜班',
          start: '20:00',
          hours: 12,
          headcount: 1,
          requirements: [{ roles: ['assigned_cadre', 'community_cadre'], min: 1 }],
        },
      ],
    },
    at,
    op,
  );
  const g = await step('roster.generate', { from: monday, days: 14 }, at, op);
  // Those on the shifts running now signed in five minutes before their start: the gates are guarded.
  const running = db.$client
    .prepare(
      `SELECT a.shift_id AS shiftId, a.staff_id AS staffId, s.starts_at AS startsAt FROM assignments a
       JOIN shifts s ON s.id = a.shift_id WHERE s.starts_at <= ? AND s.ends_at > ? ORDER BY s.starts_at, a.id`,
    )
    .all(now.toISOString(), now.toISOString()) as { shiftId: number; staffId: number; startsAt: string }[];
  for (const r of running) {
    const signIn = new Date(Date.parse(r.startsAt) - 5 * 60_000).toISOString();
    await step(
      'attendance.record',
      { shiftId: r.shiftId, staffId: r.staffId, action: 'in', at: signIn },
      signIn,
      op,
    );
  }
  // The runners' day of errands and their cash books (issue 13), now that there are runners.
  await writeDemoErrands(db, now);
  // The temperature rounds and the doctor's requests (issue 14).
  await writeDemoHealth(db, now);
  await runnersOnDuty(db, now, buildings.length);
  return { staff: DEMO_TEAM.length + buildings.length, assigned: g.assigned };
}

/**
 * The runners on a shift covering `now`, signed in at its start, so the runner's view and the
 * assign dialog show them on duty (session 22): the runner team's post, its one shift of the day
 * (08:00–20:00, or 20:00–08:00 when the demo is loaded at night) rostered for that day alone — the
 * gates' two weeks are not generated again. The demo's errands were taken before (the post assigned
 * them by hand), so none of them was routed differently. The generator staffs the team's post with
 * runners alone (roster/rules.ts, mayFillHeadcount). The post, up to twenty runners for twelve hours, is the
 * demo's arrangement for that day only: it is retired once its day is under way, so generating the
 * gates' roster again does not make its shifts for the days after.
 */
async function runnersOnDuty(db: Db, now: Date, runners: number) {
  if (runners === 0) return;
  const step = stepper(db);
  const hour = (now.getUTCHours() + 8) % 24;
  const night = hour < 8 || hour >= 20;
  const day = hour < 8 ? dayOf(new Date(now.getTime() - 86_400_000)) : dayOf(now);
  const at = new Date(Date.parse(dayStartUtc(day)) - 3_600_000).toISOString();
  const post = await step(
    'posts.save',
    {
      name: '跑腿小分队',
      templates: [
        {
          name: night ? '夜班' : '白班',
          start: night ? '20:00' : '08:00',
          hours: 12,
          // A post takes at most 20 a shift and asks at most 10 of a role (posts/contract.ts): a
          // synthetic registry of a district has more buildings, so more runners, than one shift holds.
          headcount: Math.min(runners, 20),
          requirements: [{ roles: ['runner'], min: Math.min(runners, 10) }],
        },
      ],
    },
    at,
    1,
  );
  // The generator makes the day's shift and puts the runners on it.
  await step('roster.generate', { from: day, days: 1 }, at, 1);
  const shift = db.$client
    .prepare(
      "SELECT s.id, s.starts_at AS startsAt FROM shifts s JOIN duty_posts p ON p.id = s.post_id WHERE p.name = '跑腿小分队' AND s.day = ?",
    )
    .get(day) as { id: number; startsAt: string };
  const ids = db.$client
    .prepare('SELECT staff_id FROM assignments WHERE shift_id = ? ORDER BY staff_id')
    .pluck()
    .all(shift.id) as number[];
  const rostered = ids.map((staffId) => ({ shiftId: shift.id, staffId, startsAt: shift.startsAt }));
  for (const r of rostered) {
    const signIn = new Date(Date.parse(r.startsAt) - 5 * 60_000).toISOString();
    await step(
      'attendance.record',
      { shiftId: r.shiftId, staffId: r.staffId, action: 'in', at: signIn },
      signIn,
      1,
    );
  }
  // The day's arrangement ends with its day: retired once under way (the running shift keeps its
  // people), so generating the roster again makes no more of its shifts.
  await step('posts.retire', { id: post.id, version: post.version, retired: true }, now.toISOString(), 1);
}
