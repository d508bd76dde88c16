/**
 * The demo's supplies (issue 12), written through the API like the rest of the story: the town's
 * first delivery on closure day 1 (masks, alcohol, thermometers, gloves), a donation of rice and oil,
 * issues to households every day (so the dashboard has history), vegetables to every household twice
 * (distributions, delivered building by building), one count with a small loss, one lot
 * of alcohol expiring next week and masks below their reorder level. The hotel guest's needs are met
 * from the store by the story (demo-story.ts) with `DEMO_GIVE`.
 */
import type { Db } from '../../db/open';
import type { In, Method, Out } from '../api/contract';
import { addDays, dayStartUtc, daysBetween } from '../api/shared/dates';

type Step = <M extends Method>(method: M, input: In<M>, at: string, operatorId: number) => Promise<Out<M>>;
export type DemoItems = Record<
  'masks' | 'alcohol' | 'thermometers' | 'gloves' | 'rice' | 'oil' | 'vegetables',
  string
>;

const at = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(dayStartUtc(day)) + (hour * 60 + minute) * 60_000).toISOString();

/** What each of the guest's needs is met with, from the store. */
export const DEMO_GIVE: Record<'alcohol' | 'thermometer' | 'masks', { item: keyof DemoItems; qty: number }> =
  {
    alcohol: { item: 'alcohol', qty: 1 },
    thermometer: { item: 'thermometers', qty: 1 },
    masks: { item: 'masks', qty: 10 },
  };

/** Per day, to how many households and how much each (from closure day `from`, 0-based); k × 10 minutes past 8. */
const DAILY: { item: keyof DemoItems; households: number; each: number; from: number }[] = [
  { item: 'masks', households: 8, each: 10, from: 0 },
  { item: 'alcohol', households: 4, each: 1, from: 0 },
  { item: 'thermometers', households: 2, each: 1, from: 0 },
  { item: 'gloves', households: 10, each: 2, from: 0 },
  { item: 'rice', households: 6, each: 1, from: 2 },
  { item: 'oil', households: 3, each: 1, from: 2 },
];

/**
 * The catalogue and what came in: the town on closure day 1, a donation on day 3. The vegetables are
 * enough for the two rounds to every occupied household (`households`): 200 bags for the demo's 77, as
 * many as a synthetic registry needs (`npm run demo -- --households N --story`).
 */
export async function stockTheStore(
  step: Step,
  closureDay1: string,
  op: number,
  households: number,
): Promise<DemoItems> {
  const item = async (
    name: string,
    unit: string,
    category: 'protection' | 'disinfection' | 'medical' | 'food',
    byLot: boolean,
    levels: { minLevel: number; reorderLevel: number; dailyNorm?: number },
    minute: number,
  ) =>
    (
      await step(
        'stock.saveItem',
        { name, unit, category, byLot, dailyNorm: null, ...levels },
        at(closureDay1, 9, minute),
        op,
      )
    ).id;
  const items: DemoItems = {
    masks: await item(
      '医用外科口罩',
      '个',
      'protection',
      true,
      { minLevel: 300, reorderLevel: 1000, dailyNorm: 1 },
      0,
    ),
    alcohol: await item('75% 酒精 500ml', '瓶', 'disinfection', true, { minLevel: 10, reorderLevel: 40 }, 1),
    thermometers: await item('电子体温计', '支', 'medical', false, { minLevel: 5, reorderLevel: 10 }, 2),
    gloves: await item('一次性手套', '副', 'protection', false, { minLevel: 50, reorderLevel: 100 }, 3),
    rice: await item('大米 10kg', '袋', 'food', false, { minLevel: 10, reorderLevel: 20 }, 4),
    oil: await item('食用油 5L', '桶', 'food', false, { minLevel: 5, reorderLevel: 10 }, 5),
    vegetables: await item('新鲜蔬菜', '袋', 'food', false, { minLevel: 0, reorderLevel: 0 }, 6),
  };
  await step(
    'stock.receive',
    {
      source: 'town',
      sourceName: '城西镇政府',
      note: '封闭第一天首批防疫物资',
      lines: [
        { itemId: items.masks, qty: 1500, lotCode: 'KZ-2611', expiresOn: addDays(closureDay1, 700) },
        { itemId: items.alcohol, qty: 48, lotCode: 'JJ-A', expiresOn: addDays(closureDay1, 11) },
        { itemId: items.alcohol, qty: 48, lotCode: 'JJ-B', expiresOn: addDays(closureDay1, 300) },
        { itemId: items.thermometers, qty: 30 },
        { itemId: items.gloves, qty: 500 },
        { itemId: items.vegetables, qty: Math.max(200, households * 2 + 50) },
      ],
    },
    at(closureDay1, 10),
    op,
  );
  await step(
    'stock.receive',
    {
      source: 'donor',
      sourceName: '城西镇爱心企业',
      note: '捐赠米油',
      lines: [
        { itemId: items.rice, qty: 80 },
        { itemId: items.oil, qty: 40 },
      ],
    },
    at(addDays(closureDay1, 2), 14),
    op,
  );
  return items;
}

/**
 * The days of the closure up to today: the daily issues to households, and on the day before today
 * a count of the store's masks and gloves that finds 5 masks fewer than the books (a small loss).
 */
export async function handOutDays(
  db: Db,
  step: Step,
  items: DemoItems,
  days: { closureDay1: string; today: string; now: Date },
  op: number,
) {
  const { closureDay1, today } = days;
  const households = (
    db.$client.prepare("SELECT id FROM households WHERE occupancy = 'occupied' ORDER BY id").all() as {
      id: number;
    }[]
  ).map((h) => h.id);
  if (households.length === 0) return;
  let next = 0;
  const issueDay = async (day: string, d: number) => {
    for (const [k, plan] of DAILY.entries()) {
      if (d < plan.from) continue;
      for (let h = 0; h < plan.households; h++) {
        const id = households[next++ % households.length] ?? 1;
        await step(
          'stock.issue',
          { to: { kind: 'household', id }, lines: [{ itemId: items[plan.item], qty: plan.each }] },
          at(day, 8, k * 10 + h),
          op,
        );
      }
    }
  };
  // Vegetables to every household, twice (closure days 2 and 5): a distribution, delivered building by building.
  const vegetablesRound = async (day: string) => {
    const { id } = await step(
      'stock.distribute',
      { itemId: items.vegetables, qty: 1, plannedOn: day, note: '新鲜蔬菜每户一袋' },
      at(day, 14),
      op,
    );
    const buildings = db.$client.prepare('SELECT id FROM buildings ORDER BY sort_order, id').all() as {
      id: number;
    }[];
    for (const [k, b] of buildings.entries())
      await step('stock.deliver', { distributionId: id, buildingId: b.id }, at(day, 15, k * 5), op);
  };
  for (let d = 0, day = closureDay1; day < today; d++, day = addDays(day, 1)) {
    await issueDay(day, d);
    if (d === 1 || d === 4) await vegetablesRound(day);
  }
  const yesterday = addDays(today, -1);
  const store = await step('stock.balances', { place: { kind: 'store' } }, at(yesterday, 18), op);
  const lines = store
    .filter((b) => b.itemId === items.masks || b.itemId === items.gloves)
    .map((b) => ({
      itemId: b.itemId,
      lotId: b.lotId,
      counted: b.itemId === items.masks ? b.qty - 5 : b.qty,
    }));
  await step(
    'stock.count',
    { place: { kind: 'store' }, reasonCode: 'lost', note: '晚班盘点，口罩少 5 个', lines },
    at(yesterday, 18, 30),
    op,
  );
  // Today's morning round (8:00–8:59 at the post), once the morning is past.
  if (at(today, 9) <= days.now.toISOString()) await issueDay(today, daysBetween(closureDay1, today));
}
