import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  CHECK_METHODS,
  CHECK_RESULTS,
  CHECK_VIA,
  EPISODE_CLOSE_REASONS,
  EPISODE_REASONS,
  MEDICAL_KINDS,
  MEDICAL_OUTCOMES,
  MEDICAL_SOURCES,
  MEDICAL_URGENCIES,
  TRIAGE_ACTIONS,
} from './enums';
import { errands } from './errands';
import { buildings, households, residents } from './registry';
import { hotelContacts, hotels, returnees } from './returnees';
import { stockTx } from './stock';
import { memberRef } from './team';

/** What a slot keeps of its latest check: `due` until one is written (missed is derived from the clock). */
export const SLOT_KEPT = ['due', ...CHECK_RESULTS] as const;

/**
 * Health (issue 14). A monitoring episode follows one person (a resident, or a returnee: a hotel
 * guest, a returnee at home) from one day to another, `checks_per_day` times a day. It never ends
 * or extends by itself: closing is an explicit step (the `closed_*` columns, written once, with a
 * reason). Text UUID key and the post's id; `seq` is its compact number, the key its slots use
 * (a district holds millions of slots: an integer, not a UUID, per slot).
 */
export const healthEpisodes = sqliteTable(
  'health_episodes',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    seq: integer('seq').notNull(),
    subjectKind: text('subject_kind', { enum: ['resident', 'returnee'] }).notNull(),
    residentId: integer('resident_id').references(() => residents.id),
    returneeId: integer('returnee_id').references(() => returnees.id),
    /** Where the person is followed: a household of a building, or a hotel. */
    householdId: integer('household_id').references(() => households.id),
    buildingId: integer('building_id').references(() => buildings.id),
    hotelId: integer('hotel_id').references(() => hotels.id),
    /**
     * Building-room or hotel-room as it was when the episode was opened; a hotel guest's follows the
     * stay (a room change moves it with `hotel_id`, health/hotel-guests.ts).
     */
    place: text('place').notNull().default(''),
    reason: text('reason', { enum: EPISODE_REASONS }).notNull(),
    fromDay: text('from_day').notNull(),
    /** The planned last day: slots are never made after it. */
    toDay: text('to_day').notNull(),
    checksPerDay: integer('checks_per_day').notNull(),
    note: text('note').notNull().default(''),
    openedAt: text('opened_at').notNull(),
    openedById: memberRef('opened_by_id'),
    openedByName: text('opened_by_name').notNull(),
    closedAt: text('closed_at'),
    closeReason: text('close_reason', { enum: EPISODE_CLOSE_REASONS }),
    closeNote: text('close_note').notNull().default(''),
    closedById: memberRef('closed_by_id'),
    closedByName: text('closed_by_name').notNull().default(''),
    /**
     * The position of the latest slot with a reading (day number × checks a day + slot; rules.ts
     * `slotPos`), the one before the first slot when none: "not seen" is one indexed range.
     * Kept in the transaction of each check.
     */
    lastReadPos: integer('last_read_pos').notNull(),
    lastReadAt: text('last_read_at'),
  },
  (t) => [
    uniqueIndex('health_episodes_seq_uq').on(t.seq),
    index('health_episodes_resident_idx').on(t.residentId),
    index('health_episodes_returnee_idx').on(t.returneeId),
    index('health_episodes_building_idx').on(t.buildingId, t.closedAt),
    index('health_episodes_hotel_idx').on(t.hotelId, t.closedAt),
    index('health_episodes_open_seen_idx')
      .on(t.checksPerDay, t.lastReadPos)
      .where(sql`${t.closedAt} IS NULL`),
  ],
);

/**
 * The check slots, made in advance: one row per episode, day and slot of the day (rowid key). A slot
 * keeps its latest check (result, temperature, when, by whom, a recheck due) in the same transaction
 * as the check, so the round and the duty screen read slots alone.
 *
 * No foreign keys (migration 0028): the episode, building and hotel of every slot are copied from
 * its episode's row, which has its own foreign keys, in the statement that makes or moves the slot,
 * and episodes, buildings and hotels are never deleted. A district's day is 627,000 slots made in
 * one step; checking three parents for each row was a fifth of it (issue 11).
 */
export const healthSlots = sqliteTable(
  'health_slots',
  {
    id: integer('id').primaryKey(),
    episodeSeq: integer('episode_seq').notNull(),
    day: text('day').notNull(),
    slot: integer('slot').notNull(),
    /** The minute of the post's day its window starts (rules.ts SLOT_WINDOWS): due from then. */
    starts: integer('starts').notNull(),
    buildingId: integer('building_id'),
    hotelId: integer('hotel_id'),
    state: text('state', { enum: SLOT_KEPT }).notNull().default('due'),
    temperature: real('temperature'),
    at: text('at'),
    byName: text('by_name').notNull().default(''),
    /** A reading at or above the threshold not yet rechecked. */
    recheckDue: integer('recheck_due', { mode: 'boolean' }).notNull().default(false),
    checkId: text('check_id'),
    checks: integer('checks').notNull().default(0),
  },
  (t) => [
    /**
     * Day first: a new day's rows (half a million at district scale) are appended at the end of
     * every index instead of scattered through 7 million (an episode's slots: one seek per day).
     */
    uniqueIndex('health_slots_day_episode_uq').on(t.day, t.episodeSeq, t.slot),
    /** A building's (or a hotel's) round for a day, and the day's completion per place: covering. */
    index('health_slots_place_idx').on(t.day, t.buildingId, t.hotelId, t.starts, t.state),
    /** Due and not taken, in the duty screen's order (by window, then place): its first page stops early. */
    index('health_slots_state_idx').on(t.day, t.state, t.starts, t.buildingId, t.hotelId),
    index('health_slots_recheck_idx').on(t.day).where(sql`${t.recheckDue}`),
  ],
);

/**
 * The day's slots counted per place and window start (0 for no building / no hotel): how many, how
 * many have a check, how many normal. Derived, never written by the handlers' own statements: the
 * slots made add their counts set-based (slots.ts), and SQLite triggers (migration 0024, made again
 * by 0028's rebuild of the slots) follow each slot's change (its state, or a hotel guest's slot
 * moved with the stay) and deletion in the same transaction, so the duty screen's totals and
 * completion, the overview's round and the daily report read a few hundred rows instead of
 * counting half a million.
 */
export const healthSlotCounts = sqliteTable(
  'health_slot_counts',
  {
    day: text('day').notNull(),
    buildingId: integer('building_id').notNull(),
    hotelId: integer('hotel_id').notNull(),
    starts: integer('starts').notNull(),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    normal: integer('normal').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.buildingId, t.hotelId, t.starts] })],
);

/**
 * The days whose slots were made for everyone (`health.makeSlots`, or the first health write of the
 * day): "made" is this row, not "any slot of the day exists" — a person followed from a later day,
 * or a hotel guest placed early, has slots of a day nobody has made yet. An episode opened after its
 * days were made gets its slots of those days at once. Append-only: one row per day.
 */
export const healthDays = sqliteTable(
  'health_days',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    day: text('day').notNull(),
    madeAt: text('made_at').notNull(),
    /** Slots made by that step (the day's total can grow as episodes open later). */
    made: integer('made').notNull(),
  },
  (t) => [uniqueIndex('health_days_day_uq').on(t.day)],
);

/**
 * A check: append-only (a correction is a new check of the same slot). `alert` marks the reading
 * that raised a fever alert (a high recheck, or a high reading a hotel guest reported on the daily
 * call); it is open until the doctor triages a request naming it (or, for a call, the hotel's
 * `fever_handled`): shared/fever-alerts.ts.
 */
export const healthChecks = sqliteTable(
  'health_checks',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    slotId: integer('slot_id')
      .notNull()
      .references(() => healthSlots.id),
    episodeId: text('episode_id')
      .notNull()
      .references(() => healthEpisodes.id),
    temperature: real('temperature'),
    method: text('method', { enum: CHECK_METHODS }).notNull(),
    /** Comma-separated SYMPTOMS. */
    symptoms: text('symptoms').notNull().default(''),
    result: text('result', { enum: CHECK_RESULTS }).notNull(),
    via: text('via', { enum: CHECK_VIA }).notNull(),
    recheck: integer('recheck', { mode: 'boolean' }).notNull().default(false),
    alert: integer('alert', { mode: 'boolean' }).notNull().default(false),
    /** The hotel call this check came from. */
    hotelContactId: integer('hotel_contact_id').references(() => hotelContacts.id),
    note: text('note').notNull().default(''),
    at: text('at').notNull(),
    recordedAt: text('recorded_at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [
    index('health_checks_slot_idx').on(t.slotId),
    index('health_checks_episode_idx').on(t.episodeId, t.at),
    index('health_checks_alert_idx').on(t.at).where(sql`${t.alert}`),
    /** The daily report's abnormal readings over a day and the closure (issue 15). */
    index('health_checks_abnormal_idx').on(t.at).where(sql`${t.result} = 'abnormal'`),
    index('health_checks_contact_idx').on(t.hotelContactId).where(sql`${t.hotelContactId} IS NOT NULL`),
  ],
);

/**
 * A medical request (医疗需求) for the community doctor. Written once; its life is the append-only
 * `medical_events`, the latest kept on the row (state, triage, outcome) in the same transaction.
 */
export const medicalRequests = sqliteTable(
  'medical_requests',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    subjectKind: text('subject_kind', { enum: ['resident', 'returnee'] }).notNull(),
    residentId: integer('resident_id').references(() => residents.id),
    returneeId: integer('returnee_id').references(() => returnees.id),
    householdId: integer('household_id').references(() => households.id),
    kind: text('kind', { enum: MEDICAL_KINDS }).notNull(),
    urgency: text('urgency', { enum: MEDICAL_URGENCIES }).notNull(),
    source: text('source', { enum: MEDICAL_SOURCES }).notNull(),
    /** The high reading this request answers (a fever alert). */
    checkId: text('check_id').references(() => healthChecks.id),
    note: text('note').notNull().default(''),
    createdAt: text('created_at').notNull(),
    createdById: memberRef('created_by_id'),
    createdByName: text('created_by_name').notNull(),
    // The latest event, kept in step with medical_events.
    state: text('state', { enum: ['new', 'triaged', 'closed'] }).notNull(),
    action: text('action', { enum: TRIAGE_ACTIONS }),
    advice: text('advice').notNull().default(''),
    followUpOn: text('follow_up_on'),
    outcome: text('outcome', { enum: MEDICAL_OUTCOMES }),
    stockTxId: text('stock_tx_id').references(() => stockTx.id),
    errandId: text('errand_id').references(() => errands.id),
    /** Medicine delivered: the day it was and the day the next refill falls due. */
    deliveredOn: text('delivered_on'),
    nextRefillOn: text('next_refill_on'),
    events: integer('events').notNull(),
  },
  (t) => [
    index('medical_requests_open_idx').on(t.state, t.createdAt),
    index('medical_requests_check_idx').on(t.checkId).where(sql`${t.checkId} IS NOT NULL`),
    index('medical_requests_resident_idx').on(t.residentId, t.deliveredOn),
  ],
);

/** A medical request's life: added, triaged, closed. Append-only. */
export const medicalEvents = sqliteTable(
  'medical_events',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    requestId: text('request_id')
      .notNull()
      .references(() => medicalRequests.id),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['added', 'triaged', 'closed'] }).notNull(),
    action: text('action', { enum: TRIAGE_ACTIONS }),
    advice: text('advice').notNull().default(''),
    followUpOn: text('follow_up_on'),
    daysSupply: integer('days_supply'),
    outcome: text('outcome', { enum: MEDICAL_OUTCOMES }),
    stockTxId: text('stock_tx_id').references(() => stockTx.id),
    errandId: text('errand_id').references(() => errands.id),
    note: text('note').notNull().default(''),
    at: text('at').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [uniqueIndex('medical_events_seq_uq').on(t.requestId, t.seq)],
);
