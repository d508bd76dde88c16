import type { Out } from '../../../../electron/api/contract';

type Cover = Out<'stock.cover'>;
type Items = Out<'stock.items'>;

/** One line of the request to the town; `asked` is a person's to edit before printing. */
export type RequestRow = {
  key: string;
  itemId: string;
  item: string;
  unit: string;
  onHand: number;
  reorderLevel: number;
  days: number | null;
  asked: number;
  /** Why it is on the list: below the reorder level, and/or a lot expiring within 7 days. */
  below: boolean;
  expiring: { lotCode: string; expiresOn: string; qty: number }[];
};

/**
 * Items below their reorder (or minimum) level, and items with a lot expiring within 7 days. The
 * suggested quantity brings the item to twice its reorder level, plus what expires (it must be
 * replaced); never below zero.
 */
export function requestRows(cover: Cover, items: Items): RequestRow[] {
  const levels = new Map(items.map((i) => [i.id, i.reorderLevel]));
  const rows: RequestRow[] = [];
  for (const c of cover.items) {
    const below = c.flags.some((f) => f.code === 'below_reorder' || f.code === 'below_minimum');
    const expiring = cover.expiring
      .filter((l) => l.itemId === c.itemId)
      .map((l) => ({ lotCode: l.lotCode, expiresOn: l.expiresOn, qty: l.qty }));
    if (!below && expiring.length === 0) continue;
    const reorderLevel = levels.get(c.itemId) ?? 0;
    const expiringQty = expiring.reduce((a, l) => a + l.qty, 0);
    const toLevel = Math.max(0, reorderLevel * 2 - c.onHand);
    rows.push({
      key: c.itemId,
      itemId: c.itemId,
      item: c.item,
      unit: c.unit,
      onHand: c.onHand,
      reorderLevel,
      days: c.days,
      asked: below ? toLevel + expiringQty : expiringQty,
      below,
      expiring,
    });
  }
  return rows;
}
