import { asc, eq, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { dutyPosts, shiftTemplates } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { nameKey } from '../shared/sheet-name';
import { assertFresh, requireVersion } from '../shared/versions';

export function postRows(db: ReadDb) {
  const posts = db.select().from(dutyPosts).orderBy(asc(dutyPosts.sortOrder), asc(dutyPosts.id)).all();
  const templates = db.select().from(shiftTemplates).orderBy(asc(shiftTemplates.start)).all();
  return posts.map((p) => ({
    id: p.id,
    name: p.name,
    version: p.version,
    templates: templates
      .filter((t) => t.postId === p.id)
      .map((t) => ({
        id: t.id,
        name: t.name,
        start: t.start,
        hours: t.hours,
        headcount: t.headcount,
        requirements: JSON.parse(t.requirements),
      })),
  }));
}

const one = <T>(rows: T[]): T => {
  const r = rows[0];
  if (!r) throw refuse('NOT_FOUND', { code: 'post_not_found' });
  return r;
};

export const postsHandlers: HandlerMap<'posts.list' | 'posts.save'> = {
  'posts.list': (db) => postRows(db),
  'posts.save': (db, input, ctx) => {
    requireVersion(input);
    const clash = postRows(db).find((p) => p.id !== input.id && nameKey(p.name) === nameKey(input.name));
    if (clash) throw refuse('CONFLICT', { code: 'post_exists', params: { name: clash.name } }, 'name');
    const stored = input.id ? postRows(db).find((p) => p.id === input.id) : undefined;
    if (stored) assertFresh(stored, input, ['name'], `岗位 ${stored.name}`, 'post');
    const post = input.id
      ? db
          .update(dutyPosts)
          .set({ name: input.name, version: (stored?.version ?? 0) + 1 })
          .where(eq(dutyPosts.id, input.id))
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
    const kept = new Set<number>();
    for (const t of input.templates) {
      const values = {
        postId: post.id,
        name: t.name,
        start: t.start,
        hours: t.hours,
        headcount: t.headcount,
        requirements: JSON.stringify(t.requirements),
      };
      if (t.id) {
        db.update(shiftTemplates).set(values).where(eq(shiftTemplates.id, t.id)).run();
        kept.add(t.id);
      } else kept.add(db.insert(shiftTemplates).values(values).returning({ id: shiftTemplates.id }).get().id);
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
};
