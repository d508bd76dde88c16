/**
 * A delivery undone within the runner's shift (session 22): a correcting step, never a rewrite; the
 * cash collected on the doorstep and an issue from the store go back; the audit says who; the figures
 * no longer count it. Refused once the shift is over, and twice.
 */
import { describe, expect, it } from 'vitest';
import { checkUndo } from '../../electron/api/errands/rules';
import { balancesKept, balancesRebuilt, errandsPost, latestKept, latestRebuilt } from './errands-setup';
import { api } from './helpers';
import { kept, rebuilt } from './stock-setup';

async function deliveredErrand() {
  const p = await errandsPost();
  await p.signIn(p.zhao);
  const item = await p.call('stock.saveItem', { name: '大米', unit: '袋', category: 'food' });
  if (!item.ok) throw new Error(item.error.message);
  const rice = item.value.id;
  expect((await p.call('stock.receive', { source: 'town', lines: [{ itemId: rice, qty: 5 }] })).ok).toBe(
    true,
  );
  expect(
    (await p.call('cash.entry', { runnerId: p.zhao, kind: 'advance', amountFen: 20_000, note: '' })).ok,
  ).toBe(true);
  const e = await p.add(1, {
    lines: [
      { what: '大米', qty: 2, itemId: rice },
      { what: '酱油', qty: 1 },
    ],
  });
  const step = (input: object) => p.call('errands.step', { id: e.id, ...input } as never);
  expect((await step({ from: 'assigned', step: 'bought', amountFen: 1_200, shop: '华联' })).ok).toBe(true);
  expect(
    (await step({ from: 'bought', step: 'delivered', deliveredTo: '本人', collectedFen: 1_200 })).ok,
  ).toBe(true);
  const onHand = () =>
    (
      p.db.$client
        .prepare('SELECT coalesce(sum(qty), 0) AS n FROM stock_lines WHERE item_id = ?')
        .get(rice) as {
        n: number;
      }
    ).n;
  return { ...p, e, step, rice, onHand };
}

const balance = (p: Awaited<ReturnType<typeof deliveredErrand>>) =>
  (
    p.db.$client
      .prepare('SELECT balance_fen AS b FROM cash_entries WHERE runner_id = ? ORDER BY seq DESC LIMIT 1')
      .get(p.zhao) as { b: number }
  ).b;

const deliveredLine = async (p: Awaited<ReturnType<typeof deliveredErrand>>) => {
  const r = await p.call('reports.daily', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.value.sections.flatMap((s) => s.lines).find((l) => l.key === 'errands_delivered');
};

describe('errands: a delivery undone', () => {
  it('within the shift: a correcting step back to bought; cash and stock go back; the audit says who', async () => {
    const p = await deliveredErrand();
    expect(balance(p)).toBe(20_000 - 1_200 + 1_200);
    expect(p.onHand()).toBe(3);
    expect(await deliveredLine(p)).toMatchObject({ today: 1 });
    const stepsBefore = p.db.$client.prepare('SELECT * FROM errand_steps ORDER BY seq').all();

    const undo = await p.call('errands.undoDelivery', {
      id: p.e.id,
      from: 'delivered',
      reason: '点错了，还没送',
    });
    expect(undo.ok).toBe(true);
    // Nothing rewritten: the steps before are as they were, one step added.
    const steps = p.db.$client.prepare('SELECT * FROM errand_steps ORDER BY seq').all() as {
      id: string;
      state: string;
      undoes: string | null;
      note: string;
    }[];
    expect(steps.slice(0, stepsBefore.length)).toEqual(stepsBefore);
    const delivered = steps.find((s) => s.state === 'delivered');
    expect(steps.map((s) => s.state)).toEqual(['new', 'assigned', 'bought', 'delivered', 'bought']);
    expect(steps.at(-1)).toMatchObject({ undoes: delivered?.id, note: '点错了，还没送' });
    const got = await p.call('errands.get', { id: p.e.id });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.state).toBe('bought');
    // Still bought at its shop (the correcting step is no purchase of its own).
    expect(got.value.shop).toBe('华联');
    expect(got.value.steps.at(-1)).toMatchObject({ state: 'bought', undoes: delivered?.id });
    // The store line is not met any more (its issue reversed): the rice is back in the store.
    expect(got.value.lines.map((l) => l.stockTxId)).toEqual([null, null]);
    expect(p.onHand()).toBe(5);
    expect(kept(p.db)).toEqual(rebuilt(p.db));
    // The cash taken on the doorstep goes back out of the book: a refund, the balance as before delivery.
    expect(balance(p)).toBe(20_000 - 1_200);
    expect(
      p.db.$client
        .prepare('SELECT kind, amount_fen AS fen FROM cash_entries WHERE errand_id = ? ORDER BY seq')
        .all(p.e.id),
    ).toEqual([
      { kind: 'spent', fen: -1_200 },
      { kind: 'collected', fen: 1_200 },
      { kind: 'refund', fen: -1_200 },
    ]);
    expect(balancesKept(p.db)).toEqual(balancesRebuilt(p.db));
    expect(latestKept(p.db)).toEqual(latestRebuilt(p.db));
    // The audit row: the undo, by the operator on duty.
    expect(
      p.db.$client
        .prepare(
          "SELECT summary_code AS code, operator_name AS who FROM audit_log WHERE summary_code = 'audit_errand_undo'",
        )
        .all(),
    ).toEqual([{ code: 'audit_errand_undo', who: '林晓梅' }]);
    // The day's report no longer counts it; delivered again, it counts once.
    expect(await deliveredLine(p)).toMatchObject({ today: 0 });
    expect((await p.step({ from: 'bought', step: 'delivered', deliveredTo: '本人' })).ok).toBe(true);
    expect(await deliveredLine(p)).toMatchObject({ today: 1 });
    expect(p.onHand()).toBe(3);
  });

  it('twice, or after the household confirmed: refused, nothing written', async () => {
    const p = await deliveredErrand();
    const undo = () => p.call('errands.undoDelivery', { id: p.e.id, from: 'delivered', reason: '点错了' });
    expect((await undo()).ok).toBe(true);
    const n = p.db.$client.prepare('SELECT count(*) AS n FROM errand_steps').get();
    expect(await undo()).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'errand_moved_on' } },
    });
    expect(p.db.$client.prepare('SELECT count(*) AS n FROM errand_steps').get()).toEqual(n);
    expect((await p.step({ from: 'bought', step: 'delivered' })).ok).toBe(true);
    expect((await p.step({ from: 'delivered', step: 'confirmed' })).ok).toBe(true);
    expect(await undo()).toMatchObject({ ok: false, error: { reason: { code: 'errand_moved_on' } } });
  });

  it('after the runner’s shift ended: refused with the shift’s end', async () => {
    const p = await deliveredErrand();
    // The day shift ends at 20:00 at the post (12:00Z); at 20:00 it is too late.
    const later = api(p.db, { ...p.host, now: () => new Date('2026-11-28T12:00:00.000Z') }, p.operatorId);
    const r = await later('errands.undoDelivery', { id: p.e.id, from: 'delivered', reason: '点错了' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: { code: 'errand_undo_too_late', params: { until: '2026-11-28 20:00' } },
      },
    });
    const inTime = api(p.db, { ...p.host, now: () => new Date('2026-11-28T11:59:00.000Z') }, p.operatorId);
    expect(
      (await inTime('errands.undoDelivery', { id: p.e.id, from: 'delivered', reason: '点错了' })).ok,
    ).toBe(true);
  });

  it('the rule: only a delivery, only before the end of its shift', () => {
    const until = '2026-11-28T12:00:00.000Z';
    expect(checkUndo('delivered', '2026-11-28T11:59:59.000Z', until)).toBeNull();
    expect(checkUndo('delivered', until, until)).toEqual({
      code: 'errand_undo_too_late',
      params: { until: '2026-11-28 20:00' },
    });
    expect(checkUndo('confirmed', '2026-11-28T03:00:00.000Z', until)).toEqual({
      code: 'errand_undo_not_delivered',
      params: { state: 'confirmed' },
    });
  });
});

describe('errands: unanswered calls in a row', () => {
  it('the list counts them for the runner’s card; a delivery undone does not start the count again', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const a = await p.add();
    const step = (from: string, s: string) => p.call('errands.step', { id: a.id, from, step: s } as never);
    const noAnswers = async () => {
      const l = await p.call('errands.list', {});
      if (!l.ok) throw new Error(l.error.message);
      return l.value.rows.find((r) => r.id === a.id)?.noAnswers;
    };
    expect(await noAnswers()).toBe(0);
    expect((await step('assigned', 'no_answer')).ok).toBe(true);
    expect((await step('no_answer', 'no_answer')).ok).toBe(true);
    expect(await noAnswers()).toBe(2);
    expect((await step('no_answer', 'delivered')).ok).toBe(true);
    expect(await noAnswers()).toBe(0);
    expect((await p.call('errands.undoDelivery', { id: a.id, from: 'delivered', reason: '点错了' })).ok).toBe(
      true,
    );
    // Back to no answer: still the second call unanswered, and a third is the third.
    expect(await noAnswers()).toBe(2);
    expect((await step('no_answer', 'no_answer')).ok).toBe(true);
    expect(await noAnswers()).toBe(3);
    const got = await p.call('errands.get', { id: a.id });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value.steps.map((s) => [s.state, s.attempt, !!s.undoes])).toEqual([
      ['new', null, false],
      ['assigned', null, false],
      ['no_answer', 1, false],
      ['no_answer', 2, false],
      ['delivered', null, false],
      ['no_answer', null, true],
      ['no_answer', 3, false],
    ]);
  });
});
