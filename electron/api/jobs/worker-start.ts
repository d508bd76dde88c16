/**
 * Starting a worker thread for a job that runs off the main thread (the registry import, a large
 * distribution). From TypeScript source (tsx, vitest) the worker is TypeScript too, with tsx registered
 * in it first; from the electron-vite build it is its own entry (`<name>.js`) beside the main bundle in
 * out/main (electron.vite.config.ts lists each).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `here` is the import.meta.url of a module beside the worker's source; `name` the worker's file name without extension. */
export function startWorker(here: string, name: string, options: WorkerOptions): Worker {
  // From source, GATEPOST_WORKER_DIR names a folder of built workers (out/main) to start instead: tsx
  // in a worker costs its own loader thread and compiler (about 50 MB and a few seconds), which the
  // app never pays. The bench's import figure measures the worker as the app ships it.
  const built = process.env.GATEPOST_WORKER_DIR;
  if (built && /\.ts$/.test(new URL(here).pathname))
    return new Worker(pathToFileURL(join(built, `${name}.js`)), options);
  if (/\.ts$/.test(new URL(here).pathname)) {
    const tsx = pathToFileURL(
      createRequire(here)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs'),
    ).href;
    const entry = new URL(`./${name}.ts`, here).href;
    const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(boot, { ...options, eval: true });
  }
  return new Worker(new URL(`./${name}.js`, here), options);
}
