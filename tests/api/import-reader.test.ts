/** The streaming sheet reader: every kind of cell Excel and WPS write, Chinese across chunk borders, and its bounds. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../electron/api/errors';
import { parseRows } from '../../electron/api/households/import-rows';
import { readSheet } from '../../electron/api/households/sheet-reader';
import { MAX_COLUMNS, MAX_DATA_ROWS } from '../../electron/api/households/sheet-sink';
import { entryChunks, listZip } from '../../electron/api/households/zip';
import { chineseName } from './sheet-gen';
import { id } from './sheets';
import { workbook, zip } from './xlsx-build';

const A = id('1985-03-12', '123');
const today = '2026-11-28';

async function refusal(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  if (!(e instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(e)}`);
  return e;
}

describe('the streaming sheet reader', () => {
  it('reads shared, inline, rich and formula strings, numbers, booleans and dated cells; leaves out phonetic guides', async () => {
    const buf = workbook([
      ['金南苑住户登记表'],
      ['楼栋', '单元', '房号', '姓名', '出生日期', '身份证号', '联系电话', '备注', '特殊情况'],
      [
        '1栋',
        { inline: '1单元' },
        101,
        { rich: ['王', '建华'] },
        { date: 31118 },
        { formula: 'TRIM(" x ")', result: A },
        13800000001,
        { bool: true },
        { inline: '孕妇&慢性病<有>' },
      ],
      [{ s: 2 }],
      ['1栋', '', { formula: '100+2', result: 102 }, '李丽', '1987/7/1', null, '', { inline: '' }, ''],
    ]);
    const sheet = await readSheet('a.xlsx', buf);
    expect(sheet).toMatchObject({ sheet: '住户', headerRow: 2 });
    expect(sheet.rows.map((r) => r.row)).toEqual([3, 5]);
    const first = sheet.rows[0]?.cells ?? [];
    // cells are in IMPORT_FIELDS order: building, unit, room, name, gender, birthDate, idNumber, phone, relation, presence, flags, notes
    expect(first.slice(0, 4)).toEqual(['1栋', '1单元', 101, '王建华']);
    expect(first[5]).toEqual(new Date('1985-03-12T00:00:00.000Z'));
    expect(first[6]).toBe(A);
    expect(first[7]).toBe(13800000001);
    expect(first[10]).toBe('孕妇&慢性病<有>');
    expect(first[11]).toBe('是');
    const parsed = parseRows(sheet, today);
    expect(parsed.issues).toEqual([]);
    expect(parsed.candidates).toMatchObject([
      {
        row: 3,
        building: '1栋',
        unit: '1单元',
        room: '101',
        name: '王建华',
        birthDate: '1985-03-12',
        idNumber: A,
      },
      { row: 5, room: '102', name: '李丽', birthDate: '1987-07-01' },
    ]);
    expect(parsed.candidates[0]?.flags).toMatchObject({ pregnant: true, chronicIllness: true });
  });

  it('keeps Chinese text whole when it falls across chunk borders (64-byte chunks, shared and inline strings)', async () => {
    const names = Array.from({ length: 3000 }, (_, i) => `${chineseName(i)}${'·'.repeat(i % 3)}`);
    const rows = [
      ['楼栋', '房号', '姓名', '备注'],
      ...names.map((n) => ['1栋', '101', n, { inline: `备注${n}` }]),
    ];
    const buf = workbook(rows as Parameters<typeof workbook>[0]);
    for (const chunkSize of [64, 97, 64 * 1024]) {
      const sheet = await readSheet('c.xlsx', buf, undefined, { chunkSize });
      expect(sheet.rows.map((r) => r.cells[3])).toEqual(names);
      expect(sheet.rows.map((r) => r.cells[11])).toEqual(names.map((n) => `备注${n}`));
    }
  });

  it('reads only the named columns: a formatted cell at XFD1 and values far to the right cost nothing', async () => {
    const buf = workbook(
      [['楼栋', '房号', '姓名', { s: 2 }], ...Array.from({ length: 50 }, () => ['1栋', '101', '王五'])],
      { extra: (r) => `<c r="XFD${r}" t="inlineStr"><is><t>远处</t></is></c>` },
    );
    // The header row itself has text at XFD1: beyond the columns a header may have.
    const e = await refusal(readSheet('wide.xlsx', buf));
    expect(e).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining(`最多读取 ${MAX_COLUMNS} 列`),
    });
    expect(e.message).toContain('XFD');
    const ok = workbook(
      [['楼栋', '房号', '姓名', { s: 2 }], ...Array.from({ length: 50 }, () => ['1栋', '101', '王五'])],
      {
        extra: (r) =>
          r > 1 ? `<c r="XFD${r}" t="inlineStr"><is><t>远处</t></is></c>` : '<c r="XFD1" s="2"/>',
      },
    );
    const sheet = await readSheet('ok.xlsx', ok);
    expect(sheet.rows).toHaveLength(50);
    expect(sheet.header).toEqual(['楼栋', '房号', '姓名']);
  });

  it(`refuses more than ${MAX_DATA_ROWS.toLocaleString('en-US')} data rows with a message that says so`, async () => {
    const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const row = '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>';
    const header = '<row><c t="s"><v>3</v></c><c t="s"><v>4</v></c><c t="s"><v>5</v></c></row>';
    const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const buf = zip({
      'xl/workbook.xml': `<workbook ${ns} xmlns:r="${rel}"><sheets><sheet name="大表" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      'xl/sharedStrings.xml': `<sst ${ns}><si><t>1栋</t></si><si><t>101</t></si><si><t>王五</t></si><si><t>楼栋</t></si><si><t>房号</t></si><si><t>姓名</t></si></sst>`,
      'xl/worksheets/sheet1.xml': `<worksheet ${ns}><sheetData>${header}${row.repeat(MAX_DATA_ROWS + 1)}</sheetData></worksheet>`,
    });
    const e = await refusal(readSheet('big.xlsx', buf));
    expect(e).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining(`超过 ${MAX_DATA_ROWS.toLocaleString('en-US')} 行`),
    });
  });

  it('stops inflating an entry past its bound (a zip bomb is refused, not expanded)', async () => {
    const buf = zip({ 'xl/worksheets/sheet1.xml': ' '.repeat(200_000) });
    const entry = listZip(buf).get('xl/worksheets/sheet1.xml');
    if (!entry) throw new Error('entry');
    const read = async () => {
      for await (const _ of entryChunks(buf, entry, 100_000, 1024)) void _;
    };
    expect(await refusal(read())).toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('解压后超过'),
    });
    expect(await refusal(readSheet('x.xlsx', Buffer.from('PK\u0003\u0004broken')))).toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('reads CSV: quotes, commas and line breaks inside quotes, a BOM, CRLF; every cell stays text', async () => {
    const csv = `\ufeff标题行\r\n楼栋,房号,姓名,身份证号,备注\r\n1栋,101,"王,建华",${A},"第一行\n第二行 ""引号"""\r\n1栋,0102,李丽,,\r\n`;
    const sheet = await readSheet('a.csv', Buffer.from(csv));
    expect(sheet.headerRow).toBe(2);
    expect(sheet.rows.map((r) => [r.row, r.cells[2], r.cells[3], r.cells[6], r.cells[11]])).toEqual([
      [3, '101', '王,建华', A, '第一行\n第二行 "引号"'],
      [4, '0102', '李丽', null, null],
    ]);
  });
});
