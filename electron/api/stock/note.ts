/**
 * A delivery note from a sheet (issue 12): `stock.receivePreview` reads the .xlsx (or .csv) with the
 * resident import's streaming reader, finds the header, and checks every row against the catalogue —
 * nothing is written. It answers the rows ready to receive (item and lot resolved) and the issues as
 * codes by row and column; the screen commits exactly those rows through `stock.receive`, and only
 * when no row has an issue. `stock.receiveTemplate` is the empty note, with the catalogue beside it.
 */
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { ApiError, refuse } from '../errors';
import type { HandlerMap } from '../handler';
import type { Cell } from '../households/sheet-sink';
import { label } from '../shared/labels';
import { addTable, ExcelJS, workbookBase64 } from '../shared/xlsx';
import {
  cellText,
  matchNoteHeader,
  NOTE_HEADER_ROWS,
  NOTE_MAX_ROWS,
  NOTE_TEMPLATE_HEADERS,
  type NoteField,
  readExpiry,
  readQty,
} from './note-rules';
import { readItems } from './read';

type NoteRow = { row: number; cells: Partial<Record<NoteField, Cell>> };

/** Where the readers pour a note's cells: the header in the top rows, then its columns only. */
class NoteSink {
  done = false;
  expectedRows = 0;
  header: Partial<Record<NoteField, number>> | null = null;
  rows: NoteRow[] = [];
  private byCol = new Map<number, NoteField>();
  private rowNo = 0;
  private scan: string[] = [];
  private current: NoteRow | null = null;

  startRow(n?: number): void {
    this.endRow();
    this.rowNo = n && n > this.rowNo ? n : this.rowNo + 1;
    if (!this.header && this.rowNo > NOTE_HEADER_ROWS) this.done = true;
    else if (this.header) this.current = { row: this.rowNo, cells: {} };
    else this.scan = [];
  }
  wants(col: number): boolean {
    return this.header ? this.byCol.has(col) : col < 50;
  }
  cell(col: number, value: Cell): void {
    if (this.done || value === null || (typeof value === 'string' && value.trim() === '')) return;
    if (!this.header) {
      if (col < 50) this.scan[col] = cellText(value);
      return;
    }
    const f = this.byCol.get(col);
    if (f && this.current) this.current.cells[f] = value;
  }
  endRow(): void {
    if (this.done || this.rowNo === 0) return;
    if (this.header) {
      if (this.current && Object.keys(this.current.cells).length > 0) {
        if (this.rows.length >= NOTE_MAX_ROWS)
          throw refuse('VALIDATION', { code: 'note_too_long', params: { max: NOTE_MAX_ROWS } });
        this.rows.push(this.current);
      }
      this.current = null;
      return;
    }
    const map = matchNoteHeader(Array.from(this.scan, (c) => c ?? ''));
    if (map) {
      this.header = map;
      for (const [f, col] of Object.entries(map) as [NoteField, number][]) this.byCol.set(col, f);
    }
  }
}

/** The note's rows, from the first sheet (or the CSV) that has a note header. */
async function readNote(fileName: string, buf: Buffer): Promise<NoteRow[]> {
  if (buf.length === 0) throw refuse('VALIDATION', { code: 'file_empty' });
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b;
  if (buf.subarray(0, 4).toString('hex') === 'd0cf11e0')
    throw refuse('VALIDATION', { code: 'xls_unsupported' });
  try {
    // The readers (zip, XML, CSV) are loaded on first use, not at the host's start (issue 11).
    if (isZip) {
      const { openXlsx } = await import('../households/xlsx-reader');
      for (const sheet of await openXlsx(buf)) {
        const sink = new NoteSink();
        await sheet.open(sink);
        sink.endRow();
        if (sink.header) return sink.rows;
      }
    } else if (/\.csv$/i.test(fileName)) {
      const { decodeCsv, readCsv } = await import('../households/csv-reader');
      const sink = new NoteSink();
      await readCsv(decodeCsv(buf), sink);
      sink.endRow();
      if (sink.header) return sink.rows;
    } else throw refuse('VALIDATION', { code: 'file_unrecognized', params: { file: fileName } });
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw refuse('VALIDATION', {
      code: 'file_unreadable',
      params: { file: fileName, detail: (e as Error).message },
    });
  }
  throw refuse('VALIDATION', { code: 'note_header_not_found', params: { file: fileName } });
}

type Issue = { row: number; column: NoteField; code: string; params?: Record<string, string | number> };

/** Check the note's rows against the catalogue and the lots received before. Reads only. */
export function checkNote(db: ReadDb, rows: NoteRow[]) {
  const items = new Map(readItems(db).map((i) => [i.name.trim().toLowerCase(), i]));
  const lotOf = (itemId: string, code: string) =>
    db.get<{ id: string; expiresOn: string | null } | undefined>(
      sql`SELECT id, expires_on AS expiresOn FROM stock_lots WHERE item_id = ${itemId} AND code = ${code}
          ORDER BY created_at LIMIT 1`,
    );
  const issues: Issue[] = [];
  const ready = rows.flatMap(({ row, cells }) => {
    const bad = (column: NoteField, code: string, params?: Issue['params']) => {
      issues.push({ row, column, code, ...(params ? { params } : {}) });
    };
    const name = cellText(cells.item);
    const item = items.get(name.toLowerCase());
    if (!name) bad('item', 'note_item_missing');
    else if (!item) bad('item', 'note_item_unknown', { item: name });
    const qty = readQty(cells.qty);
    if (qty === null) bad('qty', 'note_qty_bad', { value: cellText(cells.qty) });
    const unit = cellText(cells.unit);
    if (item && unit && unit !== item.unit) bad('unit', 'note_unit_mismatch', { unit, expected: item.unit });
    const expiry = readExpiry(cells.expiry);
    if (expiry === null) bad('expiry', 'note_expiry_bad', { value: cellText(cells.expiry) });
    const lotCode = cellText(cells.lot);
    let lotId: string | null = null;
    if (item && !item.byLot && (lotCode || expiry)) bad('lot', 'note_lot_not_tracked', { item: item.name });
    if (item?.byLot && lotCode) {
      const lot = lotOf(item.id, lotCode);
      if (lot && expiry && lot.expiresOn !== expiry)
        bad('expiry', 'note_lot_expiry_differs', { lot: lotCode, expiresOn: lot.expiresOn ?? '—' });
      lotId = lot?.id ?? null;
    }
    if (!item || qty === null) return [];
    return [
      {
        row,
        itemId: item.id,
        item: item.name,
        unit: item.unit,
        lotId,
        lotCode: item.byLot ? lotCode : '',
        expiresOn: item.byLot && expiry ? expiry : null,
        qty,
      },
    ];
  });
  return { rows: issues.length ? ready.filter((r) => !issues.some((i) => i.row === r.row)) : ready, issues };
}

export const stockNoteHandlers: HandlerMap<'stock.receivePreview' | 'stock.receiveTemplate'> = {
  'stock.receivePreview': async (db, input) => {
    const rows = await readNote(input.fileName, Buffer.from(input.dataBase64, 'base64'));
    if (rows.length === 0)
      throw refuse('VALIDATION', { code: 'note_empty', params: { file: input.fileName } });
    const checked = checkNote(db, rows);
    const total = checked.rows.reduce((n, r) => n + r.qty, 0);
    return { fileName: input.fileName, read: rows.length, ...checked, total };
  },
  'stock.receiveTemplate': async (db, input) => {
    const zh = input.lang === 'zh-CN';
    const wb = new ExcelJS.Workbook();
    const ws = addTable(wb, zh ? '送货单' : 'Delivery note', [...NOTE_TEMPLATE_HEADERS[input.lang]], []);
    ws.getColumn(1).width = 20;
    ws.getColumn(4).width = 14;
    const items = readItems(db);
    addTable(
      wb,
      zh ? '物品目录' : 'Catalogue',
      zh ? ['物品', '单位', '类别', '按批次'] : ['Item', 'Unit', 'Category', 'By lot'],
      items.map((i) => [
        i.name,
        i.unit,
        label(input.lang, 'stockCategory', i.category),
        i.byLot ? (zh ? '是' : 'Yes') : '',
      ]),
    ).getColumn(1).width = 20;
    const fileName = zh ? '送货单模板.xlsx' : 'delivery-note-template.xlsx';
    return { fileName, dataBase64: await workbookBase64(wb), rows: items.length };
  },
};
