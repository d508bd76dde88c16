/** CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes) into a SheetSink, every cell as text. */
import { yieldToLoop } from '../jobs/store';
import type { CellSink } from './sheet-sink';

/**
 * UTF-8 (with or without BOM), else GB18030/GBK — what Chinese Excel and WPS save a CSV as; UTF-16
 * with its BOM (Excel's "Unicode text").
 */
export function decodeCsv(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

/**
 * The separator of delimited text: a comma (Chinese Excel and WPS), a semicolon (Excel in a European
 * locale) or a tab (Excel's "Unicode text"), whichever the first lines hold most of; a comma on a tie.
 */
export function csvSeparator(text: string): string {
  const head = text.slice(0, 8192).split(/\r?\n/, 10).join('\n');
  let best = ',';
  let most = 0;
  for (const sep of [',', ';', '\t']) {
    const n = head.split(sep).length - 1;
    if (n > most) {
      best = sep;
      most = n;
    }
  }
  return best;
}

export async function readCsv(text: string, sink: CellSink, sep = csvSeparator(text)): Promise<void> {
  const n = text.length;
  let i = 0;
  let row = 0;
  while (i < n && !sink.done) {
    sink.startRow(++row);
    let col = 0;
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        let out = '';
        let from = ++i;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) {
            out += text.slice(from);
            i = n;
            break;
          }
          out += text.slice(from, q);
          if (text.charCodeAt(q + 1) === 34) {
            out += '"';
            from = q + 2;
          } else {
            i = q + 1;
            break;
          }
        }
        // Anything between the closing quote and the separator is kept, as spreadsheets do.
        let j = i;
        while (j < n && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++;
        value = out + text.slice(i, j);
        i = j;
      } else {
        let j = i;
        while (j < n && text[j] !== sep && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      if (sink.wants(col)) sink.cell(col, value);
      col++;
      if (i < n && text[i] === sep) {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      break;
    }
    if (row % 5000 === 0) await yieldToLoop();
  }
}
