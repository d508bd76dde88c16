/**
 * One import, start to end, as the import worker runs it: read and check the sheet, plan it against
 * the registry, and (on commit, once the main thread has taken its backup) write it on this
 * connection in ONE transaction started IMMEDIATE, with the request's one audit row. The main
 * connection keeps answering reads from its WAL snapshot meanwhile.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../../db/open';
import * as schema from '../../../db/schema';
import { writeAudit } from '../audit-row';
import { ApiError, type Issue } from '../errors';
import type { AuditStamp } from '../handler';
import type { JobPhase } from '../jobs/store';
import { dayOf } from '../shared/dates';
import { ImportReport } from './contract';
import { apply, importSummary, plan, refuseInvalid, type WriteCtx } from './import-plan';
import { parseRows } from './import-rows';
import { readSheet } from './sheet-reader';

export type JobInput = {
  dbPath: string;
  nativeBinding?: string;
  fileName: string;
  dataBase64: string;
  commit: boolean;
  skipInvalid: boolean;
  /** The request's clock when it started (the worker cannot call the host's clock). */
  nowIso: string;
  stamp: AuditStamp;
};

/** An error as it crosses from the worker to the main thread. */
export type WireError = {
  api?: { code: ApiError['code']; issues?: Issue[] };
  code?: string;
  message: string;
};

export type ToMain =
  | { type: 'progress'; phase: JobPhase; done: number; total: number }
  /** The plan is valid and nothing is written yet: the main thread takes its backup, then says go. */
  | { type: 'ready' }
  | { type: 'done'; report: ImportReport }
  | { type: 'error'; error: WireError };
export type ToWorker = { type: 'go'; nowIso: string };

export function toWire(e: unknown): WireError {
  if (e instanceof ApiError)
    return { api: { code: e.code, ...(e.issues ? { issues: e.issues } : {}) }, message: e.message };
  const code = (e as { code?: unknown } | null)?.code;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    message: e instanceof Error ? e.message : String(e),
  };
}

export function fromWire(w: WireError): Error {
  if (w.api) return new ApiError(w.api.code, w.message, w.api.issues);
  return Object.assign(new Error(w.message), w.code ? { code: w.code } : {});
}

export async function runJob(
  input: JobInput,
  send: (m: ToMain) => void,
  go: () => Promise<string>,
): Promise<ImportReport> {
  const progress = (phase: JobPhase, done = 0, total = 0) => send({ type: 'progress', phase, done, total });
  // Only the checked rows outlive this step: the sheet's cells are left to the collector.
  const { sheet, parsed } = await readSheet(input.fileName, input.dataBase64, progress).then((read) => {
    progress('check');
    return { sheet: read.sheet, parsed: parseRows(read, dayOf(new Date(input.nowIso))) };
  });
  const sqlite = new Database(input.dbPath, { fileMustExist: true, nativeBinding: input.nativeBinding });
  try {
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    const db = drizzle({ client: sqlite, schema }) as Db;
    let now = new Date(input.nowIso);
    const ctx: WriteCtx = { now: () => now, operator: input.stamp.operator, progress };
    const prep = { sheet, parsed };
    const version = () => sqlite.pragma('data_version', { simple: true }) as number;
    let seen = 0;
    let p = sqlite.transaction(() => {
      seen = version();
      return plan(db, prep);
    })();
    if (!input.commit) {
      apply(db, p, input.fileName, false, ctx);
      return p.report;
    }
    refuseInvalid(p.report, input.skipInvalid);
    progress('write', 0, p.valid.length);
    send({ type: 'ready' });
    now = new Date(await go());
    const write = sqlite.transaction(() => {
      // Someone wrote since the plan was made: plan again under the write lock.
      if (version() !== seen) {
        p = plan(db, prep);
        refuseInvalid(p.report, input.skipInvalid);
      }
      apply(db, p, input.fileName, true, ctx);
      p.report.committed = true;
      const summary = importSummary(input.fileName, p.report);
      writeAudit(db, input.stamp.method, input.stamp.operator, { entity: 'import', summary }, now);
      // Checked before the commit, so a report the contract refuses leaves nothing written.
      return ImportReport.parse(p.report);
    });
    return write.immediate();
  } finally {
    sqlite.close();
  }
}
