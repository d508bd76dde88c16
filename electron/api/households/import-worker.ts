/** Entry of the import worker thread (its own bundle entry in the Electron build). */
import { parentPort } from 'node:worker_threads';
import type { JobPhase } from '../jobs/store';
import { jobOf } from '../jobs/worker-job';
import { toWire } from '../jobs/worker-wire';
import { loadZhWords } from '../shared/zh-words';
import { collector } from './import-gc';
import { type JobInput, runCommit, runPreview, type ToMain, type ToWorker } from './import-job';

const port = parentPort;
if (!port) throw new Error('import-worker.ts runs only as a worker thread');
const send = (m: ToMain) => port.postMessage(m);
const collect = collector();
const progress = (phase: JobPhase, done = 0, total = 0) => {
  collect(phase, done);
  send({ type: 'progress', phase, done, total });
};
const go = () =>
  new Promise<string>((resolve) => {
    port.once('message', (m: ToWorker) => resolve(m.nowIso));
  });

/** The kept rows and the file move to the main thread instead of being copied (when they own their memory). */
const owned = (u: Uint8Array | undefined): ArrayBuffer[] =>
  u && u.byteOffset === 0 && u.byteLength === u.buffer.byteLength && u.buffer instanceof ArrayBuffer
    ? [u.buffer]
    : [];

// The words first: a commit stores them (its audit row, the households' history).
loadZhWords()
  .then(() => jobOf<JobInput>())
  .then((job) => (job.mode === 'preview' ? runPreview(job, progress) : runCommit(job, progress, send, go)))
  .then(
    (out) => {
      const moved = [...owned(out.sheet?.rows), ...owned(out.sheet?.file)];
      port.postMessage({ type: 'done', out } satisfies ToMain, moved);
    },
    (e: unknown) => send({ type: 'error', error: toWire(e) }),
  );
