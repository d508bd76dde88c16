/**
 * Backups of the post's database as single, self-contained SQLite files, taken with SQLite's online
 * backup API (better-sqlite3 `db.backup()`), never by copying a live file. File-level only: no
 * rotation policy and no knowledge of the API (that lives in electron/api/backups).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, findMigrationsFolder, openDatabase, readJournal } from './open';
import { BACKUP_REASONS, type BackupReason } from './schema/enums';

export { BACKUP_REASONS, type BackupReason };

export type BackupCounts = {
  households: number;
  residents: number;
  returnees: number;
  people: number;
  auditRows: number;
};

/** What a backup holds, read from the file itself (and its side file for who took it and why). */
export type BackupInfo = {
  path: string;
  file: string;
  takenAt: string;
  reason: BackupReason | null;
  by: string | null;
  size: number;
  schemaVersion: number;
  compound: string | null;
  lastChangeAt: string | null;
  counts: BackupCounts;
};

export type BackupProblem =
  | 'missing'
  | 'not_sqlite'
  | 'foreign'
  | 'future'
  | 'corrupt'
  | 'unreadable'
  | 'folder_missing'
  | 'folder_unwritable'
  | 'same_file';

/** A backup cannot be taken or used as asked; nothing was changed. */
export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
    readonly path = '',
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** The automatic backups of a database live in a `backups` folder beside it. */
export const backupsDir = (dbPath: string): string => join(dirname(dbPath), 'backups');
const baseOf = (dbPath: string): string => basename(dbPath).replace(/\.(db|sqlite3?)$/i, '');
const stampOf = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

function count(db: Database.Database, table: string): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  if (!exists) return 0;
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

function occupied(db: Database.Database): number {
  try {
    return (
      db.prepare("SELECT count(*) AS n FROM households WHERE occupancy = 'occupied'").get() as { n: number }
    ).n;
  } catch {
    return count(db, 'households');
  }
}

function textOf(db: Database.Database, sql: string): string | null {
  try {
    const row = db.prepare(sql).get() as { v: unknown } | undefined;
    return typeof row?.v === 'string' ? row.v : null;
  } catch {
    return null;
  }
}

/** Counts and facts of an open Gatepost database (any schema version). */
function factsOf(db: Database.Database) {
  const people = Math.max(count(db, 'operators'), count(db, 'staff'), count(db, 'team_members'));
  return {
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    compound: textOf(db, "SELECT nullif(name, '') AS v FROM compound WHERE id = 1"),
    lastChangeAt: textOf(db, 'SELECT max(at) AS v FROM audit_log'),
    counts: {
      // As the overview counts them: rooms where someone lives.
      households: occupied(db),
      residents: count(db, 'residents'),
      returnees: count(db, 'returnees'),
      people,
      auditRows: count(db, 'audit_log'),
    } satisfies BackupCounts,
  };
}

type Side = { takenAt: string; reason: BackupReason; by: string | null };
const sidePath = (file: string): string => `${file}.json`;

function readSide(file: string): Side | null {
  try {
    const raw = JSON.parse(readFileSync(sidePath(file), 'utf8')) as Partial<Side>;
    if (typeof raw.takenAt !== 'string' || !BACKUP_REASONS.includes(raw.reason as BackupReason)) return null;
    return { takenAt: raw.takenAt, reason: raw.reason as BackupReason, by: raw.by ?? null };
  } catch {
    return null;
  }
}

function ensureFolder(folder: string, create: boolean): void {
  if (!existsSync(folder)) {
    if (!create)
      throw new BackupError(
        'folder_missing',
        `备份文件夹不存在：${folder}。如果是 U 盘，请确认已插好并已打开。`,
        folder,
      );
    mkdirSync(folder, { recursive: true });
  }
  if (!statSync(folder).isDirectory())
    throw new BackupError('folder_missing', `这不是一个文件夹：${folder}`, folder);
}

/**
 * Back `source` up into `folder` as `<name>-<UTC stamp>-<reason>.db`: written beside as `.partial`,
 * turned into a self-contained file (rollback journal, no -wal), then renamed, so a crash or a pulled
 * USB stick never leaves a half file that looks like a backup.
 */
export async function takeBackup(
  source: Database.Database,
  folder: string,
  opts: { reason: BackupReason; by?: string | null; at: Date; createFolder?: boolean },
): Promise<BackupInfo> {
  ensureFolder(folder, opts.createFolder ?? false);
  const base = baseOf(source.name);
  let file = join(folder, `${base}-${stampOf(opts.at)}-${opts.reason}.db`);
  for (let n = 2; existsSync(file); n++)
    file = join(folder, `${base}-${stampOf(opts.at)}-${opts.reason}-${n}.db`);
  const partial = `${file}.partial`;
  try {
    await source.backup(partial);
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
      if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('quick_check failed');
    } finally {
      copy.close();
    }
    const side: Side = { takenAt: opts.at.toISOString(), reason: opts.reason, by: opts.by ?? null };
    writeFileSync(`${sidePath(file)}.partial`, JSON.stringify(side, null, 2));
    renameSync(partial, file);
    renameSync(`${sidePath(file)}.partial`, sidePath(file));
  } catch (e) {
    rmSync(partial, { force: true });
    rmSync(`${sidePath(file)}.partial`, { force: true });
    if (e instanceof BackupError) throw e;
    const code = (e as { code?: string }).code ?? '';
    if (code === 'ENOSPC' || code === 'SQLITE_FULL')
      throw new BackupError(
        'folder_unwritable',
        `备份失败：${folder} 所在磁盘已满，请清理空间或换一个文件夹。`,
        folder,
      );
    if (
      code === 'EACCES' ||
      code === 'EROFS' ||
      code.startsWith('SQLITE_CANTOPEN') ||
      code === 'SQLITE_READONLY'
    )
      throw new BackupError('folder_unwritable', `无法写入备份文件夹：${folder}（只读或没有权限）`, folder);
    throw e;
  }
  return readBackup(file);
}

/**
 * Check a backup file and say what it holds, without changing it: it is copied to a temp folder
 * first (a USB stick may be read-only, a WAL file would grow -shm files), then opened read-only.
 */
export function readBackup(path: string, knownVersion = Number.POSITIVE_INFINITY): BackupInfo {
  const work = mkdtempSync(join(tmpdir(), 'gatepost-check-'));
  try {
    const copy = stageCopy(path, work);
    return { ...inspectCopy(copy, path, knownVersion) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Copy a candidate file into `work` (with its -wal if a live-style copy came with one). */
export function stageCopy(path: string, work: string): string {
  if (!existsSync(path) || !statSync(path).isFile())
    throw new BackupError('missing', `找不到备份文件：${path}`, path);
  let head: Buffer;
  try {
    head = readFileSync(path).subarray(0, 16);
  } catch {
    throw new BackupError('unreadable', `无法读取文件：${path}`, path);
  }
  if (head.toString('latin1') !== SQLITE_MAGIC)
    throw new BackupError('not_sqlite', `文件不是 SQLite 数据库：${path}`, path);
  const copy = join(work, 'candidate.db');
  copyFileSync(path, copy);
  if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  return copy;
}

function inspectCopy(copy: string, original: string, knownVersion: number): BackupInfo {
  let db: Database.Database;
  try {
    db = new Database(copy, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError('corrupt', `无法打开备份文件（${(e as Error).message}）`, original);
  }
  try {
    const appId = db.pragma('application_id', { simple: true }) as number;
    if (appId !== APPLICATION_ID)
      throw new BackupError('foreign', `这不是 Gatepost 的数据库文件：${original}`, original);
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok')
      throw new BackupError('corrupt', `备份文件已损坏（完整性检查：${String(check)}）`, original);
    const facts = factsOf(db);
    if (facts.schemaVersion > knownVersion)
      throw new BackupError(
        'future',
        `备份由更新版本的 Gatepost 写入（结构版本 ${facts.schemaVersion}，本程序为 ${knownVersion}），请先升级 Gatepost。`,
        original,
      );
    const side = readSide(original);
    return {
      path: original,
      file: basename(original),
      takenAt: side?.takenAt ?? statSync(original).mtime.toISOString(),
      reason: side?.reason ?? null,
      by: side?.by ?? null,
      size: statSync(original).size,
      ...facts,
    };
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw new BackupError('corrupt', `备份文件无法读取或已损坏（${(e as Error).message}）`, original);
  } finally {
    db.close();
  }
}

/** The backups in a folder, newest first, read from their side files (cheap: no file is opened). */
export function listBackups(folder: string): {
  path: string;
  file: string;
  takenAt: string;
  reason: BackupReason | null;
  by: string | null;
  size: number;
}[] {
  if (!existsSync(folder)) return [];
  const out = [];
  for (const name of readdirSync(folder)) {
    if (!/\.(db|sqlite3?)$/i.test(name)) continue;
    const path = join(folder, name);
    let st: ReturnType<typeof statSync>;
    try {
      st = statSync(path);
    } catch {
      continue;
    }
    if (!st.isFile()) continue;
    const side = readSide(path);
    out.push({
      path,
      file: name,
      takenAt: side?.takenAt ?? st.mtime.toISOString(),
      reason: side?.reason ?? null,
      by: side?.by ?? null,
      size: st.size,
      mtime: st.mtimeMs,
    });
  }
  // Newest first; two taken in the same second are told apart by when their files were written.
  return out
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.mtime - a.mtime)
    .map(({ mtime: _m, ...b }) => b);
}

/** Delete a backup and its side file. */
export function removeBackup(path: string): void {
  rmSync(path, { force: true });
  rmSync(sidePath(path), { force: true });
}

/** How many migrations this build knows: the schema version it writes. */
export const knownSchemaVersion = (): number => readJournal(findMigrationsFolder()).entries.length;

/**
 * Before `openDatabase` migrates an existing Gatepost database, keep a copy of it as it was.
 * Files that are not Gatepost's, from a newer version or damaged are left alone here: opening
 * refuses them untouched. Answers the backup, or null when no migration is pending.
 */
export async function backupBeforeMigration(
  path: string,
  at: Date,
  opts: { nativeBinding?: string } = {},
): Promise<BackupInfo | null> {
  if (path === ':memory:' || !existsSync(path) || statSync(path).size === 0) return null;
  const known = knownSchemaVersion();
  let probe: Database.Database;
  try {
    probe = new Database(path, { readonly: true, fileMustExist: true, nativeBinding: opts.nativeBinding });
  } catch {
    return null;
  }
  try {
    if (probe.pragma('application_id', { simple: true }) !== APPLICATION_ID) return null;
    const hasTable = probe.prepare("SELECT 1 FROM sqlite_master WHERE name = '__drizzle_migrations'").get();
    const applied = hasTable
      ? (probe.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n
      : 0;
    if (applied === 0 || applied >= known) return null;
    return await takeBackup(probe, backupsDir(path), { reason: 'migration', at, createFolder: true });
  } finally {
    probe.close();
  }
}

/**
 * Replace the live database's content with a backup's, in place, through the online backup API:
 * the backup is copied to a temp folder, checked, migrated to this version's schema there, then its
 * pages are written over the live file in one step. The live connection stays open and sees the new
 * content; the caller takes a safety backup of the current data first.
 */
export async function restoreInto(live: Database.Database, candidate: string): Promise<BackupInfo> {
  if (resolve(candidate) === resolve(live.name))
    throw new BackupError('same_file', '不能用正在使用的数据库文件恢复它自己', candidate);
  const work = mkdtempSync(join(tmpdir(), 'gatepost-restore-'));
  try {
    const copy = stageCopy(candidate, work);
    const info = inspectCopy(copy, candidate, knownSchemaVersion());
    const migrated = openDatabase(copy);
    migrated.$client.pragma('journal_mode = DELETE');
    migrated.$client.close();
    const source = new Database(copy, { readonly: true, fileMustExist: true });
    try {
      await source.backup(live.name);
    } finally {
      source.close();
    }
    const check = live.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new Error(`恢复后完整性检查未通过：${String(check)}`);
    return info;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
