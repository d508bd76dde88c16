import type { ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import type { Out, Parsed } from '../contract';
import type { Handler } from '../handler';

/**
 * Run another area's query handler as the dashboard's part: the same function its own screen calls
 * (one definition per figure). Queries the dashboard reads are plain and synchronous.
 */
export function ask<M extends Parameters<typeof askable>[0]>(
  handler: Handler<M>,
  db: ReadDb,
  input: Parsed<M>,
  ctx: Ctx,
): Out<M> {
  if (typeof handler !== 'function') throw new Error('dashboard: a prepared handler');
  const out = (handler as (db: ReadDb, input: Parsed<M>, ctx: Ctx) => Out<M> | Promise<Out<M>>)(
    db,
    input,
    ctx,
  );
  if (out instanceof Promise) throw new Error('dashboard: an asynchronous query');
  return out;
}

const askable = (m: 'roster.onDuty' | 'stock.cover' | 'overview.get') => m;
