import { z } from 'zod';
import { Compound } from '../compound/contract';
import { Overview } from '../overview/contract';

export const Session = z.object({
  /** Today at the post (Asia/Shanghai), YYYY-MM-DD. */
  today: z.string(),
  /** The host's clock, ISO-8601 UTC. */
  now: z.string(),
  timeZone: z.string(),
  /** The operator on duty for this request, or null. */
  operator: z.object({ id: z.number(), name: z.string() }).nullable(),
  /** The compound and the post's rules every screen needs (fever threshold, quarantine days …). */
  compound: Compound,
  closure: Overview.shape.closure,
});
export type Session = z.infer<typeof Session>;

export const sessionContract = {
  /** What every screen needs to know about "now" at the post, in one cheap call. */
  'session.get': { kind: 'query', input: z.object({}), output: Session },
} as const;
