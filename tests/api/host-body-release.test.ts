// The web host lets go of a request's body once the router has its input (issue 11: the import's peak
// memory). V8 keeps every local and argument of a suspended async function alive, so a body read into
// the transport's frames — its chunks, its text, the parsed input — stayed for the whole request: for
// an import preview, three copies of a file's base64 beside the worker's own work. Here a preview's
// method is held open (its handler waits on the test) while the host's memory is measured.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { loadArea } from '../../electron/api/areas';
import { refuse } from '../../electron/api/errors';
import { collectNow } from '../../electron/api/households/import-gc';
import { startHost } from '../../electron/host/server';
import { freshDb, tempDir } from './helpers';

const METHOD = 'households.importPreview';
const MB = 1024 * 1024;
/** The base64 the request carries: as large as a district's sheet (a 30 MB file). */
const BODY_MB = 40;

let server: Server | null = null;
let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  server?.close();
  server = null;
});

/** What this thread holds: its heap and the memory of its buffers, after a full collection. */
function held(): number {
  collectNow(0);
  collectNow(0);
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * The request is sent by another process (its buffers are not this one's), from a file of the body:
 * a base64 as large as a district's sheet's.
 */
function postLarge(url: string): Promise<string> {
  const file = join(tempDir(), 'body.json');
  writeFileSync(file, JSON.stringify({ fileName: '名单.xlsx', dataBase64: 'A'.repeat(BODY_MB * MB) }));
  const send = `fetch(${JSON.stringify(`${url}api/${METHOD}`)}, { method: 'POST', headers: { 'content-type':
    'application/json' }, body: require('node:fs').readFileSync(${JSON.stringify(file)}) }).then((r) => r.text())
    .then((t) => process.stdout.write(t))`;
  return new Promise((ok, ko) => {
    execFile(process.execPath, ['-e', send], (e, out) => (e ? ko(e) : ok(out)));
  });
}

describe('the web host and a large request', () => {
  it('holds none of the body while the method runs, only what the method keeps', async () => {
    const { db, host: context } = freshDb();
    const started = await startHost({
      db: db as Db,
      context,
      staticDir: join(tempDir(), 'renderer'),
      port: 0,
      maxBodyBytes: 64 * MB,
    });
    server = started.server;
    // The preview's handler, held open: it lets go of the file as the real one does (offloadPreview
    // hands it to its worker), says it is running, and waits for the test.
    const area = await loadArea('households');
    const real = area.handlers[METHOD];
    restore = () => {
      if (real) area.handlers[METHOD] = real;
    };
    let entered: () => void = () => undefined;
    const running = new Promise<void>((r) => {
      entered = r;
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    let seen = 0;
    area.handlers[METHOD] = async (_db, input) => {
      const i = input as { dataBase64: string };
      seen = i.dataBase64.length;
      i.dataBase64 = '';
      entered();
      await gate;
      throw refuse('VALIDATION', { code: 'import_preview_expired' });
    };
    const before = held();
    const answered = postLarge(started.url);
    // An answer before the method runs (the body refused) ends the wait too, and fails below.
    await Promise.race([running, answered]);
    const during = held();
    release();
    expect(JSON.parse(await answered)).toMatchObject({
      ok: false,
      error: { reason: { code: 'import_preview_expired' } },
    });
    expect(seen).toBe(BODY_MB * MB);
    // The old host held the chunks, the text and the parsed input: three times BODY_MB.
    expect((during - before) / MB).toBeLessThan(BODY_MB / 2);
  });
});
