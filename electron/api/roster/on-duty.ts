import { asc, isNull } from 'drizzle-orm';
import { dutyPosts } from '../../../db/schema';
import type { HandlerMap } from '../handler';
import { addDays, dayOf } from '../shared/dates';
import { onDuty } from '../shared/presence';
import { rosterShifts } from './view';

/**
 * Who is on duty now, for the overview (issue 10, point 10). On duty means present: rostered and
 * signed in (late ones flagged), not signed out; a no-show, or someone not yet signed in, is not.
 * Every post in service is listed with how many are present now: none is a gate left unguarded.
 * Also the next shifts, and every double booking from now on (point 9).
 */
export const onDutyHandlers: HandlerMap<'roster.onDuty'> = {
  'roster.onDuty': (db, _input, ctx) => {
    const now = ctx.now().toISOString();
    const today = dayOf(ctx.now());
    // From yesterday (a night shift still running) to four weeks ahead: double bookings to mend.
    const ahead = rosterShifts(db, addDays(today, -1), 29, now);
    const shifts = ahead.filter((s) => s.day <= addDays(today, 1));
    const running = shifts.filter((s) => s.startsAt <= now && now < s.endsAt);
    const upcoming = shifts.filter((s) => s.startsAt > now);
    const nextStart = upcoming[0]?.startsAt;
    const posts = db
      .select({ id: dutyPosts.id, name: dutyPosts.name })
      .from(dutyPosts)
      .where(isNull(dutyPosts.retiredAt))
      .orderBy(asc(dutyPosts.sortOrder), asc(dutyPosts.id))
      .all()
      .map((p) => {
        const mine = running.filter((s) => s.postId === p.id);
        const people = mine.flatMap((s) => s.staff);
        return {
          postId: p.id,
          post: p.name,
          present: people.filter((x) => onDuty(x.presence)).length,
          rostered: people.length,
          shifts: mine.length,
        };
      });
    return {
      posts,
      now: running,
      next: upcoming.filter((s) => s.startsAt === nextStart),
      doubleBooked: ahead
        .filter((s) => s.endsAt > now)
        .flatMap((s) =>
          s.staff
            .filter((p) => p.clashes.length > 0)
            .map((p) => ({
              staffId: p.id,
              name: p.name,
              shift: { shiftId: s.id, post: s.post, name: s.name, startsAt: s.startsAt },
              clashes: p.clashes,
            })),
        ),
    };
  },
};
