/** Issue 12, the dashboard's history: units issued per item per post day, reversals left out. */
import { describe, expect, it } from 'vitest';
import { stockPost } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('stock.daily', () => {
  it('counts issues per post day (UTC+8) from the closure start, zeros on quiet days, reversed issues left out', async () => {
    const p = await stockPost();
    p.db.$client.exec("UPDATE compound SET closure_start = '2026-11-25'");
    const today = must(await p.call('stock.cover', {})).today;
    must(
      await p.call('stock.receive', {
        source: 'town',
        happenedAt: '2026-11-24T02:00:00.000Z',
        lines: [
          { itemId: p.masks, qty: 500, lotCode: 'M', expiresOn: '2027-06-01' },
          { itemId: p.rice, qty: 50 },
        ],
      }),
    );
    const issue = async (at: string, itemId: string, qty: number) =>
      must(
        await p.call('stock.issue', {
          to: { kind: 'household', id: p.householdId },
          happenedAt: at,
          lines: [{ itemId, qty }],
        }),
      );
    await issue('2026-11-24T03:00:00.000Z', p.masks, 7); // before the closure: not in the range
    await issue('2026-11-25T17:00:00.000Z', p.masks, 10); // 01:00 on the 26th in Shanghai
    await issue('2026-11-26T01:00:00.000Z', p.masks, 5);
    await issue('2026-11-26T02:00:00.000Z', p.rice, 2);
    const wrong = await issue('2026-11-27T02:00:00.000Z', p.masks, 30);
    must(await p.call('stock.reverse', { txId: wrong.txId, reason: '记错了' }));

    const d = must(await p.call('stock.daily', {}));
    expect(d.from).toBe('2026-11-25');
    expect(d.to).toBe(today);
    expect(d.days[0]).toEqual({ day: '2026-11-25', issued: {} });
    expect(d.days.find((x) => x.day === '2026-11-26')?.issued).toEqual({ [p.masks]: 15, [p.rice]: 2 });
    expect(d.days.find((x) => x.day === '2026-11-27')?.issued).toEqual({});
    expect(d.days.map((x) => x.day)).toEqual(
      Array.from({ length: d.days.length }, (_, i) =>
        new Date(Date.parse('2026-11-25T00:00:00Z') + i * 86_400_000).toISOString().slice(0, 10),
      ),
    );
    expect(d.items).toEqual([
      { itemId: p.masks, item: '口罩', unit: '个', total: 15 },
      { itemId: p.rice, item: '大米', unit: '袋', total: 2 },
    ]);
    // A range asked for is kept, and never longer than 120 days.
    const long = must(await p.call('stock.daily', { from: '2026-01-01', to: '2026-11-26' }));
    expect(long.days).toHaveLength(120);
    expect(long.to).toBe('2026-11-26');
  });
});
