/** Issue 15: the daily report's workbook, A4 portrait, in the asked language, as signed. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { takeExport } from './helpers';
import { reportPost } from './reports-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

async function sheetText(p: Awaited<ReturnType<typeof reportPost>>, f: { file: string }) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(takeExport(p.host, f), 'base64') as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0];
  const rows: string[] = [];
  ws?.eachRow((r) => {
    rows.push(
      (r.values as unknown[])
        .slice(1)
        .map((v) => (v === null || v === undefined ? '' : String(v)))
        .join('|'),
    );
  });
  return { ws, rows };
}

describe('reports.exportXlsx', () => {
  it('writes the signed version as signed (not the data now), in Chinese and in English', async () => {
    const p = await reportPost();
    must(await p.call('reports.sign', { day: '2026-11-28', basedOn: 0, incidents: '无', notes: '' }));
    p.db.$client.exec(`INSERT INTO gate_log (post_id, at, direction, kind, who, fever, recorded_by)
      VALUES (1, '2026-11-28T01:55:00.000Z', 'in', 'other', 'h', 0, 'x')`);
    const zh = must(await p.call('reports.exportXlsx', { day: '2026-11-28' }));
    expect(zh.fileName).toBe('日报-2026-11-28-v1.xlsx');
    const { ws, rows } = await sheetText(p, zh);
    expect(ws?.pageSetup.orientation).toBe('portrait');
    expect(ws?.pageSetup.paperSize).toBe(9);
    expect(rows[0]?.split('|')[0]).toBe('小区封控管理日报');
    expect(rows).toContain('  进入人次|3|—|5');
    expect(rows).toContain('  酒店在住：椰林酒店|0|1|2');
    expect(rows).toContain('  医生处置：转发热门诊|0|—|1');
    expect(rows.some((r) => r.startsWith('签发人: 林晓梅'))).toBe(true);

    const en = must(await p.call('reports.exportXlsx', { day: '2026-11-28', lang: 'en' }));
    const e = await sheetText(p, en);
    expect(e.rows).toContain('  Entries|3|—|5');
    // Program words in English; only data (the post's, a hotel's, an item's names) stays as typed.
    expect(e.rows.join('\n')).not.toMatch(/日报|进入|草稿|签发/);
    // A day with none signed exports its draft, marked as such.
    const draft = must(await p.call('reports.exportXlsx', { day: '2026-11-27' }));
    const d = await sheetText(p, draft);
    expect(d.rows[1]).toContain('草稿（未签发）');
  });
});
