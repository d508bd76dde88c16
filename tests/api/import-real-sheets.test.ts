/**
 * The corpus: the spreadsheets towns really send (Office, WPS, old Excel, CSV), each through
 * households.importPreview (and the commit where it matters) on a real temp database — rows, residents
 * found, the issues by row and column code, and nothing written on a refusal.
 */
import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../electron/api/households/contract';
import { checkDigit } from '../../electron/api/shared/id-number';
import { count, withOperator } from './helpers';
import { importSheet } from './import-call';
import { b64, compoundFile, excel, rawBook } from './real-sheets';
import { zip as zipOf } from './xlsx-build';

const RELS_TO_BIN = `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`;

import { id } from './sheets';

async function setup() {
  const o = await withOperator();
  // 1栋: two units, rooms 101–602 in each; 2栋: one unit, rooms 101–602.
  for (const [name, unitsCount] of [
    ['1栋', 2],
    ['2栋', 1],
  ] as const) {
    const r = await o.call('buildings.add', { name, floors: 6, unitsCount, roomsPerFloor: 2 });
    if (!r.ok) throw new Error(r.error.message);
  }
  return o;
}

type Call = Awaited<ReturnType<typeof setup>>['call'];

async function preview(call: Call, fileName: string, dataBase64: string): Promise<ImportPreview> {
  const r = await importSheet(call, { fileName, dataBase64 });
  if (!r.ok) throw new Error(`${fileName}: ${r.error.message}`);
  return r.value as ImportPreview;
}

async function refused(call: Call, fileName: string, dataBase64: string): Promise<string> {
  const r = await importSheet(call, { fileName, dataBase64 });
  if (r.ok) throw new Error(`${fileName} was read`);
  expect(r.error.code).toBe('VALIDATION');
  return r.error.message;
}

const issues = (p: ImportPreview) => p.errors.map((e) => `${e.row}:${e.column}:${e.code}`);
const residents = (db: Awaited<ReturnType<typeof setup>>['db']) =>
  db.$client
    .prepare(
      `SELECT b.name AS building, h.unit, h.room, r.name, r.id_number AS idNumber, r.birth_date AS birthDate, r.phone
       FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
       ORDER BY r.id`,
    )
    .all() as {
    building: string;
    unit: string;
    room: string;
    name: string;
    idNumber: string | null;
    birthDate: string | null;
    phone: string;
  }[];

const ID = (n: number, birth = '1985-03-12') => id(birth, String(100 + n).padStart(3, '0'));

describe('the header as offices lay it out', () => {
  it('a merged title row, a unit/date line, then a header with line breaks, spaces, full-width brackets and stars', async () => {
    const { call, db } = await setup();
    const data = await excel((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['金南苑小区住户信息登记表']);
      ws.mergeCells('A1:H1');
      ws.addRow(['填报单位：金南社区居委会', '', '', '', '填报日期：2026年11月28日']);
      ws.addRow([
        '*楼 栋',
        '单元\n号',
        '房号（室）',
        '姓名\n(必填)',
        ' 性别 ',
        '出生日期\r\n（年月日）',
        '身份证号码（18位）*',
        '联系电话',
      ]);
      ws.addRow(['2栋', '', '101', '王建华', '男', '1985-03-12', ID(1), '13800000001']);
      ws.addRow(['2栋', '', '101', '李丽', '女', '', ID(2, '1987-07-01'), '']);
    });
    const p = await preview(call, '金南苑.xlsx', data);
    expect(p).toMatchObject({ headerRow: 3, rows: 2, invalidRows: 0, residents: { new: 2 } });
    expect(p.columns).toEqual([
      'building',
      'unit',
      'room',
      'name',
      'gender',
      'birthDate',
      'idNumber',
      'phone',
    ]);
    expect(count(db, 'residents')).toBe(0);
  });

  it('two header rows: a group header merged over its sub-headers, the others merged down', async () => {
    const { call } = await setup();
    const data = await excel((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['金南苑小区住户信息登记表']);
      ws.mergeCells('A1:G1');
      ws.addRow(['楼栋', '单元', '房号', '住户信息', '', '', '']);
      ws.addRow(['', '', '', '姓名', '性别', '身份证号', '联系电话']);
      for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}2:${c}3`);
      ws.mergeCells('D2:G2');
      ws.addRow(['2栋', '', 201, '赵强', '男', ID(3), 13900000003]);
    });
    const p = await preview(call, 'two-rows.xlsx', data);
    expect(p).toMatchObject({ headerRow: 3, rows: 1, invalidRows: 0, residents: { new: 1 } });
    expect(p.columns).toEqual(['building', 'unit', 'room', 'name', 'gender', 'idNumber', 'phone']);
  });
  it('the header under a dozen lines of instructions, in the words town forms use (公民身份号码, 室号, 手机)', async () => {
    const { call } = await setup();
    const data = await excel((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['金南苑小区住户信息登记表']);
      for (let i = 1; i <= 12; i++) ws.addRow([`${i}. 填表说明第 ${i} 条`]);
      ws.addRow(['序号', '楼栋', '室号', '姓名', '公民身份号码', '手机']);
      ws.addRow([1, '2栋', '101', '王建华', ID(1), '13800000001']);
    });
    const p = await preview(call, 'notes.xlsx', data);
    expect(p).toMatchObject({ headerRow: 14, rows: 1, invalidRows: 0, residents: { new: 1 } });
    expect(p.columns).toEqual(['building', 'room', 'name', 'idNumber', 'phone']);
    expect(p.ignoredColumns).toEqual(['序号']);
  });
});

describe('where the data sits in the workbook', () => {
  it('skips a cover sheet, a hidden old list and an empty sheet; reads the visible list', async () => {
    const { call } = await setup();
    const header = ['楼栋', '房号', '姓名', '身份证号'];
    const data = rawBook([
      {
        name: '填表说明',
        rows: [['填表说明'], ['1. 每位居民一行，姓名、楼栋、房号必填'], ['2. 身份证号请设为文本格式']],
      },
      { name: '旧名单', state: 'hidden', rows: [header, ['2栋', '101', '旧住户', ID(9)]] },
      { name: 'Sheet3', rows: [] },
      { name: '住户名单', rows: [header, ['2栋', '101', '王建华', ID(1)], ['2栋', '102', '李丽', ID(2)]] },
    ]);
    const p = await preview(call, 'sheets.xlsx', b64(data));
    expect(p).toMatchObject({ sheet: '住户名单', rows: 2, invalidRows: 0, residents: { new: 2 } });
  });

  it('reads a hidden sheet when it is the only one with a list', async () => {
    const { call } = await setup();
    const data = rawBook([
      { name: '封面', rows: [['金南苑小区住户信息登记表']] },
      {
        name: '数据',
        state: 'veryHidden',
        rows: [
          ['楼栋', '房号', '姓名'],
          ['2栋', '101', '王建华'],
        ],
      },
    ]);
    expect(await preview(call, 'hidden.xlsx', b64(data))).toMatchObject({ sheet: '数据', rows: 1 });
  });
});

describe('numbers stored as numbers, rooms and units written every way', () => {
  it('rooms and phones as numbers, 3-301, 3单元301, 301室, 一单元; an ID stored as a number is refused for its row', async () => {
    const { call, db } = await setup();
    const data = await excel((wb) => {
      const ws = wb.addWorksheet('住户');
      ws.addRow(['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话']);
      ws.addRow(['2栋', '', 301, '甲一', ID(1), 13800000001]);
      ws.addRow(['2栋', '', '302室', '乙二', ID(2), '']);
      ws.addRow(['1栋', '', '2-401', '丙三', '', '']);
      ws.addRow(['1栋', '', '1单元501', '丁四', '', '']);
      ws.addRow(['1栋', '一单元', '502', '戊五', '', '']);
      ws.addRow(['1栋', 2, 601, '己六', '', '']);
      ws.addRow(['1栋', '1单元', '602', '庚七', '', '']);
      ws.addRow(['2栋', '', 401, '辛八', Number('460106198503121234'), '']);
    });
    const p = await preview(call, 'numbers.xlsx', data);
    expect(issues(p)).toEqual(['9:idNumber:id_stored_as_number']);
    expect(p).toMatchObject({ rows: 8, validRows: 7, invalidRows: 1 });

    const r = await importSheet(call, {
      fileName: 'numbers.xlsx',
      dataBase64: data,
      commit: true,
      skipInvalid: true,
    });
    expect(r).toMatchObject({ ok: true, value: { committed: true, residents: { new: 7 } } });
    expect(residents(db).map((x) => `${x.building}|${x.unit}|${x.room}|${x.name}`)).toEqual([
      '2栋||301|甲一',
      '2栋||302|乙二',
      '1栋|2单元|401|丙三',
      '1栋|1单元|501|丁四',
      '1栋|1单元|502|戊五',
      '1栋|2单元|601|己六',
      '1栋|1单元|602|庚七',
    ]);
    expect(residents(db)[0]).toMatchObject({ phone: '13800000001', idNumber: ID(1) });
    expect(db.$client.prepare("SELECT count(*) FROM residents WHERE name = '辛八'").pluck().get()).toBe(0);
  });
});

describe('dates as offices type them', () => {
  it('Excel dates, serials, every common text form, a month alone; a birth date against the ID number', async () => {
    const { call, db } = await setup();
    const born = '1985-03-12';
    const forms: unknown[] = [
      new Date('1985-03-12T00:00:00Z'),
      31118,
      '1985-03-12',
      '1985/3/12',
      '1985.3.12',
      '1985年3月12日',
      '19850312',
      '1985-3-12 00:00:00',
      '1985.03',
      '1985年3月',
    ];
    const data = await excel((wb) => {
      const ws = wb.addWorksheet('住户');
      ws.addRow(['楼栋', '房号', '姓名', '出生年月', '身份证号']);
      forms.forEach((f, i) => {
        const row = ws.addRow([
          '2栋',
          String(101 + (i % 2) + 100 * Math.floor(i / 2)),
          `居民${i}`,
          f,
          ID(i, born),
        ]);
        if (f instanceof Date) row.getCell(4).numFmt = 'yyyy-mm-dd';
      });
      // A month shown without its day (the cell holds the 1st): it agrees with the ID's 12th.
      const month = ws.addRow(['2栋', '601', '月份格式', new Date('1985-03-01T00:00:00Z'), ID(20, born)]);
      month.getCell(4).numFmt = 'yyyy"年"m"月"';
      ws.addRow(['2栋', '601', '不一致', '1986-03-12', ID(21, born)]);
      ws.addRow(['2栋', '602', '只有年月', '1990.05', '']);
      ws.addRow(['2栋', '602', '无法识别', '八五年三月', '']);
      // Shown as a month but holding a whole day: the day is read.
      const whole = ws.addRow(['2栋', '602', '整日', new Date('1985-03-12T00:00:00Z'), ID(22, born)]);
      whole.getCell(4).numFmt = 'yyyy"年"m"月"';
    });
    const p = await preview(call, 'dates.xlsx', data);
    expect(issues(p)).toEqual([
      '13:birthDate:birth_date_mismatch',
      '14:birthDate:date_month_only',
      '15:birthDate:date_unrecognized',
    ]);
    expect(p).toMatchObject({ rows: 15, validRows: 12, invalidRows: 3 });
    const r = await importSheet(call, {
      fileName: 'dates.xlsx',
      dataBase64: data,
      commit: true,
      skipInvalid: true,
    });
    expect(r.ok).toBe(true);
    expect(new Set(residents(db).map((x) => x.birthDate))).toEqual(new Set([born]));
  });

  it('the 1904 date system (old Mac Excel): a dated cell and a serial both give the right day', async () => {
    const { call, db } = await setup();
    const data = rawBook(
      [
        {
          name: 'Sheet1',
          rows: [
            ['楼栋', '房号', '姓名', '出生日期'],
            ['2栋', '101', '王建华', { raw: '<v>29656</v>', attrs: 's="1"' }],
          ],
        },
      ],
      { date1904: true },
    );
    const r = await importSheet(call, { fileName: 'mac.xlsx', dataBase64: b64(data), commit: true });
    expect(r).toMatchObject({ ok: true, value: { residents: { new: 1 }, invalidRows: 0 } });
    expect(residents(db)[0]).toMatchObject({ birthDate: '1985-03-12' });
  });
});

/** A valid ID number whose check character is X. */
function idWithX(): string {
  for (let n = 100; n < 999; n++) {
    const body = `46010619900101${n}`;
    if (checkDigit(body) === 'X') return `${body}X`;
  }
  throw new Error('no X');
}
const wide = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('ID numbers as people type them', () => {
  it('a lower-case x, full-width digits, spaces inside, a leading apostrophe: read; a 15-digit old number, typed or kept as a number: refused asking for the 18-digit one', async () => {
    const { call, db } = await setup();
    const x = idWithX();
    const data = await excel((wb) => {
      const ws = wb.addWorksheet('住户');
      ws.addRow(['楼栋', '房号', '姓名', '身份证号']);
      ws.addRow(['2栋', '101', '小写', x.toLowerCase()]);
      ws.addRow(['2栋', '101', '全角', wide(ID(2))]);
      ws.addRow(['2栋', '102', '空格', `${ID(3).slice(0, 6)} ${ID(3).slice(6, 14)} ${ID(3).slice(14)}`]);
      ws.addRow(['2栋', '102', '撇号', `'${ID(4)}`]);
      ws.addRow(['2栋', '201', '旧号', '460106850312123']);
      ws.addRow(['2栋', '201', '旧号数字', 460106850312125]);
      ws.addRow(['2栋', '202', '科学计数', '4.60103E+17']);
    });
    const p = await preview(call, 'ids.xlsx', data);
    expect(issues(p)).toEqual([
      '6:idNumber:id_old_15',
      '7:idNumber:id_old_15',
      '8:idNumber:id_stored_as_number',
    ]);
    expect(p.errors[0]?.params ?? {}).toEqual({});
    const r = await importSheet(call, {
      fileName: 'ids.xlsx',
      dataBase64: data,
      commit: true,
      skipInvalid: true,
    });
    expect(r).toMatchObject({ ok: true, value: { residents: { new: 4 } } });
    expect(residents(db).map((x) => x.idNumber)).toEqual([x, ID(2), ID(3), ID(4)]);
  });
});

describe('what Excel and WPS write inside the sheet', () => {
  it('formulas (plain and shared) by their cached values, rich text, hyperlinks, styled empty cells, a building merged down, 小计/合计 rows, blank rows, a million-row dimension', async () => {
    const { call, db } = await setup();
    const shared = (i: number) => ({ raw: `<v>${i}</v>`, attrs: 't="s"' });
    const rich = (...parts: string[]) => ({
      raw: `<is>${parts.map((t) => `<r><rPr><b/></rPr><t>${t}</t></r>`).join('')}</is>`,
      attrs: 't="inlineStr"',
    });
    const styled = { raw: '', attrs: 's="4"' };
    const blankRow = [styled, styled, styled, styled, styled, styled];
    const tail = Array.from({ length: 3000 }, (_, i) => `<row r="${i + 20}" s="4" customFormat="1"/>`).join(
      '',
    );
    const data = rawBook(
      [
        {
          name: 'Sheet1',
          dimension: 'A1:Z1048576',
          rows: [
            [0, 1, 2, 3, 4, 5].map(shared),
            [
              '2栋',
              '',
              101,
              rich('王', '建华'),
              { raw: `<f>TRIM(" ${ID(1)} ")</f><v>${ID(1)}</v>`, attrs: 't="str"' },
              13800000001,
            ],
            [null, '', { raw: '<f t="shared" ref="C3:C4" si="0">C2+1</f><v>102</v>' }, '李丽', '', ''],
            [null, '', { raw: '<f t="shared" si="0"/><v>201</v>' }, '赵强', '', ''],
            blankRow,
            ['小计', null, null, '3人', '', ''],
            blankRow,
            ['1栋', '1单元', 201, '孙梅', '', { raw: '<v>13900000004</v>', attrs: 's="4"' }],
            [null, '2单元', 201, '周杰', '', ''],
            ['合计：5人', null, null, null, '', ''],
          ],
          tailRows: `${tail}<row r="1048576"><c r="Z1048576" s="4"/></row>`,
          merges: ['A2:A5', 'A8:A9', 'A10:D10'],
          after: '<hyperlinks><hyperlink ref="F2" r:id="rId1"/></hyperlinks>',
        },
      ],
      { strings: ['楼栋', '单元', '房号', '姓名', '身份证号', '联系电话'] },
    );
    const p = await preview(call, 'wps.xlsx', b64(data));
    expect(issues(p)).toEqual([]);
    expect(p).toMatchObject({ rows: 5, invalidRows: 0, residents: { new: 5 } });
    const r = await importSheet(call, { fileName: 'wps.xlsx', dataBase64: b64(data), commit: true });
    expect(r).toMatchObject({ ok: true, value: { committed: true } });
    expect(residents(db).map((x) => `${x.building}|${x.unit}|${x.room}|${x.name}|${x.phone}`)).toEqual([
      '2栋||101|王建华|13800000001',
      '2栋||102|李丽|',
      '2栋||201|赵强|',
      '1栋|1单元|201|孙梅|13900000004',
      '1栋|2单元|201|周杰|',
    ]);
    expect(residents(db)[0]?.idNumber).toBe(ID(1));
  });
});

describe('CSV as Excel and WPS save it', () => {
  it('UTF-8 with a BOM: quoted line breaks and commas, a leading apostrophe, an ID in E-notation refused for its row', async () => {
    const { call, db } = await setup();
    const csv = `\ufeff楼栋,房号,姓名,身份证号,联系电话,备注\r\n2栋,101,王建华,'${ID(1)},'13800000001,"腿脚不便,\r\n需送药上门"\r\n2栋,102,"李 丽",4.60106E+17,,\r\n`;
    const p = await preview(call, 'utf8.csv', Buffer.from(csv).toString('base64'));
    expect(issues(p)).toEqual(['3:idNumber:id_stored_as_number']);
    const r = await importSheet(call, {
      fileName: 'utf8.csv',
      dataBase64: Buffer.from(csv).toString('base64'),
      commit: true,
      skipInvalid: true,
    });
    expect(r.ok).toBe(true);
    expect(residents(db)).toMatchObject([{ name: '王建华', idNumber: ID(1), phone: '13800000001' }]);
    expect(db.$client.prepare('SELECT notes FROM residents').pluck().get()).toBe('腿脚不便, 需送药上门');
  });

  it('semicolon-separated (Excel in a European locale) and tab-separated UTF-16 ("Unicode text") are read too', async () => {
    const { call } = await setup();
    const semi = `楼栋;房号;姓名;备注\n2栋;101;王建华;"3;4 楼之间"\n`;
    expect(await preview(call, 'semi.csv', Buffer.from(semi).toString('base64'))).toMatchObject({
      rows: 1,
      invalidRows: 0,
      residents: { new: 1 },
    });
    const tab = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('楼栋\t房号\t姓名\r\n2栋\t101\t王建华\r\n', 'utf16le'),
    ]);
    expect(await preview(call, '名单.txt', tab.toString('base64'))).toMatchObject({
      rows: 1,
      residents: { new: 1 },
    });
  });
});

describe('files the import cannot read: refused with what to save them as, nothing written', () => {
  it('an .xls, a WPS .et, a password-protected .xlsx, an .ods, an .xlsb, a web page named .xls, an empty file, a truncated .xlsx', async () => {
    const { call, db } = await setup();
    const good = await excel((wb) => {
      const ws = wb.addWorksheet('住户');
      ws.addRow(['楼栋', '房号', '姓名']);
      for (let i = 0; i < 200; i++) ws.addRow(['2栋', '101', `居民${i}`]);
    });
    const truncated = Buffer.from(good, 'base64');
    const cases: [string, Buffer, RegExp][] = [
      ['旧表.xls', compoundFile(['Workbook', '\u0005SummaryInformation']), /旧版 \.xls.*另存为.*\.xlsx/],
      ['名单.et', compoundFile(['Workbook', 'WpsCustomData']), /\.et.*另存为.*\.xlsx/],
      ['加密.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']), /设置了密码.*取消密码/],
      [
        '名单.ods',
        zipOf({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }),
        /\.ods.*另存为.*\.xlsx/,
      ],
      ['名单.xlsb', zipOf({ '_rels/.rels': RELS_TO_BIN, 'xl/workbook.bin': 'x' }), /\.xlsb.*另存为.*\.xlsx/],
      [
        '导出.xls',
        Buffer.from('<html><body><table><tr><td>楼栋</td></tr></table></body></html>'),
        /网页.*另存为.*\.xlsx/,
      ],
      ['空.xlsx', Buffer.alloc(0), /文件是空的/],
      ['半截.xlsx', truncated.subarray(0, Math.floor(truncated.length / 2)), /已损坏/],
    ];
    const households = count(db, 'households');
    for (const [name, buf, words] of cases) {
      const message = await refused(call, name, buf.toString('base64'));
      expect(message, name).toMatch(words);
    }
    expect(count(db, 'residents')).toBe(0);
    expect(count(db, 'households')).toBe(households);
  });
});
