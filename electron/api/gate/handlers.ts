import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { assignments, attendance, dutyPosts, gateLog, shifts, teamMembers } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { addDays, dayStartUtc } from '../shared/dates';
import type { gateContract } from './contract';

/** Names on duty at a post at an instant (from the roster, less no-shows). */
function onDutyAt(db: Db, postId: number, at: string): string {
  return db
    .select({ name: teamMembers.name, status: attendance.status })
    .from(shifts)
    .innerJoin(assignments, eq(assignments.shiftId, shifts.id))
    .innerJoin(teamMembers, eq(teamMembers.id, assignments.staffId))
    .leftJoin(attendance, and(eq(attendance.shiftId, shifts.id), eq(attendance.staffId, teamMembers.id)))
    .where(and(eq(shifts.postId, postId), lt(shifts.startsAt, at), gte(shifts.endsAt, at)))
    .all()
    .filter((r) => r.status !== 'no_show')
    .map((r) => r.name)
    .join('、');
}

export const gateHandlers: HandlerMap<keyof typeof gateContract> = {
  'gate.log': (db, input, ctx) => {
    const post = db
      .select({ name: dutyPosts.name })
      .from(dutyPosts)
      .where(eq(dutyPosts.id, input.postId))
      .get();
    if (!post) throw refuse('NOT_FOUND', { code: 'post_not_found' });
    const at = ctx.now().toISOString();
    const onDuty = onDutyAt(db, input.postId, at);
    const row = db
      .insert(gateLog)
      .values({
        ...input,
        at,
        onDuty,
        recordedById: ctx.operator?.id ?? null,
        recordedBy: ctx.operator?.name ?? '系统',
      })
      .returning({ id: gateLog.id })
      .get();
    ctx.describe({
      entity: 'gate_log',
      entityId: row.id,
      reason: {
        code: input.direction === 'in' ? 'audit_gate_in' : 'audit_gate_out',
        params: { post: post.name, kind: input.kind, who: input.who, note: input.note ?? '' },
      },
    });
    return { id: row.id, onDuty };
  },
  'gate.list': (db, input) =>
    db
      .select({ g: gateLog, post: dutyPosts.name })
      .from(gateLog)
      .innerJoin(dutyPosts, eq(dutyPosts.id, gateLog.postId))
      .where(
        and(
          gte(gateLog.at, dayStartUtc(input.day)),
          lt(gateLog.at, dayStartUtc(addDays(input.day, 1))),
          input.postId ? eq(gateLog.postId, input.postId) : undefined,
        ),
      )
      .orderBy(desc(gateLog.id))
      .all()
      .map(({ g, post }) => ({
        id: g.id,
        post,
        at: g.at,
        direction: g.direction,
        kind: g.kind,
        who: g.who,
        note: g.note,
        onDuty: g.onDuty,
        recordedBy: g.recordedBy,
      })),
};
