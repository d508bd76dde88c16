/** What a backup file holds: checked on a copy, read-only, without changing the file. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from './open';
import { BACKUP_REASONS, type BackupProblem, type BackupReason } from './schema/enums';

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

export type { BackupProblem };

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
export function factsOf(db: Database.Database) {
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

export type Side = { takenAt: string; reason: BackupReason; by: string | null };
export const sidePath = (file: string): string => `${file}.json`;

export function readSide(file: string): Side | null {
  try {
    const raw = JSON.parse(readFileSync(sidePath(file), 'utf8')) as Partial<Side>;
    if (typeof raw.takenAt !== 'string' || !BACKUP_REASONS.includes(raw.reason as BackupReason)) return null;
    return { takenAt: raw.takenAt, reason: raw.reason as BackupReason, by: raw.by ?? null };
  } catch {
    return null;
  }
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

export function inspectCopy(copy: string, original: string, knownVersion: number): BackupInfo {
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
