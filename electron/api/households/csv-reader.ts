/** CSV (RFC 4180: quotes, doubled quotes, line breaks inside quotes) into a SheetSink, every cell as text. */
import { yieldToLoop } from '../jobs/store';
import type { CellSink } from './sheet-sink';

/** UTF-8 (with or without BOM), else GB18030/GBK — what Chinese Excel and WPS save a CSV as. */
export function decodeCsv(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(buf);
  }
}

export async function readCsv(text: string, sink: CellSink): Promise<void> {
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
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        value = out + text.slice(i, j);
        i = j;
      } else {
        let j = i;
        while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
        value = text.slice(i, j);
        i = j;
      }
      if (sink.wants(col)) sink.cell(col, value);
      col++;
      if (i < n && text[i] === ',') {
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
