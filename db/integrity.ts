/**
 * The integrity check off the start path (issue 11). `quick_check` reads the whole file: about a
 * second per 100 MB on a loaded laptop, too long to sit between the start and the first screen of a
 * district's registry. A file is checked before anything is written to it (db/open.ts) unless it is
 * exactly as this app left it at a clean close: then it opens at once and `quick_check` runs in a
 * worker thread on its own read-only connection, while every write waits for its answer (the router
 * holds mutations on `integrityChecked`); a failed check stops writes, as a failed check at open did.
 *
 * "Exactly as left": a clean close that had passed the check writes `<db>.checked` with the file's
 * device, inode, size, modification time (ns) and schema version; the next open consumes it, so a
 * crash (no clean close) leaves none. A copied, replaced, restored-by-hand or otherwise touched file
 * differs in one of them, and a `-wal` with content beside it means the last close was not clean:
 * each of those is checked first, as before.
 */
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as WorkerThreads from 'node:worker_threads';
import type Database from 'better-sqlite3';

export type Integrity = { state: 'passed' } | { state: 'checking' } | { state: 'failed'; detail: string };

type Gate = { current: Integrity; done: Promise<Integrity>; ended: Int32Array | null; start: () => void };
const gates = new WeakMap<Database.Database, Gate>();
const PASSED: Integrity = { state: 'passed' };

export const markerPath = (dbPath: string): string => `${dbPath}.checked`;

type Marker = { dev: string; ino: string; size: string; mtimeNs: string; version: number };

function stampOf(dbPath: string, version: number): Marker {
  const s = statSync(dbPath, { bigint: true });
  return {
    dev: String(s.dev),
    ino: String(s.ino),
    size: String(s.size),
    mtimeNs: String(s.mtimeNs),
    version,
  };
}

const walHasContent = (dbPath: string): boolean =>
  existsSync(`${dbPath}-wal`) && statSync(`${dbPath}-wal`).size > 0;

/**
 * The schema version the file had at its last clean close when it is unchanged since (read before
 * anything, even a read-only probe, opens it); null when it must be checked before it is opened.
 */
export function unchangedSinceCleanClose(dbPath: string): number | null {
  const marker = markerPath(dbPath);
  if (!existsSync(marker) || walHasContent(dbPath)) return null;
  try {
    const saved = JSON.parse(readFileSync(marker, 'utf8')) as Marker;
    const now = stampOf(dbPath, saved.version);
    return JSON.stringify(saved) === JSON.stringify(now) ? saved.version : null;
  } catch {
    return null;
  }
}

/** The marker is consumed at open: until the next clean close the file is not known to be clean. */
export function forgetCleanClose(dbPath: string): void {
  rmSync(markerPath(dbPath), { force: true });
}

/** After a clean close of a file that passed its check (the WAL was folded in and removed). */
export function rememberCleanClose(dbPath: string, version: number): void {
  if (!existsSync(dbPath) || walHasContent(dbPath)) return;
  try {
    writeFileSync(markerPath(dbPath), JSON.stringify(stampOf(dbPath, version)));
  } catch (e) {
    // Only the next start's speed depends on it: it will check first.
    console.error('[gatepost] the clean-close marker was not written:', e);
  }
}

/**
 * The check, in a worker thread, on a read-only connection of its own: the first problems, or 'ok'.
 * Its end is also set in shared memory (1 passed, 2 failed) once its connection is closed, so a close
 * of the main connection can wait for it synchronously (db/open.ts): the main connection is then the
 * last to close, and SQLite folds in and removes the WAL as after any clean close.
 */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const done = new Int32Array(workerData.done);
let db;
let result;
try {
  db = new Database(workerData.path, { readonly: true, fileMustExist: true, nativeBinding: workerData.nativeBinding });
  // The first problems, past the "*** in database main ***" line that heads them.
  const rows = db.pragma('quick_check(4)').map((r) => String(Object.values(r)[0]));
  result = rows.filter((r) => !r.startsWith('***')).join('; ') || rows.join('; ');
} catch (e) {
  result = String((e && e.message) || e);
} finally {
  try { if (db) db.close(); } catch {}
}
Atomics.store(done, 0, result === 'ok' ? 1 : 2);
Atomics.notify(done, 0);
parentPort.postMessage({ result });`;

type Check = { result: Promise<string>; done: Int32Array };

function quickCheckInWorker(dbPath: string, nativeBinding: string | undefined): Check {
  const require = createRequire(import.meta.url);
  const module = require.resolve('better-sqlite3');
  // Loaded here, half a second after the start: node:worker_threads is not on its path (issue 11).
  const { Worker } = require('node:worker_threads') as typeof WorkerThreads;
  const shared = new SharedArrayBuffer(4);
  const result = new Promise<string>((resolve) => {
    const worker = new Worker(CHECK, {
      eval: true,
      workerData: { module, path: dbPath, nativeBinding, done: shared },
    });
    worker.once('message', (m: { result: string }) => resolve(m.result));
    worker.once('error', (e) => resolve(e.message));
    worker.once('exit', (code) => resolve(`the check stopped (${code})`));
  });
  return { result, done: new Int32Array(shared) };
}

/**
 * How long after a fast open the check starts by itself: the first screen's reads go first, on a
 * laptop with two cores. A write that arrives sooner starts it at once (it waits for it anyway).
 */
export const CHECK_DELAY_MS = 500;

/**
 * Defer the check of an open connection's file: it starts after `CHECK_DELAY_MS`, or as soon as a
 * write asks for its answer. `passed` runs on the connection once it has passed (what open would
 * have written, such as the planner's statistics).
 */
export function checkInBackground(
  sqlite: Database.Database,
  dbPath: string,
  options: { nativeBinding?: string; passed?: () => void } = {},
): void {
  let settle: (i: Integrity) => void = () => undefined;
  const gate: Gate = {
    current: { state: 'checking' },
    done: new Promise<Integrity>((resolve) => {
      settle = resolve;
    }),
    ended: null,
    start: () => {
      if (gate.ended) return;
      clearTimeout(timer);
      const check = quickCheckInWorker(dbPath, options.nativeBinding);
      gate.ended = check.done;
      void check.result.then((result) => {
        gate.current = result === 'ok' ? PASSED : { state: 'failed', detail: result };
        if (gate.current.state === 'failed')
          console.error(`[gatepost] 数据库完整性检查未通过：${result}。已停止写入。`);
        else if (sqlite.open)
          try {
            options.passed?.();
          } catch (e) {
            // Only the planner's statistics wait on it (another writer may hold the lock): not fatal.
            console.error('[gatepost] after the integrity check:', e);
          }
        settle(gate.current);
      });
    },
  };
  const timer = setTimeout(gate.start, CHECK_DELAY_MS);
  gates.set(sqlite, gate);
}

/** Where the connection's check stands now (a file checked at open, or a new one, has passed). */
export function integrityOf(sqlite: Database.Database): Integrity {
  return gates.get(sqlite)?.current ?? PASSED;
}

/** The check's answer, once it is known: what a write waits for. */
export function integrityChecked(sqlite: Database.Database): Promise<Integrity> {
  const gate = gates.get(sqlite);
  if (!gate) return Promise.resolve(PASSED);
  if (gate.current.state === 'checking') gate.start();
  return gate.done;
}

/**
 * Before the main connection closes: wait (synchronously, at most `ms`) for a check still running to
 * close its own connection, and take its verdict. Answers where the check stands then.
 */
export function settleBeforeClose(sqlite: Database.Database, ms = 60_000): Integrity {
  const gate = gates.get(sqlite);
  if (gate?.current.state !== 'checking') return integrityOf(sqlite);
  gate.start(); // not started yet (a close right after the open): checked now, for the next start
  if (!gate.ended) return gate.current;
  Atomics.wait(gate.ended, 0, 0, ms);
  const ended = Atomics.load(gate.ended, 0);
  if (ended === 1) gate.current = PASSED;
  else if (ended === 2) gate.current = { state: 'failed', detail: 'quick_check' };
  return gate.current;
}
