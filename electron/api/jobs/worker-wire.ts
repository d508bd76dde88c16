/**
 * What a job's worker thread and the main thread share: an error as it crosses between them (an
 * ApiError keeps its code and reason, a SQLite error its code, so the router answers the same as on
 * the main thread), and the worker's own connection to the database file.
 */
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { type Db, writerPragmas } from '../../../db/open';
import { ApiError, type Issue } from '../errors';
import type { Reason } from '../shared/reason';

/** An error as it crosses from the worker to the main thread. */
export type WireError = {
  api?: { code: ApiError['code']; issues?: Issue[]; reason: Reason };
  code?: string;
  message: string;
};

export function toWire(e: unknown): WireError {
  if (e instanceof ApiError)
    return {
      api: { code: e.code, reason: e.reason, ...(e.issues ? { issues: e.issues } : {}) },
      message: e.message,
    };
  const code = (e as { code?: unknown } | null)?.code;
  return {
    ...(typeof code === 'string' ? { code } : {}),
    message: e instanceof Error ? e.message : String(e),
  };
}

export function fromWire(w: WireError): Error {
  if (w.api) return new ApiError(w.api.code, w.message, w.api.issues, undefined, w.api.reason);
  return Object.assign(new Error(w.message), w.code ? { code: w.code } : {});
}

/** Where the worker finds the database (and, in Electron, its build of better-sqlite3). */
export type Connect = { dbPath: string; nativeBinding?: string };

/** The worker's own connection: read-only, or a writer with the main connection's pragmas. */
export function connect(c: Connect, readonly: boolean): { sqlite: Database.Database; db: Db } {
  const sqlite = new Database(c.dbPath, { fileMustExist: true, readonly, nativeBinding: c.nativeBinding });
  sqlite.pragma('busy_timeout = 5000');
  if (!readonly) {
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    writerPragmas(sqlite);
  }
  return { sqlite, db: drizzle({ client: sqlite }) as unknown as Db };
}

/** The connection a worker needs to reach the main connection's file. */
export const connection = (sqlite: { name: string }): Connect => ({
  dbPath: sqlite.name,
  nativeBinding: process.env.GATEPOST_NATIVE_BINDING,
});
