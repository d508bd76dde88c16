/**
 * The checked rows as the cache keeps them (issue 11): columns, not objects. Serialized object by
 * object, every candidate repeated its keys' names and every string came back as a copy of its own:
 * 238 bytes a row, 77 MB for 323,000 rows. Here each field is a column: a text column is its values'
 * UTF-8 bytes, one after another, and one index a row, so a building's name is stored (and unpacked)
 * once for all its rows; any other column (the row number, flags) is kept as it is. Each row's shape
 * (which fields it has, in order) is a number, so unpacking makes the same objects, keys in order.
 *
 * The rows are packed as they are checked (`RowPacker`, fed by the reader's RowParser): the candidates
 * of a whole sheet are never all objects at once (about 250 bytes a row on the heap, against about 90
 * packed). The pack is written straight into memory the threads share (`SharedArrayBuffer`) and read
 * back through views of it: neither packing nor unpacking copies it.
 *
 * A text column dedupes its values while they repeat (a building, a relation); one whose values are
 * nearly all distinct (an ID number, a phone) stops looking them up and keeps its bytes only, so no
 * map of 300,000 strings outlives its rows.
 */
import { deserialize, serialize } from 'node:v8';
import type { Prepared } from './import-plan';
import type { Candidate, ParsedSheet } from './import-rows';

/** Rows seen before a text column judges whether deduping its values pays. */
export const DEDUPE_TRIAL = 4096;

/** Index 0 is undefined, 1 is null, 2 on the column's texts. */
type TextSpec = { key: string; text: true; texts: number; bytes: number };
type ValueSpec = { key: string; text: false; values: unknown[] };
type Meta = {
  sheet: string;
  /** The sheet's rest, its candidates null (the key where it was). */
  parsed: Omit<ParsedSheet, 'candidates'> & { candidates: null };
  rows: number;
  shapes: string[][];
  columns: (TextSpec | ValueSpec)[];
};

/** A growable run of unsigned 32-bit numbers. */
class U32s {
  a = new Uint32Array(1024);
  n = 0;
  at(i: number, v: number): void {
    if (i >= this.a.length) {
      const more = new Uint32Array(Math.max(this.a.length * 2, i + 1));
      more.set(this.a);
      this.a = more;
    }
    this.a[i] = v;
    if (i >= this.n) this.n = i + 1;
  }
  push(v: number): void {
    this.at(this.n, v);
  }
  view(): Uint32Array {
    return this.a.subarray(0, this.n);
  }
}

class TextColumn {
  /** Null once the values proved nearly all distinct: each is then kept as it comes. */
  ids: Map<string, number> | null = new Map();
  bytes = Buffer.allocUnsafe(64 * 1024);
  size = 0;
  readonly ends = new U32s();
  readonly index = new U32s();
  private seen = 0;

  /** False when the value is not text (the column is then kept as values). */
  put(i: number, v: unknown): boolean {
    if (v === undefined) return true;
    if (v === null) {
      this.index.at(i, 1);
      return true;
    }
    if (typeof v !== 'string') return false;
    let n = this.ids?.get(v);
    if (n === undefined) {
      n = this.ends.n + 2;
      this.ids?.set(v, n);
      // At most 3 bytes a UTF-16 unit.
      if (this.size + v.length * 3 > this.bytes.length) {
        const more = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.size + v.length * 3));
        this.bytes.copy(more, 0, 0, this.size);
        this.bytes = more;
      }
      this.size += this.bytes.write(v, this.size, 'utf8');
      this.ends.push(this.size);
    }
    this.index.at(i, n);
    if (this.ids && ++this.seen === DEDUPE_TRIAL && this.ids.size > DEDUPE_TRIAL * 0.75) this.ids = null;
    return true;
  }

  /** The column's values so far, for a column that turns out not to be text. */
  values(rows: number): unknown[] {
    const texts: unknown[] = [undefined, null];
    let start = 0;
    for (const end of this.ends.view()) {
      texts.push(this.bytes.toString('utf8', start, end));
      start = end;
    }
    const out = new Array<unknown>(rows).fill(undefined);
    this.index.view().forEach((n, i) => {
      out[i] = texts[n];
    });
    return out;
  }
}

/** Packs checked rows one at a time; `finish` writes the pack into shared memory. */
export class RowPacker {
  private readonly shapes: string[][] = [];
  private readonly shapeIds = new Map<string, number>();
  private shapeOf = new Uint16Array(1024);
  private rows = 0;
  private readonly columns = new Map<string, TextColumn | unknown[]>();

  push(c: Candidate): void {
    const i = this.rows++;
    const keys = Object.keys(c);
    const id = keys.join(',');
    let n = this.shapeIds.get(id);
    if (n === undefined) {
      n = this.shapes.length;
      if (n > 0xffff) throw new Error('import-pack: more than 65,536 row shapes');
      this.shapes.push(keys);
      this.shapeIds.set(id, n);
    }
    if (i >= this.shapeOf.length) {
      const more = new Uint16Array(this.shapeOf.length * 2);
      more.set(this.shapeOf);
      this.shapeOf = more;
    }
    this.shapeOf[i] = n;
    for (const k of keys) {
      const v = (c as Record<string, unknown>)[k];
      let col = this.columns.get(k);
      if (!col) {
        col = new TextColumn();
        this.columns.set(k, col);
      }
      if (col instanceof TextColumn) {
        if (col.put(i, v)) continue;
        col = col.values(this.rows);
        this.columns.set(k, col);
      }
      col[i] = v;
    }
  }

  finish(sheet: string, parsed: Omit<ParsedSheet, 'candidates'>): Uint8Array {
    const rows = this.rows;
    const texts: TextColumn[] = [];
    const columns = [...this.columns].map(([key, col]): TextSpec | ValueSpec => {
      if (!(col instanceof TextColumn)) {
        // Dense (a missing field undefined): V8 writes a holey array index by index.
        const values = Array.from({ length: rows }, (_, i) => col[i]);
        return { key, text: false, values };
      }
      texts.push(col);
      return { key, text: true, texts: col.ends.n, bytes: col.size };
    });
    const meta = serialize({
      sheet,
      parsed: { ...parsed, candidates: null },
      rows,
      shapes: this.shapes,
      columns,
    } satisfies Meta);
    // [meta length][meta][shapes, padded][per text column: ends, index, bytes (padded)]
    let size = align(4 + meta.byteLength) + align(rows * 2);
    for (const t of texts) size += (t.ends.n + rows) * 4 + align(t.size);
    const out = new Uint8Array(new SharedArrayBuffer(size));
    const view = new DataView(out.buffer);
    view.setUint32(0, meta.byteLength, true);
    out.set(meta, 4);
    let at = align(4 + meta.byteLength);
    out.set(new Uint8Array(this.shapeOf.buffer, 0, rows * 2), at);
    at += align(rows * 2);
    for (const t of texts) {
      const index = new Uint32Array(rows);
      index.set(t.index.view());
      for (const part of [t.ends.view(), index]) {
        out.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
        at += part.byteLength;
      }
      out.set(t.bytes.subarray(0, t.size), at);
      at += align(t.size);
    }
    return out;
  }
}

const align = (n: number) => (n + 3) & ~3;

export function packRows({ sheet, parsed }: Prepared): Uint8Array {
  const packer = new RowPacker();
  for (const c of parsed.candidates) packer.push(c);
  return packer.finish(sheet, parsed);
}

export function unpackRows(packed: Uint8Array): Prepared {
  const base = packed.byteOffset;
  const buf = Buffer.from(packed.buffer as ArrayBuffer, base, packed.byteLength);
  const metaLength = buf.readUInt32LE(0);
  const { sheet, parsed, rows, shapes, columns } = deserialize(buf.subarray(4, 4 + metaLength)) as Meta;
  let at = align(4 + metaLength);
  // Views need their offset aligned to the element: copy in the rare pack that is not.
  const u32 = (n: number): Uint32Array => {
    const part =
      (base + at) % 4 === 0
        ? new Uint32Array(packed.buffer, base + at, n)
        : new Uint32Array(new Uint8Array(buf.subarray(at, at + n * 4)).buffer);
    at += n * 4;
    return part;
  };
  const shapeOf =
    (base + at) % 2 === 0
      ? new Uint16Array(packed.buffer, base + at, rows)
      : new Uint16Array(new Uint8Array(buf.subarray(at, at + rows * 2)).buffer);
  at += align(rows * 2);
  const read = new Map<string, (i: number) => unknown>();
  for (const col of columns) {
    if (!col.text) {
      const values = col.values;
      read.set(col.key, (i) => values[i]);
      continue;
    }
    const ends = u32(col.texts);
    const index = u32(rows);
    const texts: unknown[] = [undefined, null];
    let start = 0;
    for (const end of ends) {
      texts.push(buf.toString('utf8', at + start, at + end));
      start = end;
    }
    at += align(col.bytes);
    read.set(col.key, (i) => texts[index[i] as number]);
  }
  const candidates = new Array<Candidate>(rows);
  for (let i = 0; i < rows; i++) {
    const c: Record<string, unknown> = {};
    for (const k of shapes[shapeOf[i] as number] as string[])
      c[k] = (read.get(k) as (i: number) => unknown)(i);
    candidates[i] = c as Candidate;
  }
  return { sheet, parsed: Object.assign(parsed, { candidates }) as ParsedSheet };
}
