/**
 * Entry of the registry export's worker thread (its own bundle entry in the Electron build): the same
 * export as on the main thread (export.ts) — exceljs loaded, every row read, zipped and written to the
 * outbox's folder here — its progress posted as it goes. The main thread only keeps the file's token.
 */
import { parentPort } from 'node:worker_threads';
import type { JobPhase } from '../jobs/store';
import { jobOf } from '../jobs/worker-job';
import { connect, toWire } from '../jobs/worker-wire';
import { Outbox } from '../shared/outbox';
import { exportRegistry } from './export';
import type { ExportJob, ExportToMain } from './export-job';

const port = parentPort;
if (!port) throw new Error('export-worker.ts runs only as a worker thread');
const send = (m: ExportToMain) => port.postMessage(m);

async function run(job: ExportJob): Promise<void> {
  // A read-only connection: the export reads on one of its own, opened from this one's file.
  const { sqlite, db } = connect(job, true);
  try {
    const out = await exportRegistry(
      db,
      job.filter,
      job.day,
      {
        progress: (phase: JobPhase, done = 0, total = 0) => send({ type: 'progress', phase, done, total }),
        paths: { db: job.dbPath },
      },
      { outbox: new Outbox(job.outboxDir), token: job.token },
    );
    send({ type: 'done', out });
  } finally {
    sqlite.close();
  }
}

jobOf<ExportJob>()
  .then(run)
  .catch((e: unknown) => send({ type: 'error', error: toWire(e) }));
