import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CSP_HEADER } from '../../electron/host/static';
import { APP_URL, serveApp } from '../../electron/main/protocol';
import { tempDir } from '../api/helpers';

function renderer(): string {
  const dir = join(tempDir(), 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>门岗</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(dir, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(dir, '..', 'secret.db'), 'not for the page');
  return dir;
}

describe('app:// protocol', () => {
  it('serves the built renderer with the right types and the CSP header', async () => {
    const dir = renderer();
    const page = await serveApp(dir, APP_URL);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('门岗');
    expect((await serveApp(dir, 'app://gatepost/')).status).toBe(200);
    expect((await serveApp(dir, 'app://gatepost/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await serveApp(dir, 'app://gatepost/assets/app.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
    const head = await serveApp(dir, APP_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('serves nothing outside out/renderer, nor for another host, method or a bad escape', async () => {
    const dir = renderer();
    for (const url of [
      'app://gatepost/../secret.db',
      'app://gatepost/..%2Fsecret.db',
      'app://gatepost/%2E%2E/secret.db',
      'app://gatepost/assets/..%2F..%2Fsecret.db',
      'app://gatepost/missing.js',
      'app://gatepost/assets',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      const r = await serveApp(dir, url);
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('not for the page');
    }
    expect((await serveApp(dir, 'app://gatepost/%E0%A4%A')).status).toBe(400);
    expect((await serveApp(dir, 'app://gatepost/index.html%00.js')).status).toBe(400);
    expect((await serveApp(dir, APP_URL, 'POST')).status).toBe(405);
  });

  it('sends the same policy as the meta tag in renderer/index.html', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(CSP_HEADER.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
  });
});
