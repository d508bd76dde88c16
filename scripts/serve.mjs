// npm run serve: build (the renderer, Electron's main and the web host, into out/), then run the
// prebuilt web host with plain Node — no TypeScript compiler on the start path.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './electron-env.mjs';

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
);
if (build.status !== 0) {
  console.error('构建失败，请查看上面的输出。');
  process.exit(1);
}
const host = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
host.on('exit', (code) => process.exit(code ?? 0));
