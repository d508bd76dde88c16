import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { assignments, attendance, dutyPosts, gateLog, shifts, teamMembers } from '../../../db/schema';
import { ApiError } from '../errors';
import type { HandlerMap } from '../handler';
import { addDays, dayStartUtc, formatInstant } from '../shared/dates';
import type { attendanceContract } from './attendance-contract';

const KIND_TEXT = {
  delivery: '送货',
  staff: '工作人员',
  medical: '医疗',
  returnee_to_hotel: '返回人员送酒店',
  other: '其他',
} as const;

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

export const attendanceHandlers: HandlerMap<keyof typeof attendanceContract> = {
  'attendance.record': (db, input, ctx) => {
    const place = db
      .select({ name: teamMembers.name, startsAt: shifts.startsAt, post: dutyPosts.name })
      .from(assignments)
      .innerJoin(teamMembers, eq(teamMembers.id, assignments.staffId))
      .innerJoin(shifts, eq(shifts.id, assignments.shiftId))
      .innerJoin(dutyPosts, eq(dutyPosts.id, shifts.postId))
      .where(and(eq(assignments.shiftId, input.shiftId), eq(assignments.staffId, input.staffId)))
      .get();
    if (!place) throw new ApiError('NOT_FOUND', '此人不在这个班次上');
    const at = input.at ? new Date(input.at).toISOString() : ctx.now().toISOString();
    const by = ctx.operator?.name ?? '系统';
    const key = and(eq(attendance.shiftId, input.shiftId), eq(attendance.staffId, input.staffId));
    const row = db.select().from(attendance).where(key).get();
    if (input.action === 'out' && !row?.signInAt) throw new ApiError('CONFLICT', `${place.name} 还没有签到`);
    const values =
      input.action === 'in'
        ? { status: 'present' as const, signInAt: at, note: input.note }
        : input.action === 'out'
          ? { status: 'present' as const, signOutAt: at, note: input.note || (row?.note ?? '') }
          : { status: 'no_show' as const, signInAt: null, signOutAt: null, note: input.note };
    if (row) db.update(attendance).set(values).where(key).run();
    else
      db.insert(attendance)
        .values({
          shiftId: input.shiftId,
          staffId: input.staffId,
          recordedById: ctx.operator?.id ?? null,
          recordedBy: by,
          ...values,
        })
        .run();
    const verb = { in: '签到', out: '签退', no_show: '缺勤' }[input.action];
    ctx.describe({
      entity: 'shift',
      entityId: input.shiftId,
      summary: `${place.name} ${verb}（${place.post} ${formatInstant(place.startsAt)} 班）${input.action === 'no_show' ? '，该班缺人' : ` ${formatInstant(at)}`}${input.note ? `：${input.note}` : ''}`,
    });
    const out = db.select().from(attendance).where(key).get();
    return {
      status: out?.status ?? 'present',
      signInAt: out?.signInAt ?? null,
      signOutAt: out?.signOutAt ?? null,
    };
  },
  'gate.log': (db, input, ctx) => {
    const post = db
      .select({ name: dutyPosts.name })
      .from(dutyPosts)
      .where(eq(dutyPosts.id, input.postId))
      .get();
    if (!post) throw new ApiError('NOT_FOUND', '找不到岗位');
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
      summary: `${post.name} ${input.direction === 'in' ? '进' : '出'}：${KIND_TEXT[input.kind]} ${input.who}${input.note ? `（${input.note}）` : ''}`,
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
