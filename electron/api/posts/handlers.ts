import { and, eq, gt, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { dutyPosts, shifts, shiftTemplates } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayStartUtc } from '../shared/dates';
import { nameKey } from '../shared/sheet-name';
import { assertFresh, requireVersion } from '../shared/versions';
import type { postsContract } from './contract';
import { postRows } from './read';
import { retireHandlers } from './retire';

export { postRows } from './read';

const H = 3_600_000;
const one = <T>(rows: T[]): T => {
  const r = rows[0];
  if (!r) throw refuse('NOT_FOUND', { code: 'post_not_found' });
  return r;
};

type Stored = ReturnType<typeof postRows>[number];
type Sent = z.output<(typeof postsContract)['posts.save']['input']>['templates'];

/**
 * An edit's shift pattern against the stored one. A shift removed from the pattern must never have
 * been rostered; one whose start or length changes must have nobody on its shifts ahead, which are
 * then moved to the new times (shifts already begun keep theirs: they are history).
 */
function applyPattern(db: Db, stored: Stored, sent: Sent, now: string) {
  const kept = new Set(sent.flatMap((t) => (t.id ? [t.id] : [])));
  for (const old of stored.templates) {
    if (kept.has(old.id)) continue;
    const made = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM shifts WHERE template_id = ${old.id}`).n;
    if (made) throw refuse('CONFLICT', { code: 'template_removed', params: { shift: old.name } });
    db.delete(shiftTemplates).where(eq(shiftTemplates.id, old.id)).run();
  }
  for (const t of sent) {
    if (!t.id) continue;
    const old = stored.templates.find((x) => x.id === t.id);
    if (!old) throw refuse('NOT_FOUND', { code: 'post_not_found' });
    if (old.start === t.start && old.hours === t.hours) continue;
    const busy = db.get<{
      n: number;
    }>(sql`SELECT count(*) AS n FROM assignments a JOIN shifts s ON s.id = a.shift_id
      WHERE s.template_id = ${t.id} AND s.starts_at > ${now}`).n;
    if (busy) throw refuse('CONFLICT', { code: 'template_times_in_use', params: { shift: old.name } });
    const [hh = 0, mm = 0] = t.start.split(':').map(Number);
    const ahead = db
      .select()
      .from(shifts)
      .where(and(eq(shifts.templateId, t.id), gt(shifts.startsAt, now)))
      .all();
    for (const s of ahead) {
      const start = Date.parse(dayStartUtc(s.day)) + (hh * 60 + mm) * 60_000;
      db.update(shifts)
        .set({ startsAt: new Date(start).toISOString(), endsAt: new Date(start + t.hours * H).toISOString() })
        .where(eq(shifts.id, s.id))
        .run();
    }
  }
}

export const postsHandlers: HandlerMap<keyof typeof postsContract> = {
  'posts.list': (db) => postRows(db),
  'posts.save': (db, input, ctx) => {
    requireVersion(input);
    const clash = postRows(db).find((p) => p.id !== input.id && nameKey(p.name) === nameKey(input.name));
    if (clash) throw refuse('CONFLICT', { code: 'post_exists', params: { name: clash.name } }, 'name');
    const stored = input.id ? postRows(db).find((p) => p.id === input.id) : undefined;
    if (input.id && !stored) throw refuse('NOT_FOUND', { code: 'post_not_found' });
    if (stored) {
      assertFresh(stored, input, ['name'], `岗位 ${stored.name}`, 'post');
      applyPattern(db, stored, input.templates, ctx.now().toISOString());
    }
    const post = stored
      ? db
          .update(dutyPosts)
          .set({ name: input.name, version: stored.version + 1 })
          .where(eq(dutyPosts.id, stored.id))
          .returning({ id: dutyPosts.id })
          .get()
      : db
          .insert(dutyPosts)
          .values({
            name: input.name,
            sortOrder: db.get<{ n: number }>(
              sql`SELECT coalesce(max(sort_order), 0) + 1 AS n FROM duty_posts`,
            ).n,
          })
          .returning({ id: dutyPosts.id })
          .get();
    if (!post) throw refuse('NOT_FOUND', { code: 'post_not_found' });
    for (const t of input.templates) {
      const values = {
        postId: post.id,
        name: t.name,
        start: t.start,
        hours: t.hours,
        headcount: t.headcount,
        requirements: JSON.stringify(t.requirements),
      };
      if (t.id) db.update(shiftTemplates).set(values).where(eq(shiftTemplates.id, t.id)).run();
      else db.insert(shiftTemplates).values(values).run();
    }
    ctx.describe({
      entity: 'post',
      entityId: post.id,
      reason: {
        code: input.id ? 'audit_post_edit' : 'audit_post_add',
        params: { name: input.name, shifts: input.templates.length },
      },
    });
    return one(postRows(db).filter((p) => p.id === post.id));
  },
  ...retireHandlers,
};
