/**
 * A streaming .xlsx reader: unzip + SAX, one sheet at a time, handing cells to a SheetSink that
 * keeps only the columns the header names. Memory stays bounded by what is kept, not by how big
 * or how wide the sheet claims to be.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { refuse } from '../errors';
import { type Cell, type CellSink, columnIndex } from './sheet-sink';
import { entryChunks, entryText, listZip, readEntryText, type ZipEntry } from './zip';

/** Inflated size bounds: a 400,000-row sheet is well under these; a zip bomb is not. */
export const MAX_SHEET_XML = 1024 * 1024 * 1024;
const MAX_STRINGS_XML = 256 * 1024 * 1024;
const MAX_SHARED_STRINGS = 3_000_000;
const MAX_SMALL_XML = 32 * 1024 * 1024;

export type XlsxSheet = { name: string; open: (sink: CellSink) => Promise<void> };
export type XlsxOptions = { chunkSize?: number };

/** Run saxes over text, calling `on` for tags and text; `text` is raw character data. */
function sax(
  onOpen: (tag: SaxesTagPlain) => void,
  onClose: (name: string) => void,
  onText: (text: string) => void,
): SaxesParser {
  const p = new SaxesParser();
  p.on('opentag', onOpen);
  p.on('closetag', (t) => onClose(t.name));
  p.on('text', onText);
  p.on('cdata', onText);
  p.on('error', (e) => {
    throw refuse('VALIDATION', {
      code: 'xlsx_unparseable',
      params: { detail: e.message.split('\n')[0] ?? '' },
    });
  });
  return p;
}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function parseSmall(text: string, onOpen: (tag: SaxesTagPlain) => void): void {
  sax(
    onOpen,
    () => undefined,
    () => undefined,
  )
    .write(text)
    .close();
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

function rels(
  buf: Buffer,
  zip: Map<string, ZipEntry>,
  of: string,
): { id: string; type: string; target: string }[] {
  const path = `${of
    .split('/')
    .slice(0, -1)
    .concat('_rels', `${of.split('/').pop()}.rels`)
    .join('/')}`.replace(/^\//, '');
  const e = zip.get(path);
  if (!e) return [];
  const out: { id: string; type: string; target: string }[] = [];
  parseSmall(readEntryText(buf, e, MAX_SMALL_XML), (t) => {
    if (local(t.name) === 'Relationship')
      out.push({
        id: t.attributes.Id ?? '',
        type: t.attributes.Type ?? '',
        target: resolveTarget(of, t.attributes.Target ?? ''),
      });
  });
  return out;
}

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A number format shows a date if, outside quotes and brackets, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare =
    code
      .replace(/"[^"]*"/g, '')
      .replace(/\[[^\]]*\]/g, '')
      .replace(/\\./g, '')
      .split(';')[0] ?? '';
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** Which cell styles (the `s` index) show dates. */
function dateStyles(text: string): Set<number> {
  const custom = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  const p = sax(
    (t) => {
      const n = local(t.name);
      if (n === 'numFmt') custom.set(Number(t.attributes.numFmtId), t.attributes.formatCode ?? '');
      else if (n === 'cellXfs') inCellXfs = true;
      else if (n === 'xf' && inCellXfs) xfs.push(Number(t.attributes.numFmtId ?? 0));
    },
    (name) => {
      if (local(name) === 'cellXfs') inCellXfs = false;
    },
    () => undefined,
  );
  p.write(text).close();
  const out = new Set<number>();
  xfs.forEach((id, i) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) out.add(i);
  });
  return out;
}

/** Shared strings: plain or rich text; phonetic guides (rPh) are left out. */
async function sharedStrings(buf: Buffer, e: ZipEntry, chunkSize: number): Promise<string[]> {
  const out: string[] = [];
  let inSi = false;
  let inT = false;
  let inPhonetic = 0;
  let cur = '';
  const p = sax(
    (t) => {
      const n = local(t.name);
      if (n === 'si') {
        inSi = true;
        cur = '';
      } else if (n === 'rPh') inPhonetic++;
      else if (n === 't') inT = true;
    },
    (name) => {
      const n = local(name);
      if (n === 'si') {
        if (out.length >= MAX_SHARED_STRINGS) throw refuse('VALIDATION', { code: 'xlsx_too_many_strings' });
        out.push(cur);
        inSi = false;
      } else if (n === 'rPh') inPhonetic--;
      else if (n === 't') inT = false;
    },
    (text) => {
      if (inSi && inT && inPhonetic === 0) cur += text;
    },
  );
  for await (const chunk of entryText(buf, e, MAX_STRINGS_XML, chunkSize)) p.write(chunk);
  p.close();
  return out;
}

/** The sheets of a workbook in their order, each readable into a sink. */
export async function openXlsx(buf: Buffer, opts: XlsxOptions = {}): Promise<XlsxSheet[]> {
  const chunkSize = opts.chunkSize ?? 64 * 1024;
  const zip = listZip(buf);
  const main =
    rels(buf, zip, '').find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const wbEntry = zip.get(main);
  if (!wbEntry) throw refuse('VALIDATION', { code: 'xlsx_no_workbook' });
  const wbRels = rels(buf, zip, main);
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  parseSmall(readEntryText(buf, wbEntry, MAX_SMALL_XML), (t) => {
    const n = local(t.name);
    if (n === 'sheet') sheets.push({ name: t.attributes.name ?? '', rid: t.attributes['r:id'] ?? '' });
    if (n === 'workbookPr') date1904 = ['1', 'true'].includes(t.attributes.date1904 ?? '');
  });
  const find = (suffix: string) => wbRels.find((r) => r.type.endsWith(suffix))?.target;
  const stylesEntry = zip.get(find('/styles') ?? 'xl/styles.xml');
  const dates = stylesEntry ? dateStyles(readEntryText(buf, stylesEntry, MAX_SMALL_XML)) : new Set<number>();
  const stringsEntry = zip.get(find('/sharedStrings') ?? 'xl/sharedStrings.xml');
  let strings: string[] | null = null;
  const epoch = date1904 ? 24107 : 25569;
  return sheets.flatMap(({ name, rid }) => {
    const target = wbRels.find((r) => r.id === rid)?.target;
    const entry = target ? zip.get(target) : undefined;
    if (!entry) return [];
    const open = async (sink: CellSink) => {
      strings ??= stringsEntry ? await sharedStrings(buf, stringsEntry, chunkSize) : [];
      sink.expectedRows = await countRows(buf, entry, chunkSize);
      await readSheetXml(buf, entry, sink, { strings, dates, epoch, chunkSize });
    };
    return [{ name, open }];
  });
}

/**
 * How many rows the sheet has, for an honest progress total: one quick pass over the inflated
 * bytes counting `<row` tags (writers often leave out or misstate the dimension).
 */
async function countRows(buf: Buffer, e: ZipEntry, chunkSize: number): Promise<number> {
  const tag = Buffer.from('<row');
  let n = 0;
  let carry = Buffer.alloc(0);
  for await (const chunk of entryChunks(buf, e, MAX_SHEET_XML, chunkSize)) {
    const b = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let i = b.indexOf(tag);
    while (i >= 0 && i + 4 < b.length) {
      const next = b[i + 4];
      if (next === 0x20 || next === 0x3e || next === 0x2f) n++;
      i = b.indexOf(tag, i + 4);
    }
    carry = Buffer.from(b.subarray(Math.max(0, b.length - 4)));
  }
  return n;
}

type SheetEnv = { strings: string[]; dates: Set<number>; epoch: number; chunkSize: number };

async function readSheetXml(buf: Buffer, e: ZipEntry, sink: CellSink, env: SheetEnv): Promise<void> {
  let col = -1;
  let type = 'n';
  let style = 0;
  let skip = true;
  let inV = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  let text = '';
  const value = (): Cell => {
    if (type === 's') return env.strings[Number(text)] ?? null;
    if (type === 'inlineStr' || type === 'str') return text;
    if (type === 'b') return text.trim() === '1' ? '是' : '否';
    if (type === 'e') return null;
    if (text.trim() === '') return null;
    if (type === 'd') {
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? text : d;
    }
    const n = Number(text);
    if (!Number.isFinite(n)) return text;
    return env.dates.has(style) ? new Date(Math.round((n - env.epoch) * 86_400_000)) : n;
  };
  const p = sax(
    (t) => {
      const n = local(t.name);
      if (n === 'c') {
        const ref = t.attributes.r;
        const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
        col = letters ? columnIndex(letters) : col + 1;
        type = t.attributes.t ?? 'n';
        style = Number(t.attributes.s ?? 0);
        skip = !sink.wants(col);
        text = '';
      } else if (n === 'row') {
        const r = Number(t.attributes.r);
        sink.startRow(Number.isInteger(r) && r > 0 ? r : undefined);
        col = -1;
      } else if (skip) return;
      else if (n === 'v') inV = true;
      else if (n === 'is') inIs = true;
      else if (n === 't') inT = true;
      else if (n === 'rPh') phonetic++;
    },
    (name) => {
      const n = local(name);
      if (n === 'c') {
        if (!skip) sink.cell(col, value());
        skip = true;
      } else if (n === 'v') inV = false;
      else if (n === 'is') inIs = false;
      else if (n === 't') inT = false;
      else if (n === 'rPh') phonetic--;
    },
    (chunk) => {
      if (skip) return;
      if (inV || (inIs && inT && phonetic === 0)) text += chunk;
    },
  );
  for await (const chunk of entryText(buf, e, MAX_SHEET_XML, env.chunkSize)) {
    p.write(chunk);
    if (sink.done) return;
  }
  p.close();
}
