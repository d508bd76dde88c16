import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { integrityChecked } from '../../db/integrity';
import { DatabaseOpenError, type Db, openDatabase } from '../../db/open';
import { backupBeforeMigration } from '../../db/restore';
import { type BackupSchedule, startBackupSchedule } from '../api/backups/service';
import { outboxFor } from '../api/shared/outbox';
import { loadZhWords } from '../api/shared/zh-words';
import { hostClock } from '../host/paths';
import { registerIpc } from './ipc';
import { APP_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, rendererDir } from './window';

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;

let schedule: BackupSchedule | null = null;
const clock = hostClock();

/** A copy of the database is kept before a migration changes it. */
async function openDb(): Promise<Db> {
  const dir = app.getPath('userData');
  mkdirSync(dir, { recursive: true });
  const path = process.env.GATEPOST_DB ?? join(dir, 'gatepost.db');
  const nativeBinding = process.env.GATEPOST_NATIVE_BINDING;
  await backupBeforeMigration(path, clock(), { nativeBinding });
  // The user-data folder's database is new on first start; a path given in GATEPOST_DB must
  // exist unless GATEPOST_NEW_DB=1 asks for a new one (a typo must not become an empty registry).
  const given = process.env.GATEPOST_DB !== undefined && process.env.GATEPOST_NEW_DB !== '1';
  return openDatabase(path, { nativeBinding, ifMissing: given ? 'refuse' : 'folders' });
}

app.enableSandbox();
app.setName('Gatepost');
// Chromium words dates, times and numbers in its own inputs (<input type="date">) in the browser's
// language, not the page's: the post's language, so a date reads 2026/11/28, not 11/28/2026.
app.commandLine.appendSwitch('lang', 'zh-CN');
// The renderer is served from app://gatepost/, never file://; the scheme is declared before ready.
registerAppScheme(protocol);
// One post, one writer: a second start focuses the window already open.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(
  async () => {
    try {
      db = await openDb();
    } catch (e) {
      const message =
        e instanceof DatabaseOpenError
          ? `${e.message}${e.reason === 'missing' ? '如确实要新建数据库，请设置 GATEPOST_NEW_DB=1 后再启动。' : ''}`
          : `无法打开数据库：${(e as Error).message}`;
      dialog.showErrorBox('Gatepost', message);
      app.exit(1);
      return;
    }
    // A file unchanged since its last clean close opened without waiting for its integrity check;
    // the check runs in the background and writes wait for it. A failure is said as at open.
    void integrityChecked(db.$client).then((integrity) => {
      if (integrity.state === 'failed')
        dialog.showErrorBox(
          'Gatepost',
          `数据库完整性检查未通过：${integrity.detail}。为保护数据已停止写入，请从备份恢复。`,
        );
    });
    Menu.setApplicationMenu(null);
    const outDir = join(app.getAppPath(), 'out');
    handleAppProtocol(protocol, rendererDir(outDir));
    // Files a previous run wrote for saving and nobody saved are stale now.
    outboxFor(db.$client.name).clearStale();
    schedule = startBackupSchedule({ db: db.$client, dbPath: db.$client.name, now: clock });
    registerIpc({
      ipcMain,
      dialog,
      db,
      host: { now: clock, paths: { db: db.$client.name }, backup: schedule.backup },
      ownUrl: APP_URL,
      mainContents: () => mainWindow?.webContents ?? null,
    });
    mainWindow = createMainWindow(BrowserWindow, outDir);
    // The words, once the first screen's reads are answered (api/shared/zh-words.ts).
    setTimeout(() => void loadZhWords(), 500).unref();
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
    if (process.env.GATEPOST_SMOKE === '1') {
      // Used by the real-Electron launch test: report that the page loaded, then leave.
      mainWindow.webContents.once('did-finish-load', () => {
        console.log(`GATEPOST_READY ${mainWindow?.webContents.getURL() ?? ''}`);
        app.quit();
      });
    }
  },
  (e: unknown) => {
    console.error(e);
    app.exit(1);
  },
);

app.on('window-all-closed', () => app.quit());

// Before the app quits: one last backup (bounded in time), then the database is closed cleanly.
let closing = false;
app.on('before-quit', (event) => {
  if (closing || !db) return;
  closing = true;
  event.preventDefault();
  const open = db;
  void (schedule?.stop(true) ?? Promise.resolve()).finally(() => {
    open.$client.close();
    db = null;
    app.quit();
  });
});
