// The registry import (issue 11): households.importPreview + households.importCommit of a sheet of the
// registry's residents into a fresh database, beside a hand-written streaming read + prepared INSERTs
// (import-base.ts) into another. Each side runs once, in a process of its own, so its peak RSS — the
// import worker's included — is its own: the app as it ships, the built web host called over HTTP
// (import-host.ts; in the bench's own process through tsx, import-run.ts, when nothing is built), the
// baseline in import-run.ts. The answers are what each wrote (counts and
// digests of every table the import writes, import-check.ts): the same rows, the same ids. The app's
// run also prints how fast the host answered reads while the worker committed.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Env, Figure } from './harness';
import type { Written } from './import-check';
import { builtHost, importThroughHost } from './import-host';
import { registrySheet } from './import-sheet';

export const IMPORT_PEAK_MB = 400;
/** The instant the import-run.ts sides write at (the host's clock frozen there). */
const BENCH_NOW = '2026-11-28T02:00:00.000Z';
const OPERATOR = '林晓梅';
export const IMPORT_READ_MS = 100;

type Answer = { ms: number; written: Written };
export type Run = {
  ms: number;
  cpuMs: number;
  peakRss: number;
  previewMs?: number;
  commitMs?: number;
  reads?: { n: number; p50: number; p95: number; max: number };
  invalid?: number;
  /** Whether the worker ran as built (out/main), not from source through tsx. */
  builtWorker?: boolean;
  /** The slowest reads: [ms, when (ms after the commit started)]. */
  slow?: [number, number][];
  readMs?: number;
  writeMs?: number;
  written: Written;
  rssBefore?: number;
  /** Whether the app ran as the built web host over HTTP (import-host.ts), not in the bench's process. */
  throughHost?: boolean;
};

const s = (ms = 0) => (ms / 1000).toFixed(1);
const MB = (n: number) => Math.round(n / 1024 / 1024);
const root = fileURLToPath(new URL('../..', import.meta.url));

function run(mode: 'app' | 'base', dbPath: string, sheet: string): Promise<Run> {
  // The app as it ships: the built web host, when there is one (npm run bench builds it).
  const host = mode === 'app' ? builtHost() : null;
  if (host)
    return importThroughHost(host, dbPath, sheet, BENCH_NOW, OPERATOR).then((r) => ({
      ...r,
      throughHost: true,
    }));
  const script = fileURLToPath(new URL('./import-run.ts', import.meta.url));
  return new Promise((ok, ko) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', script, mode, dbPath, sheet],
      { cwd: root, env: { ...process.env, TZ: 'UTC' }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const line = stdout.split('\n').find((l) => l.startsWith('result '));
        if (!line) return ko(new Error(`import-run ${mode} failed: ${err?.message ?? ''}\n${stderr}`));
        ok(JSON.parse(line.slice('result '.length)) as Run);
      },
    );
  });
}

export function importFigure(cache?: string): Figure {
  const sheets = new Map<number, string>();
  const side = async (env: Env, mode: 'app' | 'base') => {
    let sheet = sheets.get(env.households);
    if (!sheet) {
      sheet = await registrySheet(env.sqlite, env.households, dirname(env.path), cache);
      sheets.set(env.households, sheet);
    }
    const db = join(dirname(env.path), `import-${mode}.db`);
    try {
      const r = await run(mode, db, sheet);
      const peak = `CPU ${s(r.cpuMs)} s, peak RSS ${MB(r.peakRss)} MB`;
      if (mode === 'base')
        console.log(
          `  (import baseline: read ${s(r.readMs)} s + write ${s(r.writeMs)} s = ${s(r.ms)} s, ${peak})`,
        );
      else {
        const reads = r.reads ?? { n: 0, p50: 0, p95: 0, max: 0 };
        const memOk = MB(r.peakRss) < IMPORT_PEAK_MB ? 'ok' : 'MISSED';
        const readOk = reads.max < IMPORT_READ_MS ? 'ok' : 'MISSED';
        console.log(
          `  (import app: preview ${s(r.previewMs)} s + commit ${s(r.commitMs)} s = ${s(r.ms)} s; ${peak} — goal < ${IMPORT_PEAK_MB} MB ${memOk}; ${reads.n} reads during the commit p50 ${reads.p50.toFixed(1)} / p95 ${reads.p95.toFixed(1)} / max ${reads.max.toFixed(1)} ms — goal < ${IMPORT_READ_MS} ms ${readOk}; slowest ${(r.slow ?? []).map(([ms, at]) => `${ms} ms at ${s(at)} s`).join(', ') || 'none over 50 ms'}; ${r.invalid ?? 0} rows refused; ${r.throughHost ? 'the built web host over HTTP' : r.builtWorker ? 'in the bench process with the built worker' : 'the worker from source through tsx: run npm run build first for the figure'})`,
        );
      }
      return { ms: r.ms, written: r.written };
    } finally {
      for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
    }
  };
  return {
    name: 'import every resident, preview + commit',
    goal: { ratio: 0.5 },
    runs: 1,
    warmup: false,
    app: (env) => side(env, 'app'),
    base: (env) => side(env, 'base'),
    timeOf: (a) => (a as Answer).ms,
    same: (a, b) => {
      const [x, y] = [(a as Answer).written, (b as Answer).written];
      const keys = Object.keys(x) as (keyof Written)[];
      const diff = keys.filter((k) => x[k] !== y[k]).map((k) => `${k}: app ${x[k]} vs baseline ${y[k]}`);
      return diff.length ? diff.join('; ') : null;
    },
  };
}
