import { and, eq, gt, sql } from 'drizzle-orm';
import { assignments, dutyPosts, rosterChanges, shifts, shiftTemplates } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { assertFresh } from '../shared/versions';
import { snapshotName } from '../shared/who';
import { postRows } from './read';

const find = (db: Parameters<typeof postRows>[0], id: number) => {
  const p = postRows(db).find((x) => x.id === id);
  if (!p) throw refuse('NOT_FOUND', { code: 'post_not_found' });
  return p;
};

/** Retiring a post and deleting one nothing refers to (issue 10, point 12). */
export const retireHandlers: HandlerMap<'posts.retire' | 'posts.delete'> = {
  'posts.retire': (db, input, ctx) => {
    const stored = find(db, input.id);
    assertFresh(stored, input, [], `岗位 ${stored.name}`, 'post');
    const now = ctx.now().toISOString();
    let removed = 0;
    if (input.retired && !stored.retiredAt) {
      // Nobody stands on its shifts ahead any more: each place taken off is a roster change.
      const ahead = db
        .select({ shiftId: assignments.shiftId, staffId: assignments.staffId })
        .from(assignments)
        .innerJoin(shifts, eq(shifts.id, assignments.shiftId))
        .where(and(eq(shifts.postId, stored.id), gt(shifts.startsAt, now)))
        .all();
      for (const a of ahead) {
        db.delete(assignments)
          .where(and(eq(assignments.shiftId, a.shiftId), eq(assignments.staffId, a.staffId)))
          .run();
        db.insert(rosterChanges)
          .values({
            at: now,
            operatorId: ctx.operator?.id ?? null,
            operatorName: snapshotName(ctx.operator),
            kind: 'unassign',
            shiftId: a.shiftId,
            staffId: a.staffId,
          })
          .run();
      }
      removed = ahead.length;
    }
    db.update(dutyPosts)
      .set({ retiredAt: input.retired ? (stored.retiredAt ?? now) : null, version: stored.version + 1 })
      .where(eq(dutyPosts.id, stored.id))
      .run();
    ctx.describe({
      entity: 'post',
      entityId: stored.id,
      reason: input.retired
        ? { code: 'audit_post_retire', params: { name: stored.name, removed } }
        : { code: 'audit_post_restore', params: { name: stored.name } },
    });
    return { post: find(db, stored.id), removed };
  },
  'posts.delete': (db, input, ctx) => {
    const stored = find(db, input.id);
    assertFresh(stored, input, [], `岗位 ${stored.name}`, 'post');
    const entries = db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM gate_log WHERE post_id = ${stored.id}`,
    ).n;
    if (stored.shifts || entries)
      throw refuse('CONFLICT', {
        code: 'post_in_use',
        params: { name: stored.name, shifts: stored.shifts, entries },
      });
    db.delete(shiftTemplates).where(eq(shiftTemplates.postId, stored.id)).run();
    db.delete(dutyPosts).where(eq(dutyPosts.id, stored.id)).run();
    ctx.describe({
      entity: 'post',
      entityId: stored.id,
      reason: { code: 'audit_post_delete', params: { name: stored.name } },
    });
    return { id: stored.id };
  },
};
