import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CSP_HEADER } from '../../electron/host/static';
import { tempDir } from '../api/helpers';

const calls = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  handles: [] as string[],
  menu: [] as unknown[],
  sandbox: 0,
  errors: [] as string[],
  /** In call order: 'privileged:<scheme>' (must come before 'ready'), 'ready', 'handle:<scheme>'. */
  order: [] as string[],
  privileged: [] as unknown[],
  protocolHandler: null as ((req: { url: string; method: string }) => Promise<Response>) | null,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      once: vi.fn(),
      session: { setPermissionRequestHandler: vi.fn() },
      mainFrame: { url: '' },
    };
    loaded: string[] = [];
    constructor(options: Record<string, unknown>) {
      calls.windows.push({ options, loaded: this.loaded });
    }
    once = vi.fn();
    on = vi.fn();
    loadFile = vi.fn(async (f: string) => {
      this.loaded.push(f);
    });
    loadURL = vi.fn(async (u: string) => {
      this.loaded.push(u);
    });
  }
  const app = {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      calls.sandbox++;
    },
    setName: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    whenReady: () => {
      calls.order.push('ready');
      return Promise.resolve();
    },
    getPath: () => process.env.GATEPOST_TEST_USERDATA ?? '/nonexistent',
    getAppPath: () => process.env.GATEPOST_TEST_APPPATH ?? '/opt/gatepost',
    on: vi.fn(),
    exit: vi.fn(),
    quit: vi.fn(),
  };
  return {
    app,
    BrowserWindow,
    ipcMain: { handle: (ch: string) => calls.handles.push(ch) },
    dialog: { showSaveDialog: vi.fn(), showErrorBox: (_t: string, m: string) => calls.errors.push(m) },
    Menu: { setApplicationMenu: (m: unknown) => calls.menu.push(m) },
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) => {
        calls.privileged.push(...schemes);
        calls.order.push(...schemes.map((x) => `privileged:${x.scheme}`));
      },
      handle: (scheme: string, fn: (req: { url: string; method: string }) => Promise<Response>) => {
        calls.order.push(`handle:${scheme}`);
        calls.protocolHandler = fn;
      },
    },
  };
});

describe('Electron main process (electron mocked)', () => {
  it('opens the database, wires one IPC channel and a locked-down window', async () => {
    const dir = tempDir();
    process.env.GATEPOST_TEST_USERDATA = dir;
    process.env.GATEPOST_DB = join(dir, 'main.db');
    process.env.GATEPOST_NEW_DB = '1';
    const appPath = join(dir, 'app');
    process.env.GATEPOST_TEST_APPPATH = appPath;
    mkdirSync(join(appPath, 'out', 'renderer', 'assets'), { recursive: true });
    writeFileSync(join(appPath, 'out', 'renderer', 'index.html'), '<!doctype html><title>门岗</title>');
    writeFileSync(join(appPath, 'out', 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await import('../../electron/main/index');
    await vi.waitFor(() => expect(calls.windows).toHaveLength(1));
    expect(calls.errors).toEqual([]);
    expect(calls.sandbox).toBe(1);
    expect(calls.handles).toEqual(['gatepost:invoke']);
    expect(calls.menu).toEqual([null]);
    const [win] = calls.windows;
    expect(win?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    // The page comes from app://gatepost/, declared privileged before ready, never from file://.
    expect(win?.loaded).toEqual(['app://gatepost/index.html']);
    expect(calls.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(calls.order).toEqual(['privileged:app', 'ready', 'handle:app']);
    const serve = calls.protocolHandler;
    if (!serve) throw new Error('no app:// handler');
    const page = await serve({ url: 'app://gatepost/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(await page.text()).toContain('门岗');
    const js = await serve({ url: 'app://gatepost/assets/app.js', method: 'GET' });
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect((await serve({ url: 'app://gatepost/..%2F..%2Fmain.db', method: 'GET' })).status).toBe(404);
    expect((win?.options.webPreferences as { preload?: string } | undefined)?.preload).toBe(
      join(appPath, 'out', 'preload', 'index.cjs'),
    );

    // Quitting takes one last backup before the database closes, then quits for real.
    const electron = await import('electron');
    const on = electron.app.on as unknown as {
      mock: { calls: [string, (e: { preventDefault: () => void }) => void][] };
    };
    const beforeQuit = on.mock.calls.find(([name]) => name === 'before-quit')?.[1];
    if (!beforeQuit) throw new Error('no before-quit handler');
    let prevented = false;
    beforeQuit({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    const backups = readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.db'));
    expect(backups.filter((n) => n.includes('-close'))).toHaveLength(1);
    // The second before-quit (from that quit) is let through.
    prevented = false;
    beforeQuit({ preventDefault: () => (prevented = true) });
    expect(prevented).toBe(false);
    delete process.env.GATEPOST_DB;
    delete process.env.GATEPOST_NEW_DB;
  });
});
