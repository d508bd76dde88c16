/**
 * Issue 9: the import preview is a query that cannot write, and the commit reuses the rows it read
 * (by the sheet's sha256) instead of reading the file again.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostContext } from '../../electron/api/context';
import { contract } from '../../electron/api/contract';
import { SheetCache } from '../../electron/api/households/import-cache';
import { dispatch } from '../../electron/api/router';
import { count, FIXED_NOW, withOperator } from './helpers';
import { registry, residentRows } from './import-fixtures';
import { sheet } from './sheets';
import { workbook } from './xlsx-build';

async function setup() {
  const o = await withOperator();
  const b = await o.call('buildings.add', { name: '1栋', floors: 6, unitsCount: 1, roomsPerFloor: 2 });
  if (!b.ok) throw new Error(b.error.message);
  return o;
}

const row = (room: string, name: string, idNumber = '') => [
  '1栋',
  '',
  room,
  name,
  '',
  '',
  idNumber,
  '',
  '',
  '',
];

/** Every phase jobs.progress reports while `run` runs. */
async function phasesOf<T>(
  db: Parameters<typeof dispatch>[0],
  host: HostContext,
  job: string,
  run: Promise<T>,
) {
  const seen = new Set<string>();
  let finished = false;
  void run.finally(() => {
    finished = true;
  });
  while (!finished) {
    const p = await dispatch(db, 'jobs.progress', { jobId: job }, host);
    if (p.ok && p.value) seen.add((p.value as { phase: string }).phase);
    await new Promise((r) => setImmediate(r));
  }
  return { seen: [...seen], result: await run };
}

async function fileRegistry(buildings: number) {
  const { db, path } = await registry(buildings);
  const host: HostContext = { now: () => FIXED_NOW, paths: { db: path } };
  return { db, host };
}

afterEach(() => {
  delete process.env.GATEPOST_IMPORT_CACHE_MB;
});

describe('the import preview is a query; the commit reuses its rows', () => {
  it('the preview is a query that writes nothing and names the sheet by the sha256 of its bytes', async () => {
    const { call, db } = await setup();
    expect(contract['households.importPreview'].kind).toBe('query');
    const data = await sheet([row('101', '王建华'), row('102', '李丽')]);
    const version = db.$client.pragma('data_version', { simple: true });
    const changes = db.$client.prepare('SELECT total_changes() AS n').get();
    const r = await call('households.importPreview', { fileName: 'a.xlsx', dataBase64: data });
    expect(r).toMatchObject({ ok: true, value: { committed: false, residents: { new: 2 } } });
    const hash = createHash('sha256').update(Buffer.from(data, 'base64')).digest('hex');
    expect(r.ok && r.value.sheetHash).toBe(hash);
    // Neither the worker's connection (data_version counts other connections' commits) nor this one wrote.
    expect(db.$client.pragma('data_version', { simple: true })).toBe(version);
    expect(db.$client.prepare('SELECT total_changes() AS n').get()).toEqual(changes);
    expect(count(db, 'residents')).toBe(0);
    expect(count(db, 'audit_log')).toBe(2);
  });

  it('commits by hash without reading the file again, planned against the registry as it is now', async () => {
    const { db, host } = await fileRegistry(4);
    const data = workbook(residentRows(4000, 4)).toString('base64');
    const preview = await phasesOf(
      db,
      host,
      'preview-1',
      dispatch(db, 'households.importPreview', { fileName: 'big.xlsx', dataBase64: data }, host, {
        operatorId: 1,
        jobId: 'preview-1',
      }),
    );
    expect(preview.seen).toEqual(expect.arrayContaining(['read', 'parse', 'check']));
    const sheetHash = preview.result.ok ? (preview.result.value as { sheetHash: string }).sheetHash : '';
    expect(preview.result).toMatchObject({ ok: true, value: { residents: { new: 4000 } } });
    // Meanwhile someone imports the sheet's first four residents: the commit plans against that.
    const first = workbook(residentRows(4, 4)).toString('base64');
    const p4 = await dispatch(
      db,
      'households.importPreview',
      { fileName: '4.xlsx', dataBase64: first },
      host,
      {
        operatorId: 1,
      },
    );
    const hash4 = p4.ok ? (p4.value as { sheetHash: string }).sheetHash : '';
    expect(
      await dispatch(db, 'households.importCommit', { sheetHash: hash4 }, host, { operatorId: 1 }),
    ).toMatchObject({ ok: true, value: { residents: { new: 4 } } });
    const commit = await phasesOf(
      db,
      host,
      'commit-1',
      dispatch(db, 'households.importCommit', { sheetHash }, host, { operatorId: 1, jobId: 'commit-1' }),
    );
    expect(commit.result).toMatchObject({
      ok: true,
      value: { committed: true, residents: { new: 3996, unchanged: 4 } },
    });
    expect(commit.seen).toContain('write');
    expect(commit.seen).not.toContain('read');
    expect(commit.seen).not.toContain('parse');
    expect(count(db, 'residents')).toBe(4000);
    const audit = db.$client
      .prepare("SELECT summary FROM audit_log WHERE method = 'households.importCommit'")
      .all();
    expect(audit).toHaveLength(2);
    expect(audit[1]).toEqual({
      summary: expect.stringMatching(
        /^导入“big\.xlsx”：4000 行有效.*按完整身份证号核对 4000 行，与已登记居民相符 4 行；新建楼栋 0；旧版本行保留现有内容 0 行$/,
      ),
    });
    // Committed again (the same rows, the registry now holds them): nothing new, nothing doubled.
    const again = await dispatch(db, 'households.importCommit', { sheetHash }, host, { operatorId: 1 });
    expect(again).toMatchObject({ ok: true, value: { residents: { new: 0, unchanged: 4000 } } });
    db.$client.close();
  }, 60_000);

  it('a sheet whose rows were dropped for room is read again from its file; a forgotten one asks for a new preview', async () => {
    process.env.GATEPOST_IMPORT_CACHE_MB = '0';
    const { db, host } = await fileRegistry(1);
    const data = workbook(residentRows(200, 1)).toString('base64');
    const p = await dispatch(db, 'households.importPreview', { fileName: 'a.xlsx', dataBase64: data }, host, {
      operatorId: 1,
    });
    const sheetHash = p.ok ? (p.value as { sheetHash: string }).sheetHash : '';
    const commit = await phasesOf(
      db,
      host,
      'commit-2',
      dispatch(db, 'households.importCommit', { sheetHash }, host, { operatorId: 1, jobId: 'commit-2' }),
    );
    expect(commit.result).toMatchObject({ ok: true, value: { committed: true, residents: { new: 200 } } });
    expect(commit.seen).toContain('read');

    // Two newer previews push it out (and a restart forgets every sheet): nothing is written.
    for (const n of [3, 4]) {
      const other = workbook(residentRows(n, 1)).toString('base64');
      expect(
        (
          await dispatch(db, 'households.importPreview', { fileName: `${n}.xlsx`, dataBase64: other }, host, {
            operatorId: 1,
          })
        ).ok,
      ).toBe(true);
    }
    const before = { residents: count(db, 'residents'), audit: count(db, 'audit_log') };
    const gone = await dispatch(db, 'households.importCommit', { sheetHash }, host, { operatorId: 1 });
    expect(gone).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('重新选择文件预览'),
        issues: [{ path: 'sheetHash' }],
      },
    });
    expect({ residents: count(db, 'residents'), audit: count(db, 'audit_log') }).toEqual(before);
    expect(
      await dispatch(db, 'households.importCommit', { sheetHash: 'abc' }, host, { operatorId: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    db.$client.close();
  }, 60_000);

  it('a commit on another day than its preview reads the file again (a birth date is checked against today)', async () => {
    const { db, host } = await fileRegistry(1);
    let now = FIXED_NOW.getTime();
    host.now = () => new Date(now);
    const data = workbook(residentRows(20, 1)).toString('base64');
    const p = await dispatch(db, 'households.importPreview', { fileName: 'a.xlsx', dataBase64: data }, host, {
      operatorId: 1,
    });
    const sheetHash = p.ok ? (p.value as { sheetHash: string }).sheetHash : '';
    now += 24 * 60 * 60 * 1000;
    const commit = await phasesOf(
      db,
      host,
      'commit-3',
      dispatch(db, 'households.importCommit', { sheetHash }, host, { operatorId: 1, jobId: 'commit-3' }),
    );
    expect(commit.result).toMatchObject({ ok: true, value: { committed: true, residents: { new: 20 } } });
    expect(commit.seen).toContain('read');
    db.$client.close();
  });

  it('the cache keeps the last two sheets used and, over its byte budget, drops older rows, then older sheets', () => {
    const entry = (hash: string, rows: number, file: number) => ({
      hash,
      fileName: `${hash}.xlsx`,
      day: '2026-11-28',
      rows: Buffer.alloc(rows),
      file: Buffer.alloc(file),
    });
    const c = new SheetCache({ sheets: 2, bytes: 1000 });
    c.put(entry('a', 300, 100));
    c.put(entry('b', 300, 100));
    c.put(entry('c', 300, 100));
    expect(c.get('a')).toBeUndefined();
    expect(c.bytes()).toBe(800);
    c.get('b'); // used: c is now the least recently used
    c.put(entry('d', 300, 100));
    expect(c.get('c')).toBeUndefined();
    expect(c.get('b')?.rows?.length).toBe(300);
    c.put(entry('e', 600, 100)); // d goes (used least lately); b + e = 1100: b keeps its file only
    expect(c.get('d')).toBeUndefined();
    expect(c.get('b')).toMatchObject({ rows: null, file: expect.any(Buffer) });
    expect(c.get('e')?.rows?.length).toBe(600);
    expect(c.bytes()).toBe(800);
    c.put(entry('f', 950, 100)); // over even without e's rows: e goes, then f keeps its file only
    expect(c.get('e')).toBeUndefined();
    expect(c.get('f')).toMatchObject({ rows: null });
    expect(c.bytes()).toBe(100);
  });
});
