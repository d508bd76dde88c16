import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { assignments, attendanceEvents, dutyPosts, shifts, teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { attendanceOf } from '../shared/attendance-log';
import { readCompound } from '../shared/compound';
import { formatInstant } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { isLate, type Standing } from '../shared/presence';
import { snapshotName } from '../shared/who';
import type { attendanceContract } from './contract';
import { checkRecord } from './rules';

/** The person's place on the shift (their duty runs from `fromAt` when staffed while running). */
function placeOf(db: Db, shiftId: number, staffId: number) {
  const place = db
    .select({
      name: teamMembers.name,
      startsAt: shifts.startsAt,
      endsAt: shifts.endsAt,
      fromAt: assignments.fromAt,
      post: dutyPosts.name,
    })
    .from(assignments)
    .innerJoin(teamMembers, eq(teamMembers.id, assignments.staffId))
    .innerJoin(shifts, eq(shifts.id, assignments.shiftId))
    .innerJoin(dutyPosts, eq(dutyPosts.id, shifts.postId))
    .where(and(eq(assignments.shiftId, shiftId), eq(assignments.staffId, staffId)))
    .get();
  if (!place) throw refuse('NOT_FOUND', { code: 'not_on_this_shift' });
  return { ...place, dutyStart: place.fromAt ?? place.startsAt };
}

function append(
  db: Db,
  ctx: Ctx,
  row: Pick<
    typeof attendanceEvents.$inferInsert,
    'shiftId' | 'staffId' | 'kind' | 'at' | 'note' | 'reverses'
  >,
) {
  db.insert(attendanceEvents)
    .values({
      ...row,
      id: eventId(),
      postId: postId(db),
      recordedAt: ctx.now().toISOString(),
      recordedById: ctx.operator?.id ?? null,
      recordedBy: snapshotName(ctx.operator),
    })
    .run();
}

const answer = (st: Standing, dutyStart: string, grace: number) => ({
  status: st.status,
  signInAt: st.signInAt,
  signOutAt: st.signOutAt,
  late: !!st.signInAt && isLate(st.signInAt, dutyStart, grace),
});

const KIND = { in: 'sign_in', out: 'sign_out', no_show: 'no_show' } as const;

export const attendanceHandlers: HandlerMap<keyof typeof attendanceContract> = {
  'attendance.record': (db, input, ctx) => {
    const place = placeOf(db, input.shiftId, input.staffId);
    const grace = readCompound(db).attendanceGraceMinutes;
    const now = ctx.now().toISOString();
    const at = input.action === 'no_show' ? now : input.at ? new Date(input.at).toISOString() : now;
    const before = attendanceOf(db, [input.shiftId]).of(input.shiftId, input.staffId);
    const duty = { name: place.name, startsAt: place.dutyStart, endsAt: place.endsAt };
    const wrong = checkRecord(input.action, at, now, duty, before, grace);
    if (wrong)
      throw refuse('CONFLICT', wrong, input.at && wrong.code !== 'already_signed_in' ? 'at' : undefined);
    append(db, ctx, {
      shiftId: input.shiftId,
      staffId: input.staffId,
      kind: KIND[input.action],
      at,
      note: input.note,
      reverses: null,
    });
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
    return answer(attendanceOf(db, [input.shiftId]).of(input.shiftId, input.staffId), place.dutyStart, grace);
  },
  'attendance.reverse': (db, input, ctx) => {
    const place = placeOf(db, input.shiftId, input.staffId);
    const grace = readCompound(db).attendanceGraceMinutes;
    const before = attendanceOf(db, [input.shiftId]).of(input.shiftId, input.staffId);
    if (!before.last) throw refuse('CONFLICT', { code: 'nothing_to_reverse', params: { name: place.name } });
    append(db, ctx, {
      shiftId: input.shiftId,
      staffId: input.staffId,
      kind: 'reversal',
      at: ctx.now().toISOString(),
      note: input.reason,
      reverses: before.last.id,
    });
    ctx.describe({
      entity: 'shift',
      entityId: input.shiftId,
      reason: {
        code: `audit_attendance_reverse_${before.last.kind}`,
        params: {
          name: place.name,
          post: place.post,
          shift: formatInstant(place.startsAt),
          reason: input.reason,
        },
      },
    });
    return answer(attendanceOf(db, [input.shiftId]).of(input.shiftId, input.staffId), place.dutyStart, grace);
  },
};
