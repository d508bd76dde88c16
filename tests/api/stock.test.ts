import { describe, expect, it } from 'vitest';
import { count } from './helpers';
import { kept, rebuilt, stockPost } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('stock ledger through the router', () => {
  it('receives lots, issues to a household by FEFO (skipping the expired lot), and keeps balances in step', async () => {
    const p = await stockPost();
    const got = must(
      await p.call('stock.receive', {
        source: 'town',
        sourceName: '城西镇',
        lines: [
          { itemId: p.masks, qty: 100, lotCode: 'M-late', expiresOn: '2027-06-01' },
          { itemId: p.masks, qty: 30, lotCode: 'M-soon', expiresOn: '2026-12-02' },
          { itemId: p.masks, qty: 40, lotCode: 'M-old', expiresOn: '2026-11-20' },
          { itemId: p.rice, qty: 20 },
        ],
      }),
    );
    expect(got.lines).toHaveLength(4);
    expect(got.lines[3]).toMatchObject({ item: '大米', lotId: null, qty: 20, place: { kind: 'store' } });
    const issued = must(
      await p.call('stock.issue', {
        to: { kind: 'household', id: p.householdId },
        lines: [
          { itemId: p.masks, qty: 50 },
          { itemId: p.rice, qty: 1 },
        ],
      }),
    );
    expect(issued.lines.map((l) => [l.lotCode, l.qty])).toEqual([
      ['M-soon', -30],
      ['M-late', -20],
      [null, -1],
    ]);
    const ledger = must(await p.call('stock.ledger', { kind: 'issue' }));
    expect(ledger.rows[0]).toMatchObject({
      counterpartyKind: 'household',
      counterpartyId: 1,
      counterpartyName: '1栋 101 王建华',
      operatorName: '林晓梅',
    });
    const masks = must(await p.call('stock.balances', { itemId: p.masks }));
    expect(masks.map((b) => [b.lotCode, b.qty])).toEqual([
      ['M-old', 40],
      ['M-late', 80],
    ]);
    expect(rebuilt(p.db)).toEqual(kept(p.db));
    const audit = p.db.$client
      .prepare("SELECT summary_code AS code, area FROM audit_log WHERE method LIKE 'stock.%' ORDER BY id")
      .all();
    expect(audit.slice(-2)).toEqual([
      { code: 'audit_stock_receive', area: 'stock' },
      { code: 'audit_stock_issue', area: 'stock' },
    ]);
  });

  it('refuses an over-issue without a reason (code and numbers, nothing written); with one, goes below zero flagged count_needed', async () => {
    const p = await stockPost();
    must(
      await p.call('stock.receive', {
        source: 'donor',
        sourceName: '爱心企业',
        lines: [{ itemId: p.rice, qty: 5 }],
      }),
    );
    const before = count(p.db, 'stock_lines');
    const refused = await p.call('stock.issue', {
      to: { kind: 'hotel_guest', id: p.guestId },
      lines: [{ itemId: p.rice, qty: 8 }],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('CONFLICT');
    expect(refused.error.issues?.[0]).toMatchObject({
      path: 'lines.0.qty',
      reason: {
        code: 'stock_short',
        params: { item: '大米', unit: '袋', onHand: 5, asked: 8, placeKind: 'store' },
      },
    });
    expect(count(p.db, 'stock_lines')).toBe(before);
    const blank = await p.call('stock.issue', {
      to: { kind: 'hotel_guest', id: p.guestId },
      lines: [{ itemId: p.rice, qty: 8 }],
      shortReason: '   ',
    });
    expect(blank.ok).toBe(false);

    must(
      await p.call('stock.issue', {
        to: { kind: 'hotel_guest', id: p.guestId },
        lines: [{ itemId: p.rice, qty: 8 }],
        shortReason: '先发后补登',
      }),
    );
    const [rice] = must(await p.call('stock.balances', { itemId: p.rice }));
    expect(rice).toMatchObject({ qty: -3, flag: { code: 'count_needed' } });
    const [tx] = must(await p.call('stock.ledger', { itemId: p.rice, kind: 'issue' })).rows;
    expect(tx).toMatchObject({ short: true, note: '先发后补登', counterpartyName: '李四' });
    const cover = must(await p.call('stock.cover', {}));
    expect(cover.items.find((i) => i.itemId === p.rice)).toMatchObject({ onHand: -3, days: 0 });
  });

  it('two lines of one item in one issue cannot both pass against the same stock', async () => {
    const p = await stockPost();
    must(await p.call('stock.receive', { source: 'bought', lines: [{ itemId: p.rice, qty: 5 }] }));
    const r = await p.call('stock.issue', {
      to: { kind: 'runner', id: p.runnerId },
      lines: [
        { itemId: p.rice, qty: 3 },
        { itemId: p.rice, qty: 3 },
      ],
    });
    expect(r.ok ? null : r.error.issues?.[0]?.reason).toMatchObject({
      code: 'stock_short',
      params: { onHand: 2 },
    });
  });

  it('transfers to a gate and a runner, counts with a difference posted as an adjustment with its reason', async () => {
    const p = await stockPost();
    must(await p.call('stock.receive', { source: 'town', lines: [{ itemId: p.rice, qty: 50 }] }));
    must(
      await p.call('stock.transfer', {
        from: { kind: 'store' },
        to: { kind: 'gate', id: p.gateId },
        itemId: p.rice,
        qty: 10,
      }),
    );
    const same = await p.call('stock.transfer', {
      from: { kind: 'store' },
      to: { kind: 'store' },
      itemId: p.rice,
      qty: 1,
    });
    expect(same.ok ? null : same.error.issues?.[0]?.reason?.code).toBe('stock_same_place');
    const gate = must(await p.call('stock.balances', { place: { kind: 'gate', id: p.gateId } }));
    expect(gate).toMatchObject([{ qty: 10, place: { kind: 'gate', name: '东门' } }]);

    const noReason = await p.call('stock.count', { lines: [{ itemId: p.rice, counted: 38 }] });
    expect(noReason.ok ? null : noReason.error.issues?.[0]).toMatchObject({
      path: 'reasonCode',
      reason: { code: 'stock_count_reason_required' },
    });
    const counted = must(
      await p.call('stock.count', { reasonCode: 'lost', lines: [{ itemId: p.rice, counted: 38 }] }),
    );
    expect(counted.counted).toEqual([
      { itemId: p.rice, lotId: null, systemQty: 40, countedQty: 38, difference: -2 },
    ]);
    expect(counted.lines).toMatchObject([{ qty: -2 }]);
    const [store] = must(await p.call('stock.balances', { place: { kind: 'store' } }));
    expect(store?.qty).toBe(38);
    const [tx] = must(await p.call('stock.ledger', { kind: 'count' })).rows;
    expect(tx).toMatchObject({ reasonCode: 'lost' });
    const sheet = p.db.$client.prepare('SELECT system_qty AS s, counted_qty AS c FROM stock_counts').all();
    expect(sheet).toEqual([{ s: 40, c: 38 }]);
    // A count that agrees needs no reason and moves nothing.
    const agreed = must(await p.call('stock.count', { lines: [{ itemId: p.rice, counted: 38 }] }));
    expect(agreed.lines).toEqual([]);
  });

  it('reverses with a reason, points at what it reverses; a reversal is not reversed, nor anything twice', async () => {
    const p = await stockPost();
    const got = must(await p.call('stock.receive', { source: 'town', lines: [{ itemId: p.rice, qty: 9 }] }));
    const rev = must(await p.call('stock.reverse', { txId: got.txId, reason: '录错了' }));
    expect(rev.lines).toMatchObject([{ qty: -9 }]);
    const ledger = must(await p.call('stock.ledger', {})).rows;
    expect(ledger.find((t) => t.id === got.txId)?.reversedBy).toBe(rev.txId);
    expect(ledger.find((t) => t.id === rev.txId)).toMatchObject({
      kind: 'reversal',
      reverses: got.txId,
      note: '录错了',
    });
    const again = await p.call('stock.reverse', { txId: got.txId, reason: '再来' });
    expect(again.ok ? null : again.error.issues?.[0]?.reason?.code).toBe('stock_already_reversed');
    const back = await p.call('stock.reverse', { txId: rev.txId, reason: '撤销冲销' });
    expect(back.ok ? null : back.error.issues?.[0]?.reason?.code).toBe('stock_reverse_reversal');
    const ahead = await p.call('stock.receive', {
      source: 'town',
      happenedAt: '2026-11-28T03:00:00.000Z',
      lines: [{ itemId: p.rice, qty: 1 }],
    });
    expect(ahead.ok ? null : ahead.error.issues?.[0]).toMatchObject({
      path: 'happenedAt',
      reason: { code: 'stock_in_future' },
    });
    const noReason = await p.call('stock.reverse', { txId: got.txId, reason: ' ' });
    expect(noReason.ok ? null : noReason.error.issues?.[0]?.reason?.code).toBe('reason_required');
    // The database keeps the ledger append-only and a transaction reversed once, whatever a handler does.
    expect(() => p.db.$client.prepare('DELETE FROM stock_tx').run()).toThrow(/append-only/);
    expect(() => p.db.$client.prepare('UPDATE stock_lines SET qty = 1').run()).toThrow(/append-only/);
    expect(must(await p.call('stock.balances', {}))).toEqual([]);
  });

  it('refuses a lot of another item, a lot on an item not tracked by lot, unknown recipients; a write-off must take away', async () => {
    const p = await stockPost();
    const got = must(
      await p.call('stock.receive', {
        source: 'town',
        lines: [{ itemId: p.alcohol, qty: 5, expiresOn: '2026-12-01' }],
      }),
    );
    const lot = got.lines[0]?.lotId ?? '';
    const other = await p.call('stock.issue', {
      to: { kind: 'household', id: 1 },
      lines: [{ itemId: p.masks, qty: 1, lotId: lot }],
    });
    expect(other.ok ? null : other.error.issues?.[0]?.reason?.code).toBe('stock_lot_other_item');
    const noLots = await p.call('stock.adjust', { itemId: p.rice, lotId: lot, qty: 1, reasonCode: 'found' });
    expect(noLots.ok ? null : noLots.error.issues?.[0]?.reason?.code).toBe('stock_item_no_lots');
    const nobody = await p.call('stock.issue', {
      to: { kind: 'household', id: 99 },
      lines: [{ itemId: p.rice, qty: 1 }],
    });
    expect(nobody.ok ? null : nobody.error.issues?.[0]?.reason?.code).toBe('household_not_found');
    const up = await p.call('stock.adjust', {
      kind: 'write_off',
      itemId: p.alcohol,
      lotId: lot,
      qty: 2,
      reasonCode: 'expired',
    });
    expect(up.ok ? null : up.error.issues?.[0]?.reason?.code).toBe('write_off_negative');
    const zero = await p.call('stock.adjust', { itemId: p.alcohol, qty: 0, reasonCode: 'found' });
    expect(zero.ok ? null : zero.error.issues?.[0]?.reason?.code).toBe('quantity_not_zero');
    must(
      await p.call('stock.adjust', {
        kind: 'write_off',
        itemId: p.alcohol,
        lotId: lot,
        qty: -2,
        reasonCode: 'damaged',
      }),
    );
    expect(must(await p.call('stock.balances', { itemId: p.alcohol }))).toMatchObject([{ qty: 3 }]);
  });

  it('days of cover: from the last 7 days of issues, else from the norm and the people; expiring lots listed', async () => {
    const p = await stockPost();
    p.db.$client.exec(
      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 9) INSERT INTO residents (household_id, name, updated_at) SELECT 1, 'r' || i, 'x' FROM n",
    );
    must(
      await p.call('stock.receive', {
        source: 'town',
        lines: [
          { itemId: p.masks, qty: 300, expiresOn: '2026-12-01', lotCode: 'A' },
          { itemId: p.alcohol, qty: 70 },
        ],
      }),
    );
    // The people served: 9 residents in the compound (the guest has no hotel stay yet); masks 1 a day each.
    let cover = must(await p.call('stock.cover', {}));
    const people = cover.people;
    expect(cover.items.find((i) => i.itemId === p.masks)).toMatchObject({
      onHand: 300,
      issuedLastWeek: 0,
      days: Math.floor((300 / people) * 10) / 10,
      flags: [{ code: 'below_reorder', params: { level: 500 } }],
    });
    expect(cover.items.find((i) => i.itemId === p.alcohol)?.days).toBeNull();
    expect(cover.expiring).toMatchObject([{ lotCode: 'A', expiresOn: '2026-12-01', qty: 300 }]);
    must(
      await p.call('stock.issue', {
        to: { kind: 'runner', id: p.runnerId },
        lines: [{ itemId: p.alcohol, qty: 14 }],
        happenedAt: '2026-11-25T02:00:00.000Z',
      }),
    );
    // An issue older than 7 days does not count; a reversed one neither.
    must(
      await p.call('stock.issue', {
        to: { kind: 'runner', id: p.runnerId },
        lines: [{ itemId: p.alcohol, qty: 5 }],
        happenedAt: '2026-11-20T02:00:00.000Z',
      }),
    );
    const wrong = must(
      await p.call('stock.issue', {
        to: { kind: 'runner', id: p.runnerId },
        lines: [{ itemId: p.alcohol, qty: 7 }],
      }),
    );
    must(await p.call('stock.reverse', { txId: wrong.txId, reason: '发错' }));
    cover = must(await p.call('stock.cover', {}));
    expect(cover.items.find((i) => i.itemId === p.alcohol)).toMatchObject({
      onHand: 51,
      issuedLastWeek: 14,
      days: 25.5,
    });
  });

  it('edits an item with the version it was read at; a stale one is refused; names are unique', async () => {
    const p = await stockPost();
    const [item] = must(await p.call('stock.items', {})).filter((i) => i.id === p.rice);
    expect(item).toMatchObject({ version: 1, onHand: 0, byLot: false });
    const saved = must(
      await p.call('stock.saveItem', {
        id: p.rice,
        version: 1,
        name: '大米',
        unit: '袋',
        category: 'food',
        reorderLevel: 10,
      }),
    );
    expect(saved).toMatchObject({ version: 2, category: 'food', reorderLevel: 10 });
    const stale = await p.call('stock.saveItem', {
      id: p.rice,
      version: 1,
      name: '大米',
      unit: '袋',
      category: 'food',
    });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
    const dup = await p.call('stock.saveItem', { name: '口罩', unit: '个', category: 'protection' });
    expect(dup.ok ? null : dup.error.issues?.[0]?.reason?.code).toBe('stock_item_exists');
  });
});
