// Workers kept ready (electron/api/jobs/worker-start.ts): a job that asks for it leaves a worker
// started for the next job of its kind, which is handed its job by message instead of starting a
// thread and loading its modules again. The workers here are plain built-like files in a folder of
// their own (GATEPOST_WORKER_DIR), speaking the same protocol as worker-job.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  endKeptWorkers,
  keptWorkerSettled,
  keptWorkers,
  startWorker,
} from '../../electron/api/jobs/worker-start';

let dir = '';
const here = 'file:///nowhere/electron/api/jobs/caller.ts';
const before = process.env.GATEPOST_WORKER_DIR;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gatepost-kept-'));
  writeFileSync(
    join(dir, 'worker.js'),
    "require(require('node:path').join(__dirname, process.argv[2] + '.js'));\n",
  );
  writeFileSync(
    join(dir, 'echo-worker.js'),
    `const { parentPort, workerData, threadId } = require('node:worker_threads');
const kept = !!(workerData && workerData.keptReady);
const job = kept
  ? new Promise((r) => {
      parentPort.once('message', (m) => r(m.job));
      parentPort.postMessage({ type: 'kept-ready' });
    })
  : Promise.resolve(workerData);
job.then((j) => parentPort.postMessage({ threadId, job: j, kept }));
`,
  );
  // One that fails to load when kept: it says so instead of being ready, and stays alive.
  writeFileSync(
    join(dir, 'bad-worker.js'),
    `const { parentPort, workerData, threadId } = require('node:worker_threads');
if (workerData && workerData.keptReady) parentPort.postMessage({ type: 'error', error: { message: 'no words' } });
else parentPort.postMessage({ threadId, job: workerData, kept: false });
setInterval(() => undefined, 1000);
`,
  );
  process.env.GATEPOST_WORKER_DIR = dir;
});

afterAll(async () => {
  await endKeptWorkers();
  if (before === undefined) delete process.env.GATEPOST_WORKER_DIR;
  else process.env.GATEPOST_WORKER_DIR = before;
  rmSync(dir, { recursive: true, force: true });
});

type Echo = { threadId: number; job: unknown; kept: boolean };

async function run(w: Worker): Promise<Echo> {
  const answer = await new Promise<Echo>((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
  });
  await w.terminate();
  return answer;
}

/** Once the worker kept for the next job is ready (it said `kept-ready`), or gone. */
async function settled(name: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  await keptWorkerSettled(name);
}

describe('workers kept ready', () => {
  it('hands the next job to a worker started before it came', async () => {
    const first = await run(startWorker(here, 'echo-worker', { workerData: { n: 1 } }, { keepNext: true }));
    expect(first).toMatchObject({ job: { n: 1 }, kept: false });
    await settled('echo-worker');
    expect(keptWorkers()).toEqual(['echo-worker']);
    const second = await run(startWorker(here, 'echo-worker', { workerData: { n: 2 } }, { keepNext: true }));
    expect(second).toMatchObject({ job: { n: 2 }, kept: true });
    expect(second.threadId).not.toBe(first.threadId);
    // The job is handed over once: the next one gets the worker kept after the second.
    await settled('echo-worker');
    expect(keptWorkers()).toEqual(['echo-worker']);
    const third = await run(startWorker(here, 'echo-worker', { workerData: { n: 3 } }));
    expect(third).toMatchObject({ job: { n: 3 }, kept: true });
    expect(third.threadId).not.toBe(second.threadId);
    // Not asked to keep the next: none is kept.
    await new Promise((r) => setTimeout(r, 50));
    expect(keptWorkers()).toEqual([]);
  });

  it('starts afresh when the job asks other limits than the worker kept was started with', async () => {
    await run(startWorker(here, 'echo-worker', { workerData: { n: 1 } }, { keepNext: true }));
    await settled('echo-worker');
    expect(keptWorkers()).toEqual(['echo-worker']);
    const other = await run(
      startWorker(here, 'echo-worker', {
        workerData: { n: 2 },
        resourceLimits: { maxOldGenerationSizeMb: 64 },
      }),
    );
    expect(other).toMatchObject({ job: { n: 2 }, kept: false });
    expect(keptWorkers()).toEqual([]);
  });

  it('hands no job to a worker that failed to load while kept, and ends it', async () => {
    await run(startWorker(here, 'bad-worker', { workerData: { n: 1 } }, { keepNext: true }));
    await settled('bad-worker');
    expect(keptWorkers()).toEqual([]);
    const next = await run(startWorker(here, 'bad-worker', { workerData: { n: 2 } }));
    expect(next).toMatchObject({ job: { n: 2 }, kept: false });
  });

  it('keeps none for workers from source (tsx in a thread costs more than it saves)', async () => {
    delete process.env.GATEPOST_WORKER_DIR;
    try {
      // A worker from source (its module does not even exist: it is ended at once); once it has
      // ended, nothing is kept.
      const w = startWorker(
        new URL('../../electron/api/jobs/caller.ts', import.meta.url).href,
        'no-worker',
        {
          workerData: {},
        },
        { keepNext: true },
      );
      w.on('error', () => undefined);
      await w.terminate();
      await new Promise((r) => setTimeout(r, 50));
      expect(keptWorkers()).toEqual([]);
    } finally {
      process.env.GATEPOST_WORKER_DIR = dir;
    }
  });
});
