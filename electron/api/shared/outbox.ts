import {
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Writable } from 'node:stream';

/**
 * Files the back end made for the user to save (a registry export of 300,000 rows): written to disk
 * in `exports/` beside the database, never carried through the JSON answer. The answer names the
 * file by an opaque token; the web host streams it at `GET /download/<token>`, Electron's main
 * process copies it where the save dialog says. A file is removed once it was fetched, an hour after
 * it was made if nobody fetched it, and at the host's start (what a previous run left).
 */

/** A token is 32 hex digits the outbox made; anything else (a path, `..`) is never looked up. */
export const TOKEN = /^[0-9a-f]{32}$/;
export const KEEP_MS = 60 * 60 * 1000;

/** A new token: 32 hex digits (the global Web Crypto: node:crypto is not on the host's start path). */
export const newToken = (): string =>
  Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex');

export type Outgoing = { path: string; fileName: string; bytes: number };
type Kept = Outgoing & { timer: NodeJS.Timeout };

export class Outbox {
  private readonly files = new Map<string, Kept>();

  constructor(
    readonly dir: string,
    private readonly keepMs = KEEP_MS,
  ) {}

  /**
   * Write a file through `write` (which ends the stream it is given); answers its token and size.
   * `token`: one `newToken()` made beforehand (the export's worker writes under the token its main
   * thread made, so the main thread can remove what a dead worker left).
   */
  async write(
    fileName: string,
    write: (out: Writable) => Promise<void>,
    token: string = newToken(),
  ): Promise<{ file: string; bytes: number }> {
    if (!TOKEN.test(token)) throw new Error(`not an outbox token: ${token}`);
    mkdirSync(this.dir, { recursive: true });
    const file = token;
    const path = join(this.dir, `${file}.out`);
    const out = createWriteStream(path);
    const closed = new Promise<void>((ok, ko) => {
      out.once('close', ok);
      out.once('error', ko);
    });
    // Awaited only when writing went well; a failure is thrown by `write` (or below) instead.
    closed.catch(() => undefined);
    try {
      await write(out);
      if (!out.writableEnded) out.end();
      await closed;
    } catch (e) {
      out.destroy();
      await closed.catch(() => undefined);
      rmSync(path, { force: true });
      throw e;
    }
    const bytes = statSync(path).size;
    const timer = setTimeout(() => this.drop(file), this.keepMs);
    timer.unref();
    this.files.set(file, { path, fileName, bytes, timer });
    return { file, bytes };
  }

  /**
   * Keep a file another thread wrote into this folder (the export's worker, through its own Outbox
   * on the same folder): its token is the file's name. Answers its token and size.
   */
  keep(file: string, fileName: string): { file: string; bytes: number } {
    if (!TOKEN.test(file)) throw new Error(`not an outbox file: ${file}`);
    const path = join(this.dir, `${file}.out`);
    const bytes = statSync(path).size;
    const timer = setTimeout(() => this.drop(file), this.keepMs);
    timer.unref();
    this.files.set(file, { path, fileName, bytes, timer });
    return { file, bytes };
  }

  /** Remove a file another thread was writing under `file` and never finished (a dead worker). */
  discard(file: string): void {
    if (TOKEN.test(file)) rmSync(join(this.dir, `${file}.out`), { force: true });
  }

  /**
   * Hand a file out once: its token is forgotten at once, so a second fetch finds nothing. The caller
   * streams or copies it, then calls `done` (which removes it).
   */
  take(token: string): (Outgoing & { done: () => void }) | null {
    if (!TOKEN.test(token)) return null;
    const kept = this.files.get(token);
    if (!kept) return null;
    this.files.delete(token);
    clearTimeout(kept.timer);
    const { path, fileName, bytes } = kept;
    return { path, fileName, bytes, done: () => rmSync(path, { force: true }) };
  }

  /** How many files wait to be fetched (tests and the bench). */
  get size(): number {
    return this.files.size;
  }

  private drop(token: string): void {
    const kept = this.files.get(token);
    if (!kept) return;
    this.files.delete(token);
    rmSync(kept.path, { force: true });
  }

  /** At start: whatever a previous run left in the folder is stale (no token of this run names it). */
  clearStale(): number {
    let removed = 0;
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return 0;
    }
    const mine = new Set([...this.files.values()].map((k) => k.path));
    for (const name of names) {
      const path = join(this.dir, name);
      if (mine.has(path) || !/^[0-9a-f]{32}\.out$/.test(name)) continue;
      try {
        unlinkSync(path);
        removed++;
      } catch {
        // Gone already, or not ours to remove: left alone.
      }
    }
    return removed;
  }
}

/** `exports/` beside the database; a database in memory gets a folder of its own in the temp dir. */
function exportsDir(dbPath: string): string {
  if (dbPath === ':memory:' || dbPath === '') return mkdtempSync(join(tmpdir(), 'gatepost-exports-'));
  return join(dirname(dbPath), 'exports');
}

const boxes = new Map<string, Outbox>();

/** The outbox of the database at `dbPath` (one per path in this process, made on first use). */
export function outboxFor(dbPath: string): Outbox {
  let box = boxes.get(dbPath);
  if (!box) {
    box = new Outbox(exportsDir(dbPath));
    boxes.set(dbPath, box);
  }
  return box;
}
