import type { Out } from '../../../../electron/api/contract';

type Balances = Out<'stock.balances'>;
type Items = Out<'stock.items'>;
export type StockPlace = Balances[number]['place'];

/** One line of a count sheet: an item (and lot) at a place, what the books say. */
export type CountRow = {
  itemId: string;
  item: string;
  unit: string;
  lotId: string | null;
  lotCode: string | null;
  expiresOn: string | null;
  books: number;
};

/** The places that have held stock, the store first. */
export function placesOf(balances: Balances): StockPlace[] {
  const seen = new Map<string, StockPlace>();
  for (const b of balances) seen.set(b.place.id, b.place);
  const order = ['store', 'gate', 'hotel', 'runner'];
  return [...seen.values()].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name),
  );
}

/**
 * The sheet of a place: every item and lot its books hold (zero included: a count may find some), and
 * at the store the catalogue's items not tracked by lot that it never held (the shelf may have them).
 * Ordered by item name, then expiry.
 */
export function countRows(balances: Balances, items: Items, place: StockPlace): CountRow[] {
  const rows: CountRow[] = balances
    .filter((b) => b.place.id === place.id)
    .map((b) => ({
      itemId: b.itemId,
      item: b.item,
      unit: b.unit,
      lotId: b.lotId,
      lotCode: b.lotCode,
      expiresOn: b.expiresOn,
      books: b.qty,
    }));
  if (place.kind === 'store')
    for (const i of items)
      if (!i.byLot && !rows.some((r) => r.itemId === i.id))
        rows.push({
          itemId: i.id,
          item: i.name,
          unit: i.unit,
          lotId: null,
          lotCode: null,
          expiresOn: null,
          books: 0,
        });
  return rows.sort(
    (a, b) => a.item.localeCompare(b.item, 'zh-CN') || (a.expiresOn ?? '9').localeCompare(b.expiresOn ?? '9'),
  );
}

/** The place as the API names it (`PlaceRef`). */
export const placeRef = (p: StockPlace) =>
  p.kind === 'store' ? ({ kind: 'store' } as const) : ({ kind: p.kind, id: p.refId ?? 0 } as const);
