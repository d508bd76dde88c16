import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../api/helpers';

const calls = vi.hoisted(() => ({
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  handles: [] as string[],
  menu: [] as unknown[],
  sandbox: 0,
  errors: [] as string[],
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
  }
  const app = {
    requestSingleInstanceLock: () => true,
    enableSandbox: () => {
      calls.sandbox++;
    },
    setName: vi.fn(),
    whenReady: () => Promise.resolve(),
    getPath: () => process.env.GATEPOST_TEST_USERDATA ?? '/nonexistent',
    getAppPath: () => '/opt/gatepost',
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
  };
});

describe('Electron main process (electron mocked)', () => {
  it('opens the database, wires one IPC channel and a locked-down window', async () => {
    const dir = tempDir();
    process.env.GATEPOST_TEST_USERDATA = dir;
    process.env.GATEPOST_DB = join(dir, 'main.db');
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
    expect(win?.loaded[0]).toBe(join('/opt/gatepost', 'out', 'renderer', 'index.html'));
    expect((win?.options.webPreferences as { preload?: string } | undefined)?.preload).toBe(
      join('/opt/gatepost', 'out', 'preload', 'index.cjs'),
    );
    delete process.env.GATEPOST_DB;
  });
});
