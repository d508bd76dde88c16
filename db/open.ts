import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { analyse } from './analyse';
import {
  checkInBackground,
  forgetCleanClose,
  rememberCleanClose,
  settleBeforeClose,
  unchangedSinceCleanClose,
} from './integrity';
import { findMigrationsFolder, type Journal, readJournal } from './journal';
import { DatabaseLockedError, lockDatabase } from './lock';
import { runMigrations } from './migrate';
import { fileProblem, inspectionFailure, isSqliteCode, removeNewSidecars, sidecarsOf } from './open-checks';
import type * as schema from './schema';

/** 'GPST' — marks a SQLite file as a Gatepost database. */
export const APPLICATION_ID = 0x47505354;

export { withQueryOnly } from './query-only';
export { analyse, findMigrationsFolder, readJournal };

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * What a query is given: drizzle's reads, and of the raw connection only what cannot write (its
 * name, whether it is in memory or open — and its identity, which keys per-database state). The
 * router also runs a query in a savepoint it rolls back (`withQueryOnly`), so a write does not stay.
 */
export type ReadDb = Pick<Db, 'select' | 'selectDistinct' | 'query' | 'all' | 'get' | 'values' | '$count'> & {
  readonly $client: Pick<Database.Database, 'name' | 'memory' | 'open'>;
};

/**
 * A connection for one long read that goes on across `await`s (an export iterating 300,000 rows
 * while it writes them out). better-sqlite3 refuses every write on a connection while one of its
 * statements is being iterated, so such a read must not hold the main connection: a file database
 * gets a second, read-only connection to the same file, whose open statement keeps one WAL
 * snapshot for the whole read while the main connection goes on answering and writing. A database
 * in memory has no file to share: its own connection is lent, and the caller must not await while
 * it iterates (`shared`).
 */
export function openReader(
  db: ReadDb,
  nativeBinding?: string,
): { sqlite: Database.Database; shared: boolean; close: () => void } {
  const main = db.$client as Database.Database;
  if (main.memory) return { sqlite: main, shared: true, close: () => undefined };
  const sqlite = new Database(main.name, { readonly: true, fileMustExist: true, nativeBinding });
  sqlite.pragma('busy_timeout = 5000');
  // The main connection's page cache (64 MB), for as long as the read lasts: an export in the
  // registry's order reads residents all over the file.
  sqlite.pragma('cache_size = -65536');
  return { sqlite, shared: false, close: () => sqlite.close() };
}

/**
 * Temporary files in memory: a write to residents or households fires the counter triggers (migration
 * 0013), so SQLite keeps a statement journal for it, and one that touches a resident's dozen indexes
 * outgrows SQLite's 64 KB in memory and spilled to a temporary file, for every row: an import of
 * 100,000 households spent most of its time creating and writing those files (issue 11). Every
 * connection that writes sets this (the import worker's too).
 */
export function writerPragmas(sqlite: Database.Database): void {
  sqlite.pragma('temp_store = MEMORY');
}

export type OpenOptions = {
  /** Folder of drizzle-kit migrations; found next to this file by default. */
  migrationsFolder?: string;
  /** Path to an Electron-ABI better_sqlite3.node (set by the Electron main process). */
  nativeBinding?: string;
  /** Skip the full-file quick_check (benchmarks on huge files). */
  skipIntegrityCheck?: boolean;
  /**
   * When the file does not exist: 'create' it in its existing folder (the default), also create
   * missing 'folders' (the user asked for a new database, or the app's own data folder on first
   * start), or 'refuse' (a path the user typed: a typo must not become an empty registry).
   */
  ifMissing?: 'create' | 'folders' | 'refuse';
  /** Hold `<db>.lock` so no other process opens the same file (default true). */
  lock?: boolean;
};

export type OpenReason = 'future' | 'foreign' | 'corrupt' | 'readonly' | 'missing' | 'locked' | 'disk_full';

/** The database cannot be opened as it is; nothing in the file was changed. */
export class DatabaseOpenError extends Error {
  constructor(
    readonly reason: OpenReason,
    message: string,
  ) {
    super(message);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Look at an existing file read-only and refuse it before anything is written. Answers whether its
 * integrity check is left to run in the background (db/integrity.ts): only for a file unchanged since
 * this app's last clean close, at this release's schema (nothing to migrate), and asked to be checked.
 */
function inspectExisting(
  path: string,
  journal: Journal,
  nativeBinding: string | undefined,
  integrity: boolean,
): boolean {
  if (!existsSync(path) || statSync(path).size === 0) return false;
  // Read before the probe opens the file (a read-only connection may leave an empty -wal beside it).
  const cleanAt = integrity ? unchangedSinceCleanClose(path) : null;
  let deferred = false;
  const problem = fileProblem(path);
  if (problem) throw new DatabaseOpenError(problem.reason, problem.message);
  // Unchanged since this release's clean close at its own schema version: a Gatepost file with
  // nothing to migrate and nothing newer, which passed its check. No probe connection (issue 11).
  if (cleanAt !== null && cleanAt === journal.entries.length) return true;
  // A read-only connection to a WAL file makes empty -wal/-shm files: a refused file keeps none.
  const before = sidecarsOf(path);
  let probe: Database.Database;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (e) {
    removeNewSidecars(path, before);
    const failure = inspectionFailure(path, e);
    throw new DatabaseOpenError(failure.reason, failure.message);
  }
  let refused = true;
  try {
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = probe
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .get() as { n: number };
    if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
      throw new DatabaseOpenError('foreign', `文件 ${path} 不是 Gatepost 数据库，未做任何修改。`);
    }
    const known = journal.entries.length;
    const latestKnown = Math.max(0, ...journal.entries.map((e) => e.when));
    const hasMigrationsTable = probe
      .prepare("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'")
      .get();
    const newer = hasMigrationsTable
      ? (probe
          .prepare('SELECT count(*) AS n FROM __drizzle_migrations WHERE created_at > ?')
          .get(latestKnown) as {
          n: number;
        })
      : { n: 0 };
    deferred = cleanAt !== null && cleanAt === version && version === known && newer.n === 0;
    if (integrity && !deferred) {
      // Checked read-only, before anything (even the journal mode) is written to the file.
      const check = probe.pragma('quick_check', { simple: true });
      if (check !== 'ok')
        throw new DatabaseOpenError('corrupt', `数据库完整性检查未通过：${String(check)}，未做任何修改。`);
    }
    if (version > known || newer.n > 0) {
      const detail =
        version > known
          ? `结构版本 ${version}，本程序最高支持到 ${known}`
          : `含 ${newer.n} 项本程序不认识的结构更新，本程序最高支持到结构版本 ${known}`;
      throw new DatabaseOpenError(
        'future',
        `数据库由更新版本的 Gatepost 写入（${detail}），为保护数据已拒绝打开，文件未被修改。请升级 Gatepost 后再打开。`,
      );
    }
    refused = false;
    return deferred;
  } catch (e) {
    if (e instanceof DatabaseOpenError) throw e;
    const failure = inspectionFailure(path, e);
    throw new DatabaseOpenError(failure.reason, failure.message);
  } finally {
    probe.close();
    if (refused) removeNewSidecars(path, before);
  }
}

/** A missing file or folder is created only when the caller asked for it. */
function checkMissing(path: string, ifMissing: NonNullable<OpenOptions['ifMissing']>): void {
  if (existsSync(path)) return;
  const folder = dirname(path);
  if (!existsSync(folder)) {
    if (ifMissing !== 'folders')
      throw new DatabaseOpenError(
        'missing',
        `文件夹 ${folder} 不存在，未新建数据库。请检查路径是否写错（或 U 盘是否已插好）。`,
      );
    mkdirSync(folder, { recursive: true });
  } else if (ifMissing === 'refuse') {
    throw new DatabaseOpenError('missing', `数据库文件 ${path} 不存在，未新建数据库。请检查路径是否写错。`);
  }
}

/** Open (creating if needed) and migrate the database at `path`. ':memory:' works for tests. */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrationsFolder = options.migrationsFolder ?? findMigrationsFolder();
  const journal = readJournal(migrationsFolder);
  let unlock = (): void => undefined;
  let deferred = false;
  const onDisk = path !== ':memory:';
  if (onDisk) {
    checkMissing(path, options.ifMissing ?? 'create');
    deferred = inspectExisting(path, journal, options.nativeBinding, !options.skipIntegrityCheck);
    if (options.lock !== false) unlock = takeLock(path, options.nativeBinding);
    // Known clean only until this open writes: a crash from here on leaves no marker.
    forgetCleanClose(path);
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(path, { nativeBinding: options.nativeBinding });
  } catch (e) {
    unlock();
    throw e;
  }
  const close = sqlite.close.bind(sqlite);
  sqlite.close = () => {
    // A file that passed its check and closes cleanly may open next time without waiting for one.
    const clean = onDisk && !options.skipIntegrityCheck && settleBeforeClose(sqlite).state === 'passed';
    const version = clean ? (sqlite.pragma('user_version', { simple: true }) as number) : 0;
    close();
    if (clean) rememberCleanClose(path, version);
    unlock();
    return sqlite;
  };
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MB of page cache (SQLite's default is 2 MB): a search or the board of a 100,000-household
    // registry reads rows all over the file, and re-reading them from the OS cost more than the query.
    sqlite.pragma('cache_size = -65536');
    // Reads through a memory map (up to 1 GB of the file) rather than a copy per page: the first
    // count over a 300,000-row index after a start fell from about 50 ms to 5 (issue 11: host start).
    sqlite.pragma('mmap_size = 1073741824');
    writerPragmas(sqlite);
    // No relational schema: nothing uses `db.query`, and each area imports only the tables it reads
    // (the tables are built when first imported, not all at the start: issue 11).
    const db = drizzle({ client: sqlite }) as unknown as Db;
    runMigrations(sqlite, migrationsFolder, APPLICATION_ID, journal);
    // A new post gets its own id once: every event row carries it (migration 0010 made one for older
    // files; a test that opens an older release has no such column).
    const hasPostId = (sqlite.pragma('table_info(compound)') as { name: string }[]).some(
      (c) => c.name === 'post_id',
    );
    const hasCompound = sqlite.prepare('SELECT 1 FROM compound WHERE id = 1').get() !== undefined;
    if (!hasCompound)
      sqlite
        .prepare(
          hasPostId
            ? 'INSERT OR IGNORE INTO compound (id, updated_at, post_id) VALUES (1, ?, ?)'
            : 'INSERT OR IGNORE INTO compound (id, updated_at) VALUES (1, ?)',
        )
        .run(
          ...(hasPostId
            ? [new Date(0).toISOString(), globalThis.crypto.randomUUID()]
            : [new Date(0).toISOString()]),
        );
    // A file checked in the background is written (here: the planner's statistics) once it passed.
    if (deferred)
      checkInBackground(sqlite, path, {
        nativeBinding: options.nativeBinding,
        passed: () => analyse(sqlite, 'open'),
      });
    else analyse(sqlite, 'open');
    return db;
  } catch (e) {
    sqlite.close();
    if (isSqliteCode(e, 'SQLITE_FULL'))
      throw new DatabaseOpenError(
        'disk_full',
        `磁盘已满，无法打开数据库 ${path}。请清理磁盘空间后再试，文件未被修改。`,
      );
    if (isSqliteCode(e, 'SQLITE_READONLY'))
      throw new DatabaseOpenError(
        'readonly',
        `数据库文件 ${path} 是只读的，无法写入。数据完好，未做任何修改。`,
      );
    throw e;
  }
}

function takeLock(path: string, nativeBinding: string | undefined): () => void {
  try {
    return lockDatabase(path, nativeBinding);
  } catch (e) {
    if (e instanceof DatabaseLockedError) throw new DatabaseOpenError('locked', e.message);
    if (isSqliteCode(e, 'SQLITE_FULL'))
      throw new DatabaseOpenError('disk_full', `磁盘已满，无法打开数据库 ${path}。请清理磁盘空间后再试。`);
    throw e;
  }
}
