import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/open';
import { careEvents } from '../../../db/schema';
import type { Ctx } from '../context';
import { postId } from '../shared/events';
import { snapshotName } from '../shared/who';

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
      byName: snapshotName(ctx.operator),
      at: ctx.now().toISOString(),
    })
    .run();
  return id;
}
