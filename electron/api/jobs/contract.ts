import { z } from 'zod';
import { msg } from '../shared/reason';
import { JOB_PHASES } from './store';

export const JobId = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, msg('job_id_invalid'));

export const jobsContract = {
  /** Where a long call (an import, an export) has got to; null before it starts. */
  'jobs.progress': {
    kind: 'query',
    input: z.object({ jobId: JobId }),
    output: z
      .object({
        phase: z.enum(JOB_PHASES),
        done: z.number().int(),
        total: z.number().int(),
        finished: z.boolean(),
      })
      .nullable(),
  },
} as const;
