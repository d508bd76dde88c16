import { asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { memberUnavailable, runnerBuildings, teamMembers } from '../../../db/schema';
import { refuse } from '../errors';
import type { MemberRow } from './contract';

/** The team as the screens see it: skills parsed, runners' buildings, unavailability, never the PIN hash. */
export function memberRows(db: ReadDb, ids?: number[]): MemberRow[] {
  const { pinHash, createdAt: _created, ...columns } = getTableColumns(teamMembers);
  const rows = db
    .select({ ...columns, hasPin: sql<number>`${pinHash} IS NOT NULL` })
    .from(teamMembers)
    .where(ids ? inArray(teamMembers.id, ids) : undefined)
    .orderBy(asc(teamMembers.id))
    .all();
  const runs = db.select().from(runnerBuildings).all();
  const off = db.select().from(memberUnavailable).orderBy(asc(memberUnavailable.fromAt)).all();
  return rows.map((r) => ({
    ...r,
    hasPin: r.hasPin === 1,
    skills: JSON.parse(r.skills) as string[],
    buildingIds: runs.filter((x) => x.memberId === r.id).map((x) => x.buildingId),
    unavailable: off
      .filter((u) => u.memberId === r.id)
      .map(({ id, fromAt, toAt, reason }) => ({ id, fromAt, toAt, reason })),
  }));
}

export function memberRow(db: Db, id: number): MemberRow {
  const r = memberRows(db, [id])[0];
  if (!r) throw refuse('NOT_FOUND', { code: 'member_not_found', params: { id } });
  return r;
}

/** A member with what sign-in needs (the PIN hash stays on this side of the contract). */
export function memberForSignIn(db: Db, id: number) {
  return db
    .select({
      id: teamMembers.id,
      name: teamMembers.name,
      role: teamMembers.role,
      active: teamMembers.active,
      canOperate: teamMembers.canOperate,
      pinHash: teamMembers.pinHash,
    })
    .from(teamMembers)
    .where(eq(teamMembers.id, id))
    .get();
}

/** Does anyone who may operate have a PIN? Then nobody may add themselves from the start screen. */
export function pinsInUse(db: Db): boolean {
  return !!db
    .select({ id: teamMembers.id })
    .from(teamMembers)
    .where(sql`${teamMembers.pinHash} IS NOT NULL AND ${teamMembers.canOperate} = 1`)
    .limit(1)
    .get();
}
