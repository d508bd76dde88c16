// The registry export runs in a worker thread on a database file (issue 11): the main thread, which
// answers every other call of the post, only relays its progress. On the main thread, loading exceljs
// and zipping a district's rows held every other call up (reads answered in 40–175 ms through an
// export of 323,000 rows, one 2.5 s at its start).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/router';
import { writeDemo } from '../../electron/demo/demo';
import { FIXED_NOW, freshDb, tempDir } from './helpers';

describe('the registry export in a worker', () => {
  it('leaves the main thread free while it writes the file', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 6000, seed: 5 });
    const residents = (db.$client.prepare('SELECT count(*) AS n FROM residents').get() as { n: number }).n;
    // The households area loaded first (on the main thread, as any first call of an area): the export's
    // own time is what is measured.
    await dispatch(db, 'households.stats', {}, host);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const r = await dispatch(db, 'households.export', {}, host, { operatorId: 1 });
    delay.disable();
    if (!r.ok) throw new Error(r.error.message);
    expect((r.value as { rows: number }).rows).toBe(residents);
    // The longest the main thread was kept from answering anything, in ms.
    const longest = delay.max / 1e6;
    expect(longest).toBeLessThan(250);
  });

  it('removes what a worker that died left, and answers a failure', async () => {
    const { db, host, path } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 50, seed: 6 });
    // A worker that writes half a file under the token it was given, then dies; started, as a built
    // worker is, through the launcher beside it (worker.js, which requires the worker it is named).
    const workers = tempDir();
    writeFileSync(
      join(workers, 'worker.js'),
      "require(require('node:path').join(__dirname, process.argv.at(-1) + '.js'));",
    );
    writeFileSync(
      join(workers, 'export-worker.js'),
      `const { workerData } = require('node:worker_threads');
       const fs = require('node:fs');
       fs.mkdirSync(workerData.outboxDir, { recursive: true });
       fs.writeFileSync(require('node:path').join(workerData.outboxDir, workerData.token + '.out'), 'half');
       process.exit(3);`,
    );
    const before = process.env.GATEPOST_WORKER_DIR;
    process.env.GATEPOST_WORKER_DIR = workers;
    let r: Awaited<ReturnType<typeof dispatch>>;
    try {
      r = await dispatch(db, 'households.export', {}, host, { operatorId: 1 });
    } finally {
      if (before === undefined) delete process.env.GATEPOST_WORKER_DIR;
      else process.env.GATEPOST_WORKER_DIR = before;
    }
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    // It was this worker that died (its exit code), not a worker that could not be found.
    expect(JSON.stringify(r.ok ? null : r.error.reason)).toContain('退出码 3');
    // Removed once the worker is gone (terminate, then the file).
    const exports = join(dirname(path), 'exports');
    await expect.poll(() => (existsSync(exports) ? readdirSync(exports) : [])).toEqual([]);
  });
});
