/**
 * The main thread's side of an import: start the import worker (one per preview or commit), relay its
 * progress to the job store, take the backup when a commit's plan is ready, and turn its end into a
 * result or an error. A worker that runs out of its memory dies alone; the user gets a VALIDATION
 * message.
 */
import type { Db, ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import { type ApiError, refuse } from '../errors';
import type { AuditStamp } from '../handler';
import { workerWriteStarted } from '../jobs/store';
import { startWorker } from '../jobs/worker-start';
import { connection as connectionOf, fromWire } from '../jobs/worker-wire';
import { dayOf } from '../shared/dates';
import type { ImportReport } from './contract';
import type { CachedSheet } from './import-cache';
import { collectNow } from './import-gc';
import type { CommitJob, JobInput, JobOutput, ToMain, ToWorker } from './import-job';
import type { CommitChoices } from './import-plan';

/** The worker's heap: far above a 400,000-row sheet's needs, far below what would take the laptop down. */
export const WORKER_HEAP_MB = 1024;

/** GATEPOST_IMPORT_HEAP_MB lowers (or raises) the worker's heap, for a small laptop or a test. */
const heapMb = (): number => Number(process.env.GATEPOST_IMPORT_HEAP_MB) || WORKER_HEAP_MB;

function workerFailure(e: Error): Error {
  if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY')
    return refuse('VALIDATION', { code: 'import_out_of_memory', params: { mb: heapMb() } });
  return e;
}

/** A backup that cannot be taken stops the import: said plainly, nothing imported. */
export function backupFailure(e: unknown): ApiError {
  const why = e instanceof Error ? e.message : String(e);
  return refuse('CONFLICT', { code: 'import_backup_failed', params: { why } });
}

/**
 * Run one import step in a worker on its own connection. `onReady` (a commit) runs when the worker's
 * plan is valid and nothing is written yet; the worker writes once it has resolved.
 */
function runWorker(job: JobInput, ctx: Ctx, onReady?: () => Promise<void>): Promise<JobOutput> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(import.meta.url, 'import-worker', {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: heapMb(), maxYoungGenerationSizeMb: 8 },
    });
    let settled = false;
    let writeEnded: () => void = () => undefined;
    const settle = (end: () => void) => {
      if (settled) return;
      settled = true;
      writeEnded();
      void worker.terminate();
      end();
    };
    worker.on('message', (m: ToMain) => {
      if (m.type === 'progress') ctx.progress(m.phase, m.done, m.total);
      else if (m.type === 'done') settle(() => resolve(m.out));
      else if (m.type === 'error') settle(() => reject(fromWire(m.error)));
      else if (m.type === 'ready') {
        // The plan is valid and nothing is written yet: back up first, then let it write.
        (onReady ?? (() => Promise.resolve()))().then(
          () => {
            if (settled) return;
            writeEnded = workerWriteStarted();
            worker.postMessage({ type: 'go', nowIso: ctx.now().toISOString() } satisfies ToWorker);
          },
          (e: unknown) => settle(() => reject(backupFailure(e))),
        );
      }
    });
    worker.on('error', (e) => settle(() => reject(workerFailure(e))));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`导入线程意外结束（退出码 ${code}），未导入任何数据`))),
    );
  });
}

const connection = (db: ReadDb) => connectionOf(db.$client);

/** Read, check and plan a sheet in a worker, on a read-only connection; null for an in-memory database. */
export function offloadPreview(
  db: ReadDb,
  input: { fileName: string; dataBase64: string },
  ctx: Ctx,
): Promise<JobOutput | null> {
  if (db.$client.memory) return Promise.resolve(null);
  const job: JobInput = { mode: 'preview', ...connection(db), ...input, nowIso: ctx.now().toISOString() };
  // The worker gets its copy of the file as it starts (workerData is copied then); this thread's is
  // let go at once — the input is the router's own parsed copy — and collected with what the request
  // was read and decoded from (the body, 2–3 times the file), so the preview's peak, while the worker
  // plans, does not hold the file's base64 on this thread too (issue 11).
  const running = runWorker(job, ctx);
  job.dataBase64 = '';
  input.dataBase64 = '';
  collectNow();
  return running;
}

/** Commit a previewed sheet in a worker (its rows if still kept and checked today, else its file). */
export async function offloadCommit(
  db: Db,
  sheet: CachedSheet,
  choices: CommitChoices,
  ctx: Ctx,
  stamp: AuditStamp,
): Promise<ImportReport | null> {
  if (db.$client.memory) return null;
  const now = ctx.now();
  const job: CommitJob = {
    mode: 'commit',
    ...connection(db),
    fileName: sheet.fileName,
    source: sheet.rows && sheet.day === dayOf(now) ? { rows: sheet.rows } : { file: sheet.file },
    choices: {
      skipInvalid: choices.skipInvalid,
      createPlaces: choices.createPlaces,
      takeStale: choices.takeStale,
    },
    nowIso: now.toISOString(),
    stamp,
  };
  const backup = () => Promise.resolve(ctx.backup?.('import', ctx.operator?.name ?? null));
  return (await runWorker(job, ctx, backup)).report;
}
