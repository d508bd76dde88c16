/** Progress of long calls, kept in memory of the host process while they run. */

export const JOB_PHASES = ['read', 'parse', 'check', 'write', 'build'] as const;
export type JobPhase = (typeof JOB_PHASES)[number];
export type JobProgress = { phase: JobPhase; done: number; total: number; finished: boolean; at: number };

const jobs = new Map<string, JobProgress>();
const KEEP_MS = 5 * 60_000;

export function reportProgress(jobId: string, phase: JobPhase, done = 0, total = 0): void {
  jobs.set(jobId, { phase, done, total, finished: false, at: performance.now() });
}

export function finishJob(jobId: string): void {
  const j = jobs.get(jobId);
  if (j) j.finished = true;
  // Forget stale jobs so the map never grows without bound.
  const cutoff = performance.now() - KEEP_MS;
  for (const [id, p] of jobs) if (p.at < cutoff) jobs.delete(id);
}

export function readProgress(jobId: string): JobProgress | null {
  return jobs.get(jobId) ?? null;
}

/** Let the event loop answer progress polls between chunks of work. */
export const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Writers on another connection of this process (the import worker while it commits, a large
 * distribution's worker). A mutation on the main connection meanwhile would block the main thread on
 * SQLite's busy timeout — the very freeze the worker exists to avoid — so the router answers BUSY at
 * once instead, with the code of what is writing.
 */
export type WorkerWrite = 'import_writing' | 'distrib_writing';
const workerWriters: WorkerWrite[] = [];
export function workerWriteStarted(what: WorkerWrite = 'import_writing'): () => void {
  workerWriters.push(what);
  let ended = false;
  return () => {
    if (!ended) workerWriters.splice(workerWriters.indexOf(what), 1);
    ended = true;
  };
}
export const workerWriting = (): boolean => workerWriters.length > 0;
/** What a worker is writing now (the first still writing), or null. */
export const workerWrite = (): WorkerWrite | null => workerWriters[0] ?? null;
