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
import type { JobMessage, KeptReady, KeptReadyMessage } from './worker-job';

/** How long a worker kept ready waits for a job before it ends. */
export const KEPT_IDLE_MS = 10 * 60_000;

type Kept = { worker: Worker; key: string; idle: NodeJS.Timeout; ready: boolean };
const kept = new Map<string, Kept>();
/** Per name, a worker being kept for the next job: settles once it is ready, or gone. */
const pending = new Map<string, Promise<void>>();
/** Bumped by endKeptWorkers: a worker asked to be kept before it is not started after it. */
let generation = 0;

/** A built worker, through the launcher beside it. */
const built = (dir: string, name: string, options: WorkerOptions): Worker =>
  new Worker(join(dir, 'worker.js'), { ...options, argv: [name] });

/** Whether `here` is a TypeScript source (tsx, vitest), not the build. */
const fromSource = (here: string): boolean => /\.ts$/.test(new URL(here).pathname);

/** Where the built workers are, or null: workers from source. */
function builtDir(here: string): string | null {
  // From source, GATEPOST_WORKER_DIR names a folder of built workers (out/main) to start instead: tsx
  // in a worker costs its own loader thread and compiler (about 50 MB and a few seconds), which the
  // app never pays. The bench measures the workers as the app ships them.
  if (!fromSource(here)) return fileURLToPath(new URL('.', here));
  return process.env.GATEPOST_WORKER_DIR || null;
}

function launch(here: string, name: string, options: WorkerOptions): Worker {
  const dir = builtDir(here);
  // A built worker started from source is started without this process's Node options: under tsx
  // they register tsx's loader in the worker too, which tripled its start.
  if (dir) return built(dir, name, fromSource(here) ? { execArgv: [], ...options } : options);
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
function withoutJob({ workerData: _job, transferList: _t, ...rest }: WorkerOptions): WorkerOptions {
  return rest;
}
const keyOf = (options: WorkerOptions) => JSON.stringify(withoutJob(options));

/** The worker kept for `name` if it is ready and was started with these options; else null. */
function take(name: string, key: string): Worker | null {
  const k = kept.get(name);
  // One still loading stays kept for a later job: this one starts its own at once.
  if (!k?.ready) return null;
  kept.delete(name);
  clearTimeout(k.idle);
  for (const event of ['message', 'error', 'exit']) k.worker.removeAllListeners(event);
  if (k.key === key) return k.worker;
  void k.worker.terminate();
  return null;
}

function keepReady(here: string, name: string, options: WorkerOptions, settled: () => void): void {
  if (kept.has(name)) {
    settled();
    return;
  }
  const worker = launch(here, name, { ...options, workerData: { keptReady: true } satisfies KeptReady });
  // Waiting for a job must not keep the process alive, nor an error of its own reach anyone.
  worker.unref();
  const entry: Kept = {
    worker,
    key: keyOf(options),
    idle: setTimeout(() => end(), KEPT_IDLE_MS),
    ready: false,
  };
  entry.idle.unref();
  function end() {
    if (kept.get(name) === entry) kept.delete(name);
    clearTimeout(entry.idle);
    void worker.terminate();
    settled();
  }
  // `kept-ready` once loaded; anything else it says before a job (a failure to load) ends it.
  worker.on('message', (m: KeptReadyMessage) => {
    if (m?.type !== 'kept-ready') {
      end();
      return;
    }
    entry.ready = true;
    settled();
  });
  worker.on('error', end);
  worker.on('exit', end);
  kept.set(name, entry);
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
    ready.ref();
    ready.postMessage({ type: 'job', job: options.workerData } satisfies JobMessage, options.transferList);
    worker = ready;
  } else worker = launch(here, name, options);
  if (keepNext && builtDir(here)) {
    const rest = withoutJob(options);
    const at = generation;
    let settled: () => void = () => undefined;
    pending.set(name, new Promise<void>((resolve) => (settled = resolve)));
    worker.once('exit', () =>
      setImmediate(() => (at === generation ? keepReady(here, name, rest, settled) : settled())).unref(),
    );
  }
  return worker;
}

/**
 * Once the worker kept for the next job of `name` is ready (or none will be): the bench waits for it
 * untimed, so its start does not fall into the baseline's time.
 */
export const keptWorkerSettled = (name: string): Promise<void> => pending.get(name) ?? Promise.resolve();

/** End the workers kept ready (a test's end; in the app they end with the process, being unref'd). */
export function endKeptWorkers(): Promise<void> {
  generation++;
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
