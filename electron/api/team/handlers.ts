import { and, eq, ne } from 'drizzle-orm';
import { memberUnavailable, runnerBuildings, teamMembers } from '../../../db/schema';
import { refuse as refuseWith } from '../errors';
import type { HandlerMap } from '../handler';
import { assertFresh, requireVersion } from '../shared/versions';
import { memberRow, memberRows, pinsInUse } from './read';
import { callerRole, refuse } from './refusals';
import { maySaveMember } from './rules';

const MEMBER_FIELDS = [
  'name',
  'phone',
  'role',
  'organisation',
  'skills',
  'maxWeeklyHours',
  'active',
  'canOperate',
  'buildingIds',
] as const;

export const teamHandlers: HandlerMap<'team.list' | 'team.save' | 'team.setUnavailable'> = {
  'team.list': (db) => memberRows(db),
  'team.save': (db, input, ctx) => {
    const { id, buildingIds, skills, version, ...values } = input;
    const stored = id ? memberRows(db, [id])[0] : undefined;
    if (id && !stored) throw refuseWith('NOT_FOUND', { code: 'member_not_found', params: { id } });
    const refusal = maySaveMember(callerRole(db, ctx), pinsInUse(db), !id, stored?.role ?? null, values.role);
    if (refusal) refuse(refusal);
    requireVersion(input);
    if (stored) assertFresh(stored, input, MEMBER_FIELDS, `班子成员 ${stored.name}`, 'member');
    const clash = db
      .select({ id: teamMembers.id })
      .from(teamMembers)
      .where(
        and(
          eq(teamMembers.name, values.name),
          eq(teamMembers.role, values.role),
          ne(teamMembers.id, id ?? 0),
        ),
      )
      .get();
    if (clash)
      throw refuseWith(
        'CONFLICT',
        { code: 'member_exists', params: { role: values.role, name: values.name } },
        'name',
      );
    const row = stored
      ? db
          .update(teamMembers)
          .set({ ...values, skills: JSON.stringify(skills), version: stored.version + 1 })
          .where(eq(teamMembers.id, stored.id))
          .returning({ id: teamMembers.id })
          .get()
      : db
          .insert(teamMembers)
          .values({ ...values, skills: JSON.stringify(skills), createdAt: ctx.now().toISOString() })
          .returning({ id: teamMembers.id })
          .get();
    if (!row) throw refuseWith('NOT_FOUND', { code: 'member_not_found', params: { id: id ?? null } });
    db.delete(runnerBuildings).where(eq(runnerBuildings.memberId, row.id)).run();
    for (const b of new Set(buildingIds))
      db.insert(runnerBuildings).values({ memberId: row.id, buildingId: b }).run();
    ctx.describe({
      entity: 'team_member',
      entityId: row.id,
      reason: {
        code: stored ? 'audit_member_edit' : 'audit_member_add',
        params: { name: values.name, role: values.role },
      },
    });
    return memberRow(db, row.id);
  },
  'team.setUnavailable': (db, input, ctx) => {
    const who = memberRow(db, input.memberId);
    db.insert(memberUnavailable).values(input).run();
    ctx.describe({
      entity: 'team_member',
      entityId: who.id,
      reason: {
        code: 'audit_member_unavailable',
        params: { name: who.name, from: input.fromAt, to: input.toAt, reason: input.reason },
      },
    });
    return memberRow(db, who.id);
  },
};
