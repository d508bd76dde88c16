import { asc, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { dutyPosts, shiftTemplates } from '../../../db/schema';

/** Every post with its shift pattern, whether it is retired and how many shifts were made of it. */
export function postRows(db: ReadDb) {
  const posts = db.select().from(dutyPosts).orderBy(asc(dutyPosts.sortOrder), asc(dutyPosts.id)).all();
  const templates = db.select().from(shiftTemplates).orderBy(asc(shiftTemplates.start)).all();
  const made = new Map(
    db
      .all<{ post: number; n: number }>(
        sql`SELECT post_id AS post, count(*) AS n FROM shifts GROUP BY post_id`,
      )
      .map((r) => [r.post, r.n]),
  );
  return posts.map((p) => ({
    id: p.id,
    name: p.name,
    version: p.version,
    retiredAt: p.retiredAt,
    shifts: made.get(p.id) ?? 0,
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
