// Finds the Electron binary without triggering a download, and builds (or reuses) an
// Electron-ABI copy of better-sqlite3 so node_modules stays on Node's ABI for `npm test`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** The Electron executable, or null where the binary was never downloaded. */
export function findElectronBinary() {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const rel = readFileSync(pathFile, 'utf8').trim();
  const bin = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, rel)
    : join(dir, 'dist', rel);
  return existsSync(bin) ? bin : null;
}

export function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/** Load the binding inside Electron (as Node) to prove it matches Electron's ABI. */
function verify(electron, binding) {
  const pkg = dirname(require.resolve('better-sqlite3/package.json'));
  const code = `const D=require(${JSON.stringify(pkg)});new D(':memory:',{nativeBinding:${JSON.stringify(binding)}}).close()`;
  const r = spawnSync(electron, ['-e', code], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  return r.status === 0;
}

/** Path to better_sqlite3.node built for this Electron, building it once into .native/. */
export function ensureElectronBinding(electron) {
  const version = electronVersion();
  const out = join(root, '.native', `electron-${version}-${process.platform}-${process.arch}`);
  const binding = join(out, 'better_sqlite3.node');
  if (existsSync(binding) && verify(electron, binding)) return binding;
  console.log(`正在为 Electron ${version} 编译 better-sqlite3（只需一次）…`);
  const src = join(out, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(dirname(require.resolve('better-sqlite3/package.json')), src, {
    recursive: true,
    filter: (p) => !p.includes(`${join('build', 'Release')}`),
  });
  const gyp = join(
    dirname(
      require.resolve('node-gyp/package.json', {
        paths: [dirname(process.execPath), '/usr/lib/node_modules/npm'],
      }),
    ),
    'bin',
    'node-gyp.js',
  );
  execFileSync(
    process.execPath,
    [
      gyp,
      'rebuild',
      '--release',
      `--target=${version}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    { cwd: src, stdio: 'inherit' },
  );
  cpSync(join(src, 'build', 'Release', 'better_sqlite3.node'), binding);
  if (!verify(electron, binding)) throw new Error('为 Electron 编译的 better-sqlite3 无法在 Electron 中加载');
  return binding;
}
