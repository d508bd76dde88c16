import { z } from 'zod';
import { BACKUP_PROBLEMS, BACKUP_REASONS } from '../../../db/schema/enums';

export { BACKUP_PROBLEMS };

import { msg, ReasonSchema } from '../shared/reason';

const Path = z.string().trim().min(1).max(1000);

export const BackupSettings = z.object({
  intervalHours: z.number().int().min(1).max(24),
  keepRecent: z.number().int().min(1).max(200),
  keepDays: z.number().int().min(1).max(90),
  /** A second folder (a USB stick) that receives a copy of each automatic backup when present. */
  externalFolder: Path.nullable(),
  copyToExternal: z.boolean(),
});
export type BackupSettings = z.infer<typeof BackupSettings>;

export const DEFAULT_SETTINGS: BackupSettings = {
  intervalHours: 4,
  keepRecent: 24,
  keepDays: 14,
  externalFolder: null,
  copyToExternal: false,
};

const Reason = z.enum(BACKUP_REASONS).nullable();

export const BackupEntry = z.object({
  path: z.string(),
  file: z.string(),
  takenAt: z.string(),
  reason: Reason,
  by: z.string().nullable(),
  size: z.number(),
});

export const BackupDetails = BackupEntry.extend({
  schemaVersion: z.number(),
  compound: z.string().nullable(),
  lastChangeAt: z.string().nullable(),
  counts: z.object({
    households: z.number(),
    residents: z.number(),
    returnees: z.number(),
    people: z.number(),
    auditRows: z.number(),
  }),
});
export type BackupDetails = z.infer<typeof BackupDetails>;

export const BackupProblem = z.enum(BACKUP_PROBLEMS);

const Age = z.discriminatedUnion('code', [
  z.object({ code: z.literal('never') }),
  z.object({ code: z.enum(['fresh', 'stale']), hours: z.number(), at: z.string() }),
]);

export const backupsContract = {
  /** The last backup, how old it is, where backups go, and the settings. */
  'backups.status': {
    kind: 'query',
    input: z.object({}),
    output: z.object({
      available: z.boolean(),
      folder: z.string().nullable(),
      count: z.number(),
      latest: BackupEntry.nullable(),
      age: Age,
      settings: BackupSettings,
      external: z
        .object({ folder: z.string(), present: z.boolean(), lastError: ReasonSchema.nullable() })
        .nullable(),
    }),
  },
  /** The backups in the automatic folder, or in a folder the user names (a USB stick). */
  'backups.list': {
    kind: 'query',
    input: z.object({ folder: Path.optional() }),
    output: z.object({ folder: z.string(), exists: z.boolean(), backups: z.array(BackupEntry) }),
  },
  /** Check a backup file and say what it holds, before anything is replaced. */
  'backups.preview': {
    kind: 'query',
    input: z.object({ path: Path }),
    output: z.object({
      details: BackupDetails.nullable(),
      problem: BackupProblem.nullable(),
      message: z.string().nullable(),
      currentVersion: z.number(),
    }),
  },
  /** Back up now: to the automatic folder, or to a folder the user picks. */
  'backups.create': {
    kind: 'mutation',
    input: z.object({ folder: Path.nullable().default(null) }),
    output: BackupDetails,
  },
  'backups.saveSettings': { kind: 'mutation', input: BackupSettings, output: BackupSettings },
  /** Replace the database with a backup; the current data is backed up first. */
  'backups.restore': {
    kind: 'mutation',
    input: z.object({
      path: Path,
      confirm: z.literal(true, { error: msg('must_confirm') }),
    }),
    output: z.object({ restored: BackupDetails, safety: BackupDetails }),
  },
} as const;
