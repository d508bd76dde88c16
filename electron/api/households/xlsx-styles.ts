/** Which cells of a workbook hold dates: its number formats and cell styles (xl/styles.xml). */
import { local, sax } from './xlsx-xml';

const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format's first section with what it only prints (quoted text, [colours], escaped characters) left out. */
const bareFormat = (code: string): string =>
  code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .split(';')[0] ?? '';

/** A number format shows a date if, outside quotes and brackets, it has d, m, y, h or s. */
export function isDateFormat(code: string): boolean {
  const bare = bareFormat(code);
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** A date format that shows the year and month but no day (yyyy"年"m"月", yyyy.mm, mmm-yy). */
export function isMonthFormat(code: string): boolean {
  const bare = bareFormat(code).toLowerCase();
  return /y/.test(bare) && /m/.test(bare) && !/[dhs]/.test(bare);
}

/** Which cell styles (the `s` index) show dates, and which of them a month without its day. */
export function dateStyles(text: string): { dates: Set<number>; months: Set<number> } {
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
  const dates = new Set<number>();
  const months = new Set<number>();
  xfs.forEach((id, i) => {
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILTIN_DATE_FORMATS.has(id)) dates.add(i);
    if (code !== undefined ? isMonthFormat(code) : id === 17) months.add(i);
  });
  return { dates, months };
}
