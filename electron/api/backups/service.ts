/**
 * Automatic backups of the post's database: into `backups/` beside it, rotated, copied to a USB
 * folder when one is set, and on a schedule while the host runs. Used by the API handlers and by
 * both hosts (the web host CLI and Electron's main process).
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type Database from 'better-sqlite3';
import {
  type BackupInfo,
  type BackupReason,
  backupsDir,
  listBackups,
  removeBackup,
  takeBackup,
} from '../../../db/backup';
import type { Reason } from '../shared/reason';
import { BackupSettings, DEFAULT_SETTINGS } from './contract';
import { isDue, toPrune } from './rules';

const settingsPath = (dbPath: string): string => join(backupsDir(dbPath), 'settings.json');

export function readSettings(dbPath: string): BackupSettings {
  try {
    const parsed = BackupSettings.safeParse(JSON.parse(readFileSync(settingsPath(dbPath), 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
  } catch {
    // A copy: an answer may be handed on as it is (api/output-check.ts), never a module's constant.
    return { ...DEFAULT_SETTINGS };
  }
}

export function writeSettings(dbPath: string, settings: BackupSettings): void {
  mkdirSync(backupsDir(dbPath), { recursive: true });
  const file = settingsPath(dbPath);
  writeFileSync(`${file}.partial`, JSON.stringify(settings, null, 2));
  renameSync(`${file}.partial`, file);
}

/**
 * The last failure to copy to the USB folder, per database, until the next success: a reason the
 * screen words (the folder missing or not writable), the system's own message only in the log.
 */
const externalErrors = new Map<string, Reason>();
export const externalError = (dbPath: string): Reason | null => externalErrors.get(dbPath) ?? null;
const usbProblem = (problem: 'folder_missing' | 'folder_unwritable', folder: string): Reason => ({
  code: 'backup_problem',
  params: { problem, path: folder },
});

export const folderPresent = (folder: string): boolean => {
  try {
    return existsSync(folder) && statSync(folder).isDirectory();
  } catch {
    return false;
  }
};

/** Copy a finished backup (a closed file, never the live database) and its side file to the USB folder. */
function copyToExternal(dbPath: string, backup: BackupInfo, folder: string): void {
  if (!folderPresent(folder)) {
    externalErrors.set(dbPath, usbProblem('folder_missing', folder));
    return;
  }
  try {
    // Never over an older copy on the stick: names repeat once rotation has freed them here.
    const name = basename(backup.path).replace(/\.db$/, '');
    let target = join(folder, `${name}.db`);
    for (let n = 2; existsSync(target); n++) target = join(folder, `${name}-${n}.db`);
    copyFileSync(backup.path, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    if (existsSync(`${backup.path}.json`)) copyFileSync(`${backup.path}.json`, `${target}.json`);
    externalErrors.delete(dbPath);
  } catch (e) {
    externalErrors.set(dbPath, usbProblem('folder_unwritable', folder));
    console.error(`[gatepost] 无法复制到 U 盘文件夹 ${folder}：${(e as Error).message}`);
  }
}

/** One automatic backup: taken, rotated, and copied to the USB folder when the settings ask. */
export async function autoBackup(
  db: Database.Database,
  dbPath: string,
  reason: BackupReason,
  by: string | null,
  at: Date,
): Promise<BackupInfo> {
  const folder = backupsDir(dbPath);
  const backup = await takeBackup(db, folder, { reason, by, at, createFolder: true });
  const settings = readSettings(dbPath);
  for (const path of toPrune(listBackups(folder), at, settings)) removeBackup(path);
  if (settings.copyToExternal && settings.externalFolder)
    copyToExternal(dbPath, backup, settings.externalFolder);
  return backup;
}

export type BackupSchedule = {
  /** Take a backup now (serialised with the scheduled ones). */
  backup: (reason: BackupReason, by?: string | null) => Promise<void>;
  /** Stop the timer; with `finalBackup`, take the on-close backup first (bounded in time). */
  stop: (finalBackup?: boolean) => Promise<void>;
};

/**
 * Check every few minutes whether a scheduled backup is due. Backups never overlap; a failed
 * backup is logged and retried at the next check, and never stops the host.
 */
export function startBackupSchedule(opts: {
  db: Database.Database;
  dbPath: string;
  now: () => Date;
  checkEveryMs?: number;
  firstCheckMs?: number;
  log?: (message: string) => void;
}): BackupSchedule {
  const log = opts.log ?? ((m: string) => console.log(m));
  let chain: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const run = (reason: BackupReason, by: string | null = null): Promise<void> => {
    pending++;
    const next = chain
      .then(async () => {
        const b = await autoBackup(opts.db, opts.dbPath, reason, by, opts.now());
        log(`[gatepost] 已备份（${reason}）：${b.path}`);
      })
      .finally(() => {
        pending--;
      });
    chain = next.catch(() => undefined);
    return next;
  };
  const check = (): void => {
    // A backup still being written (a large database, a slow stick) is not due twice.
    if (!opts.db.open || pending > 0) return;
    const latest = listBackups(backupsDir(opts.dbPath)).find((b) => b.reason !== null);
    if (isDue(latest?.takenAt ?? null, opts.now(), readSettings(opts.dbPath).intervalHours)) {
      run('scheduled').catch((e: unknown) => log(`[gatepost] 定时备份失败：${(e as Error).message}`));
    }
  };
  const first = setTimeout(check, opts.firstCheckMs ?? 60_000);
  const timer = setInterval(check, opts.checkEveryMs ?? 5 * 60_000);
  first.unref();
  timer.unref();
  return {
    backup: run,
    stop: async (finalBackup = false) => {
      clearTimeout(first);
      clearInterval(timer);
      if (!finalBackup || !opts.db.open) return;
      const limit = new Promise<void>((ok) => setTimeout(ok, 30_000).unref());
      await Promise.race([
        run('close').catch((e: unknown) => log(`[gatepost] 关闭前备份失败：${(e as Error).message}`)),
        limit,
      ]);
    },
  };
}
