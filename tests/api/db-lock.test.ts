import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { dispatch } from '../../electron/api/router';
import { fixture, lastJson, runTs, startTs } from './children';
import { count, FIXED_NOW, tempDir } from './helpers';

type Tried = { ok: boolean; reason?: string; message?: string };
type Wrote = { codes: Record<string, number>; messages: string[] };

function refusal(fn: () => unknown): DatabaseOpenError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DatabaseOpenError) return e;
    throw e;
  }
  throw new Error('expected the database to be refused');
}

describe('one Gatepost process per database', () => {
  it('refuses a database another process holds, naming it, and opens it once that process is killed', async () => {
    const path = join(tempDir(), 'gatepost.db');
    const child = await startTs(fixture('hold-db.ts'), [path], 'HELD');
    try {
      const e = refusal(() => openDatabase(path));
      expect(e.reason).toBe('locked');
      expect(e.message).toContain(`进程号 ${child.pid}`);
      expect(e.message).toMatch(/自 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 起/);
      expect(e.message).toContain('正被另一个 Gatepost 程序使用');
    } finally {
      const gone = new Promise((done) => child.once('exit', done));
      child.kill('SIGKILL');
      await gone;
    }
    // The lock died with the process: no stale lock file blocks the post.
    const db = openDatabase(path);
    expect(count(db, 'compound')).toBe(1);
    db.$client.close();
  }, 60_000);

  it('lets go when the last connection closes; the same process may open the file twice', async () => {
    const dir = tempDir();
    const path = join(dir, 'gatepost.db');
    const first = openDatabase(path);
    // A second connection of this process (an import worker's) is not a second writer.
    const second = openDatabase(path);
    const raw = new Database(path);
    expect(raw.prepare('SELECT count(*) AS n FROM compound').get()).toEqual({ n: 1 });
    raw.close();
    const held = lastJson<Tried>(await runTs(fixture('try-open.ts'), [path]));
    expect(held).toMatchObject({ ok: false, reason: 'locked' });
    expect(held.message).toContain(`进程号 ${process.pid}`);
    second.$client.close();
    expect(lastJson<Tried>(await runTs(fixture('try-open.ts'), [path])).reason).toBe('locked');
    first.$client.close();
    expect(lastJson<Tried>(await runTs(fixture('try-open.ts'), [path]))).toEqual({ ok: true });
    // No lock, WAL or shared-memory file left: only the clean close's marker (db/integrity.ts).
    expect(readdirSync(dir).sort()).toEqual(['gatepost.db', 'gatepost.db.checked']);
  }, 60_000);
});

describe('two processes writing one file', () => {
  async function race(busyTimeoutMs: number): Promise<Wrote[]> {
    const path = join(tempDir(), 'gatepost.db');
    const db = openDatabase(path);
    const host = { now: () => FIXED_NOW, paths: { db: path } };
    const op = await dispatch(
      db,
      'team.save',
      { name: '林晓梅', role: 'community_cadre', canOperate: true },
      host,
    );
    expect(op).toMatchObject({ ok: true, value: { id: 1 } });
    db.$client.close();
    const start = String(Date.now() + 2000);
    const runs = await Promise.all(
      ['甲', '乙'].map((tag) => runTs(fixture('writer.ts'), [path, tag, '30', start, String(busyTimeoutMs)])),
    );
    const results = runs.map((r) => lastJson<Wrote>(r));
    const check = openDatabase(path);
    const ok = results.reduce((n, r) => n + (r.codes.ok ?? 0), 0);
    // Every answered "ok" is in the file; nothing else is.
    expect(count(check, 'buildings')).toBe(ok);
    check.$client.close();
    return results;
  }

  it('with a busy timeout both writers wait their turn: every write lands, none is INTERNAL', async () => {
    const results = await race(5000);
    for (const r of results) expect(r.codes).toEqual({ ok: 30 });
  }, 90_000);

  it('without waiting, a write that meets the other writer answers BUSY, never INTERNAL', async () => {
    const results = await race(0);
    for (const r of results) {
      expect(Object.keys(r.codes).filter((c) => c !== 'ok' && c !== 'BUSY')).toEqual([]);
      for (const m of r.messages) expect(m).toContain('数据库正忙，请稍后重试');
    }
  }, 90_000);
});
