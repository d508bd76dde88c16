/**
 * The roster workbook is worded in the language the screen asks for (issue 9: in English nothing
 * made by the program shows Chinese): title, column heads, weekdays, the phones block, the file name.
 * Names, posts and shift names are data and stay as typed.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { api, freshDb } from './helpers';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

async function post() {
  const { db, host } = freshDb();
  const op = await api(db, host)('team.save', { name: 'Huang', role: 'assigned_cadre', canOperate: true });
  if (!op.ok) throw new Error(op.error.message);
  const call = api(db, host, op.value.id);
  for (let i = 0; i < 4; i++)
    await call('team.save', { name: `Guard ${i + 1}`, phone: `1380000000${i}`, role: 'police_officer' });
  await call('posts.save', {
    name: 'North gate',
    templates: [{ name: 'Day', start: '08:00', hours: 12, headcount: 1, requirements: [] }],
  });
  const g = await call('roster.generate', { from: '2026-11-30', days: 7 });
  if (!g.ok) throw new Error(g.error.message);
  return call;
}

async function cells(base64: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(base64, 'base64') as unknown as ExcelJS.Buffer);
  const out: string[] = [];
  for (const ws of wb.worksheets) {
    out.push(ws.name);
    ws.eachRow((row) => {
      row.eachCell((c) => {
        out.push(String(c.value ?? ''));
      });
    });
  }
  return out;
}

describe('the roster workbook', () => {
  it('is worded in English when asked, with no Chinese but the data', async () => {
    const call = await post();
    const en = await call('roster.exportXlsx', { from: '2026-11-30', days: 7, lang: 'en' });
    if (!en.ok) throw new Error(en.error.message);
    expect(en.value.fileName).toBe('roster-2026-11-30-to-2026-12-06.xlsx');
    const text = await cells(en.value.dataBase64);
    expect(text.filter((t) => CJK.test(t))).toEqual([]);
    expect(text).toContain('North gate gate roster (2026-11-30 to 2026-12-06)');
    expect(text).toEqual(expect.arrayContaining(['Shift', '11/30 Mon', '12/06 Sun', 'Day 08:00 (12 h)']));
    expect(text).toContain('Phones of the staff on duty');
  });

  it('is Chinese by default, as before', async () => {
    const call = await post();
    const zh = await call('roster.exportXlsx', { from: '2026-11-30', days: 7 });
    if (!zh.ok) throw new Error(zh.error.message);
    expect(zh.value.fileName).toBe('排班表-2026-11-30至2026-12-06.xlsx');
    const text = await cells(zh.value.dataBase64);
    expect(text).toEqual(expect.arrayContaining(['班次', '11/30 周一', '值班人员电话']));
  });
});
