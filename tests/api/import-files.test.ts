/** The import reads what people actually have: the template, CSV (UTF-8 or GBK), and says plainly what it cannot read. */
import { describe, expect, it } from 'vitest';
import { withOperator } from './helpers';
import { importSheet } from './import-call';
import { id, readBack, sheet } from './sheets';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

async function setup() {
  const o = await withOperator();
  const r = await o.call('buildings.add', { name: '1栋', floors: 6, unitsCount: 1, roomsPerFloor: 2 });
  if (!r.ok) throw new Error(r.error.message);
  return o;
}

const A = id('1985-03-12', '123');

describe('the files an import reads', () => {
  it('refuses files it cannot read with a clear message', async () => {
    const { call } = await setup();
    const xls = Buffer.from('d0cf11e0a1b11ae1000000', 'hex').toString('base64');
    expect(await importSheet(call, { fileName: 'old.xls', dataBase64: xls })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('.xls') },
    });
    const noHeader = await sheet([['x']], { headers: ['名字', '电话'] });
    expect(await importSheet(call, { fileName: 'n.xlsx', dataBase64: noHeader })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('找不到表头') },
    });
    const csv = Buffer.from(`\ufeff楼栋,房号,姓名,身份证号\n1栋,101,王建华,${A}\n`).toString('base64');
    expect(await importSheet(call, { fileName: 'x.csv', dataBase64: csv })).toMatchObject({
      ok: true,
      value: { residents: { new: 1 } },
    });
  });

  it('gives a template whose headers import as they are', async () => {
    const { call } = await setup();
    const t = await call('households.template', {});
    if (!t.ok) throw new Error(t.error.message);
    const r = await importSheet(call, { fileName: t.value.fileName, dataBase64: t.value.dataBase64 });
    expect(r).toMatchObject({ ok: true, value: { rows: 0, invalidRows: 0, headerRow: 1 } });
    expect(r.ok && r.value.columns).toContain('idNumber');
  });

  it('gives the template in English when asked; filled in English, it imports as the Chinese one does', async () => {
    const { call, db } = await setup();
    const t = await call('households.template', { lang: 'en' });
    if (!t.ok) throw new Error(t.error.message);
    expect(t.value.fileName).not.toMatch(CJK);
    const wb = await readBack(t.value.dataBase64);
    const ws = wb.worksheets[0];
    if (!ws) throw new Error('no sheet');
    expect(ws.name).not.toMatch(CJK);
    const head = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const hints = (ws.getRow(2).values as unknown[]).slice(1).map(String);
    expect(head.slice(0, 4)).toEqual(['Building', 'Unit', 'Room', 'Name']);
    expect(hints).toContain('Householder / Spouse / Child …');
    for (const text of [...head, ...hints]) expect(text).not.toMatch(CJK);
    // Filled in English below its hint row: the words of the hints are what the import reads.
    ws.addRow([
      '1',
      '',
      '101',
      'Wang Jianhua',
      'M',
      '',
      A,
      '13800000000',
      'Householder',
      'In hotel',
      'Pregnant, Regular medicine',
      '',
    ]);
    ws.addRow(['1', '', '101', 'Li Mei', 'F', '1988-05-01', '', '', 'spouse', 'In compound', '', '']);
    const filled = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');
    const r = await importSheet(call, { fileName: t.value.fileName, dataBase64: filled, commit: true });
    expect(r).toMatchObject({ ok: true, value: { committed: true, invalidRows: 0, residents: { new: 2 } } });
    const rows = db.$client
      .prepare(
        'SELECT name, relation, presence, pregnant, regular_medicine AS med FROM residents ORDER BY id',
      )
      .all();
    expect(rows).toEqual([
      { name: 'Wang Jianhua', relation: '户主', presence: 'in_hotel', pregnant: 1, med: 1 },
      { name: 'Li Mei', relation: '配偶', presence: 'in_compound', pregnant: 0, med: 0 },
    ]);
    // 户主 (typed as Householder) names the household's householder, as in a Chinese sheet.
    expect(
      db.$client.prepare("SELECT householder_name FROM households WHERE room = '101'").pluck().get(),
    ).toBe('Wang Jianhua');
  });

  it('reads a CSV saved as GBK by Chinese Excel or WPS', async () => {
    const { call } = await setup();
    const csv = gbk(`楼栋,房号,姓名,身份证号\r\n1栋,101,王建华,${A}\r\n`);
    expect(csv.includes(Buffer.from('楼', 'utf8'))).toBe(false);
    const r = await importSheet(call, { fileName: '名单.csv', dataBase64: csv.toString('base64') });
    expect(r).toMatchObject({ ok: true, value: { residents: { new: 1 }, invalidRows: 0 } });
  });
});

/** A tiny GBK encoder for tests: finds each character's two bytes through the platform's decoder. */
function gbk(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const ch = decoder.decode(Uint8Array.from([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  return Buffer.from(
    [...text].flatMap((c) => (c.charCodeAt(0) < 0x80 ? [c.charCodeAt(0)] : (table.get(c) ?? []))),
  );
}
