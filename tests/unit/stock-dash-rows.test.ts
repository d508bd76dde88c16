/** The request to the town and the count sheet: which lines they hold and what they suggest. */
import { describe, expect, it } from 'vitest';
import { countRows, placesOf } from '../../renderer/src/features/stock-dash/count-rows';
import { requestRows } from '../../renderer/src/features/stock-dash/request-rows';

const item = (id: string, reorderLevel: number, byLot = false) => ({
  id,
  name: id,
  unit: '个',
  category: 'protection' as const,
  byLot,
  minLevel: 0,
  reorderLevel,
  dailyNorm: null,
  version: 1,
  onHand: 0,
});
const cover = (
  id: string,
  onHand: number,
  flags: { code: string; params?: Record<string, string | number> }[] = [],
) => ({ itemId: id, item: id, unit: '个', onHand, issuedLastWeek: 0, dailyNorm: null, days: null, flags });

describe('requestRows', () => {
  it('lists items below their levels (up to twice the reorder level) and lots expiring (replaced), nothing else', () => {
    const rows = requestRows(
      {
        today: '2026-11-28',
        people: 10,
        items: [
          cover('masks', 925, [{ code: 'below_reorder', params: { level: 1000 } }]),
          cover('alcohol', 67),
          cover('gloves', 360),
          cover('oil', -3, [{ code: 'count_needed' }, { code: 'below_minimum', params: { level: 5 } }]),
        ],
        expiring: [
          {
            itemId: 'alcohol',
            item: 'alcohol',
            lotId: 'a',
            lotCode: 'JJ-A',
            expiresOn: '2026-12-03',
            qty: 19,
          },
          { itemId: 'masks', item: 'masks', lotId: 'm', lotCode: 'KZ', expiresOn: '2026-12-01', qty: 25 },
        ],
      },
      [item('masks', 1000, true), item('alcohol', 40, true), item('gloves', 100), item('oil', 10)],
    );
    expect(rows.map((r) => [r.item, r.asked, r.below, r.expiring.length])).toEqual([
      ['masks', 2000 - 925 + 25, true, 1],
      ['alcohol', 19, false, 1],
      ['oil', 23, true, 0],
    ]);
  });
});

describe('countRows', () => {
  const place = (id: string, kind: 'store' | 'gate', name = '') => ({
    id,
    kind,
    refId: kind === 'store' ? null : 1,
    name,
  });
  const bal = (itemId: string, lot: string | null, p: ReturnType<typeof place>, qty: number) => ({
    itemId,
    item: itemId,
    unit: '个',
    lotId: lot,
    lotCode: lot,
    expiresOn: lot ? `2027-0${lot.length}-01` : null,
    place: p,
    qty,
    flag: null,
  });
  it('holds the place’s lots (zero and below zero too) and, at the store, the untracked items it never held', () => {
    const store = place('s', 'store');
    const gate = place('g', 'gate', '东门');
    const balances = [
      bal('masks', 'L1', store, 10),
      bal('masks', 'L22', store, 0),
      bal('rice', null, gate, -2),
    ];
    const items = [item('masks', 0, true), item('rice', 0), item('gloves', 0)];
    expect(placesOf(balances).map((p) => p.id)).toEqual(['s', 'g']);
    expect(countRows(balances, items, store).map((r) => [r.itemId, r.lotId, r.books])).toEqual([
      ['gloves', null, 0],
      ['masks', 'L1', 10],
      ['masks', 'L22', 0],
      ['rice', null, 0],
    ]);
    expect(countRows(balances, items, gate).map((r) => [r.itemId, r.books])).toEqual([['rice', -2]]);
  });
});
