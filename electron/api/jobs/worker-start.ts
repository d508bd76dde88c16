/**
 * Starting a worker thread for a job that runs off the main thread (the registry import, a large
 * distribution, the registry export). From TypeScript source (tsx, vitest) the worker is TypeScript
 * too, with tsx registered in it first; from the electron-vite build it is its own entry
 * (`<name>.js`) beside the main bundle in out/main (electron.vite.config.ts lists each), started
 * through `worker.js` (electron/host/worker-launch.ts), which gives it the host's code cache.
 *
 * A job may ask that the next of its kind find a worker kept ready (`keepNext`): once its worker
 * has ended, another is started with no job, loads its modules and waits; the next job of that
 * kind is posted to it (worker-job.ts) instead of paying a thread's start and its modules' load
 * again (issue 11: about 150 ms on this machine, most of a 10,000-household distribution). A
 * worker kept ready holds no connection; unused for KEPT_IDLE_MS it ends. Only built workers are
 * kept: one from source costs tsx's compiler in its thread.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { JobMessage, KeptReady } from './worker-job';

/** How long a worker kept ready waits for a job before it ends. */
export const KEPT_IDLE_MS = 10 * 60_000;

type Kept = { worker: Worker; key: string; idle: NodeJS.Timeout };
const kept = new Map<string, Kept>();

/** A built worker, through the launcher beside it. */
const built = (dir: string, name: string, options: WorkerOptions): Worker =>
  new Worker(join(dir, 'worker.js'), { ...options, argv: [name] });

/** Where the built workers are, or null: workers from source. */
function builtDir(here: string): string | null {
  // From source, GATEPOST_WORKER_DIR names a folder of built workers (out/main) to start instead: tsx
  // in a worker costs its own loader thread and compiler (about 50 MB and a few seconds), which the
  // app never pays. The bench measures the workers as the app ships them.
  const fromSource = /\.ts$/.test(new URL(here).pathname);
  if (!fromSource) return fileURLToPath(new URL('.', here));
  return process.env.GATEPOST_WORKER_DIR || null;
}

function launch(here: string, name: string, options: WorkerOptions): Worker {
  const dir = builtDir(here);
  // A built worker started from source is started without this process's Node options: under tsx
  // they register tsx's loader in the worker too, which tripled its start.
  if (dir)
    return built(dir, name, /\.ts$/.test(new URL(here).pathname) ? { execArgv: [], ...options } : options);
  const tsx = pathToFileURL(
    createRequire(here)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const entry = new URL(`./${name}.ts`, here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** The options a worker is started with but its job: a worker kept ready must have been started with the same. */
const keyOf = ({ workerData: _job, transferList: _t, ...rest }: WorkerOptions) => JSON.stringify(rest);

function take(name: string, key: string): Worker | null {
  const k = kept.get(name);
  if (!k) return null;
  kept.delete(name);
  clearTimeout(k.idle);
  if (k.key === key) return k.worker;
  void k.worker.terminate();
  return null;
}

function keepReady(here: string, name: string, options: WorkerOptions): void {
  if (kept.has(name)) return;
  const { workerData: _job, transferList: _t, ...rest } = options;
  const worker = launch(here, name, { ...rest, workerData: { keptReady: true } satisfies KeptReady });
  // Waiting for a job must not keep the process alive, nor an error of its own reach anyone.
  worker.unref();
  const drop = () => {
    if (kept.get(name)?.worker === worker) {
      clearTimeout(kept.get(name)?.idle);
      kept.delete(name);
    }
  };
  worker.on('error', drop);
  worker.on('exit', drop);
  const idle = setTimeout(() => {
    drop();
    void worker.terminate();
  }, KEPT_IDLE_MS);
  idle.unref();
  kept.set(name, { worker, key: keyOf(options), idle });
}

/** `here` is the import.meta.url of a module beside the worker's source; `name` the worker's file name without extension. */
export function startWorker(
  here: string,
  name: string,
  options: WorkerOptions,
  { keepNext = false }: { keepNext?: boolean } = {},
): Worker {
  const ready = take(name, keyOf(options));
  let worker: Worker;
  if (ready) {
    ready.removeAllListeners('error');
    ready.removeAllListeners('exit');
    ready.ref();
    ready.postMessage({ type: 'job', job: options.workerData } satisfies JobMessage, options.transferList);
    worker = ready;
  } else worker = launch(here, name, options);
  if (keepNext && builtDir(here))
    worker.once('exit', () => setImmediate(() => keepReady(here, name, options)).unref());
  return worker;
}

/** End the workers kept ready (a test's end; in the app they end with the process, being unref'd). */
export function endKeptWorkers(): Promise<void> {
  const all = [...kept.values()];
  kept.clear();
  return Promise.all(
    all.map((k) => {
      clearTimeout(k.idle);
      return k.worker.terminate();
    }),
  ).then(() => undefined);
}

/** How many workers are kept ready, by name (tests). */
export const keptWorkers = (): string[] => [...kept.keys()];
