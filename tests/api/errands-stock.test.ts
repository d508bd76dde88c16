/** An errand's line met from the post's store (issue 13): delivered, it is an issue in the stock ledger. */
import { describe, expect, it } from 'vitest';
import { errandsPost } from './errands-setup';
import { count } from './helpers';
import { kept, rebuilt } from './stock-setup';

describe('errands: lines met from stock', () => {
  it('delivering issues the lines that name an item to the household, in the same transaction; short is refused', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const item = await p.call('stock.saveItem', { name: '大米', unit: '袋', category: 'food' });
    if (!item.ok) throw new Error(item.error.message);
    const rice = item.value.id;
    expect((await p.call('stock.receive', { source: 'town', lines: [{ itemId: rice, qty: 5 }] })).ok).toBe(
      true,
    );
    const e = await p.add(1, {
      lines: [
        { what: '大米', qty: 2, itemId: rice },
        { what: '酱油', qty: 1 },
      ],
    });
    const big = await p.add(1, { lines: [{ what: '大米', qty: 9, itemId: rice }] });
    const txBefore = count(p.db, 'stock_tx');
    // More than the store holds: refused, and the errand is not delivered.
    const short = await p.call('errands.step', { id: big.id, from: 'assigned', step: 'delivered' });
    expect(short).toMatchObject({ ok: false, error: { reason: { code: 'stock_short' } } });
    expect(count(p.db, 'stock_tx')).toBe(txBefore);
    expect(p.db.$client.prepare('SELECT state FROM errands WHERE id = ?').get(big.id)).toEqual({
      state: 'assigned',
    });
    expect(
      (await p.call('errands.step', { id: e.id, from: 'assigned', step: 'bought', amountFen: 1_200 })).ok,
    ).toBe(true);
    const delivered = await p.call('errands.step', {
      id: e.id,
      from: 'bought',
      step: 'delivered',
      deliveredTo: '本人',
    });
    expect(delivered.ok).toBe(true);
    const got = await p.call('errands.get', { id: e.id });
    if (!got.ok) throw new Error(got.error.message);
    const txId = got.value.lines[0]?.stockTxId;
    expect(txId).toBeTruthy();
    expect(got.value.lines.map((l) => [l.what, l.itemId, l.stockTxId])).toEqual([
      ['大米', rice, txId],
      ['酱油', null, null],
    ]);
    // The ledger moved: one issue of 2 bags from the store to 1栋 101.
    const tx = p.db.$client
      .prepare(
        'SELECT kind, counterparty_kind AS ck, counterparty_id AS cid, note FROM stock_tx WHERE id = ?',
      )
      .get(txId);
    expect(tx).toEqual({ kind: 'issue', ck: 'household', cid: 1, note: 'E-0001' });
    expect(
      p.db.$client.prepare('SELECT item_id AS itemId, qty FROM stock_lines WHERE tx_id = ?').all(txId),
    ).toEqual([{ itemId: rice, qty: -2 }]);
    const balances = await p.call('stock.balances', {});
    if (!balances.ok) throw new Error(balances.error.message);
    expect(balances.value.map((b) => [b.item, b.place.kind, b.qty])).toEqual([['大米', 'store', 3]]);
    expect(kept(p.db)).toEqual(rebuilt(p.db));
  });
});
