/**
 * Backups of the post's database as single, self-contained SQLite files, taken with SQLite's online
 * backup API (better-sqlite3 `db.backup()`), never by copying a live file. File-level only: no
 * rotation policy and no knowledge of the API (that lives in electron/api/backups).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { BackupError, type BackupInfo, readBackup, readSide, type Side, sidePath } from './backup-files';
import { BACKUP_REASONS, type BackupReason } from './schema/enums';

export {
  type BackupCounts,
  BackupError,
  type BackupInfo,
  type BackupProblem,
  inspectCopy,
  readBackup,
  stageCopy,
} from './backup-files';
export { BACKUP_REASONS, type BackupReason };

/** The automatic backups of a database live in a `backups` folder beside it. */
export const backupsDir = (dbPath: string): string => join(dirname(dbPath), 'backups');
const baseOf = (dbPath: string): string => basename(dbPath).replace(/\.(db|sqlite3?)$/i, '');
const stampOf = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

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
