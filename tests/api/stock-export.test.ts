import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { takeExport } from './helpers';
import { type StockPost, stockPost } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

async function workbook(p: StockPost, f: { file: string }) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(takeExport(p.db, f), 'base64') as unknown as ExcelJS.Buffer);
  return wb;
}
const row = (ws: ExcelJS.Worksheet | undefined, n: number) =>
  ((ws?.getRow(n).values ?? []) as unknown[]).slice(1);

/** Masks received and issued, rice received, alcohol issued short (below zero), one issue reversed. */
async function books() {
  const p = await stockPost();
  const got = must(
    await p.call('stock.receive', {
      source: 'town',
      sourceName: '城西镇',
      lines: [
        { itemId: p.masks, qty: 200, lotCode: 'M-01', expiresOn: '2027-06-30' },
        { itemId: p.rice, qty: 20 },
      ],
    }),
  );
  const issue = must(
    await p.call('stock.issue', {
      to: { kind: 'household', id: p.householdId },
      lines: [{ itemId: p.masks, qty: 10 }],
    }),
  );
  must(
    await p.call('stock.issue', {
      to: { kind: 'runner', id: p.runnerId },
      shortReason: '实物已发出，账面未入库',
      lines: [{ itemId: p.alcohol, qty: 3 }],
    }),
  );
  must(await p.call('stock.reverse', { txId: issue.txId, reason: '发错了户' }));
  return { p, receiveId: got.txId };
}

describe('supplies workbooks through the outbox (issue 12)', () => {
  it('the ledger: one row per line, headers and values in the language asked for, filters kept', async () => {
    const { p } = await books();
    const zh = must(await p.call('stock.exportLedger', { lang: 'zh-CN' }));
    // receive 2 lines + issue 1 + short issue 1 + reversal 1
    expect(zh.rows).toBe(5);
    expect(zh.fileName).toMatch(/^物资台账-.*\.xlsx$/);
    const ws = (await workbook(p, zh)).worksheets[0];
    expect(ws?.name).toBe('台账');
    expect(ws?.rowCount).toBe(6);
    expect(row(ws, 1)).toEqual([
      '发生时间',
      '登记时间',
      '类型',
      '物品',
      '批号',
      '有效期',
      '存放点',
      '数量',
      '单位',
      '对象',
      '原因',
      '备注',
      '经办人',
      '冲销',
    ]);
    const kinds = [2, 3, 4, 5, 6].map((n) => row(ws, n)[2]);
    expect(kinds.sort()).toEqual(['入库', '入库', '发放', '发放', '冲销'].sort());
    const reversed = [2, 3, 4, 5, 6].map((n) => row(ws, n)).find((r) => r[13]?.toString().startsWith('已于'));
    expect(reversed?.slice(2, 10)).toEqual([
      '发放',
      '口罩',
      'M-01',
      '2027-06-30',
      '指挥部仓库',
      -10,
      '个',
      '住户 1栋 101 王建华',
    ]);

    const en = must(await p.call('stock.exportLedger', { lang: 'en', itemId: p.alcohol }));
    expect(en.rows).toBe(1);
    const wsEn = (await workbook(p, en)).worksheets[0];
    expect(row(wsEn, 1).slice(0, 4)).toEqual(['Happened', 'Recorded', 'Kind', 'Item']);
    expect(row(wsEn, 2).slice(2, 10)).toEqual([
      'Issue',
      '酒精',
      '',
      '',
      'Post store',
      -3,
      '瓶',
      'Runner 赵跑腿',
    ]);
    expect(row(wsEn, 2)[11]).toBe('实物已发出，账面未入库');
    const none = must(await p.call('stock.exportLedger', { lang: 'en', kind: 'count' }));
    expect(none.rows).toBe(0);
  });

  it('the balances: a negative balance stays negative with "count needed", in red; per item against its levels', async () => {
    const { p } = await books();
    for (const [lang, flag, heads, below] of [
      [
        'zh-CN',
        '账面为负，需要盘点',
        ['物品', '类别', '批号', '有效期', '存放点', '数量', '单位', '提示'],
        '低于补货线 500',
      ],
      [
        'en',
        'Below zero on the books: count needed',
        ['Item', 'Category', 'Lot', 'Expiry', 'Place', 'Quantity', 'Unit', 'Flag'],
        'Below the reorder level of 500',
      ],
    ] as const) {
      const out = must(await p.call('stock.exportBalances', { lang }));
      expect(out.rows).toBe(3);
      const wb = await workbook(p, out);
      const detail = wb.worksheets[1];
      expect(row(detail, 1)).toEqual(heads);
      const rows = [2, 3, 4].map((n) => row(detail, n));
      const alcohol = rows.find((r) => r[0] === '酒精');
      expect(alcohol?.[5]).toBe(-3);
      expect(alcohol?.[7]).toBe(flag);
      const at = rows.indexOf(alcohol as unknown[]) + 2;
      expect(detail?.getRow(at).font?.color?.argb).toBe('FFB91C1C');
      expect(rows.find((r) => r[0] === '口罩')?.[5]).toBe(200);
      const totals = wb.worksheets[0];
      const masks = [2, 3, 4].map((n) => row(totals, n)).find((r) => r[0] === '口罩');
      expect(masks?.slice(3, 7)).toEqual([200, 100, 500, 1]);
      expect(masks?.[7]).toBe(below);
    }
  });
});
