/**
 * The spreadsheets towns, streets and community offices really send, made for the import's corpus
 * (import-real-sheets.test.ts): with exceljs where it writes what Office does, and as raw XML zipped
 * where it cannot write what WPS or old Excel writes (hidden sheets, the 1904 system, shared formulas,
 * a dimension of a million rows, merges over data, password-protected and binary files).
 */
import ExcelJS from 'exceljs';
import { zip } from './xlsx-build';

export const b64 = (b: Buffer | ArrayBuffer): string => Buffer.from(b as ArrayBuffer).toString('base64');

export async function excel(fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  fill(wb);
  return b64(await wb.xlsx.writeBuffer());
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A cell as written in sheet XML: inline text, a number, or the raw `<c>` body with its attributes. */
export type RawCell = string | number | null | { raw: string; attrs?: string };
export type RawSheet = {
  name: string;
  state?: 'hidden' | 'veryHidden';
  rows: RawCell[][];
  /** Rows r="…" start here (1-based), to leave room above. */
  merges?: string[];
  dimension?: string;
  /** Extra XML after sheetData's rows (e.g. thousands of styled empty rows), inside sheetData. */
  tailRows?: string;
  /** Extra XML after sheetData (hyperlinks …), before mergeCells as Excel orders them. */
  after?: string;
};

const col = (i: number) => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function sheetXml(s: RawSheet): string {
  const rows = s.rows.map((cells, r) => {
    const parts = cells.map((c, i) => {
      const ref = `${col(i)}${r + 1}`;
      if (c === null) return '';
      if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
      if (typeof c === 'string') return `<c r="${ref}" t="inlineStr"><is><t>${esc(c)}</t></is></c>`;
      return `<c r="${ref}"${c.attrs ? ` ${c.attrs}` : ''}>${c.raw}</c>`;
    });
    return `<row r="${r + 1}">${parts.join('')}</row>`;
  });
  const merges = s.merges?.length
    ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const dim = s.dimension ? `<dimension ref="${s.dimension}"/>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS} xmlns:r="${REL}">${dim}<sheetData>${rows.join('')}${s.tailRows ?? ''}</sheetData>${merges}${s.after ?? ''}</worksheet>`;
}

/**
 * A workbook of raw sheets. Styles: 0 general, 1 yyyy-mm-dd, 2 text (@), 3 yyyy"年"m"月" (a month,
 * no day), 4 a border only.
 */
export function rawBook(sheets: RawSheet[], opts: { date1904?: boolean; strings?: string[] } = {}): Buffer {
  const files: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${NS} xmlns:r="${REL}">${opts.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'}<sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 10}"/>`,
      )
      .join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="${PKG}">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 10}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="165"/><xf numFmtId="49"/><xf numFmtId="164"/><xf numFmtId="0" borderId="1"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${NS}>${(opts.strings ?? []).map((s) => `<si><t>${esc(s)}</t></si>`).join('')}</sst>`,
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(s);
  });
  return zip(files);
}

/**
 * A Compound File (CFB / OLE2) as Excel writes a password-protected .xlsx, or as an .xls / .et is:
 * the header's magic and a directory naming its streams (UTF-16LE). Enough for a reader to tell them
 * apart; no real workbook inside.
 */
export function compoundFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  const dir = Buffer.alloc(128 * Math.max(4, streams.length + 1));
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = i * 128;
    dir.write(name, at, 'utf16le');
    dir.writeUInt16LE((name.length + 1) * 2, at + 64);
    dir[at + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, dir, Buffer.alloc(4096)]);
}
