import type { HandlerMap } from '../handler';
import type { jobsContract } from './contract';
import { readProgress } from './store';

export const jobsHandlers: HandlerMap<keyof typeof jobsContract> = {
  'jobs.progress': (_db, input) => {
    const p = readProgress(input.jobId);
    return p && { phase: p.phase, done: p.done, total: p.total, finished: p.finished };
  },
};
