/**
 * Issue 12: a hotel guest's need (alcohol, a thermometer, masks) met by an issue from stock, in the
 * same transaction as the need's handling; the need shows what was given; reopening the need (a
 * handling by mistake) reverses the issue, or says why not.
 */
import { describe, expect, it } from 'vitest';
import { count } from './helpers';
import { kept, rebuilt, type StockPost, stockPost } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

const onHand = (p: StockPost, itemId: string) =>
  (
    p.db.$client
      .prepare('SELECT coalesce(sum(qty), 0) AS n FROM stock_balances WHERE item_id = ?')
      .get(itemId) as { n: number }
  ).n;

async function guestNeeds(p: StockPost) {
  must(
    await p.call('stock.receive', {
      source: 'town',
      lines: [
        { itemId: p.masks, qty: 50, lotCode: 'M1', expiresOn: '2027-06-01' },
        { itemId: p.alcohol, qty: 6, lotCode: 'A1', expiresOn: '2027-01-01' },
      ],
    }),
  );
  p.db.$client.exec("UPDATE returnees SET check_json = '[]'");
  const { ids } = must(
    await p.call('hotels.addNeed', { returneeId: p.guestId, kinds: ['masks', 'alcohol'] }),
  );
  return ids as [number, number];
}

describe('a hotel need met from stock', () => {
  it('issues to the guest with the handling: the balance goes down and the need shows what was given', async () => {
    const p = await stockPost();
    const [masksNeed] = await guestNeeds(p);
    const handled = must(
      await p.call('hotels.handleNeed', {
        needId: masksNeed,
        done: 'delivered',
        note: '送到房间',
        give: {
          place: { kind: 'store' },
          lines: [
            { itemId: p.masks, qty: 10 },
            { itemId: p.alcohol, qty: 1 },
          ],
        },
      }),
    );
    expect(handled.stockTxId).toEqual(expect.any(String));
    expect(onHand(p, p.masks)).toBe(40);
    expect(onHand(p, p.alcohol)).toBe(5);
    // The issue names the guest as its counterparty.
    const ledger = must(await p.call('stock.ledger', { kind: 'issue' }));
    expect(ledger.rows[0]).toMatchObject({
      id: handled.stockTxId,
      counterpartyKind: 'hotel_guest',
      counterpartyId: p.guestId,
      counterpartyName: '李四',
    });
    const file = must(await p.call('returnees.get', { id: p.guestId }));
    const need = file.needs.find((n) => n.id === masksNeed);
    expect(need?.handledDone).toBe('delivered');
    expect(need?.given).toEqual([
      { itemId: p.masks, item: '口罩', unit: '个', qty: 10 },
      { itemId: p.alcohol, item: '酒精', unit: '瓶', qty: 1 },
    ]);
    // One audit row for the whole handling, naming what was given.
    const audit = p.db.$client
      .prepare(
        "SELECT summary_code AS code, summary_params AS params FROM audit_log WHERE method = 'hotels.handleNeed'",
      )
      .all() as { code: string; params: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]?.code).toBe('audit_need_given');
    expect(JSON.parse(audit[0]?.params ?? '{}')).toMatchObject({ given: '口罩 10 个, 酒精 1 瓶' });
    expect(kept(p.db)).toEqual(rebuilt(p.db));
  });

  it('refuses the whole handling when the stock is short: the need stays open, nothing is issued', async () => {
    const p = await stockPost();
    const [masksNeed] = await guestNeeds(p);
    const r = await p.call('hotels.handleNeed', {
      needId: masksNeed,
      done: 'delivered',
      give: { lines: [{ itemId: p.masks, qty: 51 }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.reason.code).toBe('stock_short');
      expect(JSON.stringify(r.error.issues)).toContain('give');
    }
    expect(onHand(p, p.masks)).toBe(50);
    expect(count(p.db, 'care_events')).toBe(0);
    const file = must(await p.call('returnees.get', { id: p.guestId }));
    expect(file.needs.every((n) => n.handledAt === null)).toBe(true);
    // Giving from stock means the need was delivered.
    const wrong = await p.call('hotels.handleNeed', {
      needId: masksNeed,
      done: 'unavailable',
      give: { lines: [{ itemId: p.masks, qty: 1 }] },
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatchObject({ reason: { code: 'need_give_not_delivered' } });
  });

  it('reopening the need reverses the issue (balance back); when the issue was reversed already, says so', async () => {
    const p = await stockPost();
    const [masksNeed, alcoholNeed] = await guestNeeds(p);
    const first = must(
      await p.call('hotels.handleNeed', {
        needId: masksNeed,
        done: 'delivered',
        give: { lines: [{ itemId: p.masks, qty: 10 }] },
      }),
    );
    const reopened = must(await p.call('hotels.reopenNeed', { needId: masksNeed, reason: '记错了人' }));
    expect(reopened.notReversed).toBeNull();
    expect(onHand(p, p.masks)).toBe(50);
    const reversal = must(await p.call('stock.ledger', { kind: 'reversal' })).rows[0];
    expect(reversal).toMatchObject({ id: reopened.reversal, reverses: first.stockTxId, note: '记错了人' });
    const file = must(await p.call('returnees.get', { id: p.guestId }));
    expect(file.needs.find((n) => n.id === masksNeed)).toMatchObject({ handledAt: null, given: [] });

    // The alcohol's issue is reversed in the ledger first; reopening the need then says why it does not.
    const second = must(
      await p.call('hotels.handleNeed', {
        needId: alcoholNeed,
        done: 'delivered',
        give: { place: { kind: 'store' }, lines: [{ itemId: p.alcohol, qty: 2 }] },
      }),
    );
    must(await p.call('stock.reverse', { txId: second.stockTxId ?? '', reason: '退回库房' }));
    const again = must(await p.call('hotels.reopenNeed', { needId: alcoholNeed, reason: '其实没送' }));
    expect(again).toMatchObject({ reversal: null, notReversed: { code: 'need_issue_reversed_already' } });
    expect(onHand(p, p.alcohol)).toBe(6);
    expect(kept(p.db)).toEqual(rebuilt(p.db));
  });

  it('a need handled without stock stays as before: no issue, nothing given', async () => {
    const p = await stockPost();
    const [masksNeed] = await guestNeeds(p);
    const r = must(await p.call('hotels.handleNeed', { needId: masksNeed, done: 'arranged' }));
    expect(r.stockTxId).toBeNull();
    expect(count(p.db, 'stock_tx')).toBe(1);
    const back = must(await p.call('hotels.reopenNeed', { needId: masksNeed, reason: '误点' }));
    expect(back).toMatchObject({ reversal: null, notReversed: null });
  });
});
