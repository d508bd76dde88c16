// One side of the import figure, in a process of its own so its peak memory is its own:
//   tsx scripts/bench/import-run.ts app|base <fresh db> <sheet.xlsx>
// app: households.importPreview then households.importCommit through router.dispatch, as the import
// panel calls them, while the main thread keeps asking reads (households.stats, overview.get) every
// 20 ms and times each answer from when it was due. base: the hand-written version (import-base.ts).
// Prints one line `result {json}`: the times, the peak RSS (the whole process, the worker included),
// the read latencies during the commit, and what was written (import-check.ts).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { openDatabase } from '../../db/open';
import type { In, Method, Out } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/router';
import { handWrittenImport } from './import-base';
import { written } from './import-check';
import { freshBuild } from './import-host';
import { readsMeanwhile } from './reads-meanwhile';

const BENCH_NOW = '2026-11-28T02:00:00.000Z';
const OPERATOR = '林晓梅';

const [mode, dbPath, sheetPath] = process.argv.slice(2);
if (!mode || !dbPath || !sheetPath) throw new Error('usage: import-run.ts app|base <db> <sheet>');
// The import worker as the app ships it (out/main/import-worker.js, which `npm run bench` builds), when
// that build is newer than every source; else the worker runs from source through tsx (about 50 MB
// more: its own loader thread and compiler), and the figure says so.
const worker = mode === 'app' ? freshBuild('import-worker.js') : null;
if (worker) process.env.GATEPOST_WORKER_DIR = worker;
const db = openDatabase(dbPath);
const host = { now: () => new Date(BENCH_NOW), paths: { db: dbPath } };
const call = async <M extends Method>(m: M, input: In<M>) => {
  const r = await dispatch(db, m, input, host, { operatorId: 1 });
  if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
  return r.value as Out<M>;
};
await call('team.save', { name: OPERATOR, role: 'community_cadre', canOperate: true });
const rssBefore = process.memoryUsage().rss;
const fileName = basename(sheetPath);

/** A read through the router, as the import panel's neighbours ask it; a refusal stops the figure. */
const read = async (method: 'households.stats' | 'overview.get') => {
  const r = await dispatch(db, method, {}, host);
  if (!r.ok) throw new Error(`read during the commit: ${r.error.message}`);
};

let out: Record<string, unknown>;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
if (mode === 'app') {
  // The request's base64 is not held past the preview (as the host's request body is not).
  const preview = await call('households.importPreview', {
    fileName,
    dataBase64: readFileSync(sheetPath).toString('base64'),
  });
  const previewMs = performance.now() - t0;
  const stop = readsMeanwhile(read);
  const t1 = performance.now();
  const report = await call('households.importCommit', {
    sheetHash: preview.sheetHash,
    skipInvalid: false,
    createPlaces: true,
    takeStale: [],
  });
  const commitMs = performance.now() - t1;
  const { reads, slow } = await stop();
  const pct = (p: number) => reads[Math.min(reads.length - 1, Math.ceil(p * reads.length) - 1)] ?? 0;
  out = {
    previewMs,
    commitMs,
    reads: { n: reads.length, p50: pct(0.5), p95: pct(0.95), max: reads.at(-1) ?? 0 },
    invalid: report.invalidRows,
    slow,
    builtWorker: worker !== null,
  };
} else {
  out = await handWrittenImport(db.$client, readFileSync(sheetPath), fileName, {
    now: BENCH_NOW,
    operatorId: 1,
    operatorName: OPERATOR,
  });
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(
  `result ${JSON.stringify({ ...out, ms, cpuMs, rssBefore, peakRss, written: written(db.$client) })}`,
);
db.$client.close();
