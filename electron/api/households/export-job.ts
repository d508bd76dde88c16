/** What the main thread and the export's worker thread say to each other (export-offload.ts, export-worker.ts). */
import type { z } from 'zod';
import type { JobPhase } from '../jobs/store';
import type { Connect, WireError } from '../jobs/worker-wire';
import type { RegistryFilter } from './contract';

export type ExportFilter = z.infer<typeof RegistryFilter> & { revealIds: boolean };

/** `outboxDir` and `token`: the main thread's outbox folder, and the name to write under there. */
export type ExportJob = Connect & { filter: ExportFilter; day: string; outboxDir: string; token: string };

/** The file written in the outbox's folder (its token, once the main thread's outbox keeps it). */
export type ExportOut = { fileName: string; file: string; bytes: number; rows: number };

export type ExportToMain =
  | { type: 'progress'; phase: JobPhase; done: number; total: number }
  | { type: 'done'; out: ExportOut }
  | { type: 'error'; error: WireError };
