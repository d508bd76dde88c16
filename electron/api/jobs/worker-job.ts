/**
 * A worker thread's side of its job: the job is its `workerData` — or, in a worker kept ready
 * (worker-start.ts), the first message the main thread posts it when a job comes. Such a worker
 * says `kept-ready` once it is loaded (what it loads before asking for its job); the main thread
 * hands a job only to one that has said so.
 */
import { parentPort, workerData } from 'node:worker_threads';

/** The workerData of a worker started before its job (`keptReady`). */
export type KeptReady = { keptReady: true };
/** The message that hands a worker kept ready its job. */
export type JobMessage = { type: 'job'; job: unknown };
/** What a worker kept ready says once it is loaded. */
export type KeptReadyMessage = { type: 'kept-ready' };

export const isKeptReady = (data: unknown): data is KeptReady =>
  typeof data === 'object' && data !== null && (data as KeptReady).keptReady === true;

/** This worker's job (call it once the worker has loaded what every job needs). */
export function jobOf<T>(): Promise<T> {
  const port = parentPort;
  if (!isKeptReady(workerData) || !port) return Promise.resolve(workerData as T);
  return new Promise((resolve) => {
    port.once('message', (m: JobMessage) => resolve(m.job as T));
    port.postMessage({ type: 'kept-ready' } satisfies KeptReadyMessage);
  });
}
