import { eq } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { compound } from '../../../db/schema';

/**
 * Event rows (append-only tables of things that happened: attendance …) have a text UUID key and
 * the id of the command post that wrote them (`compound.post_id`, made once), so a district can
 * gather many posts' events without collisions.
 */
// The global Web Crypto, loaded at the first id: node:crypto is not on the host's start path (issue 11).
export const eventId = (): string => globalThis.crypto.randomUUID();

/** This command post's own id. */
export function postId(db: ReadDb): string {
  return db.select({ id: compound.postId }).from(compound).where(eq(compound.id, 1)).get()?.id ?? '';
}
