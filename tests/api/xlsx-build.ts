/** A tiny .xlsx writer for tests: hand-written sheet XML (rich text, inline strings, odd cells) zipped as Excel does. */
import { crc32, deflateRawSync } from 'node:zlib';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Zip entries (deflated) into one archive. */
export function zip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const packed = deflateRawSync(data);
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBuf.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, packed);
    central.push(dir, nameBuf);
    offset += head.length + nameBuf.length + packed.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export type XCell =
  | string
  | number
  | null
  | { s: number }
  | { inline: string }
  | { rich: string[] }
  | { formula: string; result: string | number }
  | { date: number }
  | { bool: boolean };

/** A workbook of one sheet; strings go to the shared table (a dated number uses style 1, yyyy-mm-dd). */
export function workbook(
  rows: XCell[][],
  opts: { sheet?: string; extra?: (row: number) => string } = {},
): Buffer {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (s: string) => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(`<si><t xml:space="preserve">${esc(s)}</t></si>`);
      index.set(s, i);
    }
    return i;
  };
  const col = (i: number) => {
    let s = '';
    for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const body: string[] = [];
  rows.forEach((cells, r) => {
    const parts = cells.map((c, i) => {
      const ref = `${col(i)}${r + 1}`;
      if (c === null) return '';
      if (typeof c === 'string') return `<c r="${ref}" t="s"><v>${shared(c)}</v></c>`;
      if (typeof c === 'number') return `<c r="${ref}"><v>${c}</v></c>`;
      if ('s' in c) return `<c r="${ref}" s="${c.s}"/>`;
      if ('inline' in c) return `<c r="${ref}" t="inlineStr"><is><t>${esc(c.inline)}</t></is></c>`;
      if ('rich' in c) {
        const i = strings.length;
        strings.push(
          `<si>${c.rich.map((t) => `<r><rPr><b/></rPr><t xml:space="preserve">${esc(t)}</t></r>`).join('')}<rPh sb="0" eb="1"><t>PINYIN</t></rPh></si>`,
        );
        return `<c r="${ref}" t="s"><v>${i}</v></c>`;
      }
      if ('formula' in c)
        return typeof c.result === 'number'
          ? `<c r="${ref}"><f>${esc(c.formula)}</f><v>${c.result}</v></c>`
          : `<c r="${ref}" t="str"><f>${esc(c.formula)}</f><v>${esc(c.result)}</v></c>`;
      if ('date' in c) return `<c r="${ref}" s="1"><v>${c.date}</v></c>`;
      return `<c r="${ref}" t="b"><v>${c.bool ? 1 : 0}</v></c>`;
    });
    body.push(`<row r="${r + 1}">${parts.join('')}${opts.extra?.(r + 1) ?? ''}</row>`);
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zip({
    '[Content_Types].xml': `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="${esc(opts.sheet ?? '住户')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0"?><styleSheet ${ns}><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49"/></cellXfs></styleSheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0"?><sst ${ns}>${strings.join('')}</sst>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0"?><worksheet ${ns}><sheetData>${body.join('')}</sheetData></worksheet>`,
  });
}
