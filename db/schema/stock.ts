import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  STOCK_CATEGORIES,
  STOCK_COUNTERPARTIES,
  STOCK_PLACE_KINDS,
  STOCK_REASONS,
  STOCK_SOURCES,
  STOCK_TX_KINDS,
} from './enums';
import { memberRef } from './team';

/**
 * Supplies (物资, issue 12). Quantities are whole numbers of the item's unit (INTEGER, never REAL:
 * a balance of floats drifts). Every row a ledger line points at (items, places, lots) has a text
 * UUID key and the post's id, like the ledger itself, so a district can gather many posts' books
 * without two posts' "item 3" colliding. The ledger (stock_tx, stock_lines, stock_counts) is
 * append-only; stock_balances is kept in step in the same transaction as each line.
 */

/** 物资目录: a catalogue row, edited in a form (version bumped by a trigger). */
export const stockItems = sqliteTable(
  'stock_items',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    name: text('name').notNull(),
    /** The unit every quantity of this item counts in (个, 瓶, 袋, 斤 …): whole numbers only. */
    unit: text('unit').notNull(),
    category: text('category', { enum: STOCK_CATEGORIES }).notNull(),
    /** Tracked by lot (expiry, source): lines name a lot; otherwise lines have none. */
    byLot: integer('by_lot', { mode: 'boolean' }).notNull().default(false),
    minLevel: integer('min_level').notNull().default(0),
    reorderLevel: integer('reorder_level').notNull().default(0),
    /** Units a person uses a day (masks 1), for days of cover before there is any history. */
    dailyNorm: real('daily_norm'),
    createdAt: text('created_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('stock_items_name_idx').on(t.name)],
);

/** Where stock is held. `refId` names the gate (duty_posts), hotel (hotels) or runner (team_members). */
export const stockPlaces = sqliteTable(
  'stock_places',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    kind: text('kind', { enum: STOCK_PLACE_KINDS }).notNull(),
    refId: integer('ref_id'),
    /** The name when the place was first used (the gate's, hotel's or runner's). */
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('stock_places_ref_idx').on(t.kind, sql`coalesce(ref_id, 0)`)],
);

/** A lot: one delivery of an item, with its expiry and source. Made by a receive; never edited. */
export const stockLots = sqliteTable(
  'stock_lots',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    /** The batch number printed on the box, if any. */
    code: text('code').notNull().default(''),
    /** YYYY-MM-DD; null: does not expire. */
    expiresOn: text('expires_on'),
    source: text('source', { enum: STOCK_SOURCES }).notNull(),
    sourceName: text('source_name').notNull().default(''),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('stock_lots_item_idx').on(t.itemId, t.expiresOn)],
);

/** A movement: append-only. Undo is a `reversal` naming what it reverses (at most once). */
export const stockTx = sqliteTable(
  'stock_tx',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    kind: text('kind', { enum: STOCK_TX_KINDS }).notNull(),
    /** When it happened (ISO instant); `recordedAt` when it was written. */
    happenedAt: text('happened_at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
    counterpartyKind: text('counterparty_kind', { enum: STOCK_COUNTERPARTIES }),
    /** The household, returnee (hotel guest) or team member (runner); null for a donor or a place. */
    counterpartyId: integer('counterparty_id'),
    counterpartyName: text('counterparty_name').notNull().default(''),
    /** Why an adjustment, write-off or count difference (STOCK_REASONS); null otherwise. */
    reasonCode: text('reason_code', { enum: STOCK_REASONS }),
    /** Typed by a person: a note, the reason of a reversal or of issuing more than was there. */
    note: text('note').notNull().default(''),
    /** Issued, moved or adjusted past what the books held, with a reason in `note`. */
    short: integer('short', { mode: 'boolean' }).notNull().default(false),
    /** For a reversal: the transaction it undoes (unique: a transaction is reversed at most once). */
    reverses: text('reverses').references((): AnySQLiteColumn => stockTx.id),
  },
  (t) => [
    index('stock_tx_happened_idx').on(t.happenedAt),
    /**
     * A kind's movements over days, their ids and what they reverse in the index itself (migration
     * 0023): the dashboard's masks line and the daily report's receipts read no table rows.
     */
    index('stock_tx_kind_idx').on(t.kind, t.happenedAt, t.id, t.reverses),
    uniqueIndex('stock_tx_reverses_idx').on(t.reverses),
  ],
);

/** The lines of a movement: signed quantities in the item's unit at a place (and lot). */
export const stockLines = sqliteTable(
  'stock_lines',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    txId: text('tx_id')
      .notNull()
      .references(() => stockTx.id),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    lotId: text('lot_id').references(() => stockLots.id),
    placeId: text('place_id')
      .notNull()
      .references(() => stockPlaces.id),
    qty: integer('qty').notNull(),
  },
  (t) => [
    /** A movement's lines, each line's item and quantity in the index (migration 0023): covering. */
    index('stock_lines_tx_idx').on(t.txId, t.itemId, t.qty),
    index('stock_lines_item_idx').on(t.itemId, t.placeId),
  ],
);

/** 盘点: what the books said and what was counted, per item and lot at the count's place. */
export const stockCounts = sqliteTable(
  'stock_counts',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    txId: text('tx_id')
      .notNull()
      .references(() => stockTx.id),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    lotId: text('lot_id').references(() => stockLots.id),
    placeId: text('place_id')
      .notNull()
      .references(() => stockPlaces.id),
    systemQty: integer('system_qty').notNull(),
    countedQty: integer('counted_qty').notNull(),
  },
  (t) => [index('stock_counts_tx_idx').on(t.txId)],
);

/**
 * What is on hand per item, lot and place: derived from the lines, written in the same transaction
 * as each line (never recomputed lazily, so never stale). Negative means the books are short of the
 * shelf: shown as "count needed", never clamped to 0.
 */
export const stockBalances = sqliteTable(
  'stock_balances',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    lotId: text('lot_id').references(() => stockLots.id),
    placeId: text('place_id')
      .notNull()
      .references(() => stockPlaces.id),
    qty: integer('qty').notNull(),
  },
  (t) => [uniqueIndex('stock_balances_key_idx').on(t.itemId, t.placeId, sql`coalesce(lot_id, '')`)],
);
