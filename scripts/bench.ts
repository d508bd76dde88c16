// npm run bench [-- --sizes 10000,30000,100000] [--households N] [--cache DIR] [--only TEXT]
// For each size: a synthetic registry, every figure of issue 11 through the app (router.dispatch)
// beside a hand-written better-sqlite3 baseline on the same file, both answers compared; then how
// each cost grows. --cache keeps the generated registries in DIR between runs; --only runs the
// figures whose name contains TEXT (the host's start among them).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open';
import { writeDemo } from '../electron/demo/demo';
import { dashboardFigure } from './bench/dashboard';
import { errandsFigures } from './bench/errands';
import { exportFigure } from './bench/export';
import { type Figure, type Measure, makeEnv, measure } from './bench/harness';
import { healthFigures } from './bench/health';
import { hostFigure } from './bench/host';
import { importFigure } from './bench/import';
import { freshBuild } from './bench/import-host';
import { registryFigures } from './bench/registry';
import { printGrowth, printSize } from './bench/report';
import { reportDailyFigure } from './bench/report-daily';
import { rosterFigures } from './bench/roster';
import { searchFigures } from './bench/search';
import { stockFigures } from './bench/stock';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,30000,100000' },
    households: { type: 'string' },
    cache: { type: 'string' },
    only: { type: 'string' },
  },
});
// The app's workers as it ships them (out/main, which `npm run bench` builds) when that build is newer
// than every source: the export's and a large distribution's run in-process figures through the router.
// Else they start from source through tsx, which costs each a few seconds the app never pays.
const workers = freshBuild('export-worker.js');
if (workers) process.env.GATEPOST_WORKER_DIR = workers;
else console.log('(no current build in out/main: the workers run from source through tsx)');
const sizes = (values.households ?? values.sizes).split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`bad sizes: ${values.sizes}`);
const now = new Date('2026-11-28T02:00:00Z');
const work = mkdtempSync(join(tmpdir(), 'gatepost-bench-'));
const only = (name: string): boolean => !values.only || name.includes(values.only);
const figures: Figure[] = [
  ...registryFigures,
  ...searchFigures,
  ...rosterFigures,
  exportFigure,
  importFigure(values.cache),
  ...stockFigures,
  ...errandsFigures,
  dashboardFigure,
  reportDailyFigure,
  ...healthFigures,
].filter((f) => only(f.name));

/** A registry of `n` households: generated, or copied from the cache. */
function registry(n: number): string {
  const path = join(work, `bench-${n}.db`);
  const cached = values.cache ? join(values.cache, `bench-${n}.db`) : null;
  if (cached && existsSync(cached)) {
    copyFileSync(cached, path);
    return path;
  }
  const db = openDatabase(path);
  const t = performance.now();
  writeDemo(db, { households: n, now });
  console.log(`(generated ${n} households in ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  db.$client.close();
  if (cached) {
    mkdirSync(values.cache ?? '.', { recursive: true });
    copyFileSync(path, cached);
  }
  return path;
}

try {
  const results: { households: number; measures: Measure[] }[] = [];
  for (const n of sizes) {
    const path = registry(n);
    const t = performance.now();
    const db = openDatabase(path);
    const open = performance.now() - t;
    const residents = (db.$client.prepare('SELECT count(*) AS n FROM residents').get() as { n: number }).n;
    const env = makeEnv(db, path, n, now);
    const measures: Measure[] = [
      { name: 'openDatabase (checks, migrate)', goal: {}, app: { p50: open, p95: open }, check: '—' },
    ];
    for (const f of figures) measures.push(await measure(f, env));
    db.$client.close();
    if (only('host start')) measures.push(await hostFigure(path, now));
    printSize(n, residents, measures);
    results.push({ households: n, measures });
  }
  printGrowth(results);
} finally {
  rmSync(work, { recursive: true, force: true });
}
