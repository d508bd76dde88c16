import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { count } from './helpers';
import { type StockPost, stockPost } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** A delivery note as Excel writes it: a title row, the header, then the rows. */
async function note(header: string[], rows: (string | number | Date | null)[][], title = true) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('送货单');
  if (title) ws.addRow(['城西镇 物资送货单']);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const buf = await wb.xlsx.writeBuffer();
  return Buffer.from(buf as ArrayBuffer).toString('base64');
}

const ZH = ['物品', '单位', '批号', '有效期', '数量'];

/** The ready rows as `stock.receive` lines: exactly what was previewed. */
const linesOf = (
  rows: { itemId: string; qty: number; lotId: string | null; lotCode: string; expiresOn: string | null }[],
) =>
  rows.map((r) => ({
    itemId: r.itemId,
    qty: r.qty,
    ...(r.lotId ? { lotId: r.lotId } : { lotCode: r.lotCode, expiresOn: r.expiresOn }),
  }));

const written = (p: StockPost) => ({
  tx: count(p.db, 'stock_tx'),
  lines: count(p.db, 'stock_lines'),
  lots: count(p.db, 'stock_lots'),
  balances: count(p.db, 'stock_balances'),
});

describe('a delivery note from a sheet: preview, then commit through stock.receive (issue 12)', () => {
  it('checks every row against the catalogue with codes by row and column, and writes nothing', async () => {
    const p = await stockPost();
    const before = written(p);
    const audits = count(p.db, 'audit_log');
    const dataBase64 = await note(ZH, [
      ['口罩', '个', 'M-01', new Date('2027-06-30T00:00:00Z'), 1000],
      ['消毒液', '瓶', '', '', 20],
      ['口罩', '个', 'M-02', '2027-07-01', -3],
      ['酒精', '瓶', 'A-01', '下周', 12],
      ['大米', '袋', 'R-1', '', 5],
      ['酒精', '箱', 'A-02', '2027/1/5', 2],
      ['', '', '', '', 7],
      ['大米', '袋', '', '', '30'],
    ]);
    const out = must(await p.call('stock.receivePreview', { fileName: '送货单.xlsx', dataBase64 }));
    expect(out.read).toBe(8);
    expect(out.issues.map((i) => [i.row, i.column, i.code, i.params])).toEqual([
      [4, 'item', 'note_item_unknown', { item: '消毒液' }],
      [5, 'qty', 'note_qty_bad', { value: '-3' }],
      [6, 'expiry', 'note_expiry_bad', { value: '下周' }],
      [7, 'lot', 'note_lot_not_tracked', { item: '大米' }],
      [8, 'unit', 'note_unit_mismatch', { unit: '箱', expected: '瓶' }],
      [9, 'item', 'note_item_missing', undefined],
    ]);
    // Only the rows with no issue are ready; Chinese names come back as the catalogue has them.
    expect(out.rows.map((r) => [r.row, r.item, r.unit, r.lotCode, r.expiresOn, r.qty])).toEqual([
      [3, '口罩', '个', 'M-01', '2027-06-30', 1000],
      [10, '大米', '袋', '', null, 30],
    ]);
    expect(out.total).toBe(1030);
    expect(written(p)).toEqual(before);
    expect(count(p.db, 'audit_log')).toBe(audits);
  });

  it('receives exactly the previewed rows; a lot received before is reused, a different expiry is flagged', async () => {
    const p = await stockPost();
    const first = must(
      await p.call('stock.receivePreview', {
        fileName: 'note.xlsx',
        dataBase64: await note(
          ['Item', 'Unit', 'Lot', 'Expiry', 'Quantity'],
          [
            ['口罩', '个', 'M-01', '2027-06-30', 500],
            ['酒精', '', 'A-01', '2026.12.5', 24],
            ['大米', '袋', null, null, 40],
          ],
          false,
        ),
      }),
    );
    expect(first.issues).toEqual([]);
    must(
      await p.call('stock.receive', {
        source: 'town',
        sourceName: '城西镇',
        note: 'note.xlsx',
        lines: linesOf(first.rows),
      }),
    );
    const onHand = Object.fromEntries(must(await p.call('stock.items', {})).map((i) => [i.name, i.onHand]));
    expect(onHand).toEqual({ 口罩: 500, 酒精: 24, 大米: 40 });
    const lots = p.db.$client.prepare('SELECT code, expires_on FROM stock_lots ORDER BY code').all();
    expect(lots).toEqual([
      { code: 'A-01', expires_on: '2026-12-05' },
      { code: 'M-01', expires_on: '2027-06-30' },
    ]);

    const again = must(
      await p.call('stock.receivePreview', {
        fileName: 'note2.xlsx',
        dataBase64: await note(ZH, [
          ['口罩', '个', 'M-01', '2027-06-30', 100],
          ['酒精', '瓶', 'A-01', '2027-01-01', 6],
        ]),
      }),
    );
    expect(again.issues.map((i) => [i.row, i.code, i.params])).toEqual([
      [4, 'note_lot_expiry_differs', { lot: 'A-01', expiresOn: '2026-12-05' }],
    ]);
    const masksLot = p.db.$client.prepare("SELECT id FROM stock_lots WHERE code = 'M-01'").pluck().get();
    expect(again.rows).toMatchObject([{ row: 3, lotId: masksLot, qty: 100 }]);
    must(await p.call('stock.receive', { source: 'donor', lines: linesOf(again.rows) }));
    expect(count(p.db, 'stock_lots')).toBe(2);
    const balance = p.db.$client
      .prepare('SELECT qty FROM stock_balances WHERE lot_id = ?')
      .pluck()
      .get(masksLot);
    expect(balance).toBe(600);
  });

  it('refuses a sheet without the header, an empty note, and an old .xls, with codes', async () => {
    const p = await stockPost();
    const noHeader = await p.call('stock.receivePreview', {
      fileName: 'x.xlsx',
      dataBase64: await note(['名字', '件数'], [['口罩', 3]]),
    });
    expect(!noHeader.ok && noHeader.error.reason).toEqual({
      code: 'note_header_not_found',
      params: { file: 'x.xlsx' },
    });
    const empty = await p.call('stock.receivePreview', {
      fileName: 'e.xlsx',
      dataBase64: await note(ZH, []),
    });
    expect(!empty.ok && empty.error.reason?.code).toBe('note_empty');
    const xls = await p.call('stock.receivePreview', {
      fileName: 'old.xls',
      dataBase64: Buffer.from('d0cf11e0a1b11ae1', 'hex').toString('base64'),
    });
    expect(!xls.ok && xls.error.reason?.code).toBe('xls_unsupported');
    const csv = must(
      await p.call('stock.receivePreview', {
        fileName: 'note.csv',
        dataBase64: Buffer.from('\ufeff物品,数量\n大米,12\n').toString('base64'),
      }),
    );
    expect(csv.rows.map((r) => [r.item, r.qty])).toEqual([['大米', 12]]);
  });

  it('the template has the header in the screen language and the catalogue beside it', async () => {
    const p = await stockPost();
    for (const [lang, head, sheet] of [
      ['zh-CN', ['物品', '单位', '批号', '有效期', '数量'], '物品目录'],
      ['en', ['Item', 'Unit', 'Lot', 'Expiry', 'Quantity'], 'Catalogue'],
    ] as const) {
      const t = must(await p.call('stock.receiveTemplate', { lang }));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(t.dataBase64, 'base64') as unknown as ExcelJS.Buffer);
      expect(((wb.worksheets[0]?.getRow(1).values ?? []) as unknown[]).slice(1)).toEqual(head);
      expect(wb.worksheets[1]?.name).toBe(sheet);
      expect(wb.worksheets[1]?.rowCount).toBe(4);
      // The template reads back as a note: the header is found, and it has no rows yet.
      const back = await p.call('stock.receivePreview', { fileName: t.fileName, dataBase64: t.dataBase64 });
      expect(!back.ok && back.error.reason?.code).toBe('note_empty');
    }
  });
});
