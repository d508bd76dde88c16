/**
 * Issue 8, finding 6: an import used to freeze the post (a read waited 12.8 s during a 50,000-row
 * commit). Now the import reads, plans and writes in a worker thread on its own connection, and the
 * main connection answers reads from its WAL snapshot meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import type { BackupReason, HostContext } from '../../electron/api/context';
import { dispatch } from '../../electron/api/router';
import { api, count, FIXED_NOW } from './helpers';
import { importSheet } from './import-call';
import { registry, residentRows } from './import-fixtures';
import { id, sheet } from './sheets';
import { workbook } from './xlsx-build';

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? Infinity;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('an import off the main thread', () => {
  it('keeps simple reads answering within 100 ms (p95) while a 40,000-row commit writes, shows its write progress, and answers a save meanwhile with BUSY at once', async () => {
    const { db, path } = await registry(40);
    const host: HostContext = { now: () => FIXED_NOW, paths: { db: path } };
    const data = workbook(residentRows(40_000, 40)).toString('base64');
    const before = { residents: count(db, 'residents'), audit: count(db, 'audit_log') };
    const job = 'import-40k';
    const all: number[] = [];
    const writing: number[] = [];
    const progress: { done: number; total: number }[] = [];
    const timed = async (read: () => Promise<{ ok: boolean }>) => {
      const t0 = performance.now();
      expect((await read()).ok).toBe(true);
      return performance.now() - t0;
    };
    const reads = [
      () => dispatch(db, 'households.stats', {}, host),
      () => dispatch(db, 'households.get', { id: 1 }, host),
    ];
    const idle: number[] = [];
    let busy: Awaited<ReturnType<typeof dispatch>> | null = null;
    let busyMs = 0;
    for (let i = 0; i < 10; i++) for (const read of reads) idle.push(await timed(read));
    const preview = await dispatch(
      db,
      'households.importPreview',
      { fileName: '名单.xlsx', dataBase64: data },
      host,
      { operatorId: 1 },
    );
    if (!preview.ok) throw new Error(preview.error.message);
    const { sheetHash } = preview.value as { sheetHash: string };
    const running = dispatch(db, 'households.importCommit', { sheetHash }, host, {
      operatorId: 1,
      jobId: job,
    });
    let finished = false;
    void running.finally(() => {
      finished = true;
    });
    while (!finished) {
      for (const read of reads) {
        const ms = await timed(read);
        const p = await dispatch(db, 'jobs.progress', { jobId: job }, host);
        const phase = p.ok ? (p.value as { phase: string; done: number; total: number } | null) : null;
        all.push(ms);
        if (phase?.phase === 'write') {
          writing.push(ms);
          progress.push({ done: phase.done, total: phase.total });
          if (phase.done > 0 && phase.done < phase.total && !busy) {
            // A save meanwhile is told to wait at once, instead of blocking the main thread.
            const t0 = performance.now();
            busy = await dispatch(
              db,
              'buildings.add',
              { name: '新楼', floors: 1, unitsCount: 1, roomsPerFloor: 1 },
              host,
              { operatorId: 1 },
            );
            busyMs = performance.now() - t0;
          }
        }
      }
      await sleep(10);
    }
    const result = await running;
    expect(result).toMatchObject({ ok: true, value: { committed: true, residents: { new: 40_000 } } });
    // Nothing was visible to the reads until the one commit: all or nothing.
    expect(count(db, 'residents')).toBe(before.residents + 40_000);
    expect(count(db, 'audit_log')).toBe(before.audit + 2); // the preview's look-up line, the commit's
    console.log(
      `reads (households.stats, households.get) idle p95 ${p95(idle).toFixed(1)} ms; during the import: ${all.length} (during writes ${writing.length}); p95 ${p95(all).toFixed(1)} ms, during writes ${p95(writing).toFixed(1)} ms, max ${Math.max(...all).toFixed(1)} ms`,
    );
    // 100 ms is the bound: a read that waited on the import took seconds, so this is
    // meaningful; on two loaded CI cores one of these reads takes ~5-40 ms while the worker writes,
    // which leaves room for the scheduler without hiding a blocked main thread. On a machine so
    // loaded that the same reads take over 30 ms with no import at all, the bound is three times
    // the idle p95 instead (a blocked main thread still shows as seconds).
    const bound = Math.max(100, 3 * p95(idle));
    expect(p95(all)).toBeLessThan(bound);
    expect(writing.length).toBeGreaterThan(3);
    expect(p95(writing)).toBeLessThan(bound);
    expect(progress.some((x) => x.done > 0 && x.done < x.total && x.total === 40_000)).toBe(true);
    expect(busy).toMatchObject({
      ok: false,
      error: { code: 'BUSY', message: expect.stringContaining('导入') },
    });
    expect(busyMs).toBeLessThan(bound);
    expect(count(db, 'buildings')).toBe(40);
    expect(
      await dispatch(
        db,
        'buildings.add',
        { name: '新楼', floors: 1, unitsCount: 1, roomsPerFloor: 1 },
        host,
        {
          operatorId: 1,
        },
      ),
    ).toMatchObject({ ok: true });
    db.$client.close();
  }, 120_000);

  it("takes the backup after the commit's plan is found valid and before anything is written; not for a preview or a refused commit", async () => {
    const { db, path } = await registry(1);
    const calls: { reason: BackupReason; residents: number }[] = [];
    const host: HostContext = {
      now: () => FIXED_NOW,
      paths: { db: path },
      backup: async (reason) => {
        await sleep(50);
        calls.push({ reason, residents: count(db, 'residents') });
      },
    };
    const good = await sheet([
      ['1栋', '1', '101', '王建华', '男', '', id('1985-03-12', '123'), '', '户主', ''],
    ]);
    const bad = await sheet([['9栋', '1', '101', '王建华', '男', '', '', '', '', '']]);
    const call = (dataBase64: string, commit: boolean) =>
      importSheet(api(db, host, 1), { fileName: 'a.xlsx', dataBase64, commit });
    expect(await call(good, false)).toMatchObject({ ok: true, value: { committed: false } });
    expect(await call(bad, true)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(calls).toEqual([]);
    expect(await call(good, true)).toMatchObject({ ok: true, value: { committed: true } });
    expect(calls).toEqual([{ reason: 'import', residents: 0 }]);
    expect(count(db, 'residents')).toBe(1);
    // A failed backup stops the import before it writes.
    const failing: HostContext = {
      ...host,
      backup: async () => {
        throw new Error('备份盘已拔出');
      },
    };
    const again = await sheet([['1栋', '1', '102', '李丽', '女', '', '', '', '户主', '']]);
    const r = await importSheet(api(db, failing, 1), { fileName: 'b.xlsx', dataBase64: again, commit: true });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringContaining('备份盘已拔出') } });
    expect(count(db, 'residents')).toBe(1);
    db.$client.close();
  }, 60_000);

  it('a worker that runs out of memory dies alone: VALIDATION, nothing written, the post still answers', async () => {
    const { db, path } = await registry(4);
    const host: HostContext = { now: () => FIXED_NOW, paths: { db: path } };
    const before = { residents: count(db, 'residents'), audit: count(db, 'audit_log') };
    const data = workbook(residentRows(60_000, 4)).toString('base64');
    // 24 MB: since rows are checked as read and placed in place, 60,000 rows fit in 48 MB (issue 11).
    process.env.GATEPOST_IMPORT_HEAP_MB = '24';
    try {
      const r = await importSheet(api(db, host, 1), { fileName: 'big.xlsx', dataBase64: data, commit: true });
      expect(r).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining('24 MB') },
      });
    } finally {
      delete process.env.GATEPOST_IMPORT_HEAP_MB;
    }
    expect(await dispatch(db, 'households.stats', {}, host)).toMatchObject({ ok: true });
    expect({ residents: count(db, 'residents'), audit: count(db, 'audit_log') }).toEqual(before);
    // The file is not left locked by the dead worker: the main connection still writes.
    const added = await dispatch(
      db,
      'buildings.add',
      { name: '新楼', floors: 1, unitsCount: 1, roomsPerFloor: 1 },
      host,
      {
        operatorId: 1,
      },
    );
    expect(added).toMatchObject({ ok: true });
    db.$client.close();
  }, 60_000);

  it('an in-memory database (no file to share) still imports, on the main thread, with one audit row', async () => {
    const db = openDatabase(':memory:');
    const host: HostContext = { now: () => FIXED_NOW, paths: { db: ':memory:' } };
    await dispatch(db, 'team.save', { name: '林晓梅', role: 'community_cadre', canOperate: true }, host);
    await dispatch(db, 'buildings.add', { name: '1栋', floors: 2, unitsCount: 1, roomsPerFloor: 2 }, host, {
      operatorId: 1,
    });
    const data = await sheet([['1栋', '', '101', '王建华', '男', '', '', '', '户主', '']]);
    const call = api(db, host, 1);
    const preview = await call('households.importPreview', { fileName: 'm.xlsx', dataBase64: data });
    expect(preview).toMatchObject({ ok: true, value: { committed: false, residents: { new: 1 } } });
    expect(count(db, 'residents')).toBe(0);
    // The preview ran as a query on this connection, and left no savepoint open for the commit.
    expect(db.$client.inTransaction).toBe(false);
    expect(db.$client.pragma('query_only', { simple: true })).toBe(0);
    const sheetHash = preview.ok ? preview.value.sheetHash : '';
    const r = await call('households.importCommit', { sheetHash });
    expect(r).toMatchObject({ ok: true, value: { committed: true, residents: { new: 1 } } });
    expect(
      db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE method LIKE 'households.import%'").get(),
    ).toEqual({
      n: 1,
    });
  });
});
