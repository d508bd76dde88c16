/**
 * Crash drill (issue 8): a child process imports a large sheet into a database file (a preview, then
 * the commit of the previewed sheet) and is killed (SIGKILL) at a seeded random moment, several times. Each time the file must reopen through
 * openDatabase, pass PRAGMA integrity_check, and hold all of the import or none of it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from './helpers';
import { registry, residentRows, writeSheet } from './import-fixtures';
import { workbook } from './xlsx-build';

const CHILD = fileURLToPath(new URL('./import-child.ts', import.meta.url));
const ROWS = 6000;
const SEED = Number(process.env.GATEPOST_CRASH_SEED ?? 20261128);
/** Kills at random moments (plus one while writing); GATEPOST_CRASH_KILLS=50 for a longer drill. */
const KILLS = Number(process.env.GATEPOST_CRASH_KILLS ?? 3);

/** mulberry32: a small seeded generator, so a failing drill can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `commits`: the commit's audit rows (the preview before it logs its own look-up line, not part of the import). */
type Counts = { residents: number; commits: number; events: number; integrity: string };

function inspect(path: string): Counts {
  const db = openDatabase(path);
  try {
    const n = (table: string) =>
      (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      residents: n('residents'),
      commits: (
        db.$client
          .prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'households.importCommit'")
          .get() as {
          n: number;
        }
      ).n,
      events: n('household_events'),
      integrity: String(db.$client.pragma('integrity_check', { simple: true })),
    };
  } finally {
    db.$client.close();
  }
}

/** Run the child; kill it `after` ms from start, or when it first reports writing (if `onWrite`). */
function run(db: string, sheet: string, kill: { after?: number; onWrite?: number }) {
  return new Promise<{ killed: boolean; sawWrite: boolean; ms: number }>((resolve) => {
    const t0 = performance.now();
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', CHILD, db, sheet, '1', '1'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TZ: 'UTC' },
    });
    let sawWrite = false;
    let killed = false;
    const killNow = () => {
      if (child.exitCode === null && !killed) {
        killed = child.kill('SIGKILL');
      }
    };
    const timer = kill.after === undefined ? null : setTimeout(killNow, kill.after);
    child.stdout?.on('data', (b: Buffer) => {
      for (const line of b.toString().split('\n')) {
        const m = /^progress write (\d+) (\d+)/.exec(line);
        if (m && Number(m[1]) > 0 && Number(m[1]) < Number(m[2])) {
          sawWrite = true;
          if (kill.onWrite !== undefined) setTimeout(killNow, kill.onWrite);
        }
      }
    });
    child.on('exit', () => {
      if (timer) clearTimeout(timer);
      resolve({ killed, sawWrite, ms: performance.now() - t0 });
    });
  });
}

describe('crash drill', () => {
  it(`kill -9 during an import, ${KILLS + 1} times (seed ${SEED}): the file reopens, is intact, holds all or nothing`, async () => {
    const { db, path: base } = await registry(6);
    db.$client.close();
    expect(existsSync(`${base}-wal`)).toBe(false);
    const sheet = writeSheet(workbook(residentRows(ROWS, 6)), 'crash.xlsx');
    const none = inspect(base);
    const dir = tempDir();
    const fresh = (name: string) => {
      const p = join(dir, name);
      copyFileSync(base, p);
      return p;
    };

    // A full run gives what "all of it" looks like and how long an import lasts.
    const fullPath = fresh('full.db');
    const full = await run(fullPath, sheet, {});
    const all = inspect(fullPath);
    expect(all).toMatchObject({ residents: none.residents + ROWS, commits: 1, integrity: 'ok' });

    const rnd = random(SEED);
    const outcomes: string[] = [];
    for (let i = 0; i <= KILLS; i++) {
      const p = fresh(`kill-${i}.db`);
      // The last kill lands while it writes (after a write progress report); the others anywhere from
      // a quarter of a full run's time to a little past its end (so some finish: all, not none).
      const kill =
        i === KILLS
          ? { onWrite: Math.floor(rnd() * 30) }
          : { after: Math.floor((0.25 + rnd() * 0.85) * full.ms) };
      const r = await run(p, sheet, kill);
      const got = inspect(p);
      expect(got.integrity).toBe('ok');
      const which = got.residents === all.residents ? all : none;
      expect(got).toEqual({ ...which, integrity: 'ok' });
      outcomes.push(
        `${'after' in kill ? `${kill.after} ms` : 'mid-write'}: ${r.killed ? 'killed' : 'finished'}, ${which === all ? 'all' : 'none'}`,
      );
      if (i === KILLS) expect(r.sawWrite && r.killed).toBe(true);
    }
    console.log(`crash drill (full import ${full.ms.toFixed(0)} ms): ${outcomes.join('; ')}`);
  }, 120_000);
});
