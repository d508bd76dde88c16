/**
 * Entry of a distribution's worker thread (its own bundle entry in the Electron build): the same writes
 * as on the main thread (distribute-write.ts), and the request's one audit row, in ONE transaction
 * started IMMEDIATE on the worker's own connection, the progress posted as it goes.
 */
import { parentPort } from 'node:worker_threads';
import { writeAudit } from '../audit-row';
import type { JobPhase } from '../jobs/store';
import { jobOf } from '../jobs/worker-job';
import { connect, toWire } from '../jobs/worker-wire';
import { loadZhWords } from '../shared/zh-words';
import type { DistributeJob, DistributeToMain } from './distribute-job';
import { writeDistribution } from './distribute-write';

const port = parentPort;
if (!port) throw new Error('distribute-worker.ts runs only as a worker thread');
const send = (m: DistributeToMain) => port.postMessage(m);

function run(job: DistributeJob): void {
  const { sqlite, db } = connect(job, false);
  try {
    const now = new Date(job.nowIso);
    const ctx = {
      now: () => now,
      operator: job.stamp.operator,
      progress: (phase: JobPhase, done = 0, total = 0) => send({ type: 'progress', phase, done, total }),
    };
    const out = sqlite
      .transaction(() => {
        const written = writeDistribution(db, job.input, ctx);
        writeAudit(db, job.stamp.method, job.stamp.operator, written.entry, now);
        return written.out;
      })
      .immediate();
    send({ type: 'done', out });
  } finally {
    sqlite.close();
  }
}

// The words first: the audit row stores them. A worker kept ready loads them before it is ready.
loadZhWords()
  .then(() => jobOf<DistributeJob>())
  .then(
    (job) => {
      try {
        run(job);
      } catch (e) {
        send({ type: 'error', error: toWire(e) });
      }
    },
    (e: unknown) => send({ type: 'error', error: toWire(e) }),
  );
