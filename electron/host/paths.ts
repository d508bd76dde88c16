import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Electron's app.getPath('userData') points for an app named Gatepost. */
export function defaultDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Gatepost');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Gatepost');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Gatepost');
}

export const defaultDbPath = (): string => join(defaultDataDir(), 'gatepost.db');

/**
 * The project's folder, found upward from this file: the one holding package.json and the migrations
 * (out/main holds a package.json of its own, which only says its modules are CommonJS).
 */
export function projectRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'db', 'migrations'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found');
    dir = parent;
  }
  return dir;
}

/**
 * The host's clock: GATEPOST_NOW (an ISO instant) sets "now" for tests and demos, from where it runs
 * on; with GATEPOST_CLOCK=frozen it stays there (the bench: what a call writes is compared with a
 * hand-written baseline's rows, times included).
 */
export function hostClock(
  fixed = process.env.GATEPOST_NOW,
  frozen = process.env.GATEPOST_CLOCK === 'frozen',
): () => Date {
  if (!fixed) return () => new Date();
  const at = Date.parse(fixed);
  if (Number.isNaN(at)) throw new Error(`GATEPOST_NOW 不是有效时间：${fixed}`);
  if (frozen) return () => new Date(at);
  const offset = at - Date.now();
  return () => new Date(Date.now() + offset);
}
