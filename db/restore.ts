/**
 * The two backups that change what is on disk around a migration or a restore: a copy before a
 * migration runs, and a restore of a backup over the live database (online backup API, in place).
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { BackupError, type BackupInfo, backupsDir, inspectCopy, stageCopy, takeBackup } from './backup';
import { unchangedSinceCleanClose } from './integrity';
import { APPLICATION_ID, findMigrationsFolder, openDatabase, readJournal } from './open';

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
  // A file exactly as this release left it at a clean close (db/integrity.ts) has nothing to migrate:
  // no connection is opened on the start path to find that out (issue 11).
  if (unchangedSinceCleanClose(path) === known) return null;
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
