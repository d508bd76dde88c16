import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { careEvents, compound } from '../../../db/schema';
import type { Ctx } from '../context';

type CareEvent = Omit<typeof careEvents.$inferInsert, 'id' | 'postId' | 'byId' | 'byName' | 'at'>;

/** The post's own id (compound.post_id), carried by every event row. */
export function postId(db: Db): string {
  return db.select({ id: compound.postId }).from(compound).where(eq(compound.id, 1)).get()?.id ?? '';
}

/** Append one care event (UUID, the post's id, who and when); nothing is ever updated or deleted. */
export function writeCareEvent(db: Db, ctx: Pick<Ctx, 'now' | 'operator'>, event: CareEvent): string {
  const id = randomUUID();
  db.insert(careEvents)
    .values({
      ...event,
      id,
      postId: postId(db),
      byId: ctx.operator?.id ?? null,
      byName: ctx.operator?.name ?? '',
      at: ctx.now().toISOString(),
    })
    .run();
  return id;
}
