/**
 * The main thread's side of a large distribution: a distribution to more than OFFLOAD_FROM households
 * (in the buildings chosen) is written whole in a worker thread on its own connection
 * (distribute-worker.ts), its progress relayed to the job store, while the main connection keeps
 * answering reads from its WAL snapshot. A save on the main connection meanwhile answers BUSY
 * (`distrib_writing`) at once instead of freezing the main thread on the write lock.
 *
 * A small one stays on the main thread: it writes in milliseconds, less than a worker takes to start
 * (it parses the API's code again), and an in-memory database has no file a worker could open.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Ctx } from '../context';
import type { Out, Parsed } from '../contract';
import type { AuditStamp } from '../handler';
import { workerWriteStarted } from '../jobs/store';
import { startWorker } from '../jobs/worker-start';
import { connection, fromWire } from '../jobs/worker-wire';
import type { DistributeJob, DistributeToMain } from './distribute-job';

/** Households (in the buildings chosen, whoever is at home) above which the distribution is written in a worker. */
export const OFFLOAD_FROM = 2000;

/** GATEPOST_DISTRIB_WORKER_FROM moves the threshold (0: every distribution in a worker), for tests and the bench. */
function offloadFrom(): number {
  const env = process.env.GATEPOST_DISTRIB_WORKER_FROM;
  const n = env ? Number(env) : Number.NaN;
  return Number.isInteger(n) && n >= 0 ? n : OFFLOAD_FROM;
}

/** Households of the buildings chosen (every building when none): an index count, a superset of the recipients. */
function householdsInScope(db: Db, buildingIds: readonly number[]): number {
  const where = buildingIds.length
    ? sql`WHERE building_id IN (SELECT value FROM json_each(${JSON.stringify(buildingIds)}))`
    : sql``;
  return db.get<{ n: number }>(sql`SELECT count(*) AS n FROM households ${where}`).n;
}

/** Write the distribution in a worker, or answer null: the router then writes it on the main thread. */
export function offloadDistribution(
  db: Db,
  input: Parsed<'stock.distribute'>,
  ctx: Ctx,
  stamp: AuditStamp,
): Promise<Out<'stock.distribute'> | null> {
  if (db.$client.memory || householdsInScope(db, input.buildingIds) <= offloadFrom())
    return Promise.resolve(null);
  const job: DistributeJob = { ...connection(db.$client), input, nowIso: ctx.now().toISOString(), stamp };
  return new Promise((resolve, reject) => {
    const writeEnded = workerWriteStarted('distrib_writing');
    const worker = startWorker(import.meta.url, 'distribute-worker', { workerData: job }, { keepNext: true });
    let settled = false;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      writeEnded();
      void worker.terminate();
      end();
    };
    worker.on('message', (m: DistributeToMain) => {
      if (m.type === 'progress') ctx.progress(m.phase, m.done, m.total);
      else if (m.type === 'done') settle(() => resolve(m.out));
      else settle(() => reject(fromWire(m.error)));
    });
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the distribution worker exited (code ${code}); nothing was written`))),
    );
  });
}
