import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { DatabaseOpenError, type Db, openDatabase } from '../../db/open';
import { hostClock } from '../host/paths';
import { registerIpc } from './ipc';
import { APP_URL, handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow, rendererDir } from './window';

let mainWindow: BrowserWindow | null = null;
let db: Db | null = null;

function openDb(): Db {
  const dir = app.getPath('userData');
  mkdirSync(dir, { recursive: true });
  const path = process.env.GATEPOST_DB ?? join(dir, 'gatepost.db');
  // The user-data folder's database is new on first start; a path given in GATEPOST_DB must
  // exist unless GATEPOST_NEW_DB=1 asks for a new one (a typo must not become an empty registry).
  const given = process.env.GATEPOST_DB !== undefined && process.env.GATEPOST_NEW_DB !== '1';
  return openDatabase(path, {
    nativeBinding: process.env.GATEPOST_NATIVE_BINDING,
    ifMissing: given ? 'refuse' : 'folders',
  });
}

app.enableSandbox();
app.setName('Gatepost');
// The renderer is served from app://gatepost/, never file://; the scheme is declared before ready.
registerAppScheme(protocol);
// One post, one writer: a second start focuses the window already open.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

app.whenReady().then(
  () => {
    try {
      db = openDb();
    } catch (e) {
      const message =
        e instanceof DatabaseOpenError
          ? `${e.message}${e.reason === 'missing' ? '如确实要新建数据库，请设置 GATEPOST_NEW_DB=1 后再启动。' : ''}`
          : `无法打开数据库：${(e as Error).message}`;
      dialog.showErrorBox('Gatepost', message);
      app.exit(1);
      return;
    }
    Menu.setApplicationMenu(null);
    const outDir = join(app.getAppPath(), 'out');
    handleAppProtocol(protocol, rendererDir(outDir));
    registerIpc({
      ipcMain,
      dialog,
      db,
      host: { now: hostClock(), paths: { db: db.$client.name } },
      ownUrl: APP_URL,
      mainContents: () => mainWindow?.webContents ?? null,
    });
    mainWindow = createMainWindow(BrowserWindow, outDir);
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

app.on('window-all-closed', () => {
  db?.$client.close();
  app.quit();
});
