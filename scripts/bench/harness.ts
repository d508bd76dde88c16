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

/**
 * `make` once per database (per Env: the bench makes one for each size), its result kept for the
 * next call: a figure's seeding, or a choice drawn from the seeded rows.
 */
export function oncePerDb<T>(make: (env: Env) => T): (env: Env) => T {
  const made = new WeakMap<Env, { value: T }>();
  return (env) => {
    let m = made.get(env);
    if (!m) {
      m = { value: make(env) };
      made.set(env, m);
    }
    return m.value;
  };
}

export type Figure = {
  /** What is measured, as the table prints it. */
  name: string;
  /** The goal printed beside it (issue 11). */
  goal: { ratio?: number; p95Ms?: number };
  /** Timed runs after one warm-up (p50 and p95 come from these). */
  runs?: number;
  /** False: no warm-up run (each run is a fresh process of its own, nothing to warm). */
  warmup?: boolean;
  /**
   * Untimed warm-up runs of each side before the timed ones: at least this many (default 1), and more
   * until both sides together have run for WARM_MS (at most WARM_MAX runs). A call of a few
   * milliseconds is otherwise timed while the JIT is still compiling its path: the app's side, with
   * more JavaScript around its SQL, paid for it more than the hand-written one (health.round's ratio
   * 0.28 after one warm-up, 0.66 warm).
   */
  warmups?: number;
  /** The time a run measured itself (a child process's work without its start), else the call's. */
  timeOf?: (answer: unknown) => number;
  app: (env: Env) => Promise<unknown> | unknown;
  /**
   * Untimed, after each of the app's runs: what the app goes on doing in the background once it has
   * answered (a worker kept ready for the next distribution starting), so it does not fall into the
   * baseline's time.
   */
  settle?: (env: Env) => Promise<void>;
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

const p50p95 = (times: number[]) => {
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95) };
};

async function time(
  fn: () => Promise<unknown> | unknown,
  into: number[],
  timeOf?: (answer: unknown) => number,
): Promise<unknown> {
  const t = performance.now();
  const answer = await fn();
  into.push(timeOf ? timeOf(answer) : performance.now() - t);
  return answer;
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

/** Warm-up: until both sides have run this long together, at most WARM_MAX runs (Figure.warmups). */
const WARM_MS = 250;
const WARM_MAX = 50;

/**
 * Warm-ups (statements prepared, pages in the cache, the JIT done), then the app's and the baseline's
 * runs taken in turns, so a burst of load on a shared machine falls on both sides alike.
 */
export async function measure(f: Figure, env: Env): Promise<Measure> {
  const runs = f.runs ?? 9;
  const base = f.base;
  const warm = f.warmup !== false;
  let appAnswer: unknown;
  let baseAnswer: unknown;
  let spent = 0;
  for (let i = 0; warm && i < Math.max(WARM_MAX, f.warmups ?? 1); i++) {
    const t = performance.now();
    appAnswer = await f.app(env);
    await f.settle?.(env);
    if (base) baseAnswer = await base(env);
    spent += performance.now() - t;
    if (i + 1 >= (f.warmups ?? 1) && spent >= WARM_MS) break;
  }
  const appTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    appAnswer = await time(() => f.app(env), appTimes, f.timeOf);
    await f.settle?.(env);
    if (base) baseAnswer = await time(() => base(env), baseTimes, f.timeOf);
  }
  const app = p50p95(appTimes);
  if (!base) return { name: f.name, goal: f.goal, app, check: '—' };
  const b = p50p95(baseTimes);
  const diff = await (f.same ?? sameJson)(appAnswer, baseAnswer);
  return {
    name: f.name,
    goal: f.goal,
    app,
    base: b,
    ratio: b.p50 / app.p50,
    check: diff ? `DIFFERENT: ${diff}` : 'same',
  };
}
