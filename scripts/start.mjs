// npm start: build, then open the Electron app on its default database. Where the Electron
// binary is not installed (an offline install), say so and serve the same app to a browser.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureElectronBinding, findElectronBinary, root } from './electron-env.mjs';

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (build.status !== 0) {
  console.error('构建失败，请查看上面的输出。');
  process.exit(1);
}

const electron = findElectronBinary();
const args = process.argv.slice(2);
if (!electron) {
  console.log(
    '未安装 Electron 可执行文件（离线安装，ELECTRON_SKIP_BINARY_DOWNLOAD），改为在浏览器中提供同一应用：',
  );
  const host = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  host.on('exit', (code) => process.exit(code ?? 0));
} else {
  const binding = ensureElectronBinding(electron);
  const app = spawn(electron, [root, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, GATEPOST_NATIVE_BINDING: binding },
  });
  app.on('exit', (code) => process.exit(code ?? 0));
}
