/** Entry of the import worker thread (its own bundle entry in the Electron build). */
import { parentPort, workerData } from 'node:worker_threads';
import { type JobInput, runJob, type ToMain, type ToWorker, toWire } from './import-job';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
const send = (m: ToMain) => port.postMessage(m);
const go = () =>
  new Promise<string>((resolve) => {
    port.once('message', (m: ToWorker) => resolve(m.nowIso));
  });

runJob(workerData as JobInput, send, go).then(
  (report) => send({ type: 'done', report }),
  (e: unknown) => send({ type: 'error', error: toWire(e) }),
);
