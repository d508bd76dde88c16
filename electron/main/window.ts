import { join } from 'node:path';
import type {
  BrowserWindowConstructorOptions,
  BrowserWindow as BrowserWindowType,
  WebContents,
} from 'electron';
import { APP_URL } from './protocol';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
} as const;

export function windowOptions(outDir: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    title: 'Gatepost 临时指挥部',
    show: false,
    backgroundColor: '#f4f6f8',
    webPreferences: { ...WEB_PREFERENCES, preload: join(outDir, 'preload', 'index.cjs') },
  };
}

/** The folder the app:// protocol serves. */
export const rendererDir = (outDir: string): string => join(outDir, 'renderer');

/** The app may only ever show its own page: no new windows, no navigation, no webviews. */
export function lockDown(contents: WebContents, ownUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (url.split('#')[0] !== ownUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
}

export function createMainWindow(Ctor: typeof BrowserWindowType, outDir: string): BrowserWindowType {
  const win = new Ctor(windowOptions(outDir));
  lockDown(win.webContents, APP_URL);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
