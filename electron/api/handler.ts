import type { Db, ReadDb } from '../../db/open';
import type { Ctx, Operator } from './context';
import type { Contract, Method, Out, Parsed } from './contract';

/** A query may be async (building a workbook); a mutation's writes are synchronous, inside its transaction. */
export type PlainHandler<M extends Method> = (
  db: Contract[M]['kind'] extends 'query' ? ReadDb : Db,
  input: Parsed<M>,
  ctx: Ctx,
) => Out<M> | Promise<Out<M>>;

/**
 * A mutation with slow, asynchronous work first (parsing a file; taking or restoring a backup, which
 * SQLite's backup API does outside any transaction), then its writes in the transaction.
 */
export type PreparedHandler<M extends Method, P = unknown> = {
  prepare: (input: Parsed<M>, ctx: Ctx, db: Db) => Promise<P>;
  run: (db: Db, input: Parsed<M>, ctx: Ctx, prepared: P) => Out<M>;
  /**
   * Optionally run the whole mutation off the main thread instead (a worker on its own connection to
   * the same file, so the main one keeps answering reads). It must write, in ONE transaction started
   * IMMEDIATE, its changes and exactly one audit row with `audit` (see audit-row.ts). Answers null
   * when it cannot (an in-memory database): the router then runs prepare and run as usual.
   */
  offload?: (db: Db, input: Parsed<M>, ctx: Ctx, audit: AuditStamp) => Promise<Out<M> | null>;
};

/** Who and what the audit row of an offloaded mutation names; the router fills it in. */
export type AuditStamp = { method: Method; operator: Operator | null };

export type Handler<M extends Method> = PlainHandler<M> | PreparedHandler<M, never>;
export type HandlerMap<K extends Method> = { [M in K]: Handler<M> };

/** Helper that keeps the prepared type checked between the two steps. */
export function prepared<M extends Method, P>(h: PreparedHandler<M, P>): PreparedHandler<M, never> {
  return h as unknown as PreparedHandler<M, never>;
}
