import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Ctx } from '../context';
import { ApiError } from '../errors';
import { yieldToLoop } from '../jobs/store';
import { findHeaderRow, IMPORT_FIELDS, TEMPLATE_HEADERS, TEMPLATE_HINTS } from './import-rules';

export type Cell = string | number | Date | null;
export type SheetRows = { sheet: string; rows: Cell[][] };

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellValue((v.result ?? null) as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

/** UTF-8 (with or without BOM), else GB18030/GBK — what Chinese Excel and WPS save a CSV as. */
export function decodeCsv(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

export const cellText = (c: Cell | undefined): string =>
  c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c);

/** Read the first sheet that has a registry header (.xlsx or .csv). */
export async function readSheet(
  fileName: string,
  dataBase64: string,
  progress: Ctx['progress'] = () => undefined,
): Promise<SheetRows> {
  progress('read');
  const buf = Buffer.from(dataBase64, 'base64');
  if (buf.length === 0) throw new ApiError('VALIDATION', '文件是空的');
  const wb = new ExcelJS.Workbook();
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b;
  const isOle = buf.subarray(0, 4).toString('hex') === 'd0cf11e0';
  try {
    if (isOle)
      throw new ApiError('VALIDATION', '不支持旧版 .xls 格式：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
    if (isZip) await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    else if (/\.csv$/i.test(fileName)) {
      const text = decodeCsv(buf);
      // Keep every cell as text: an ID column must not become a number.
      await wb.csv.read(Readable.from([text]), {
        map: (v: unknown) => v,
        dateFormats: [],
        sheetName: 'csv',
        parserOptions: {},
      });
    } else throw new ApiError('VALIDATION', `无法识别文件“${fileName}”：请导入 .xlsx 或 .csv 表格`);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError('VALIDATION', `无法读取文件“${fileName}”，可能已损坏：${(e as Error).message}`);
  }
  let first: SheetRows | null = null;
  for (const ws of wb.worksheets) {
    // rowCount and columnCount are recomputed on every read in exceljs: read them once.
    const rowCount = ws.rowCount;
    const columnCount = ws.columnCount;
    const source: ExcelJS.Row[] = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      source.push(row);
    });
    const rows: Cell[][] = Array.from({ length: rowCount }, () => []);
    for (let i = 0; i < source.length; i++) {
      const row = source[i] as ExcelJS.Row;
      const cells: Cell[] = [];
      for (let c = 1; c <= columnCount; c++) cells.push(cellValue(row.getCell(c).value));
      rows[row.number - 1] = cells;
      if (i % 2000 === 1999) {
        progress('parse', i + 1, source.length);
        await yieldToLoop();
      }
    }
    const sheet = { sheet: ws.name, rows };
    first ??= sheet;
    if (findHeaderRow(rows.map((r) => r.map(cellText))) >= 0) return sheet;
  }
  throw new ApiError(
    'VALIDATION',
    `在“${fileName}”${first ? `的工作表“${first.sheet}”` : ''}中找不到表头：需要有“楼栋”“房号”“姓名”三列（可下载模板对照）`,
  );
}

/** Printed on A4 landscape, all columns on one page width, the header repeated on every page. */
const PAGE: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
const WIDTHS: Record<string, number> = {
  身份证号: 22,
  出生日期: 12,
  联系电话: 14,
  特殊情况: 18,
  备注: 24,
  当前去向: 10,
};

/** A worksheet with a bold header row, text-format columns (IDs keep their digits) and a frozen header. */
function headedSheet(wb: ExcelJS.Workbook, name: string, headers: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: PAGE });
  ws.columns = headers.map((h) => ({
    header: h,
    key: h,
    width: WIDTHS[h] ?? Math.max(8, h.length * 2 + 2),
    style: { numFmt: '@' },
  }));
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  return ws;
}

export function addTable(wb: ExcelJS.Workbook, name: string, headers: string[], rows: (string | number)[][]) {
  const ws = headedSheet(wb, name, headers);
  for (const r of rows) ws.addRow(r);
  return ws;
}

/** A streaming workbook: rows go out as they are added, so a 100,000-row export stays fast and small. */
export function streamingWorkbook() {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Gatepost';
  const sheet = (name: string, headers: string[]) => {
    const ws = headedSheet(wb, name, headers);
    ws.getRow(1).commit();
    return ws;
  };
  const finish = async (): Promise<string> => {
    await wb.commit();
    return Buffer.concat(chunks).toString('base64');
  };
  return { sheet, finish };
}

export async function workbookBase64(wb: ExcelJS.Workbook): Promise<string> {
  wb.creator = 'Gatepost';
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

export async function templateWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const headers = IMPORT_FIELDS.map((f) => TEMPLATE_HEADERS[f]);
  const ws = addTable(wb, '住户名单', headers, [IMPORT_FIELDS.map((f) => TEMPLATE_HINTS[f])]);
  ws.getRow(2).font = { italic: true, color: { argb: 'FF6B7280' } };
  return workbookBase64(wb);
}

export { ExcelJS };
