// The bench's frame: a figure is the app's call next to a hand-written baseline doing the same work
// on the same database in the same process run; both answers are compared, both are timed.
import type Database from 'better-sqlite3';
import type { Db } from '../../db/open';
import type { In, Method, Out } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/router';

export type Env = {
  db: Db;
  sqlite: Database.Database;
  path: string;
  households: number;
  now: Date;
  call: <M extends Method>(method: M, input: In<M>) => Promise<Out<M>>;
};

export type Figure = {
  /** What is measured, as the table prints it. */
  name: string;
  /** The goal printed beside it (issue 11). */
  goal: { ratio?: number; p95Ms?: number };
  /** Timed runs after one warm-up (p50 and p95 come from these). */
  runs?: number;
  app: (env: Env) => Promise<unknown> | unknown;
  /** The hand-written better-sqlite3 version; absent in the slots still to be filled. */
  base?: (env: Env) => Promise<unknown> | unknown;
  /** Null when both answers are the same, else what differs. Default: JSON equality. */
  same?: (app: unknown, base: unknown) => Promise<string | null> | string | null;
};

export type Measure = {
  name: string;
  goal: Figure['goal'];
  app: { p50: number; p95: number };
  base?: { p50: number; p95: number };
  ratio?: number;
  /** 'same', 'DIFFERENT: …', or '—' (no baseline). */
  check: string;
};

export function makeEnv(db: Db, path: string, households: number, now: Date): Env {
  const host = { now: () => now, paths: { db: path } };
  return {
    db,
    sqlite: db.$client,
    path,
    households,
    now,
    call: async <M extends Method>(m: M, input: In<M>) => {
      const r = await dispatch(db, m, input, host, { operatorId: 1 });
      if (!r.ok) throw new Error(`${m}: ${r.error.message}`);
      return r.value as Out<M>;
    },
  };
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function timed(fn: () => Promise<unknown> | unknown, runs: number) {
  let answer = await fn(); // warm-up: statements prepared, pages in the cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    answer = await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { answer, p50: pct(times, 50), p95: pct(times, 95) };
}

/** JSON with object keys sorted: the same answer whatever order the keys came in. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

export const sameJson = (a: unknown, b: unknown): string | null => {
  const x = canonical(a);
  const y = canonical(b);
  return x === y ? null : `app ${x.slice(0, 120)} … vs baseline ${y.slice(0, 120)} …`;
};

export async function measure(f: Figure, env: Env): Promise<Measure> {
  const runs = f.runs ?? 5;
  const app = await timed(() => f.app(env), runs);
  if (!f.base) return { name: f.name, goal: f.goal, app, check: '—' };
  const base = await timed(() => f.base?.(env), runs);
  const diff = await (f.same ?? sameJson)(app.answer, base.answer);
  return {
    name: f.name,
    goal: f.goal,
    app: { p50: app.p50, p95: app.p95 },
    base: { p50: base.p50, p95: base.p95 },
    ratio: base.p50 / app.p50,
    check: diff ? `DIFFERENT: ${diff}` : 'same',
  };
}
