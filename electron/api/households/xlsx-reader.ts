/**
 * A streaming .xlsx reader: unzip + a tag scanner (xlsx-xml.ts), one sheet at a time, handing cells
 * to a SheetSink that keeps only the columns the header names. Memory stays bounded by what is kept,
 * not by how big or how wide the sheet claims to be.
 */
import { refuse } from '../errors';
import { type Cell, type CellSink, columnIndex } from './sheet-sink';
import { MAX_SHEET_XML, type Merge, MergeFill, scanSheet } from './xlsx-scan';
import { dateStyles } from './xlsx-styles';
import { local, sax, type XmlTag } from './xlsx-xml';
import { entryText, listZip, readEntryText, type ZipEntry } from './zip';

/** Inflated size bounds: a 400,000-row sheet is well under these; a zip bomb is not. */
const MAX_STRINGS_XML = 256 * 1024 * 1024;
const MAX_SHARED_STRINGS = 3_000_000;
const MAX_SMALL_XML = 32 * 1024 * 1024;

export type XlsxSheet = { name: string; open: (sink: CellSink) => Promise<void> };
export type XlsxOptions = { chunkSize?: number };

function parseSmall(text: string, onOpen: (tag: XmlTag) => void): void {
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
  if (main.endsWith('.bin') || zip.has('xl/workbook.bin'))
    throw refuse('VALIDATION', { code: 'xlsb_unsupported' });
  if (!wbEntry && (zip.has('content.xml') || zip.has('mimetype')))
    throw refuse('VALIDATION', { code: 'ods_unsupported' });
  if (!wbEntry) throw refuse('VALIDATION', { code: 'xlsx_no_workbook' });
  const wbRels = rels(buf, zip, main);
  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  parseSmall(readEntryText(buf, wbEntry, MAX_SMALL_XML), (t) => {
    const n = local(t.name);
    if (n === 'sheet')
      sheets.push({
        name: t.attributes.name ?? '',
        rid: t.attributes['r:id'] ?? '',
        hidden: ['hidden', 'veryHidden'].includes(t.attributes.state ?? ''),
      });
    if (n === 'workbookPr') date1904 = ['1', 'true'].includes(t.attributes.date1904 ?? '');
  });
  const find = (suffix: string) => wbRels.find((r) => r.type.endsWith(suffix))?.target;
  const stylesEntry = zip.get(find('/styles') ?? 'xl/styles.xml');
  const { dates, months } = stylesEntry
    ? dateStyles(readEntryText(buf, stylesEntry, MAX_SMALL_XML))
    : { dates: new Set<number>(), months: new Set<number>() };
  const stringsEntry = zip.get(find('/sharedStrings') ?? 'xl/sharedStrings.xml');
  let strings: string[] | null = null;
  const epoch = date1904 ? 24107 : 25569;
  // The sheets a person sees come first: a hidden one (an old list, a lookup table) only if none has a list.
  const seen = [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)];
  return seen.flatMap(({ name, rid }) => {
    const target = wbRels.find((r) => r.id === rid)?.target;
    const entry = target ? zip.get(target) : undefined;
    if (!entry) return [];
    const open = async (sink: CellSink) => {
      strings ??= stringsEntry ? await sharedStrings(buf, stringsEntry, chunkSize) : [];
      const { rows, merges } = await scanSheet(buf, entry, chunkSize);
      sink.expectedRows = rows;
      await readSheetXml(buf, entry, sink, { strings, dates, months, epoch, chunkSize, merges });
    };
    return [{ name, open }];
  });
}

type SheetEnv = {
  strings: string[];
  dates: Set<number>;
  /** Date styles that show no day: such a cell reads as the month the sheet shows (1985-03). */
  months: Set<number>;
  epoch: number;
  chunkSize: number;
  merges: Merge[];
};

async function readSheetXml(buf: Buffer, e: ZipEntry, sink: CellSink, env: SheetEnv): Promise<void> {
  const fill = env.merges.length ? new MergeFill(env.merges, sink) : null;
  let rowNo = 0;
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
    if (!env.dates.has(style)) return n;
    const d = new Date(Math.round((n - env.epoch) * 86_400_000));
    // Shown as a month and holding its 1st: typed as a month (1985-03). Another day was typed whole.
    return env.months.has(style) && d.getUTCDate() === 1 ? d.toISOString().slice(0, 7) : d;
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
        skip = !sink.wants(col) && !fill?.isTopLeft(rowNo, col);
        text = '';
      } else if (n === 'row') {
        const r = Number(t.attributes.r);
        fill?.endRow(rowNo);
        rowNo = Number.isInteger(r) && r > rowNo ? r : rowNo + 1;
        sink.startRow(rowNo);
        fill?.startRow(rowNo);
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
        if (!skip) {
          const v = value();
          fill?.value(rowNo, col, v);
          sink.cell(col, v);
        }
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
  fill?.endRow(rowNo);
}
