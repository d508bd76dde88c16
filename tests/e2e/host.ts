import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHOTS = join(ROOT, 'tests', 'e2e', 'screenshots');

export type Host = { url: string; dbPath: string; output: () => string };

/**
 * `npm run serve -- --db <tmp>/gatepost.db --new --demo` on a free port. With `seed`, the database is
 * written by it first (given the path) and the host opens that file (no `--new`).
 */
export async function startServe(
  args: string[] = ['--demo'],
  env: Record<string, string> = {},
  seed?: (dbPath: string) => void,
) {
  const dir = mkdtempSync(join(tmpdir(), 'gatepost-e2e-'));
  const dbPath = join(dir, 'gatepost.db');
  seed?.(dbPath);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // The prebuilt host (npm test builds before the e2e tests), as npm run serve runs it.
      join(ROOT, 'out', 'main', 'host.js'),
      '--db',
      dbPath,
      // A fresh temp database: the host refuses a missing file unless asked for a new one.
      ...(seed ? [] : ['--new']),
      '--port',
      '0',
      ...args,
    ],
    { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const url = await new Promise<string>((ok, ko) => {
    const timer = setTimeout(() => ko(new Error(`host did not start:\n${out}`)), 60_000);
    const check = () => {
      const m = out.match(/已启动：(http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => ko(new Error(`host exited with ${code}:\n${out}`)));
  });
  // The host backs up on SIGTERM: wait for it to exit before removing its folder, or the removal
  // races the backup's writes (ENOTEMPTY).
  const stop = async () => {
    const exited = new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) done();
      else child.once('exit', () => done());
    });
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 15_000))]);
    rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  return { host: { url, dbPath, output: () => out } satisfies Host, stop };
}

/** 2026-11-28 10:00 at the post (Asia/Shanghai): screenshots and day counts stay the same. */
export const E2E_NOW = '2026-11-28T02:00:00.000Z';

export const test = base.extend<{ host: Host }>({
  // Playwright needs a destructuring pattern here; browserName is a harmless built-in fixture.
  host: async ({ browserName: _browser }, use) => {
    const { host, stop } = await startServe(['--demo'], { GATEPOST_NOW: E2E_NOW });
    await use(host);
    await stop();
  },
});

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/** Nothing on screen may be cut off sideways at 1366×768. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export { expect };

/** A method called as the signed-in page would (the operator on duty), its answer or its error. */
export async function apiCall<T>(page: Page, host: Host, method: string, input: unknown): Promise<T> {
  const r = await page.request.post(`${host.url}api/${method}`, {
    data: input,
    headers: { 'x-gatepost-operator': '1', origin: host.url.replace(/\/$/, '') },
  });
  const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.value;
}

/** The app opened and a member of the team chosen at the sign-in dialog (the demo's members need no PIN). */
export async function onDuty(page: Page, host: Host, name: RegExp): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('dialog', { name: '选择值班人员' }).getByRole('button', { name }).click();
}

/** One row read from the host's database beside it (what the page is checked against). */
export function readRow<T>(host: Host, sql: string): T {
  const db = new Database(host.dbPath, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}
