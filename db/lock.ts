import { readFileSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';

/**
 * One post, one writer: a Gatepost process holds `<db>.lock`, a tiny SQLite file, with an
 * exclusive SQLite lock (an OS file lock) for as long as it lives. The lock dies with the process
 * (kill -9 included), so it can never go stale the way a PID file can. The main database file is
 * not locked: a second connection of the same process (an import worker) opens it as usual.
 */
export type LockHolder = { pid: number; host: string; since: string };

/** Another process holds the database; `holder` is null when its note could not be read. */
export class DatabaseLockedError extends Error {
  constructor(
    readonly holder: LockHolder | null,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseLockedError';
  }
}

type Held = { connection: Database.Database; holder: LockHolder; users: number };
const held = new Map<string, Held>();

export const lockPathOf = (dbPath: string): string => `${dbPath}.lock`;

function readHolder(lockPath: string, nativeBinding: string | undefined): LockHolder | null {
  try {
    // The holder's OS lock is advisory: the bytes stay readable. Read them as a copy in memory.
    const copy = new Database(readFileSync(lockPath), { nativeBinding });
    try {
      const row = copy.prepare('SELECT pid, host, since FROM holder LIMIT 1').get() as LockHolder | undefined;
      return row ?? null;
    } finally {
      copy.close();
    }
  } catch {
    return null;
  }
}

/** "2026-11-28 10:05" at the post (UTC+8), for the message. */
function shanghai(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const d = new Date(at + 8 * 3600 * 1000).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 19)}`;
}

export function lockedMessage(dbPath: string, holder: LockHolder | null): string {
  const who = holder
    ? `进程号 ${holder.pid}${holder.host ? `，计算机 ${holder.host}` : ''}，自 ${shanghai(holder.since)} 起`
    : '无法读取占用者信息';
  return `数据库 ${dbPath} 正被另一个 Gatepost 程序使用（${who}），为防止两处同时写入已拒绝打开。请先关闭那个程序（或在那台电脑上退出 Gatepost）后再试。`;
}

const isBusy = (e: unknown): boolean => {
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
};

function tryAcquire(
  lockPath: string,
  nativeBinding: string | undefined,
  holder: LockHolder,
): Database.Database {
  const c = new Database(lockPath, { timeout: 0, nativeBinding });
  try {
    c.pragma('locking_mode = EXCLUSIVE');
    c.pragma('journal_mode = MEMORY');
    c.exec('BEGIN EXCLUSIVE');
    c.exec(
      'CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL, host TEXT NOT NULL, since TEXT NOT NULL)',
    );
    c.exec('DELETE FROM holder');
    c.prepare('INSERT INTO holder (pid, host, since) VALUES (?, ?, ?)').run(
      holder.pid,
      holder.host,
      holder.since,
    );
    // In EXCLUSIVE locking mode the connection keeps its exclusive lock after the commit.
    c.exec('COMMIT');
    return c;
  } catch (e) {
    c.close();
    throw e;
  }
}

/**
 * Take the process's lock on `dbPath`, or throw DatabaseLockedError naming the process that holds
 * it. Taking it again in the same process (a reopen, a worker thread) is allowed. Returns the
 * release: the lock goes when the last connection of this process lets go, or when it dies.
 */
export function lockDatabase(dbPath: string, nativeBinding?: string, now: Date = new Date()): () => void {
  const key = resolve(dbPath);
  const mine = held.get(key);
  if (mine) {
    mine.users++;
    return once(() => release(key));
  }
  const lockPath = lockPathOf(key);
  const holder: LockHolder = { pid: process.pid, host: hostname(), since: now.toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      held.set(key, { connection: tryAcquire(lockPath, nativeBinding, holder), holder, users: 1 });
      return once(() => release(key));
    } catch (e) {
      if (!isBusy(e)) throw e;
      const other = readHolder(lockPath, nativeBinding);
      // This very process holds it (another thread's connection): not a second writer.
      if (other && other.pid === process.pid && other.host === holder.host) return () => undefined;
      // A holder that is just writing its note: look once more before refusing.
      if (attempt < 1 && !other) continue;
      throw new DatabaseLockedError(other, lockedMessage(key, other));
    }
  }
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

function release(key: string): void {
  const mine = held.get(key);
  if (!mine || --mine.users > 0) return;
  held.delete(key);
  // Removed while still held, then let go: an opener that raced us meets the lock, looks again,
  // and finds no file. A lock file left by a killed process is simply taken over next time.
  try {
    rmSync(lockPathOf(key), { force: true });
  } catch {
    // A read-only folder: the file stays, unlocked, which is harmless.
  }
  mine.connection.close();
}
