/**
 * Where a sheet reader (xlsx or csv) pours its cells, row by row. It finds the header in the top
 * rows, then keeps only the columns the header names, and holds the bounds a sheet may have, so a
 * stray formatted cell at XFD1 or a million empty rows cost nothing and a huge sheet is refused
 * with a message instead of filling the memory.
 */
import { refuse } from '../errors';
import {
  HEADER_SCAN_ROWS,
  IMPORT_FIELDS,
  type ImportField,
  matchHeaders,
  REQUIRED_FIELDS,
} from './import-rules';

export type Cell = string | number | Date | null;

/** A data row after the header: `cells[k]` is the value of `IMPORT_FIELDS[k]` (null when the sheet has no such column). */
export type ProjectedRow = { row: number; cells: Cell[] };

export type SheetData = {
  sheet: string;
  /** 1-based row number of the header. */
  headerRow: number;
  header: string[];
  /** The data rows, unless they were streamed (RowStream): then empty. */
  rows: ProjectedRow[];
  /** 1-based number of the last data row (the header's when there is none). */
  lastRow: number;
};

/** Data rows one file may bring: a district of 100,000 households holds about 320,000 residents. */
export const MAX_DATA_ROWS = 400_000;
/** Columns read in the header rows; a header wider than this is refused. */
export const MAX_COLUMNS = 500;

export const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);

const isBlank = (c: Cell): boolean => c === null || (typeof c === 'string' && c.trim() === '');

/** A1-style column letters (A, Z, AA, XFD) to a 0-based index. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n - 1;
}

export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** What a reader (xlsx, csv) needs of a sink: another sheet's sink (a delivery note's) fits as well. */
export type CellSink = Pick<SheetSink, 'done' | 'expectedRows' | 'startRow' | 'wants' | 'cell'>;

export type SinkProgress = (rowsRead: number) => void;
/**
 * Given the header once it is found, where each data row goes instead of being kept: the import checks
 * rows as they are read (import-rows.ts RowParser), so a sheet's cells are never all held at once.
 */
export type RowStream = (header: { row: number; cells: string[] }) => (row: ProjectedRow) => void;

export class SheetSink {
  /** True once nothing more of this sheet is wanted (no header in the top rows). */
  done = false;
  /** How many rows the sheet has, for progress; 0 when unknown. */
  expectedRows = 0;
  private header: { row: number; cells: string[] } | null = null;
  /** Column index -> position in IMPORT_FIELDS, for the columns the header names. */
  private wanted = new Map<number, number>();
  private rows: ProjectedRow[] = [];
  private kept = 0;
  private lastRow = 0;
  private consume: ((row: ProjectedRow) => void) | null = null;
  private rowNo = 0;
  private scan: string[] = [];
  private current: Cell[] | null = null;
  private any = false;

  constructor(
    readonly sheet: string,
    private readonly onRow: SinkProgress = () => undefined,
    private readonly stream?: RowStream,
  ) {}

  /** Start row `n` (1-based); rows must come in increasing order. */
  startRow(n?: number): void {
    this.endRow();
    this.rowNo = n && n > this.rowNo ? n : this.rowNo + 1;
    if (!this.header && this.rowNo > HEADER_SCAN_ROWS) {
      this.done = true;
      return;
    }
    if (this.header) {
      this.current = new Array<Cell>(IMPORT_FIELDS.length).fill(null);
      this.any = false;
    } else this.scan = [];
  }

  /** Is column `col` (0-based) of the current row worth reading? Lets a reader skip the rest cheaply. */
  wants(col: number): boolean {
    return this.header ? this.wanted.has(col) : true;
  }

  /**
   * A cell's value. `merged`: it comes from a merge above or beside it (xlsx-scan.ts), and a row whose
   * only values are such (a blank row under a building merged down over it) is no data row.
   */
  cell(col: number, value: Cell, merged = false): void {
    if (this.done || isBlank(value)) return;
    if (this.header) {
      const k = this.wanted.get(col);
      if (k === undefined || !this.current) return;
      this.current[k] = value;
      if (!merged) this.any = true;
      return;
    }
    if (col >= MAX_COLUMNS) {
      throw refuse('VALIDATION', {
        code: 'sheet_too_wide',
        params: { sheet: this.sheet, row: this.rowNo, column: columnLetters(col), max: MAX_COLUMNS },
      });
    }
    this.scan[col] = cellText(value);
  }

  endRow(): void {
    if (this.done || this.rowNo === 0) return;
    if (this.header) {
      if (this.current && this.any) {
        if (this.kept >= MAX_DATA_ROWS) {
          throw refuse('VALIDATION', {
            code: 'sheet_too_long',
            params: { sheet: this.sheet, max: MAX_DATA_ROWS.toLocaleString('en-US') },
          });
        }
        const row = { row: this.rowNo, cells: this.current };
        if (this.consume) this.consume(row);
        else this.rows.push(row);
        this.kept++;
        this.lastRow = this.rowNo;
        this.onRow(this.rowNo);
      }
      this.current = null;
      return;
    }
    const cells = Array.from(this.scan, (c) => c ?? '');
    const map = matchHeaders(cells);
    if (REQUIRED_FIELDS.every((f) => map[f] !== undefined)) {
      this.header = { row: this.rowNo, cells };
      this.consume = this.stream?.(this.header) ?? null;
      for (const [field, col] of Object.entries(map) as [ImportField, number][])
        this.wanted.set(col, IMPORT_FIELDS.indexOf(field));
    }
    this.scan = [];
  }

  /** The sheet as read, or null when it has no registry header in its top rows. */
  finish(): SheetData | null {
    this.endRow();
    this.done = true;
    if (!this.header) return null;
    const { sheet, rows, lastRow } = this;
    return { sheet, headerRow: this.header.row, header: this.header.cells, rows, lastRow };
  }
}
