/**
 * The checked rows as the cache keeps them (issue 11): columns, not objects. Serialized object by
 * object, every candidate repeated its keys' names and every string came back as a copy of its own
 * (and, read from XML, stored two bytes a character): 238 bytes a row, 77 MB for 323,000 rows, held
 * for as long as the sheet is kept, and a heap of a copy of every building, unit and relation in the
 * commit's worker. Here each field is a column: a text column is a dictionary of its distinct values
 * (UTF-8, read once each) and one index a row, so a building's name is one string shared by its
 * rows; any other column (the row number, flags) is kept as it is. Each row's shape (which fields it
 * has, in order) is a number, so unpacking makes the same objects, keys in the same order.
 */
import { deserialize, serialize } from 'node:v8';
import type { Prepared } from './import-plan';
import type { Candidate, ParsedSheet } from './import-rows';

/** Index 0 is undefined, 1 is null, 2 on the dictionary's values. */
type TextColumn = { text: true; bytes: Buffer; ends: Uint32Array; index: Uint32Array };
type Column = TextColumn | { text: false; values: unknown[] };

type Packed = {
  sheet: string;
  /** The sheet's rest, its candidates null (the key where it was). */
  parsed: Omit<ParsedSheet, 'candidates'> & { candidates: null };
  shapes: string[][];
  shapeOf: Uint16Array;
  columns: Record<string, Column>;
};

function textColumn(values: unknown[]): TextColumn | null {
  const ids = new Map<string, number>();
  const index = new Uint32Array(values.length);
  const ends: number[] = [];
  let bytes = Buffer.allocUnsafe(64 * 1024);
  let end = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    if (v === null) index[i] = 1;
    else if (typeof v !== 'string') return null;
    else {
      let n = ids.get(v);
      if (n === undefined) {
        n = ids.size + 2;
        ids.set(v, n);
        // At most 3 bytes a UTF-16 unit.
        if (end + v.length * 3 > bytes.length) {
          const more = Buffer.allocUnsafe(Math.max(bytes.length * 2, end + v.length * 3));
          bytes.copy(more, 0, 0, end);
          bytes = more;
        }
        end += bytes.write(v, end, 'utf8');
        ends.push(end);
      }
      index[i] = n;
    }
  }
  return { text: true, bytes: bytes.subarray(0, end), ends: Uint32Array.from(ends), index };
}

function columnValues(c: Column): (i: number) => unknown {
  if (!c.text) return (i) => c.values[i];
  const dict: unknown[] = [undefined, null];
  let start = 0;
  for (const end of c.ends) {
    dict.push(c.bytes.toString('utf8', start, end));
    start = end;
  }
  return (i) => dict[c.index[i] as number];
}

export function packRows({ sheet, parsed }: Prepared): Buffer {
  const candidates = parsed.candidates;
  const rest = { ...parsed, candidates: null };
  const shapes: string[][] = [];
  const shapeIds = new Map<string, number>();
  const shapeOf = new Uint16Array(candidates.length);
  const values = new Map<string, unknown[]>();
  candidates.forEach((c, i) => {
    const keys = Object.keys(c);
    const id = keys.join(',');
    let n = shapeIds.get(id);
    if (n === undefined) {
      n = shapes.length;
      if (n > 0xffff) throw new Error('import-pack: more than 65,536 row shapes');
      shapes.push(keys);
      shapeIds.set(id, n);
    }
    shapeOf[i] = n;
    for (const k of keys) {
      let col = values.get(k);
      if (!col) {
        // Dense (a missing field undefined): V8 writes a holey array index by index.
        col = new Array(candidates.length).fill(undefined);
        values.set(k, col);
      }
      col[i] = (c as Record<string, unknown>)[k];
    }
  });
  const columns: Record<string, Column> = {};
  for (const [k, col] of values) columns[k] = textColumn(col) ?? { text: false, values: col };
  return serialize({ sheet, parsed: rest, shapes, shapeOf, columns } satisfies Packed);
}

export function unpackRows(rows: Uint8Array): Prepared {
  const { sheet, parsed, shapes, shapeOf, columns } = deserialize(rows) as Packed;
  const read = new Map(Object.entries(columns).map(([k, c]) => [k, columnValues(c)]));
  const candidates = new Array<Candidate>(shapeOf.length);
  for (let i = 0; i < shapeOf.length; i++) {
    const c: Record<string, unknown> = {};
    for (const k of shapes[shapeOf[i] as number] as string[])
      c[k] = (read.get(k) as (i: number) => unknown)(i);
    candidates[i] = c as Candidate;
  }
  return { sheet, parsed: Object.assign(parsed, { candidates }) as ParsedSheet };
}
