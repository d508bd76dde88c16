import type { WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_URL } from '../../electron/main/protocol';
import { lockDown, WEB_PREFERENCES, windowOptions } from '../../electron/main/window';
import { FakeContents } from './fakes';

describe('main window security', () => {
  it('isolates the renderer: context isolation, sandbox, no node', () => {
    const opts = windowOptions('/app/out');
    expect(opts.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(opts.webPreferences?.preload).toBe('/app/out/preload/index.cjs');
    expect(WEB_PREFERENCES.sandbox).toBe(true);
    expect([opts.width, opts.height]).toEqual([1366, 768]);
  });

  it('denies new windows, navigation away, redirects, webviews and permissions', () => {
    const wc = new FakeContents();
    const own = APP_URL;
    lockDown(wc as unknown as WebContents, own);
    expect(wc.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(wc.fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(wc.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(wc.fire('will-navigate', `${own}#/audit`)).toBe(false);
    // The app's page comes only from app://gatepost/: not from file://, nor a look-alike host.
    expect(wc.fire('will-navigate', 'file:///app/out/renderer/index.html')).toBe(true);
    expect(wc.fire('will-navigate', 'app://gatepost.evil/index.html')).toBe(true);
    expect(wc.fire('will-navigate', 'app://evil/index.html')).toBe(true);
    expect(wc.fire('will-navigate', `${own}?x=1`)).toBe(true);
    expect(wc.fire('will-redirect', own)).toBe(true);
    expect(wc.fire('will-attach-webview')).toBe(true);
    let granted: boolean | null = null;
    wc.permissionHandler?.(wc, 'media', (ok) => {
      granted = ok;
    });
    expect(granted).toBe(false);
  });
});
