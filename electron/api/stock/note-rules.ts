/**
 * A delivery note (送货单) as a sheet: which columns its header names (Chinese or English), and how a
 * row's cells read as an item, a lot, an expiry and a quantity. Pure: the reader (note.ts) pours the
 * cells in, the preview checks each row against the catalogue and answers codes by row and column.
 */
import type { Cell } from '../households/sheet-sink';

export const NOTE_FIELDS = ['item', 'unit', 'lot', 'expiry', 'qty'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
export const NOTE_REQUIRED: readonly NoteField[] = ['item', 'qty'];
/** A delivery note is small: the rows of one `stock.receive`. */
export const NOTE_MAX_ROWS = 500;
export const NOTE_HEADER_ROWS = 10;

/** The header words each column is known by (compared without spaces, case folded). */
const HEADERS: Record<NoteField, readonly string[]> = {
  item: ['物品', '物资', '物品名称', '物资名称', '品名', '名称', 'item', 'itemname', 'name'],
  unit: ['单位', 'unit'],
  lot: ['批号', '批次', '批次号', 'lot', 'lotcode', 'batch'],
  expiry: ['有效期', '有效期至', '到期日', '失效日期', 'expiry', 'expires', 'expireson', 'expirydate'],
  qty: ['数量', '实收数量', 'qty', 'quantity'],
};

/** The template's header in each language (the reader takes either). */
export const NOTE_TEMPLATE_HEADERS = {
  'zh-CN': ['物品', '单位', '批号', '有效期', '数量'],
  en: ['Item', 'Unit', 'Lot', 'Expiry', 'Quantity'],
} as const;

const fold = (s: string) => s.replace(/[\s_\-（）()*]/g, '').toLowerCase();

/** The columns a header row names, or null when it lacks an item or a quantity column. */
export function matchNoteHeader(cells: readonly string[]): Partial<Record<NoteField, number>> | null {
  const map: Partial<Record<NoteField, number>> = {};
  cells.forEach((c, col) => {
    const f = fold(c ?? '');
    const field = NOTE_FIELDS.find((k) => HEADERS[k].includes(f));
    if (field && map[field] === undefined) map[field] = col;
  });
  return NOTE_REQUIRED.every((f) => map[f] !== undefined) ? map : null;
}

export const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c).trim();

/** A whole quantity above zero (`120`, `"120"`, `"1,200"`), or null. */
export function readQty(c: Cell | undefined): number | null {
  const s = cellText(c).replace(/,/g, '');
  if (!/^\d+(\.0+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) && n > 0 && n <= 1_000_000_000 ? n : null;
}

/** An expiry day: a date cell, or `2027-06-30`, `2027/6/30`, `2027.6.30`, `20270630`; '' when empty; null when not a day. */
export function readExpiry(c: Cell | undefined): string | null {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? null : c.toISOString().slice(0, 10);
  const s = cellText(c);
  if (s === '') return '';
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const day = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null;
}
