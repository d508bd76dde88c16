/**
 * Just enough of ZIP to read an .xlsx held in memory: the central directory, and each entry
 * inflated as a stream with a bound on its size (a zip bomb is refused, never expanded).
 */
import { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { ApiError, refuse } from '../errors';

export type ZipEntry = { name: string; method: number; offset: number; compressed: number; size: number };

/** `detail` is technical (a ZIP structure or zlib's message), the same in both languages. */
const damaged = (detail: string) => refuse('VALIDATION', { code: 'xlsx_damaged', params: { detail } });

function u64(buf: Buffer, at: number): number {
  return Number(buf.readBigUInt64LE(at));
}

/** The entries of the archive, by name. */
export function listZip(buf: Buffer): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no end of central directory');
  let count = buf.readUInt16LE(eocd + 10);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if (
    (count === 0xffff || cdOffset === 0xffffffff) &&
    eocd >= 20 &&
    buf.readUInt32LE(eocd - 20) === 0x07064b50
  ) {
    const z = u64(buf, eocd - 12);
    if (z + 56 > buf.length || buf.readUInt32LE(z) !== 0x06064b50) throw damaged('bad ZIP64 directory');
    count = u64(buf, z + 32);
    cdOffset = u64(buf, z + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50)
      throw damaged('bad central directory entry');
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressed = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    // ZIP64: the sizes and offset that overflowed 32 bits sit in extra field 0x0001, in this order.
    for (let e = p + 46 + nameLen; e + 4 <= p + 46 + nameLen + extraLen; ) {
      const id = buf.readUInt16LE(e);
      const len = buf.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(buf, q);
          q += 8;
        }
        if (compressed === 0xffffffff) {
          compressed = u64(buf, q);
          q += 8;
        }
        if (local === 0xffffffff) local = u64(buf, q);
      }
      e += 4 + len;
    }
    if (flags & 1) throw refuse('VALIDATION', { code: 'xlsx_encrypted' });
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50)
      throw damaged('bad local file header');
    const offset = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (offset + compressed > buf.length) throw damaged('truncated entry data');
    entries.set(name.replace(/^\/+/, ''), { name, method, offset, compressed, size });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function checkMethod(e: ZipEntry): void {
  if (e.method !== 0 && e.method !== 8) throw damaged(`compression method ${e.method}`);
}

/** A small entry (workbook, relationships, styles) as text, at most `limit` bytes once inflated. */
export function readEntryText(buf: Buffer, e: ZipEntry, limit: number): string {
  checkMethod(e);
  const raw = buf.subarray(e.offset, e.offset + e.compressed);
  try {
    const out = e.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: limit });
    if (out.length > limit) throw new RangeError('too big');
    return new TextDecoder('utf-8').decode(out);
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw refuse('VALIDATION', { code: 'xlsx_entry_too_big', params: { entry: e.name } });
    throw damaged((err as Error).message);
  }
}

/** Stream an entry's inflated bytes; stops with a message past `limit`. */
export async function* entryChunks(
  buf: Buffer,
  e: ZipEntry,
  limit: number,
  chunkSize = 64 * 1024,
): AsyncGenerator<Buffer> {
  checkMethod(e);
  const raw = buf.subarray(e.offset, e.offset + e.compressed);
  const source =
    e.method === 0
      ? Readable.from(
          (function* () {
            for (let i = 0; i < raw.length; i += chunkSize) yield raw.subarray(i, i + chunkSize);
          })(),
        )
      : Readable.from([raw]).pipe(createInflateRaw({ chunkSize }));
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit)
        throw refuse('VALIDATION', {
          code: 'xlsx_entry_over_limit',
          params: { entry: e.name, mb: Math.round(limit / 1024 / 1024) },
        });
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw damaged((err as Error).message);
  } finally {
    source.destroy();
  }
}

/**
 * Stream an entry as text chunks. Multi-byte characters split across chunk borders are joined
 * by a streaming decoder, so Chinese text is never cut in two.
 */
export async function* entryText(
  buf: Buffer,
  e: ZipEntry,
  limit: number,
  chunkSize = 64 * 1024,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of entryChunks(buf, e, limit, chunkSize))
    yield decoder.decode(chunk, { stream: true });
  const tail = decoder.decode();
  if (tail) yield tail;
}
