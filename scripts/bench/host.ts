// Host start → overview answered: the web host as `npm run serve` starts it, beside a bare node
// process that opens the same file with better-sqlite3 and counts the same overview numbers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../electron/host/paths';
import { type Measure, sameJson } from './harness';
import { OVERVIEW_COUNTS, overviewArgs, STALE_MINUTES_SQL } from './overview-base';

const root = projectRoot();

/** How `npm run serve` starts the host: the prebuilt JavaScript when built, else through tsx. */
export function hostCommand(): string[] {
  const built = join(root, 'out', 'main', 'host.js');
  return existsSync(built)
    ? [built]
    : [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/host/cli.ts'];
}

type Started = { ms: number; answer: unknown };

/** Spawn the host on a free port, ask for the overview, time it, stop the host. */
export function hostStart(dbPath: string, now: string): Promise<Started> {
  const t = performance.now();
  const child = spawn(process.execPath, [...hostCommand(), '--db', dbPath, '--port', '0'], {
    cwd: root,
    env: { ...process.env, GATEPOST_NOW: now, GATEPOST_NO_CLOSE_BACKUP: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise<Started>((ok, ko) => {
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stdout.on('data', async (d: Buffer) => {
      out += d.toString();
      const url = out.match(/已启动：(http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (!url || child.killed) return;
      child.stdout.removeAllListeners('data');
      try {
        const res = await fetch(`${url}api/overview.get`, { method: 'POST', body: '{}' });
        const body = (await res.json()) as { ok: boolean; value: { counts: unknown } };
        const ms = performance.now() - t;
        child.once('exit', () => ok({ ms, answer: body.value.counts }));
        child.kill('SIGTERM');
      } catch (e) {
        child.kill('SIGKILL');
        ko(e);
      }
    });
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) ko(new Error(`host exited ${code}: ${out}`));
    });
  });
}

/** The bare process: opens the file, reads the errands' limit, runs each count of the overview. */
const BARE = `
const Database = require(${JSON.stringify(join(root, 'node_modules', 'better-sqlite3'))});
const db = new Database(process.argv[1], { readonly: true });
const [counts, now, staleSql] = [JSON.parse(process.argv[2]), process.argv[3], process.argv[4]];
const stale = db.prepare(staleSql).get().m;
const args = { ...JSON.parse(process.argv[5]), staleCut: new Date(Date.parse(now) - stale * 60000).toISOString() };
const out = {};
for (const [k, c] of Object.entries(counts)) out[k] = db.prepare(c.sql).get(...c.args.map((a) => args[a])).n;
console.log(JSON.stringify(out));`;

/** The baseline: a bare node process that opens the file and counts. */
export function bareStart(dbPath: string, now: Date): Promise<Started> {
  // The moment's values but the stale cut, which needs the file's limit (the process reads it).
  const { staleCut: _, ...args } = overviewArgs(now, 0);
  const argv = [JSON.stringify(OVERVIEW_COUNTS), now.toISOString(), STALE_MINUTES_SQL, JSON.stringify(args)];
  const t = performance.now();
  const child = spawn(process.execPath, ['-e', BARE, dbPath, ...argv], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((ok, ko) =>
    child.once('exit', (code) =>
      code === 0
        ? ok({ ms: performance.now() - t, answer: JSON.parse(out) })
        : ko(new Error(`bare exited ${code}`)),
    ),
  );
}

const RUNS = 7;

/**
 * The figure: one untimed start of each first (the bench process's own first fetch and spawn are
 * not the host's), then seven of each in turns; p95 of seven is the slowest.
 */
export async function hostFigure(path: string, now: Date): Promise<Measure> {
  const app: number[] = [];
  const base: number[] = [];
  let check = 'same';
  await hostStart(path, now.toISOString());
  await bareStart(path, now);
  for (let i = 0; i < RUNS; i++) {
    const a = await hostStart(path, now.toISOString());
    const b = await bareStart(path, now);
    app.push(a.ms);
    base.push(b.ms);
    const diff = sameJson(a.answer, b.answer);
    if (diff) check = `DIFFERENT: ${diff}`;
  }
  const p = (v: number[]) => {
    v.sort((x, y) => x - y);
    return { p50: v[Math.floor(v.length / 2)] ?? 0, p95: v[v.length - 1] ?? 0 };
  };
  const [a, b] = [p(app), p(base)];
  return {
    name: 'host start → overview answered',
    goal: { p95Ms: 300 },
    app: a,
    base: b,
    ratio: b.p50 / a.p50,
    check,
  };
}
