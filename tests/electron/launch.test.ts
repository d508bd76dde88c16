import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureElectronBinding, findElectronBinary, root } from '../../scripts/electron-env.mjs';
import { tempDir } from '../api/helpers';

const electron = findElectronBinary();
const built = existsSync(join(root, 'out', 'main', 'index.js'));
const reason = !electron
  ? 'the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD)'
  : !built
    ? 'the app is not built (run npm run build first)'
    : '';
if (reason) console.warn(`[launch test] SKIPPED: ${reason}`);

describe('real Electron launch', () => {
  it.skipIf(reason !== '')(
    `starts the app and loads its page${reason ? ` — skipped: ${reason}` : ''}`,
    () => {
      if (!electron) return;
      const binding = ensureElectronBinding(electron);
      const dir = tempDir();
      const args = process.platform === 'linux' ? ['--no-sandbox', root] : [root];
      const r = spawnSync(electron, args, {
        env: {
          ...process.env,
          GATEPOST_SMOKE: '1',
          GATEPOST_DB: join(dir, 'launch.db'),
          GATEPOST_NEW_DB: '1',
          GATEPOST_NATIVE_BINDING: binding,
        },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.stdout).toMatch(/GATEPOST_READY app:\/\/gatepost\/index\.html/);
      expect(r.status).toBe(0);
    },
  );
});
