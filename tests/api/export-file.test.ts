import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../db/open';
import { dispatch } from '../../electron/api/router';
import { Outbox, outboxFor } from '../../electron/api/shared/outbox';
import { writeDemo } from '../../electron/demo/demo';
import { startHost } from '../../electron/host/server';
import { FIXED_NOW, freshDb, PROFILE, takeExport, tempDir } from './helpers';

let server: Server | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

type Saved = { fileName: string; file: string; bytes: number; rows: number };

async function exported(db: Db, host: ReturnType<typeof freshDb>['host'], input = {}): Promise<Saved> {
  const r = await dispatch(db, 'households.export', input, host, { operatorId: 1 });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as Saved;
}

async function sheets(base64: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const values = (name: string) =>
    (wb.getWorksheet(name)?.getSheetValues() ?? []).slice(1).map((r) => (r as unknown[]).slice(1));
  return { people: values('住户名单'), rooms: values('房屋') };
}

/** A raw GET, so the path goes out exactly as written (fetch would normalise `..`). */
function rawGet(url: string, path: string, hostHeader?: string) {
  const u = new URL(url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((ok, ko) => {
    get({ host: u.hostname, port: u.port, path, headers: hostHeader ? { host: hostHeader } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    }).on('error', ko);
  });
}

describe('the registry export goes to disk', () => {
  it('writes a file in exports/ beside the database with every resident, in order, and answers no bytes', async () => {
    const { db, host, path } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 40, seed: 5 });
    const out = await exported(db, host);
    expect(Object.keys(out).sort()).toEqual(['bytes', 'file', 'fileName', 'rows']);
    expect(out.file).toMatch(/^[0-9a-f]{32}$/);
    expect(out.fileName).toBe('住户名单-2026-11-28.xlsx');
    const dir = join(dirname(path), 'exports');
    expect(readdirSync(dir)).toEqual([`${out.file}.out`]);
    expect(out.bytes).toBe(readFileSync(join(dir, `${out.file}.out`)).length);

    const expected = db.$client
      .prepare(
        `SELECT b.name, h.unit, h.room, r.name AS person FROM residents r
         JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
         ORDER BY b.sort_order, h.unit, h.room, r.id`,
      )
      .raw()
      .all();
    expect(out.rows).toBe(expected.length);
    const { people, rooms } = await sheets(takeExport(host, out));
    expect(people[0]?.slice(0, 7)).toEqual(['楼栋', '单元', '房号', '姓名', '性别', '出生日期', '身份证号']);
    expect(people.slice(1).map((r) => [r[0], r[1] ?? '', r[2], r[3]])).toEqual(expected);
    // Masked by default: the last four characters only.
    for (const r of people.slice(1)) if (r[6]) expect(String(r[6])).toMatch(/^\*{14}[0-9X]{4}$/);
    const households = (db.$client.prepare('SELECT count(*) AS n FROM households').get() as { n: number }).n;
    expect(rooms.length - 1).toBe(households);
    // Taken once: gone from the disk and from the outbox.
    expect(readdirSync(dir)).toEqual([]);
    expect(outboxFor(path).take(out.file)).toBeNull();
  });

  it('reads one snapshot on a connection of its own: a write during the export succeeds and is not in the file', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 4000, seed: 3 });
    const last = db.$client
      .prepare(
        `SELECT r.id, r.name FROM residents r JOIN households h ON h.id = r.household_id
         JOIN buildings b ON b.id = h.building_id ORDER BY b.sort_order DESC, h.unit DESC, h.room DESC, r.id DESC LIMIT 1`,
      )
      .get() as { id: number; name: string };
    const running = dispatch(db, 'households.export', {}, host, { operatorId: 1, jobId: 'export-midway' });
    // The export runs in a worker (export-offload.ts) and reports every 2,000 rows; the post keeps
    // answering and writing meanwhile. Asked until it is past its first report.
    type Progress = { phase: string; done: number; total: number; finished: boolean };
    let seen: Progress | null = null;
    for (let i = 0; i < 6000 && !(seen && seen.done > 0); i++) {
      await new Promise((r) => setTimeout(r, 5));
      const p = await dispatch(db, 'jobs.progress', { jobId: 'export-midway' }, host);
      if (p.ok && p.value) seen = p.value as Progress;
    }
    if (!seen) throw new Error('no progress');
    const { phase, done, total, finished } = seen;
    expect({ phase, finished, midway: done > 0 && done < total }).toEqual({
      phase: 'build',
      finished: false,
      midway: true,
    });
    // A plain write on the main connection: refused ('busy') were the export iterating on it.
    db.$client.prepare('UPDATE residents SET name = ? WHERE id = ?').run('改名后', last.id);
    expect(await dispatch(db, 'compound.update', PROFILE, host, { operatorId: 1 })).toMatchObject({
      ok: true,
    });
    const ended = await running;
    if (!ended.ok) throw new Error(ended.error.message);
    const out = ended.value as Saved;
    const { people } = await sheets(takeExport(host, out));
    expect(people.length - 1).toBe(out.rows);
    expect(people.at(-1)?.[3]).toBe(last.name);
  });
  it('exports an in-memory database too: read on its one connection, written to a temporary folder', async () => {
    const db = openDatabase(':memory:');
    const host = { now: () => FIXED_NOW, paths: { db: ':memory:' } };
    writeDemo(db, { now: FIXED_NOW, households: 30, seed: 2 });
    const out = await exported(db, host);
    const residents = (db.$client.prepare('SELECT count(*) AS n FROM residents').get() as { n: number }).n;
    expect(out.rows).toBe(residents);
    expect(outboxFor(':memory:').dir.startsWith(tmpdir())).toBe(true);
    const { people } = await sheets(takeExport(host, out));
    expect(people.length - 1).toBe(residents);
  });
});

describe('GET /download/<token> on the web host', () => {
  async function started() {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW, households: 5, seed: 1 });
    const s = await startHost({ db, context: host, staticDir: tempDir(), port: 0 });
    server = s.server;
    return { db, host, url: s.url };
  }

  it('streams the file once, as an attachment with its name; then, and for unknown tokens, 404', async () => {
    const { db, host, url } = await started();
    const out = await exported(db, host);
    const r = await fetch(`${url}download/${out.file}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-disposition')).toBe(
      `attachment; filename="____-2026-11-28.xlsx"; filename*=UTF-8''${encodeURIComponent(out.fileName)}`,
    );
    expect(r.headers.get('content-length')).toBe(String(out.bytes));
    expect(r.headers.get('content-type')).toContain('spreadsheetml');
    const body = Buffer.from(await r.arrayBuffer());
    expect(body.length).toBe(out.bytes);
    const { people } = await sheets(body.toString('base64'));
    expect(people.length - 1).toBe(out.rows);
    expect((await fetch(`${url}download/${out.file}`)).status).toBe(404);
    expect((await fetch(`${url}download/${'0'.repeat(32)}`)).status).toBe(404);
    expect(readdirSync(outboxFor(host.paths.db).dir)).toEqual([]);
  });

  it('never takes a path from the client, and answers only its own Host', async () => {
    const { db, host, url } = await started();
    const out = await exported(db, host);
    for (const path of [
      '/download/..%2Fgatepost.db',
      '/download/..%2F..%2Fgatepost.db',
      `/download/${out.file}%2F..%2F..%2Fgatepost.db`,
      `/download/${out.file.toUpperCase()}`,
      '/download/../gatepost.db',
      '/download/',
    ]) {
      const r = await rawGet(url, path);
      expect(r.status, path).not.toBe(200);
      expect(r.body.subarray(0, 15).toString(), path).not.toBe('SQLite format 3');
    }
    expect((await rawGet(url, '/download/..%2Fgatepost.db')).status).toBe(400);
    expect((await rawGet(url, `/download/${out.file}`, 'evil.example:80')).status).toBe(403);
    // None of that used the token up.
    expect((await rawGet(url, `/download/${out.file}`)).status).toBe(200);
  });
});

describe('the outbox', () => {
  it('forgets and removes a file nobody fetched in time, and clears what a previous run left', async () => {
    const dir = join(tempDir(), 'exports');
    const box = new Outbox(dir, 30);
    const { file } = await box.write('a.xlsx', async (out) => {
      out.end('PK');
    });
    expect(existsSync(join(dir, `${file}.out`))).toBe(true);
    await new Promise((r) => setTimeout(r, 80));
    expect(box.take(file)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);

    writeFileSync(join(dir, `${'a'.repeat(32)}.out`), 'old');
    writeFileSync(join(dir, 'notes.txt'), 'not ours');
    const next = new Outbox(dir);
    const kept = await next.write('b.xlsx', async (out) => {
      out.end('PK');
    });
    expect(next.clearStale()).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([`${kept.file}.out`, 'notes.txt']);
    expect(next.take('../notes.txt')).toBeNull();
  });

  it('removes a half-written file when writing fails', async () => {
    const dir = join(tempDir(), 'exports');
    const box = new Outbox(dir);
    await expect(
      box.write('a.xlsx', async (out) => {
        out.write('PK');
        throw new Error('disk');
      }),
    ).rejects.toThrow('disk');
    expect(readdirSync(dir)).toEqual([]);
    expect(box.size).toBe(0);
  });
});
