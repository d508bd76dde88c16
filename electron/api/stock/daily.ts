/** The stock dashboard's history: units issued per item per post day (issue 12). Read-only. */
import { sql } from 'drizzle-orm';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { addDays, dayOf, daysBetween } from '../shared/dates';

export const DAILY_MAX_DAYS = 120;

export const stockDailyHandlers: HandlerMap<'stock.daily'> = {
  'stock.daily': (db, input, ctx) => {
    const today = dayOf(ctx.now());
    const to = input.to ?? today;
    const start = input.from ?? readCompound(db).closureStart ?? addDays(to, -13);
    // Never more than DAILY_MAX_DAYS, never a range that ends before it starts.
    const earliest = addDays(to, -(DAILY_MAX_DAYS - 1));
    // YYYY-MM-DD sorts as text: the start, not after today, not before the earliest day kept.
    const bounded = [[start, to].sort()[0] ?? to, earliest].sort()[1] ?? to;
    // Read from the per-day counter the ledger's triggers keep (stock_issue_days, migration 0015): a
    // reversal takes its quantity off the issue's own day, so what is left is what was not reversed.
    const rows = db.all<{ day: string; itemId: string; item: string; unit: string; n: number }>(
      sql`SELECT d.day, d.item_id AS itemId, i.name AS item, i.unit, d.qty AS n
        FROM stock_issue_days d JOIN stock_items i ON i.id = d.item_id
        WHERE d.day >= ${bounded} AND d.day <= ${to} AND d.qty <> 0
        ORDER BY d.day`,
    );
    const items = new Map<string, { itemId: string; item: string; unit: string; total: number }>();
    const byDay = new Map<string, Record<string, number>>();
    for (const r of rows) {
      const it = items.get(r.itemId) ?? { itemId: r.itemId, item: r.item, unit: r.unit, total: 0 };
      it.total += r.n;
      items.set(r.itemId, it);
      byDay.set(r.day, { ...(byDay.get(r.day) ?? {}), [r.itemId]: r.n });
    }
    const days = Array.from({ length: daysBetween(bounded, to) + 1 }, (_, i) => {
      const day = addDays(bounded, i);
      return { day, issued: byDay.get(day) ?? {} };
    });
    return { from: bounded, to, items: [...items.values()].sort((a, b) => b.total - a.total), days };
  },
};
