import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { type Db, findMigrationsFolder, openDatabase } from '../../db/open';
import type { HostContext } from '../../electron/api/context';
import type { In, Method, Out, Result } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/router';
import { outboxFor } from '../../electron/api/shared/outbox';

/** A whole compound profile, as the settings form sends it. */
export const PROFILE = {
  name: '金南苑',
  city: '海口市',
  district: '龙华区',
  town: '城西镇',
  address: '金南路 18 号',
  closureStart: '2026-11-22',
  plannedDays: 14,
  status: 'closed' as const,
  liftedOn: null,
  feverThreshold: 37.3,
  quarantineDays: 14,
  testValidHours: 48,
};

/** 2026-11-28 10:00 in Shanghai. */
export const FIXED_NOW = new Date('2026-11-28T02:00:00.000Z');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gatepost-test-'));
  dirs.push(dir);
  return dir;
}

export function freshDb(): { db: Db; path: string; host: HostContext } {
  const path = join(tempDir(), 'gatepost.db');
  const db = openDatabase(path);
  return { db, path, host: { now: () => FIXED_NOW, paths: { db: path } } };
}

export function api(db: Db, host: HostContext, operatorId: number | null = null) {
  return <M extends Method>(method: M, input: In<M>) =>
    dispatch(db, method, input, host, { operatorId }) as Promise<Result<Out<M>>>;
}

export function count(db: Db, table: string): number {
  return (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A database with one operator on duty; returns a caller signed by that operator. */
export async function withOperator() {
  const { db, path, host } = freshDb();
  const added = await api(db, host)('team.save', {
    name: '林晓梅',
    role: 'community_cadre',
    canOperate: true,
  });
  if (!added.ok) throw new Error(added.error.message);
  const id = added.value.id;
  return { db, path, host, operatorId: id, call: api(db, host, id) };
}

/** A migrations folder that stops after the first `n` migrations, like an older release. */
export function olderRelease(n: number): string {
  const dir = join(tempDir(), 'migrations');
  cpSync(findMigrationsFolder(), dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: unknown[] };
  journal.entries = journal.entries.slice(0, n);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

/** A file an export wrote to the outbox, taken once (as the host's download does), as base64. */
export function takeExport(of: HostContext | Db, f: { file: string }): string {
  const taken = outboxFor('paths' in of ? of.paths.db : of.$client.name).take(f.file);
  if (!taken) throw new Error(`no exported file ${f.file}`);
  try {
    return readFileSync(taken.path).toString('base64');
  } finally {
    taken.done();
  }
}
