import { resolve } from 'node:path';
import {
  BackupError,
  type BackupInfo,
  backupsDir,
  listBackups,
  readBackup,
  takeBackup,
} from '../../../db/backup';
import type { Db } from '../../../db/open';
import { knownSchemaVersion, restoreInto } from '../../../db/restore';
import { auditLog, teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { type HandlerMap, prepared } from '../handler';
import { formatInstant } from '../shared/dates';
import { summaryColumns } from '../shared/stored-reason';
import { snapshotName } from '../shared/who';
import type { backupsContract } from './contract';
import { backupAge } from './rules';
import { autoBackup, externalError, folderPresent, readSettings, writeSettings } from './service';

type M = keyof typeof backupsContract;

/** Backups need a database file; an in-memory database (tests) has none. */
function dbFile(ctx: Ctx): string {
  if (!ctx.paths.db || ctx.paths.db === ':memory:') throw refuse('CONFLICT', { code: 'memory_db_no_backup' });
  return ctx.paths.db;
}

/** A backup problem is the user's to fix (a missing USB stick, a wrong file): say it on the field. */
function asApiError(e: unknown, field: string): never {
  if (e instanceof BackupError)
    throw refuse(
      'VALIDATION',
      { code: 'backup_problem', params: { problem: e.problem, path: e.path } },
      field,
    );
  throw e;
}

export const backupsHandlers: HandlerMap<M> = {
  'backups.status': (_db, _input, ctx) => {
    const settings = ctx.paths.db && ctx.paths.db !== ':memory:' ? readSettings(ctx.paths.db) : null;
    if (!settings)
      return {
        available: false,
        folder: null,
        count: 0,
        latest: null,
        age: { code: 'never' },
        settings: readSettings(''),
        external: null,
      };
    const folder = backupsDir(ctx.paths.db);
    const all = listBackups(folder).filter((b) => b.reason !== null);
    const latest = all[0] ?? null;
    return {
      available: true,
      folder,
      count: all.length,
      latest,
      age: backupAge(latest?.takenAt ?? null, ctx.now()),
      settings,
      external: settings.externalFolder
        ? {
            folder: settings.externalFolder,
            present: folderPresent(settings.externalFolder),
            lastError: externalError(ctx.paths.db),
          }
        : null,
    };
  },

  'backups.list': (_db, input, ctx) => {
    const folder = input.folder ? resolve(input.folder) : backupsDir(dbFile(ctx));
    return { folder, exists: folderPresent(folder), backups: listBackups(folder) };
  },

  'backups.preview': (_db, input) => {
    const currentVersion = knownSchemaVersion();
    try {
      const b = readBackup(resolve(input.path), currentVersion);
      return { details: b, problem: null, message: null, currentVersion };
    } catch (e) {
      if (!(e instanceof BackupError)) throw e;
      return { details: null, problem: e.problem, message: e.message, currentVersion };
    }
  },

  'backups.create': prepared<'backups.create', BackupInfo>({
    prepare: async (input, ctx, db) => {
      const by = ctx.operator?.name ?? null;
      try {
        if (!input.folder) return await autoBackup(db.$client, dbFile(ctx), 'manual', by, ctx.now());
        dbFile(ctx);
        return await takeBackup(db.$client, resolve(input.folder), { reason: 'manual', by, at: ctx.now() });
      } catch (e) {
        return asApiError(e, 'folder');
      }
    },
    run: (_db, _input, ctx, b) => {
      ctx.describe({ entity: 'backup', reason: { code: 'audit_backup_create', params: { path: b.path } } });
      return b;
    },
  }),

  'backups.saveSettings': (_db, input, ctx) => {
    writeSettings(dbFile(ctx), input);
    ctx.describe({
      entity: 'backup',
      reason: {
        code: 'audit_backup_settings',
        params: {
          hours: input.intervalHours,
          keepRecent: input.keepRecent,
          keepDays: input.keepDays,
          usb: input.externalFolder ?? '',
        },
      },
    });
    return input;
  },

  'backups.restore': prepared<'backups.restore', { restored: BackupInfo; safety: BackupInfo }>({
    prepare: async (input, ctx, db) => {
      const file = dbFile(ctx);
      const path = resolve(input.path);
      try {
        // Check before anything: a bad file must not even cost a safety backup.
        if (path === resolve(file))
          throw new BackupError('same_file', '不能用正在使用的数据库文件恢复它自己', path);
        readBackup(path, knownSchemaVersion());
        ctx.progress('build');
        const safety = await autoBackup(db.$client, file, 'restore', ctx.operator?.name ?? null, ctx.now());
        ctx.progress('write');
        const restored = await restoreInto(db.$client, path);
        return { restored, safety };
      } catch (e) {
        return asApiError(e, 'path');
      }
    },
    run: (db, _input, ctx, result) => {
      // The router's audit row would point at the operator as the old database knew them: write our
      // own into the restored database, naming the person whether or not they exist in it.
      ctx.readOnly();
      writeRestoreAudit(db, ctx, result.restored, result.safety);
      return result;
    },
  }),
};

function writeRestoreAudit(db: Db, ctx: Ctx, restored: BackupInfo, safety: BackupInfo): void {
  const op = ctx.operator;
  // The same id may be someone else in the restored data: point at the person only if it is them.
  const known = op
    ? db
        .select({ id: teamMembers.id, name: teamMembers.name })
        .from(teamMembers)
        .all()
        .some((m) => m.id === op.id && m.name === op.name)
    : false;
  db.insert(auditLog)
    .values({
      at: ctx.now().toISOString(),
      operatorId: known && op ? op.id : null,
      operatorName: snapshotName(op),
      method: 'backups.restore',
      area: 'backups',
      entity: 'backup',
      entityId: null,
      ...summaryColumns({
        code: 'audit_backup_restore',
        params: { file: restored.file, takenAt: formatInstant(restored.takenAt), safety: safety.file },
      }),
    })
    .run();
}
