/** Read the first sheet that has a registry header (.xlsx or .csv), keeping only the named columns. */
import type { Ctx } from '../context';
import { ApiError } from '../errors';
import { decodeCsv, readCsv } from './csv-reader';
import { type SheetData, SheetSink } from './sheet-sink';
import { openXlsx, type XlsxOptions } from './xlsx-reader';

export type { SheetData } from './sheet-sink';

const PARSE_REPORT_EVERY = 500;

export async function readSheet(
  fileName: string,
  data: string | Buffer,
  progress: Ctx['progress'] = () => undefined,
  opts: XlsxOptions = {},
): Promise<SheetData> {
  progress('read');
  const buf = typeof data === 'string' ? Buffer.from(data, 'base64') : data;
  if (buf.length === 0) throw new ApiError('VALIDATION', '文件是空的');
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b;
  const isOle = buf.subarray(0, 4).toString('hex') === 'd0cf11e0';
  if (isOle)
    throw new ApiError('VALIDATION', '不支持旧版 .xls 格式：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入');
  const sinkFor = (name: string) => {
    let last = 0;
    const sink = new SheetSink(name, (row) => {
      if (row - last >= PARSE_REPORT_EVERY) {
        last = row;
        progress('parse', row, Math.max(sink.expectedRows, row));
      }
    });
    return sink;
  };
  const done = (s: SheetData): SheetData => {
    const last = s.rows.at(-1)?.row ?? s.headerRow;
    progress('parse', last, last);
    return s;
  };
  let first: string | null = null;
  try {
    if (isZip) {
      for (const sheet of await openXlsx(buf, opts)) {
        first ??= sheet.name;
        const sink = sinkFor(sheet.name);
        await sheet.open(sink);
        const read = sink.finish();
        if (read) return done(read);
      }
    } else if (/\.csv$/i.test(fileName)) {
      first = 'csv';
      const sink = sinkFor('csv');
      await readCsv(decodeCsv(buf), sink);
      const read = sink.finish();
      if (read) return done(read);
    } else throw new ApiError('VALIDATION', `无法识别文件“${fileName}”：请导入 .xlsx 或 .csv 表格`);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw new ApiError('VALIDATION', `无法读取文件“${fileName}”，可能已损坏：${(e as Error).message}`);
  }
  throw new ApiError(
    'VALIDATION',
    `在“${fileName}”${first ? `的工作表“${first}”` : ''}中找不到表头：需要有“楼栋”“房号”“姓名”三列（可下载模板对照）`,
  );
}
