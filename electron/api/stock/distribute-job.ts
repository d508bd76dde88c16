/** What the main thread and a distribution's worker thread say to each other (distribute-offload.ts, distribute-worker.ts). */
import type { Out, Parsed } from '../contract';
import type { AuditStamp } from '../handler';
import type { JobPhase } from '../jobs/store';
import type { Connect, WireError } from '../jobs/worker-wire';

export type DistributeJob = Connect & {
  input: Parsed<'stock.distribute'>;
  /** The request's clock when it started (the worker cannot call the host's clock). */
  nowIso: string;
  stamp: AuditStamp;
};

export type DistributeToMain =
  | { type: 'progress'; phase: JobPhase; done: number; total: number }
  | { type: 'done'; out: Out<'stock.distribute'> }
  | { type: 'error'; error: WireError };
