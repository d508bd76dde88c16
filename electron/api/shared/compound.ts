import { eq } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { compound } from '../../../db/schema';
import type { Compound } from '../compound/contract';

/** The compound profile and the post's rules (one row), as every area reads it. */
export function readCompound(db: ReadDb): Compound {
  const row = db.select().from(compound).where(eq(compound.id, 1)).get();
  if (!row) throw new Error('compound row missing');
  const { id: _id, ...rest } = row;
  return rest;
}
