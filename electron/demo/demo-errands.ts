/**
 * The demo's errands (issue 13), written through the API like the rest of the story, once the
 * runners exist (demo-team.ts, a runner per building): yesterday and today across the buildings —
 * groceries, medicine for a chronically ill resident (the post pays), a gas cylinder left stale, a
 * parcel from the gate, one cancelled, one met from the store (rice), one no answer, one duplicate —
 * and the cash books of the runners who carried them, one reconciled with a small difference
 * explained. The post assigns them (the runners are not on the gates' roster, so none is on duty
 * for routing). Every time is counted back from `now`, so the demo is right whenever it is loaded.
 */
import type { Db } from '../../db/open';
import { stepper } from './demo-story';

const MINUTE = 60_000;

export async function writeDemoErrands(db: Db, now: Date): Promise<{ errands: number }> {
  const step = stepper(db);
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE).toISOString();
  const op =
    (
      db.$client.prepare("SELECT id FROM team_members WHERE name = '林晓梅' AND can_operate = 1").get() as
        | { id: number }
        | undefined
    )?.id ?? 1;
  const buildings = db.$client
    .prepare(
      `SELECT b.id, rb.member_id AS runner, (SELECT h.id FROM households h WHERE h.building_id = b.id
         AND h.occupancy = 'occupied' ORDER BY h.id LIMIT 1) AS household
       FROM buildings b JOIN runner_buildings rb ON rb.building_id = b.id ORDER BY b.sort_order, b.id`,
    )
    .all() as { id: number; runner: number; household: number | null }[];
  const places = buildings.filter((b) => b.household !== null) as {
    id: number;
    runner: number;
    household: number;
  }[];
  if (places.length === 0) return { errands: 0 };
  const place = (i: number) => places[i % places.length] as (typeof places)[number];
  // A household with a chronically ill resident (medicine), and its building's runner.
  const ill = db.$client
    .prepare(
      `SELECT h.id AS household, rb.member_id AS runner FROM households h
       JOIN residents r ON r.household_id = h.id AND r.chronic_illness = 1
       JOIN runner_buildings rb ON rb.building_id = h.building_id ORDER BY h.id LIMIT 1`,
    )
    .get() as { household: number; runner: number } | undefined;
  const rice = (
    db.$client.prepare("SELECT id FROM stock_items WHERE name = '大米 10kg'").get() as
      | { id: string }
      | undefined
  )?.id;

  let count = 0;
  type Add = Omit<Parameters<typeof step<'errands.add'>>[1], 'householdId' | 'at'>;
  const add = async (p: { household: number; runner: number }, minutesAgo: number, input: Add) => {
    count++;
    const e = await step(
      'errands.add',
      { ...input, householdId: p.household, at: ago(minutesAgo) },
      ago(minutesAgo),
      op,
    );
    return { id: e.id, runner: p.runner };
  };
  const assign = (e: { id: string; runner: number }, minutesAgo: number) =>
    step('errands.assign', { id: e.id, from: 'new', runnerId: e.runner }, ago(minutesAgo), op);
  type StepIn = Parameters<typeof step<'errands.step'>>[1];
  const move = (e: { id: string }, minutesAgo: number, input: Omit<StepIn, 'id'>) =>
    step('errands.step', { ...input, id: e.id }, ago(minutesAgo), op);

  // The morning's floats, yesterday: the runners of the first building and of the ill resident.
  const a = place(0);
  const second = ill && ill.runner !== a.runner ? ill.runner : place(2).runner;
  const books = [...new Set([a.runner, second])];
  for (const runnerId of books)
    await step(
      'cash.entry',
      { runnerId, kind: 'advance', amountFen: 30_000, note: '跑腿备用金' },
      ago(26 * 60),
      op,
    );

  // Yesterday: groceries bought, paid at the door, confirmed.
  const e1 = await add(a, 25 * 60, {
    kind: 'groceries',
    channel: 'wechat',
    budgetFen: 10_000,
    lines: [
      { what: '青菜', qty: 2 },
      { what: '鸡蛋', qty: 1, note: '30 个装' },
      { what: '挂面', qty: 2 },
    ],
  });
  await assign(e1, 24 * 60 + 50);
  await move(e1, 24 * 60, {
    from: 'assigned',
    step: 'bought',
    amountFen: 8_650,
    shop: '永辉超市',
    receiptNo: 'YH-1128-031',
  });
  await move(e1, 23 * 60 + 30, {
    from: 'bought',
    step: 'delivered',
    deliveredTo: '本人',
    collectedFen: 8_650,
  });
  await move(e1, 22 * 60, { from: 'delivered', step: 'confirmed' });
  // Medicine for the chronically ill resident: the post pays.
  if (ill) {
    const e2 = await add(ill, 24 * 60, {
      kind: 'medicine',
      urgency: 'today',
      payer: 'post',
      lines: [{ what: '硝苯地平缓释片', qty: 2, note: '降压药，按处方' }],
      note: '慢性病，药快吃完了',
    });
    await assign(e2, 23 * 60 + 50);
    await move(e2, 23 * 60, {
      from: 'assigned',
      step: 'bought',
      amountFen: 4_200,
      shop: '城西大药房',
      receiptNo: 'DY-5521',
    });
    await move(e2, 22 * 60 + 30, { from: 'bought', step: 'delivered', deliveredTo: '家属' });
    await move(e2, 21 * 60, { from: 'delivered', step: 'confirmed' });
  }
  // End of yesterday's shift: the first runner counts 0.50 short of the book.
  const book = await step('cash.book', { runnerId: a.runner }, ago(15 * 60), op);
  await step(
    'cash.reconcile',
    {
      runnerId: a.runner,
      bookFen: book.balanceFen ?? 0,
      countedFen: (book.balanceFen ?? 0) - 50,
      reason: '找零时少收 0.5 元',
    },
    ago(15 * 60),
    op,
  );

  // Today. A gas cylinder asked for overnight, still waiting: stale.
  const gas = await add(place(3), 8 * 60, {
    kind: 'gas',
    channel: 'phone',
    lines: [{ what: '液化气 15kg', qty: 1 }],
  });
  await assign(gas, 7 * 60);
  // A parcel from the gate, delivered, not yet confirmed.
  const parcel = await add(place(4), 90, {
    kind: 'parcel',
    channel: 'gate',
    lines: [{ what: '快递 顺丰 尾号 8812' }],
  });
  await assign(parcel, 85);
  await move(parcel, 30, { from: 'assigned', step: 'delivered', deliveredTo: '放门口，已电话告知' });
  // Cancelled: the family brought it.
  const gone = await add(place(5), 150, { kind: 'groceries', lines: [{ what: '牛奶', qty: 2 }] });
  await assign(gone, 145);
  await move(gone, 100, { from: 'assigned', step: 'cancelled', note: '家人已送来' });
  // Rice met from the post's store: delivered, it is an issue in the stock ledger.
  if (rice) {
    const fromStore = await add(place(1), 180, {
      kind: 'groceries',
      payer: 'post',
      lines: [{ what: '大米 10kg', qty: 1, itemId: rice }],
    });
    await assign(fromStore, 175);
    await move(fromStore, 120, { from: 'assigned', step: 'delivered', deliveredTo: '本人' });
    await move(fromStore, 60, { from: 'delivered', step: 'confirmed' });
  }
  // Bought two hours ago and not yet delivered: aging.
  const shopping = await add(a, 200, {
    kind: 'groceries',
    budgetFen: 8_000,
    lines: [
      { what: '猪肉', qty: 1, note: '一斤' },
      { what: '西红柿', qty: 3 },
    ],
  });
  await assign(shopping, 195);
  await move(shopping, 140, {
    from: 'assigned',
    step: 'bought',
    amountFen: 5_600,
    shop: '菜市场',
    receiptNo: '',
  });
  // The same request again from a neighbour: a duplicate.
  const again = await add(a, 35, {
    kind: 'groceries',
    channel: 'neighbour',
    lines: [{ what: '猪肉', qty: 1 }],
  });
  await move(again, 30, { from: 'new', step: 'duplicate', duplicateOf: shopping.id });
  // Medicine, nobody answered the door: call back this afternoon.
  if (ill) {
    const refill = await add(ill, 60, {
      kind: 'medicine',
      payer: 'post',
      lines: [{ what: '血糖试纸', qty: 1 }],
    });
    await assign(refill, 55);
    await move(refill, 20, { from: 'assigned', step: 'no_answer', note: '下午再打电话' });
  }
  // Just in: waiting for the post to assign a runner.
  await add(place(2), 10, {
    kind: 'other',
    channel: 'wechat',
    lines: [{ what: '充电宝', qty: 1, note: '借用' }],
  });
  return { errands: count };
}
