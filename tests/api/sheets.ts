import ExcelJS from 'exceljs';
import { checkDigit } from '../../electron/api/shared/id-number';

export function id(birth: string, seq: string): string {
  const body = `460106${birth.replaceAll('-', '')}${seq}`;
  return body + checkDigit(body);
}

/** A workbook the way a property office keeps it: a title row, odd headers, blank rows, stray spaces. */
export async function sheet(
  rows: unknown[][],
  opts: { title?: string; headers?: string[] } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  if (opts.title) ws.addRow([opts.title]);
  ws.addRow(
    opts.headers ?? [
      '楼号',
      '单元',
      '门牌号',
      '姓名',
      '性别',
      '出生年月',
      '身份证号码',
      '手机号',
      '关系',
      '备注',
    ],
  );
  for (const r of rows) ws.addRow(r);
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

export async function readBack(base64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}
