import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupsDir, readBackup } from '../../db/backup';
import { findMigrationsFolder, openDatabase, readJournal } from '../../db/open';
import { backupBeforeMigration } from '../../db/restore';
import { startBackupSchedule } from '../../electron/api/backups/service';
import { writeDemo } from '../../electron/demo/demo';
import { count, FIXED_NOW, olderRelease, tempDir, withOperator } from './helpers';

/** Every table's row count: what a restore must bring back exactly. */
function fingerprint(db: Database.Database): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map((t) => [
      t.name,
      (db.prepare(`SELECT count(*) AS n FROM "${t.name}"`).get() as { n: number }).n,
    ]),
  );
}

async function demoPost() {
  const post = await withOperator();
  writeDemo(post.db, { now: FIXED_NOW });
  return post;
}

describe('backups', () => {
  it('backs up into a self-contained file beside the database, logged with who and why', async () => {
    const { db, path, call } = await demoPost();
    const made = await call('backups.create', { folder: null });
    if (!made.ok) throw new Error(made.error.message);
    const b = made.value;
    expect(b.path.startsWith(backupsDir(path))).toBe(true);
    expect(existsSync(b.path)).toBe(true);
    // One file: rollback journal mode, no -wal beside it, nothing half-written left over.
    const names = readdirSync(backupsDir(path));
    expect(names.filter((n) => n.endsWith('.partial') || n.endsWith('-wal'))).toEqual([]);
    expect(readFileSync(b.path)[18]).toBe(1);
    expect(b).toMatchObject({ reason: 'manual', by: '林晓梅' });
    expect(b.counts.households).toBe(
      (
        db.$client.prepare("SELECT count(*) AS n FROM households WHERE occupancy = 'occupied'").get() as {
          n: number;
        }
      ).n,
    );
    expect(b.counts.residents).toBe(count(db, 'residents'));
    const copy = new Database(b.path, { readonly: true });
    // The copy is the database as it was: all but the audit row of the backup itself.
    const live = fingerprint(db.$client);
    expect(fingerprint(copy)).toEqual({ ...live, audit_log: (live.audit_log ?? 0) - 1 });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    const audit = db.$client.prepare("SELECT * FROM audit_log WHERE method = 'backups.create'").all();
    expect(audit).toHaveLength(1);

    const status = await call('backups.status', {});
    if (!status.ok) throw new Error(status.error.message);
    expect(status.value).toMatchObject({ available: true, count: 1, age: { code: 'fresh', hours: 0 } });
  });

  it('backs up to a USB folder, and says plainly when the folder is gone', async () => {
    const { db, call } = await demoPost();
    const usb = join(tempDir(), 'usb');
    mkdirSync(usb);
    const ok = await call('backups.create', { folder: usb });
    if (!ok.ok) throw new Error(ok.error.message);
    expect(readdirSync(usb).filter((n) => n.endsWith('.db'))).toHaveLength(1);

    const auditBefore = count(db, 'audit_log');
    const gone = await call('backups.create', { folder: join(tempDir(), 'unplugged') });
    expect(gone.ok).toBe(false);
    if (gone.ok) return;
    expect(gone.error.code).toBe('VALIDATION');
    expect(gone.error.message).toMatch(/不存在.*U 盘/);
    expect(gone.error.issues?.[0]?.path).toBe('folder');
    expect(count(db, 'audit_log')).toBe(auditBefore);
  });

  it('previews a backup before restoring: when, by whom, what it holds', async () => {
    const { call } = await demoPost();
    const made = await call('backups.create', { folder: null });
    if (!made.ok) throw new Error(made.error.message);
    const preview = await call('backups.preview', { path: made.value.path });
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.problem).toBeNull();
    expect(preview.value.details).toMatchObject({
      takenAt: FIXED_NOW.toISOString(),
      by: '林晓梅',
      reason: 'manual',
      counts: { households: made.value.counts.households, residents: made.value.counts.residents },
    });
  });

  it('restores yesterday’s post: the data comes back, the current data is kept as a backup first', async () => {
    const { db, path, call } = await demoPost();
    const made = await call('backups.create', { folder: null });
    if (!made.ok) throw new Error(made.error.message);
    const before = fingerprint(db.$client);
    // A day of work after the backup.
    const added = await call('team.save', { name: '陈志强', role: 'police_officer', canOperate: true });
    expect(added.ok).toBe(true);
    db.$client.exec("UPDATE households SET notes = '备份之后写的' WHERE id = 1");
    const after = fingerprint(db.$client);
    expect(after).not.toEqual(before);

    const restored = await call('backups.restore', { path: made.value.path, confirm: true });
    if (!restored.ok) throw new Error(restored.error.message);
    // The live connection sees the backup's data, plus the restore's own audit row (which stands
    // where the backup's own row stood: that was written after the copy was taken).
    expect(fingerprint(db.$client)).toEqual(before);
    expect(db.$client.prepare('SELECT notes FROM households WHERE id = 1').get()).not.toEqual({
      notes: '备份之后写的',
    });
    expect(
      db.$client.prepare('SELECT method, summary FROM audit_log ORDER BY id DESC LIMIT 1').get(),
    ).toMatchObject({
      method: 'backups.restore',
    });
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.$client.pragma('foreign_key_check')).toEqual([]);
    // The data it replaced was backed up first, and holds the day's work.
    const safety = restored.value.safety;
    expect(safety.reason).toBe('restore');
    const kept = new Database(safety.path, { readonly: true });
    expect(fingerprint(kept)).toEqual(after);
    kept.close();
    // The post goes on working on the restored data; the file reopens cleanly.
    const again = await call('team.save', { name: '周丽', role: 'community_doctor', canOperate: true });
    expect(again.ok).toBe(true);
    db.$client.close();
    const reopened = openDatabase(path);
    expect(count(reopened, 'team_members')).toBe((before.team_members ?? 0) + 1);
    reopened.$client.close();
  });

  it('refuses a file that is not a good Gatepost backup, and changes nothing', async () => {
    const { db, path, call } = await demoPost();
    const dir = tempDir();
    const text = join(dir, 'notes.db');
    writeFileSync(text, '这不是数据库');
    const foreign = join(dir, 'other.db');
    new Database(foreign).exec('CREATE TABLE x (a)');
    const made = await call('backups.create', { folder: null });
    if (!made.ok) throw new Error(made.error.message);
    const corrupt = join(dir, 'corrupt.db');
    const bytes = readFileSync(made.value.path);
    bytes.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(corrupt, bytes);
    const future = join(dir, 'future.db');
    cpSync(made.value.path, future);
    const f = new Database(future);
    f.pragma('user_version = 999');
    f.close();

    const cases: [string, string][] = [
      [join(dir, 'missing.db'), 'missing'],
      [text, 'not_sqlite'],
      [foreign, 'foreign'],
      [corrupt, 'corrupt'],
      [future, 'future'],
    ];
    const print = fingerprint(db.$client);
    const backups = readdirSync(backupsDir(path)).length;
    for (const [file, problem] of cases) {
      const preview = await call('backups.preview', { path: file });
      if (!preview.ok) throw new Error(preview.error.message);
      expect(preview.value.problem, file).toBe(problem);
      expect(preview.value.message).toBeTruthy();
      const restore = await call('backups.restore', { path: file, confirm: true });
      expect(restore.ok, file).toBe(false);
      if (!restore.ok) expect(restore.error.code).toBe('VALIDATION');
    }
    const self = await call('backups.restore', { path, confirm: true });
    expect(self.ok).toBe(false);
    expect(fingerprint(db.$client)).toEqual(print);
    // A refused file costs no safety backup either.
    expect(readdirSync(backupsDir(path)).length).toBe(backups);
  });

  it('restore needs the operator on duty and an explicit confirmation', async () => {
    const { db, host, call } = await demoPost();
    const made = await call('backups.create', { folder: null });
    if (!made.ok) throw new Error(made.error.message);
    const unconfirmed = await call('backups.restore', { path: made.value.path, confirm: false as true });
    expect(unconfirmed.ok).toBe(false);
    const { api } = await import('./helpers');
    const anonymous = await api(db, host, null)('backups.restore', { path: made.value.path, confirm: true });
    expect(anonymous.ok).toBe(false);
    if (!anonymous.ok) expect(anonymous.error.code).toBe('FORBIDDEN');
  });

  it('saves the schedule and rotation, and refuses nonsense', async () => {
    const { call } = await demoPost();
    const bad = await call('backups.saveSettings', {
      intervalHours: 0,
      keepRecent: 24,
      keepDays: 14,
      externalFolder: null,
      copyToExternal: false,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.[0]?.path).toBe('intervalHours');
    const usb = join(tempDir(), 'usb');
    mkdirSync(usb);
    const saved = await call('backups.saveSettings', {
      intervalHours: 2,
      keepRecent: 3,
      keepDays: 2,
      externalFolder: usb,
      copyToExternal: true,
    });
    expect(saved.ok).toBe(true);
    // Automatic backups now also land on the USB stick, and the folder keeps only what the rules say.
    for (let i = 0; i < 5; i++) {
      const r = await call('backups.create', { folder: null });
      expect(r.ok).toBe(true);
    }
    const status = await call('backups.status', {});
    if (!status.ok) throw new Error(status.error.message);
    expect(status.value.settings.intervalHours).toBe(2);
    expect(status.value.count).toBe(3);
    expect(status.value.external).toMatchObject({ folder: usb, present: true, lastError: null });
    expect(readdirSync(usb).filter((n) => n.endsWith('.db')).length).toBe(5);
  });

  it('says a failed copy to the USB folder as a reason the screen words, not a Chinese sentence', async () => {
    const { call } = await demoPost();
    const usb = join(tempDir(), 'usb-not-plugged-in');
    const saved = await call('backups.saveSettings', {
      intervalHours: 4,
      keepRecent: 24,
      keepDays: 14,
      externalFolder: usb,
      copyToExternal: true,
    });
    expect(saved.ok).toBe(true);
    expect((await call('backups.create', { folder: null })).ok).toBe(true);
    const status = await call('backups.status', {});
    if (!status.ok) throw new Error(status.error.message);
    expect(status.value.external).toEqual({
      folder: usb,
      present: false,
      lastError: { code: 'backup_problem', params: { problem: 'folder_missing', path: usb } },
    });
    const { word } = await import('../../electron/api/shared/word');
    const lastError = status.value.external?.lastError;
    if (!lastError) throw new Error('no error');
    expect(word(lastError, 'en')).toBe(`Folder not present: is the USB stick plugged in?: ${usb}`);
  });
});

describe('automatic backups', () => {
  it('takes a copy before a migration upgrades an older database, and that copy restores', async () => {
    const older = olderRelease(3);
    const path = join(tempDir(), 'post.db');
    const old = openDatabase(path, { migrationsFolder: older });
    old.$client.exec(`INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO households (building_id, room, householder_name, occupancy, updated_at) VALUES (1, '101', '王建华', 'occupied', 'x');`);
    old.$client.close();

    const copy = await backupBeforeMigration(path, FIXED_NOW);
    expect(copy?.reason).toBe('migration');
    expect(copy?.schemaVersion).toBe(3);
    // Nothing pending after the upgrade: no second copy.
    const db = openDatabase(path);
    db.$client.close();
    expect(await backupBeforeMigration(path, FIXED_NOW)).toBeNull();
    const details = readBackup(copy?.path ?? '');
    expect(details.counts.households).toBe(1);
    expect(readJournal(findMigrationsFolder()).entries.length).toBeGreaterThan(3);
  });

  it('leaves foreign and future files alone before opening refuses them', async () => {
    const dir = tempDir();
    const foreign = join(dir, 'other.db');
    new Database(foreign).exec('CREATE TABLE x (a)');
    expect(await backupBeforeMigration(foreign, FIXED_NOW)).toBeNull();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('backs up on schedule when one is due, and once more when the host closes', async () => {
    const { db, path } = await demoPost();
    let now = FIXED_NOW;
    const logs: string[] = [];
    const schedule = startBackupSchedule({
      db: db.$client,
      dbPath: path,
      now: () => now,
      firstCheckMs: 10,
      checkEveryMs: 20,
      log: (m) => logs.push(m),
    });
    await expect
      .poll(() => (existsSync(backupsDir(path)) ? readdirSync(backupsDir(path)) : []).length)
      .toBe(2);
    // Not due again within the interval (4 h by default)…
    await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(backupsDir(path)).filter((n) => n.endsWith('.db'))).toHaveLength(1);
    // …due once the clock passes it.
    now = new Date(FIXED_NOW.getTime() + 4 * 3_600_000);
    await expect.poll(() => readdirSync(backupsDir(path)).filter((n) => n.endsWith('.db')).length).toBe(2);
    now = new Date(now.getTime() + 60_000);
    await schedule.stop(true);
    const names = readdirSync(backupsDir(path)).filter((n) => n.endsWith('.db'));
    expect(names.filter((n) => n.includes('-scheduled'))).toHaveLength(2);
    expect(names.filter((n) => n.includes('-close'))).toHaveLength(1);
    expect(logs.every((l) => l.includes('已备份'))).toBe(true);
  });
});
