/**
 * What the runner's view reads from errands.list (issue 13): each row's shop — the latest `bought`
 * step's, null before it is bought — so a runner's list groups by building and then by shop.
 */
import { describe, expect, it } from 'vitest';
import { errandsPost } from './errands-setup';

describe("errands.list for the runner's view", () => {
  it("names the shop of the latest purchase: null before, '' when none was typed, the newest after a second", async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const a = await p.add();
    const b = await p.add();
    const step = async (
      id: string,
      from: 'assigned' | 'bought' | 'no_answer',
      extra: { step: 'bought' | 'delivered' | 'no_answer' } & Record<string, unknown>,
    ) => {
      const r = await p.call('errands.step', { id, from, ...extra });
      if (!r.ok) throw new Error(r.error.message);
    };
    const shops = async () => {
      const r = await p.call('errands.list', { scope: 'open', runnerId: p.zhao });
      if (!r.ok) throw new Error(r.error.message);
      return Object.fromEntries(r.value.rows.map((x) => [x.id, [x.state, x.shop]]));
    };
    expect(await shops()).toEqual({ [a.id]: ['assigned', null], [b.id]: ['assigned', null] });

    await step(a.id, 'assigned', { step: 'bought', amountFen: 8640, shop: '永辉超市', receiptNo: '0042' });
    await step(b.id, 'assigned', { step: 'bought', amountFen: 1200 });
    expect(await shops()).toEqual({ [a.id]: ['bought', '永辉超市'], [b.id]: ['bought', ''] });

    // Nobody home, then bought again elsewhere: the newest purchase's shop.
    await step(a.id, 'bought', { step: 'no_answer', note: '下午再打' });
    expect((await shops())[a.id]).toEqual(['no_answer', '永辉超市']);
    await step(a.id, 'no_answer', { step: 'bought', amountFen: 500, shop: '菜市场' });
    await step(a.id, 'bought', { step: 'delivered' });
    expect((await shops())[a.id]).toEqual(['delivered', '菜市场']);
    // errands.get answers the same row.
    const got = await p.call('errands.get', { id: a.id });
    expect(got.ok && got.value.shop).toBe('菜市场');
  });
});
