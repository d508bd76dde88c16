/**
 * What the .xlsx reader learns of a sheet before reading it (its row count and merged ranges, in one
 * quick pass over the bytes), and how a merge's value reaches every cell it covers.
 */
import type { Cell, CellSink } from './sheet-sink';
import { columnIndex } from './sheet-sink';
import { entryChunks, type ZipEntry } from './zip';

/** Inflated size bound of a sheet: a 400,000-row sheet is well under it; a zip bomb is not. */
export const MAX_SHEET_XML = 1024 * 1024 * 1024;

/** A merged range (0-based columns, 1-based rows): its top-left cell's value belongs to all its cells. */
export type Merge = { r1: number; c1: number; r2: number; c2: number; value?: Cell };

/** `A3:B10` as a merge; a single cell or a ref it cannot read is no merge. */
export function parseMerge(ref: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  const [c1, r1, c2, r2] = [columnIndex(m[1] ?? ''), Number(m[2]), columnIndex(m[3] ?? ''), Number(m[4])];
  if (r2 < r1 || c2 < c1 || (r1 === r2 && c1 === c2)) return null;
  return { r1, c1, r2, c2 };
}

const ROW_TAG = Buffer.from('<row');
const MERGE_TAG = Buffer.from('mergeCell ');
const REF_ATTR = Buffer.from('ref="');

/**
 * One quick pass over the inflated bytes before the sheet is read: how many rows it has (`<row` tags,
 * for an honest progress total: writers often leave out or misstate the dimension), and its merged
 * ranges, which Excel and WPS write after the rows they cover.
 */
export async function scanSheet(
  buf: Buffer,
  e: ZipEntry,
  chunkSize: number,
): Promise<{ rows: number; merges: Merge[] }> {
  let n = 0;
  const merges: Merge[] = [];
  let carry = Buffer.alloc(0);
  /** How far into `carry` its `<row` tags were already counted. */
  let seen = 0;
  for await (const chunk of entryChunks(buf, e, MAX_SHEET_XML, chunkSize)) {
    const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    for (let i = b.indexOf(ROW_TAG, seen); i >= 0 && i + 4 < b.length; i = b.indexOf(ROW_TAG, i + 4)) {
      const next = b[i + 4];
      if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
    }
    let keep = Math.max(0, b.length - MERGE_TAG.length - 1);
    for (let m = b.indexOf(MERGE_TAG); m >= 0; m = b.indexOf(MERGE_TAG, m + MERGE_TAG.length)) {
      const end = b.indexOf(0x3e, m);
      if (end < 0) {
        // Cut by the chunk's end: read again with the next chunk.
        keep = Math.min(keep, m);
        break;
      }
      const at = b.indexOf(REF_ATTR, m);
      if (at < 0 || at > end) continue;
      const from = at + REF_ATTR.length;
      const merge = parseMerge(b.toString('latin1', from, b.indexOf(0x22, from)));
      if (merge) merges.push(merge);
    }
    carry = Buffer.from(b.subarray(keep));
    seen = Math.max(0, b.length - 4 - keep);
  }
  return { rows: n, merges: merges.sort((a, b) => a.r1 - b.r1) };
}

/**
 * Hands a merge's value to every cell it covers, as the sheet shows it: a building name merged down
 * over its households' rows belongs to each row; a header merged down over two header rows names the
 * column in both.
 */
export class MergeFill {
  private readonly byTopLeft = new Map<number, Merge>();
  private next = 0;
  private active: Merge[] = [];

  constructor(
    private readonly merges: Merge[],
    private readonly sink: CellSink,
  ) {
    for (const m of merges) this.byTopLeft.set(m.r1 * 16384 + m.c1, m);
  }

  isTopLeft(row: number, col: number): boolean {
    return this.byTopLeft.has(row * 16384 + col);
  }

  /** The top-left cell's value, as read. */
  value(row: number, col: number, v: Cell): void {
    const m = this.byTopLeft.get(row * 16384 + col);
    if (m) m.value = v;
  }

  /** Row `row` ends: the rest of its merges' first row gets their value. */
  endRow(row: number): void {
    for (const m of this.active) if (m.r1 === row) this.fill(m, m.c1 + 1);
  }

  /** Row `row` starts: merges coming down from above fill it. */
  startRow(row: number): void {
    while (this.next < this.merges.length && (this.merges[this.next]?.r1 ?? 0) <= row)
      this.active.push(this.merges[this.next++] as Merge);
    this.active = this.active.filter((m) => m.r2 >= row);
    for (const m of this.active) if (m.r1 < row) this.fill(m, m.c1);
  }

  private fill(m: Merge, from: number): void {
    if (m.value === undefined || m.value === null) return;
    for (let c = from; c <= m.c2; c++) if (this.sink.wants(c)) this.sink.cell(c, m.value, true);
  }
}
