/**
 * The runners' cash books (issue 13): an errand's whole life with cash, reconciliation with and
 * without a difference, a changed book refused, and the kept balances equal to the entries summed.
 */
import { describe, expect, it } from 'vitest';
import { balancesKept, balancesRebuilt, errandsPost, latestKept, latestRebuilt } from './errands-setup';
import { count } from './helpers';

describe('cash: an errand’s whole life with money', () => {
  it('an advance, spent with the purchase, collected at the door, handed back: the book balances and reconciles', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const advance = await p.call('cash.entry', {
      runnerId: p.zhao,
      kind: 'advance',
      amountFen: 20_000,
      note: '早班备用金',
    });
    expect(advance.ok).toBe(true);
    const e = await p.add(1, { budgetFen: 6000 });
    const post = await p.add(1, { payer: 'post', kind: 'medicine', lines: [{ what: '胰岛素' }] });
    expect(
      (
        await p.call('errands.step', {
          id: e.id,
          from: 'assigned',
          step: 'bought',
          amountFen: 4_250,
          shop: '永辉',
          receiptNo: 'Y-7',
        })
      ).ok,
    ).toBe(true);
    expect(
      (await p.call('errands.step', { id: e.id, from: 'bought', step: 'delivered', collectedFen: 4_300 })).ok,
    ).toBe(true);
    // The post pays: bought from the float, nothing collected at the door.
    expect(
      (await p.call('errands.step', { id: post.id, from: 'assigned', step: 'bought', amountFen: 8_800 })).ok,
    ).toBe(true);
    const refused = await p.call('errands.step', {
      id: post.id,
      from: 'bought',
      step: 'delivered',
      collectedFen: 8_800,
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'errand_payer_post' } },
    });
    const collectPost = await p.call('cash.entry', {
      runnerId: p.zhao,
      kind: 'collected',
      amountFen: 100,
      errandId: post.id,
    });
    expect(collectPost).toMatchObject({ ok: false, error: { reason: { code: 'errand_payer_post' } } });
    expect((await p.call('errands.step', { id: post.id, from: 'bought', step: 'delivered' })).ok).toBe(true);
    // 50 fen of change given back to the household.
    const refund = await p.call('cash.entry', {
      runnerId: p.zhao,
      kind: 'refund',
      amountFen: 50,
      errandId: e.id,
    });
    expect(refund.ok).toBe(true);
    // 钱 never carried this errand: money on it is not theirs.
    const other = await p.call('cash.entry', {
      runnerId: p.qian,
      kind: 'collected',
      amountFen: 10,
      errandId: e.id,
    });
    expect(other).toMatchObject({
      ok: false,
      error: { reason: { code: 'cash_errand_other_runner', params: { no: '0001', runner: '钱跑腿' } } },
    });
    // 200.00 − 42.50 + 43.00 − 88.00 − 0.50 = 112.00
    const book = await p.call('cash.book', { runnerId: p.zhao });
    if (!book.ok) throw new Error(book.error.message);
    expect(book.value.balanceFen).toBe(11_200);
    expect(book.value.entries.map((x) => [x.kind, x.amountFen, x.balanceFen, x.errandNo])).toEqual([
      ['refund', -50, 11_200, 1],
      ['spent', -8_800, 11_250, 2],
      ['collected', 4_300, 20_050, 1],
      ['spent', -4_250, 15_750, 1],
      ['advance', 20_000, 20_000, null],
    ]);
    expect(book.value.runners.map((r) => [r.name, r.balanceFen])).toEqual([
      ['孙跑腿', 0],
      ['赵跑腿', 11_200],
      ['钱跑腿', 0],
    ]);
    // End of the shift: counted what the book says; then the rest handed back.
    const ok = await p.call('cash.reconcile', { runnerId: p.zhao, bookFen: 11_200, countedFen: 11_200 });
    expect(ok).toMatchObject({ ok: true, value: { differenceFen: 0 } });
    expect((await p.call('cash.entry', { runnerId: p.zhao, kind: 'handback', amountFen: 11_200 })).ok).toBe(
      true,
    );
    const after = await p.call('cash.book', { runnerId: p.zhao });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.balanceFen).toBe(0);
    expect(after.value.reconciliations).toMatchObject([
      { bookFen: 11_200, countedFen: 11_200, differenceFen: 0, reason: '' },
    ]);
    expect(after.value.runners.find((r) => r.runnerId === p.zhao)?.lastReconciledAt).not.toBeNull();
    expect(balancesKept(p.db)).toEqual(balancesRebuilt(p.db));
    expect(latestKept(p.db)).toEqual(latestRebuilt(p.db));
    expect(() => p.db.$client.exec('UPDATE cash_entries SET amount_fen = 0')).toThrow(/append-only/);
    expect(() => p.db.$client.exec('DELETE FROM cash_reconciliations')).toThrow(/append-only/);
  });
});

describe('cash: reconciliation', () => {
  it('a difference needs a reason and is booked as a difference entry; a changed book is refused', async () => {
    const p = await errandsPost();
    expect((await p.call('cash.entry', { runnerId: p.sun, kind: 'advance', amountFen: 10_000 })).ok).toBe(
      true,
    );
    const noReason = await p.call('cash.reconcile', { runnerId: p.sun, bookFen: 10_000, countedFen: 9_850 });
    expect(noReason).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        reason: { code: 'cash_reason_required', params: { difference: '-1.50' } },
      },
    });
    // Meanwhile another entry: the book the operator saw is no longer the book.
    expect((await p.call('cash.entry', { runnerId: p.sun, kind: 'advance', amountFen: 500 })).ok).toBe(true);
    const changed = await p.call('cash.reconcile', {
      runnerId: p.sun,
      bookFen: 10_000,
      countedFen: 9_850,
      reason: '找零',
    });
    expect(changed).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: { code: 'cash_book_changed', params: { book: '100.00', now: '105.00' } },
      },
    });
    expect(count(p.db, 'cash_reconciliations')).toBe(0);
    const done = await p.call('cash.reconcile', {
      runnerId: p.sun,
      bookFen: 10_500,
      countedFen: 10_350,
      reason: '找零少收 1.5 元',
    });
    expect(done).toMatchObject({ ok: true, value: { differenceFen: -150 } });
    const book = await p.call('cash.book', { runnerId: p.sun });
    if (!book.ok) throw new Error(book.error.message);
    // The book now says what was counted.
    expect(book.value.balanceFen).toBe(10_350);
    expect(book.value.entries[0]).toMatchObject({
      kind: 'difference',
      amountFen: -150,
      note: '找零少收 1.5 元',
    });
    expect(book.value.reconciliations).toMatchObject([
      {
        bookFen: 10_500,
        countedFen: 10_350,
        differenceFen: -150,
        reason: '找零少收 1.5 元',
        operatorName: '林晓梅',
      },
    ]);
    // A difference is written only by a reconciliation.
    const byHand = await p.call('cash.entry', { runnerId: p.sun, kind: 'difference', amountFen: 150 });
    expect(byHand).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'cash_difference_by_reconcile' } },
    });
    const nobody = await p.call('cash.entry', { runnerId: 999, kind: 'advance', amountFen: 1 });
    expect(nobody).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: { code: 'errand_runner_not_found' } },
    });
    const zero = await p.call('cash.entry', { runnerId: p.sun, kind: 'advance', amountFen: 0 });
    expect(zero).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const audit = p.db.$client
      .prepare("SELECT summary FROM audit_log WHERE summary_code = 'audit_cash_reconcile'")
      .all() as { summary: string }[];
    expect(audit.map((a) => a.summary)).toEqual([
      '孙跑腿 对账：账面 105.00 元，清点 103.50 元，差额 -1.50 元 找零少收 1.5 元',
    ]);
    expect(balancesKept(p.db)).toEqual(balancesRebuilt(p.db));
  });
});
