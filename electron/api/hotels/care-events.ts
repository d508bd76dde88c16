import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/open';
import { careEvents } from '../../../db/schema';
import type { Ctx } from '../context';
import { postId } from '../shared/events';

type CareEvent = Omit<typeof careEvents.$inferInsert, 'id' | 'postId' | 'byId' | 'byName' | 'at'>;

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
