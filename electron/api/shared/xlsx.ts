import { createRequire } from 'node:module';
import type { Writable } from 'node:stream';
import type X from 'exceljs';

/**
 * exceljs, loaded the first time a workbook is made: loading it takes most of a second, and the
 * host's start (issue 11) must not wait for a module only exports and templates use.
 */
let loaded: typeof X | undefined;
const load = createRequire(import.meta.url);
function exceljs(): typeof X {
  if (!loaded) loaded = load('exceljs') as typeof X;
  return loaded;
}
const ExcelJS = new Proxy({} as typeof X, { get: (_target, key) => Reflect.get(exceljs(), key) });

/** Writing workbooks, for every area's exports: A4 landscape, bold frozen header, text columns. */

/** Printed on A4 landscape, all columns on one page width, the header repeated on every page. */
const PAGE: Partial<X.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
};
const HEADER_FILL: X.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE5E7EB' } };
const WIDTHS: Record<string, number> = {
  身份证号: 22,
  出生日期: 12,
  联系电话: 14,
  特殊情况: 18,
  备注: 24,
  当前去向: 10,
};

/** A worksheet with a bold header row, text-format columns (IDs keep their digits) and a frozen header. */
export function headedSheet(wb: X.Workbook, name: string, headers: string[]): X.Worksheet {
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

export function addTable(wb: X.Workbook, name: string, headers: string[], rows: (string | number)[][]) {
  const ws = headedSheet(wb, name, headers);
  for (const r of rows) ws.addRow(r);
  return ws;
}

/**
 * A streaming workbook written to `out` (a file in the outbox): rows go out as they are committed,
 * so a 300,000-row export never holds the sheet, nor the file, in memory.
 */
export function streamingWorkbook(out: Writable) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'Gatepost';
  const sheet = (name: string, headers: string[]) => {
    const ws = headedSheet(wb, name, headers);
    ws.getRow(1).commit();
    return ws;
  };
  /** Write what is left and wait until the file is flushed. */
  const finish = async (): Promise<void> => {
    await wb.commit();
  };
  return { sheet, finish };
}

/** A workbook made in memory, written to `out` (a gate log export through the outbox). */
export async function writeWorkbook(wb: X.Workbook, out: Writable): Promise<void> {
  wb.creator = 'Gatepost';
  await wb.xlsx.write(out);
  out.end();
}

export async function workbookBase64(wb: X.Workbook): Promise<string> {
  wb.creator = 'Gatepost';
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

export { ExcelJS };
