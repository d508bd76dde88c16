import {
  type AnySQLiteColumn,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { DISTRIB_BASES, DISTRIB_OUTCOMES, DISTRIB_STATES } from './enums';
import { buildings, households } from './registry';
import { stockItems, stockPlaces, stockTx } from './stock';
import { memberRef } from './team';

/**
 * Distributions (发放, issue 12): "vegetables to every household in 1–6栋". A distribution and its
 * lines are written once, in one transaction; each household is on a distribution at most once (a
 * unique index, so the database itself refuses a second line). Deliveries are events of their own
 * (a household not at home moves no stock); one that hands over posts a stock issue (`tx_id`).
 */
export const stockDistributions = sqliteTable(
  'stock_distributions',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    itemId: text('item_id')
      .notNull()
      .references(() => stockItems.id),
    /** The place the stock is taken from when a line is delivered. */
    placeId: text('place_id')
      .notNull()
      .references(() => stockPlaces.id),
    /** JSON array of the building ids chosen; null: every building. */
    scope: text('scope'),
    basis: text('basis', { enum: DISTRIB_BASES }).notNull(),
    /** Per household or per person, in the item's unit. */
    qty: integer('qty').notNull(),
    plannedOn: text('planned_on').notNull(),
    note: text('note').notNull().default(''),
    households: integer('households').notNull(),
    totalQty: integer('total_qty').notNull(),
    createdAt: text('created_at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [index('stock_distributions_day_idx').on(t.plannedOn, t.itemId)],
);

/** One household's share: snapshots of where it lived and how many were counted, and where it stands. */
export const stockDistribLines = sqliteTable(
  'stock_distrib_lines',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    distributionId: text('distribution_id')
      .notNull()
      .references(() => stockDistributions.id),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    buildingName: text('building_name').notNull(),
    /** The room as printed (unit-room). */
    room: text('room').notNull(),
    householder: text('householder').notNull(),
    people: integer('people').notNull(),
    qty: integer('qty').notNull(),
    /** Kept in step with the last delivery event, in the same transaction (only these two change). */
    state: text('state', { enum: DISTRIB_STATES }).notNull().default('pending'),
    lastDeliveryId: text('last_delivery_id').references((): AnySQLiteColumn => stockDeliveries.id),
  },
  (t) => [
    uniqueIndex('stock_distrib_lines_once_idx').on(t.distributionId, t.householdId),
    index('stock_distrib_lines_building_idx').on(t.distributionId, t.buildingId, t.room),
    index('stock_distrib_lines_household_idx').on(t.householdId),
  ],
);

/** 送达: a line handed over (with its stock issue), nobody at home, or a handing-over undone. */
export const stockDeliveries = sqliteTable(
  'stock_deliveries',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    lineId: text('line_id')
      .notNull()
      .references((): AnySQLiteColumn => stockDistribLines.id),
    outcome: text('outcome', { enum: DISTRIB_OUTCOMES }).notNull(),
    /** The stock issue (delivered) or its reversal (undone); null when nobody was home. */
    txId: text('tx_id').references(() => stockTx.id),
    runnerId: memberRef('runner_id'),
    runnerName: text('runner_name').notNull().default(''),
    /** Who took it (本人, a neighbour …), as typed. */
    receivedBy: text('received_by').notNull().default(''),
    happenedAt: text('happened_at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('stock_deliveries_line_idx').on(t.lineId), index('stock_deliveries_tx_idx').on(t.txId)],
);
