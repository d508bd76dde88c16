import { sql } from 'drizzle-orm';
import {
  type AnySQLiteColumn,
  index,
  integer,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  CASH_ENTRY_KINDS,
  ERRAND_CHANNELS,
  ERRAND_KINDS,
  ERRAND_PAYERS,
  ERRAND_STATES,
  ERRAND_URGENCIES,
} from './enums';
import { buildings, households } from './registry';
import { stockItems, stockTx } from './stock';
import { memberRef, teamMembers } from './team';

/**
 * Errands (跑腿, issue 13). An errand is written once with its lines; its life is the append-only
 * `errand_steps`. The errand row keeps its latest step (state, since when, the runner) in the same
 * transaction as each step — a denormalised copy, never recomputed lazily — so the open list by age
 * is one indexed read. Money is whole fen (分). Text UUID keys and the post's id, like every event.
 */
export const errands = sqliteTable(
  'errands',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    /** A short number per post for the phone and the slip (E-0042). */
    no: integer('no').notNull(),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    /** The household's building (a household never changes building): the list by building. */
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    kind: text('kind', { enum: ERRAND_KINDS }).notNull(),
    urgency: text('urgency', { enum: ERRAND_URGENCIES }).notNull(),
    channel: text('channel', { enum: ERRAND_CHANNELS }).notNull(),
    payer: text('payer', { enum: ERRAND_PAYERS }).notNull(),
    budgetFen: integer('budget_fen'),
    note: text('note').notNull().default(''),
    /** When the request came in, and who took it (name snapshot). */
    createdAt: text('created_at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    createdById: memberRef('created_by_id'),
    createdByName: text('created_by_name').notNull(),
    // The latest step, kept in step with errand_steps (same transaction).
    state: text('state', { enum: ERRAND_STATES }).notNull(),
    stateSince: text('state_since').notNull(),
    /** 1 unless confirmed, cancelled or a duplicate. */
    open: integer('open', { mode: 'boolean' }).notNull(),
    runnerId: memberRef('runner_id'),
    runnerName: text('runner_name').notNull().default(''),
    /** How many steps the errand has: the next step's `seq`. */
    steps: integer('steps').notNull(),
  },
  (t) => [
    uniqueIndex('errands_no_uq').on(t.postId, t.no),
    index('errands_open_age_idx').on(t.open, t.stateSince),
    index('errands_open_building_idx').on(t.open, t.buildingId, t.stateSince),
    index('errands_runner_idx').on(t.runnerId, t.open),
    index('errands_household_idx').on(t.householdId, t.open, t.kind),
    /** The daily report's errands opened, over a day and over the closure (issue 15). */
    index('errands_created_idx').on(t.createdAt),
  ],
);

/** What is needed: from a shop, or met from the post's store (`itemId`). Written with the errand. */
export const errandLines = sqliteTable(
  'errand_lines',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    errandId: text('errand_id')
      .notNull()
      .references(() => errands.id),
    seq: integer('seq').notNull(),
    what: text('what').notNull(),
    qty: integer('qty').notNull(),
    note: text('note').notNull().default(''),
    itemId: text('item_id').references(() => stockItems.id),
  },
  (t) => [uniqueIndex('errand_lines_seq_uq').on(t.errandId, t.seq)],
);

/** An errand's life: append-only; the errand row's state is its latest step. */
export const errandSteps = sqliteTable(
  'errand_steps',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    errandId: text('errand_id')
      .notNull()
      .references(() => errands.id),
    /** 1, 2, 3 … per errand (unique: a step is never written twice at the same place). */
    seq: integer('seq').notNull(),
    state: text('state', { enum: ERRAND_STATES }).notNull(),
    /** When it happened; `recordedAt` when it was written. */
    at: text('at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
    /** The runner who has the errand after this step (snapshot of the name). */
    runnerId: memberRef('runner_id'),
    runnerName: text('runner_name').notNull().default(''),
    amountFen: integer('amount_fen'),
    shop: text('shop').notNull().default(''),
    receiptNo: text('receipt_no').notNull().default(''),
    deliveredTo: text('delivered_to').notNull().default(''),
    duplicateOf: text('duplicate_of').references((): AnySQLiteColumn => errands.id),
    note: text('note').notNull().default(''),
    /**
     * A delivery that met lines from the store: its issue in the stock ledger (on a delivery undone:
     * the reversal of that issue).
     */
    stockTxId: text('stock_tx_id').references(() => stockTx.id),
    /**
     * A delivery undone (within the runner's shift): this correcting step names the `delivered` step
     * it undoes and puts the errand back in the state before it. The delivery stays in the history.
     */
    undoes: text('undoes').references((): AnySQLiteColumn => errandSteps.id),
  },
  (t) => [
    uniqueIndex('errand_steps_seq_uq').on(t.errandId, t.seq),
    /** The deliveries undone (the figures count a delivery only when nothing undoes it). */
    index('errand_steps_undoes_idx').on(t.undoes).where(sql`undoes IS NOT NULL`),
    /** Errands delivered per day (the dashboard's trend, the daily report): one range, not the table. */
    index('errand_steps_state_at_idx').on(t.state, t.at),
  ],
);

/**
 * A runner's cash book: append-only, signed fen (what the entry does to the cash the runner carries).
 * `seq` orders a runner's entries as written and `balanceFen` is the balance after each: the
 * runner's balance is the latest entry's, one indexed read.
 */
export const cashEntries = sqliteTable(
  'cash_entries',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    runnerId: integer('runner_id')
      .notNull()
      .references(() => teamMembers.id),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: CASH_ENTRY_KINDS }).notNull(),
    amountFen: integer('amount_fen').notNull(),
    balanceFen: integer('balance_fen').notNull(),
    errandId: text('errand_id').references(() => errands.id),
    receiptNo: text('receipt_no').notNull().default(''),
    note: text('note').notNull().default(''),
    at: text('at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [
    uniqueIndex('cash_entries_seq_uq').on(t.runnerId, t.seq),
    index('cash_entries_errand_idx').on(t.errandId),
  ],
);

/**
 * End of a shift: the cash counted against the book. A difference (counted − book) has a reason and
 * its `difference` entry in the book (`entryId`), so the book then equals what was counted.
 */
export const cashReconciliations = sqliteTable(
  'cash_reconciliations',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    runnerId: integer('runner_id')
      .notNull()
      .references(() => teamMembers.id),
    at: text('at').notNull(),
    bookFen: integer('book_fen').notNull(),
    countedFen: integer('counted_fen').notNull(),
    differenceFen: integer('difference_fen').notNull(),
    reason: text('reason').notNull().default(''),
    entryId: text('entry_id').references(() => cashEntries.id),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [index('cash_reconciliations_runner_idx').on(t.runnerId, t.at)],
);
