/**
 * Starting a worker thread for a job that runs off the main thread (the registry import, a large
 * distribution). From TypeScript source (tsx, vitest) the worker is TypeScript too, with tsx registered
 * in it first; from the electron-vite build it is its own entry (`<name>.js`) beside the main bundle in
 * out/main (electron.vite.config.ts lists each).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** `here` is the import.meta.url of a module beside the worker's source; `name` the worker's file name without extension. */
export function startWorker(here: string, name: string, options: WorkerOptions): Worker {
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
