import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

/** out/main/package.json: the built main process is CommonJS although the project is ES modules. */
function commonJsFolder(): Plugin {
  return {
    name: 'gatepost-commonjs-folder',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'package.json', source: '{ "type": "commonjs" }\n' });
    },
  };
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      minify: true,
      // Bundled, not resolved file by file from node_modules at every start (zod and drizzle are
      // hundreds of small modules); better-sqlite3 (native) and exceljs (loaded on first use) stay out.
      externalizeDeps: { exclude: ['zod', 'drizzle-orm'] },
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          // The import runs in a worker thread; import-offload.ts starts out/main/import-worker.js.
          'import-worker': resolve('electron/api/households/import-worker.ts'),
          // A large distribution is written in a worker thread too (stock/distribute-offload.ts).
          'distribute-worker': resolve('electron/api/stock/distribute-worker.ts'),
          // And the registry export (households/export-offload.ts).
          'export-worker': resolve('electron/api/households/export-worker.ts'),
          // Each of them is started through worker.js, which puts the code cache in place first
          // (electron/host/worker-launch.ts).
          worker: resolve('electron/host/worker-launch.ts'),
          // The web host (npm run serve, the e2e tests), run by plain Node: prebuilt, it starts in a
          // fraction of the time tsx took to compile it on every start (issue 11). host.js puts the
          // code cache in place (electron/host/launch.ts), then requires host-app.js (the host).
          host: resolve('electron/host/launch.ts'),
          'host-app': resolve('electron/host/cli.ts'),
        },
        // CommonJS (out/main/package.json says so): Node 20 can give a CommonJS module compiled bytes
        // from an earlier start (electron/host/code-cache.ts), never an ES module.
        output: { format: 'cjs', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        // The tables (db/schema) have no side effects: a module of tables no code imports from is
        // left out of a chunk, so the host's start builds the tables it reads, not all (issue 11).
        treeshake: { moduleSideEffects: (id: string) => !/[\\/]db[\\/]schema[\\/]/.test(id) },
      },
    },
    plugins: [commonJsFolder()],
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be one CommonJS file with nothing external but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    build: {
      outDir: resolve('out/renderer'),
      // Minified, and split: each screen but the overview is its own chunk (renderer/src/app/App.tsx).
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
      chunkSizeWarningLimit: 2000,
    },
    plugins: [react()],
  },
});
