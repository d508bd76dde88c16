// The import figure's app side as the app ships: the built web host (out/main/host.js, which `npm
// run bench` builds) on a fresh database, called over HTTP as the import panel calls it —
// households.importPreview with the sheet's base64, then households.importCommit of the previewed
// sheet — while a client keeps asking reads (households.stats, overview.get) every 20 ms and times
// each answer from when it was due. The peak memory is the host process's own high-water mark
// (its import worker included), read from /proc before it stops; the bench process, which runs
// under tsx, is not in it. The clock is frozen at the bench's instant, so the rows written carry the
// same times as the hand-written baseline's.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { projectRoot } from '../../electron/host/paths';
import type { Run } from './import';
import { written } from './import-check';
import { readsMeanwhile } from './reads-meanwhile';

const root = projectRoot();

/**
 * out/main when its `file` is newer than every source it is built from (electron/, db/), else null:
 * a stale build would measure other code than the sources'.
 */
export function freshBuild(file: string): string | null {
  const out = join(root, 'out', 'main');
  let built: number;
  try {
    built = statSync(join(out, file)).mtimeMs;
  } catch {
    return null;
  }
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) =>
        e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs,
      ),
    );
  return Math.max(newest(join(root, 'electron')), newest(join(root, 'db'))) <= built ? out : null;
}

/** The built web host, when the build is fresh (npm run bench builds first). */
export const builtHost = (): string | null => {
  const out = freshBuild('host.js');
  return out && join(out, 'host.js');
};

/** The process's CPU time so far (Linux: utime + stime of /proc/<pid>/stat, in clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** The process's peak resident memory so far (Linux: VmHWM), in bytes. */
function peakRssOf(pid: number): number {
  const kb = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmHWM:\s+(\d+) kB/m)?.[1];
  if (!kb) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kb) * 1024;
}

export async function importThroughHost(
  host: string,
  dbPath: string,
  sheetPath: string,
  now: string,
  operator: string,
): Promise<Run> {
  const child = spawn(process.execPath, [host, '--db', dbPath, '--new', '--port', '0'], {
    cwd: root,
    env: { ...process.env, GATEPOST_NOW: now, GATEPOST_CLOCK: 'frozen', GATEPOST_NO_CLOSE_BACKUP: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const url = await new Promise<string>((ok, ko) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/已启动：(http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (m) ok(m);
    });
    child.once('exit', (code) => ko(new Error(`host exited ${code}: ${out}`)));
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  try {
    const call = async <T>(method: string, input: unknown, operator = true): Promise<T> => {
      const r = await fetch(`${url}api/${method}`, {
        method: 'POST',
        body: JSON.stringify(input),
        headers: {
          'content-type': 'application/json',
          origin: url.replace(/\/$/, ''),
          ...(operator ? { 'x-gatepost-operator': '1' } : {}),
        },
      });
      const body = (await r.json()) as { ok: boolean; value: T; error?: { message: string } };
      if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
      return body.value;
    };
    await call('team.save', { name: operator, role: 'community_cadre', canOperate: true }, false);
    const pid = child.pid as number;
    const rssBefore = peakRssOf(pid);
    const cpuBefore = cpuMsOf(pid);
    const t0 = performance.now();
    const preview = await call<{ sheetHash: string }>('households.importPreview', {
      fileName: basename(sheetPath),
      dataBase64: readFileSync(sheetPath).toString('base64'),
    });
    const previewMs = performance.now() - t0;
    const stop = readsMeanwhile((method) => call(method, {}));
    const t1 = performance.now();
    const report = await call<{ invalidRows: number }>('households.importCommit', {
      sheetHash: preview.sheetHash,
      skipInvalid: false,
      createPlaces: true,
      takeStale: [],
    });
    const commitMs = performance.now() - t1;
    const { reads, slow } = await stop();
    const peakRss = peakRssOf(pid);
    const cpuMs = cpuMsOf(pid) - cpuBefore;
    child.kill('SIGTERM');
    await exited;
    const db = new Database(dbPath, { readonly: true });
    try {
      const pct = (p: number) => reads[Math.min(reads.length - 1, Math.ceil(p * reads.length) - 1)] ?? 0;
      return {
        ms: previewMs + commitMs,
        previewMs,
        commitMs,
        cpuMs,
        rssBefore,
        peakRss,
        reads: { n: reads.length, p50: pct(0.5), p95: pct(0.95), max: reads.at(-1) ?? 0 },
        invalid: report.invalidRows,
        slow,
        builtWorker: true,
        written: written(db),
      };
    } finally {
      db.close();
    }
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}
