import { and, eq } from 'drizzle-orm';
import { assignments, attendance, dutyPosts, shifts, teamMembers } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { formatInstant } from '../shared/dates';
import type { attendanceContract } from './contract';

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
    if (!place) throw refuse('NOT_FOUND', { code: 'not_on_this_shift' });
    const at = input.at ? new Date(input.at).toISOString() : ctx.now().toISOString();
    const by = ctx.operator?.name ?? '系统';
    const key = and(eq(attendance.shiftId, input.shiftId), eq(attendance.staffId, input.staffId));
    const row = db.select().from(attendance).where(key).get();
    if (input.action === 'out' && !row?.signInAt)
      throw refuse('CONFLICT', { code: 'not_signed_in', params: { name: place.name } });
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
    ctx.describe({
      entity: 'shift',
      entityId: input.shiftId,
      reason: {
        code: `audit_attendance_${input.action}`,
        params: {
          name: place.name,
          post: place.post,
          shift: formatInstant(place.startsAt),
          at: input.action === 'no_show' ? '' : formatInstant(at),
          note: input.note ?? '',
        },
      },
    });
    const out = db.select().from(attendance).where(key).get();
    return {
      status: out?.status ?? 'present',
      signInAt: out?.signInAt ?? null,
      signOutAt: out?.signOutAt ?? null,
    };
  },
};
