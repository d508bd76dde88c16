/** Read the first sheet that has a registry header (.xlsx or .csv), keeping only the named columns. */
import type { Ctx } from '../context';
import { ApiError, refuse } from '../errors';
import { decodeCsv, readCsv } from './csv-reader';
import { type RowStream, type SheetData, SheetSink } from './sheet-sink';
import { openXlsx, type XlsxOptions } from './xlsx-reader';

export type { SheetData } from './sheet-sink';

const PARSE_REPORT_EVERY = 500;

/** Delimited text: .csv, or .txt / .tsv as Excel saves "Unicode text". */
const DELIMITED = /\.(csv|txt|tsv)$/i;

/**
 * What a sheet may be that the import cannot read, each refused saying what to save it as: a
 * Compound File (an .xls, a WPS .et, or an .xlsx with a password, which Excel wraps in one), or a
 * web page or XML table named .xls (what many systems export).
 */
function refuseOtherFormats(fileName: string, buf: Buffer, isZip: boolean): void {
  if (buf.subarray(0, 4).toString('hex') === 'd0cf11e0') {
    if (buf.indexOf(Buffer.from('EncryptedPackage', 'utf16le')) >= 0)
      throw refuse('VALIDATION', { code: 'xlsx_encrypted' });
    if (/\.et$/i.test(fileName)) throw refuse('VALIDATION', { code: 'et_unsupported' });
    throw refuse('VALIDATION', { code: 'xls_unsupported' });
  }
  if (isZip || DELIMITED.test(fileName)) return;
  const start = buf
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .trimStart();
  if (start.startsWith('<'))
    throw refuse('VALIDATION', { code: 'xls_is_web_page', params: { file: fileName } });
}

export async function readSheet(
  fileName: string,
  data: string | Buffer,
  progress: Ctx['progress'] = () => undefined,
  opts: XlsxOptions = {},
  stream?: RowStream,
): Promise<SheetData> {
  progress('read');
  const buf = typeof data === 'string' ? Buffer.from(data, 'base64') : data;
  if (buf.length === 0) throw refuse('VALIDATION', { code: 'file_empty' });
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b;
  refuseOtherFormats(fileName, buf, isZip);
  const sinkFor = (name: string) => {
    let last = 0;
    const sink = new SheetSink(
      name,
      (row) => {
        if (row - last >= PARSE_REPORT_EVERY) {
          last = row;
          progress('parse', row, Math.max(sink.expectedRows, row));
        }
      },
      stream,
    );
    return sink;
  };
  const done = (s: SheetData): SheetData => {
    const last = Math.max(s.lastRow, s.headerRow);
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
    } else if (DELIMITED.test(fileName)) {
      first = 'csv';
      const sink = sinkFor('csv');
      await readCsv(decodeCsv(buf), sink);
      const read = sink.finish();
      if (read) return done(read);
    } else throw refuse('VALIDATION', { code: 'file_unrecognized', params: { file: fileName } });
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw refuse('VALIDATION', {
      code: 'file_unreadable',
      params: { file: fileName, detail: (e as Error).message },
    });
  }
  throw refuse('VALIDATION', { code: 'header_not_found', params: { file: fileName, sheet: first ?? '' } });
}
