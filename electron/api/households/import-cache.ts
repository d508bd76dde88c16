/**
 * The sheets a preview has read, kept in the host process so that their commit reuses the checked
 * rows instead of reading the file again (issue 9). Keyed by the sha256 of the file's bytes.
 *
 * Bounds: the last CACHE_SHEETS sheets previewed, and CACHE_MB of bytes in all. The checked rows are
 * kept packed as columns (import-pack.ts) in memory the threads share — outside the JavaScript heap,
 * so a 100,000-row sheet's rows (about 27 MB) weigh nothing on the main thread's garbage collector, and
 * the preview's worker packs them there, the cache keeps them and the commit's worker reads them, none
 * of them copying it (a copy of 70 MB on the main thread held reads up for a second, issue 11) — beside
 * the file itself (a few MB, compressed). Over the byte budget the older sheets lose their rows first and keep their file: a
 * commit then reads the file again, in the worker, as it did before there was a cache. Past the count
 * (or after a restart) a sheet is forgotten, and its commit asks for a new preview.
 */
import { createHash } from 'node:crypto';
import { refuse } from '../errors';

export const CACHE_SHEETS = 2;
export const CACHE_MB = 128;

export type CachedSheet = {
  hash: string;
  fileName: string;
  /** The day the rows were checked on (a birth date after it is an error): another day reads the file again. */
  day: string;
  /** The checked rows (packRows), or null once dropped for room. */
  rows: Buffer | null;
  /** The file's bytes. */
  file: Buffer;
};

export const sheetHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export { packRows, unpackRows } from './import-pack';

/** A Uint8Array that crossed from a worker, as a Buffer over the same memory (no copy). */
export const asBuffer = (u: Uint8Array): Buffer =>
  Buffer.from(u.buffer as ArrayBuffer, u.byteOffset, u.byteLength);

const size = (e: CachedSheet): number => e.file.byteLength + (e.rows?.byteLength ?? 0);

export class SheetCache {
  /** In order of use, the least recently used first. */
  private readonly entries = new Map<string, CachedSheet>();
  constructor(
    private readonly limits: { sheets: number; bytes: number } = {
      sheets: CACHE_SHEETS,
      bytes: CACHE_MB * 1024 * 1024,
    },
  ) {}

  /**
   * Keep a sheet just previewed. Over the budget, the older sheets' rows go first, then the older
   * sheets, then this one's rows; this one's file is always kept, so the sheet just shown can be
   * committed.
   */
  put(entry: CachedSheet): void {
    this.entries.delete(entry.hash);
    const room = Math.max(0, this.limits.sheets - 1);
    const older = room === 0 ? [] : [...this.entries.keys()].slice(-room);
    for (const hash of this.entries.keys()) if (!older.includes(hash)) this.entries.delete(hash);
    this.entries.set(entry.hash, entry);
    const over = () => this.bytes() > this.limits.bytes;
    for (const hash of older) {
      const e = this.entries.get(hash);
      if (e && over()) e.rows = null;
    }
    for (const hash of older) if (over()) this.entries.delete(hash);
    if (over()) entry.rows = null;
  }

  get(hash: string): CachedSheet | undefined {
    const e = this.entries.get(hash);
    if (e) {
      this.entries.delete(hash);
      this.entries.set(hash, e);
    }
    return e;
  }

  bytes(): number {
    let n = 0;
    for (const e of this.entries.values()) n += size(e);
    return n;
  }
}

const caches = new WeakMap<object, SheetCache>();

/**
 * The cache of one open database (keyed by its connection), so two files — or two tests — never
 * share one: a sheet previewed (and audited) against one registry cannot be committed into another.
 * GATEPOST_IMPORT_CACHE_MB sets the byte budget (a small laptop, or a test of the eviction).
 */
export function cacheFor(connection: object): SheetCache {
  let c = caches.get(connection);
  if (!c) {
    const mb = Number(process.env.GATEPOST_IMPORT_CACHE_MB ?? CACHE_MB);
    c = new SheetCache({ sheets: CACHE_SHEETS, bytes: (Number.isFinite(mb) ? mb : CACHE_MB) * 1024 * 1024 });
    caches.set(connection, c);
  }
  return c;
}

/** The previewed sheet a commit names; gone (a restart, two newer previews): preview it again. */
export function findSheet(connection: object, hash: string): CachedSheet {
  const e = cacheFor(connection).get(hash);
  if (e) return e;
  throw refuse('VALIDATION', { code: 'import_preview_expired' }, 'sheetHash');
}
