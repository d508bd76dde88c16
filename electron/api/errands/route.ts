/**
 * Routing a new request (issue 13): the runners who cover the household's building (runner_buildings,
 * active members), whether each is on duty now — on a shift running now and present at the post
 * (signed in, not signed out: shared/presence.ts) — and how many open errands each has.
 */
import { and, count, eq, gt, inArray, lte } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { assignments, errands, runnerBuildings, shifts, teamMembers } from '../../../db/schema';
import { attendanceOf } from '../shared/attendance-log';
import { presentAt } from '../shared/presence';
import { type Candidate, route } from './rules';

/** Of these members: who is on duty now (on a shift running now and present), and their open errands. */
export function dutyAndLoad(db: ReadDb, ids: number[], now: string) {
  const running = db
    .select({ shiftId: shifts.id, staffId: assignments.staffId })
    .from(shifts)
    .innerJoin(assignments, eq(assignments.shiftId, shifts.id))
    .where(and(inArray(assignments.staffId, ids), lte(shifts.startsAt, now), gt(shifts.endsAt, now)))
    .all();
  const att = attendanceOf(
    db,
    running.map((r) => r.shiftId),
  );
  const onDuty = new Set(
    running.filter((r) => presentAt(att.of(r.shiftId, r.staffId), now)).map((r) => r.staffId),
  );
  const open = new Map(
    db
      .select({ id: errands.runnerId, n: count() })
      .from(errands)
      .where(and(eq(errands.open, true), inArray(errands.runnerId, ids)))
      .groupBy(errands.runnerId)
      .all()
      .map((r) => [r.id, r.n] as const),
  );
  return { onDuty, open };
}

export function candidates(db: ReadDb, buildingId: number, now: string): Candidate[] {
  const runners = db
    .select({ id: teamMembers.id, name: teamMembers.name })
    .from(runnerBuildings)
    .innerJoin(teamMembers, eq(teamMembers.id, runnerBuildings.memberId))
    .where(and(eq(runnerBuildings.buildingId, buildingId), eq(teamMembers.active, true)))
    .orderBy(teamMembers.id)
    .all();
  if (runners.length === 0) return [];
  const { onDuty, open } = dutyAndLoad(
    db,
    runners.map((r) => r.id),
    now,
  );
  return runners.map((r) => ({ ...r, onDuty: onDuty.has(r.id), openErrands: open.get(r.id) ?? 0 }));
}

/** The runner a new request in this building goes to now, or null (it stays `new`). */
export const routeTo = (db: ReadDb, buildingId: number, now: string) =>
  route(candidates(db, buildingId, now));
