import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { stockItems } from './stock';

/**
 * What was issued of each item on each of the post's days (Asia/Shanghai), issues not reversed: kept
 * by triggers on stock_lines in the same transaction as every line (migration 0015), so days of cover
 * reads 7 rows an item instead of a week of a million-line ledger. A reversal of an issue takes its
 * quantity off the issue's own day. Derived: `db/counts.ts`-style rebuild in the migration and tests.
 */
export const stockIssueDays = sqliteTable(
  'stock_issue_days',
  {
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    day: text('day').notNull(),
    qty: integer('qty').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.day] })],
);
