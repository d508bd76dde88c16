/**
 * Taking stock out of a place (an issue, a transfer's first half, an adjustment down): the lot named,
 * or the lots that expire first (FEFO); refused when the books hold less, unless a reason is given.
 * `Pending` remembers what earlier lines of the same movement took, so two lines of one item cannot
 * each pass against the same stock.
 */
import { and, eq } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { stockItems, stockLots } from '../../../db/schema';
import { refuse } from '../errors';
import { balanceOf, lotsAt, type NewLine, type PlaceRow } from './books';
import { checkShort, pickFefo } from './rules';

export type Item = typeof stockItems.$inferSelect;

export function itemOf(db: ReadDb, id: string, field?: string): Item {
  const item = db.select().from(stockItems).where(eq(stockItems.id, id)).get();
  if (!item) throw refuse('NOT_FOUND', { code: 'stock_item_not_found' }, field);
  return item;
}

/** The lot to book a line on: null for an item not tracked by lot; a named lot must be the item's. */
export function lotFor(db: Db, item: Item, lotId: string | null | undefined, field?: string): string | null {
  if (!lotId) return null;
  if (!item.byLot)
    throw refuse('CONFLICT', { code: 'stock_item_no_lots', params: { item: item.name } }, field);
  const lot = db
    .select({ itemId: stockLots.itemId })
    .from(stockLots)
    .where(and(eq(stockLots.id, lotId)))
    .get();
  if (!lot) throw refuse('NOT_FOUND', { code: 'stock_lot_not_found' }, field);
  if (lot.itemId !== item.id)
    throw refuse('CONFLICT', { code: 'stock_lot_other_item', params: { item: item.name } }, field);
  return lotId;
}

export class Pending {
  private taken = new Map<string, number>();
  private key = (itemId: string, lotId: string | null, placeId: string) =>
    `${itemId}|${lotId ?? ''}|${placeId}`;
  left(db: Db, itemId: string, lotId: string | null, placeId: string): number {
    return balanceOf(db, itemId, lotId, placeId) - (this.taken.get(this.key(itemId, lotId, placeId)) ?? 0);
  }
  take(line: NewLine): void {
    const k = this.key(line.itemId, line.lotId, line.placeId);
    this.taken.set(k, (this.taken.get(k) ?? 0) - line.qty);
  }
}

export type TakeOut = {
  item: Item;
  place: PlaceRow;
  qty: number;
  lotId: string | null;
  today: string;
  includeExpired: boolean;
  shortReason: string | undefined;
  field: string;
};

/** The (negative) lines that take `qty` out, and whether they take more than the books held. */
export function takeOut(db: Db, pending: Pending, t: TakeOut): { lines: NewLine[]; short: boolean } {
  const what = { item: t.item.name, unit: t.item.unit, place: t.place.name, placeKind: t.place.kind };
  const line = (lotId: string | null, qty: number): NewLine => ({
    itemId: t.item.id,
    lotId,
    placeId: t.place.id,
    qty: -qty,
  });
  let lines: NewLine[];
  let onHand: number;
  if (!t.item.byLot || t.lotId) {
    onHand = pending.left(db, t.item.id, t.lotId, t.place.id);
    lines = [line(t.lotId, t.qty)];
  } else {
    const lots = lotsAt(db, t.item.id, t.place.id).map((l) => ({
      ...l,
      qty: pending.left(db, t.item.id, l.lotId, t.place.id),
    }));
    const { picks, short } = pickFefo(lots, t.qty, t.today, t.includeExpired);
    onHand = t.qty - short;
    lines = picks.map((p) => line(p.lotId, p.qty));
    // What no lot covers is booked on the last lot taken (or on no lot): it goes below zero there.
    if (short > 0) {
      const last = lines.at(-1);
      if (last) last.qty -= short;
      else lines.push(line(null, short));
    }
  }
  const wrong = checkShort(onHand, t.qty, t.shortReason, what);
  if (wrong) throw refuse('CONFLICT', wrong, t.field);
  for (const l of lines) pending.take(l);
  return { lines, short: t.qty > onHand };
}
