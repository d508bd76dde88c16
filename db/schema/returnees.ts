import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  HEALTH_CODES,
  NEED_DONE,
  NEED_KINDS,
  OUTCOMES,
  RELEASE_TO,
  ROOM_STATUS,
  TEST_RESULTS,
} from './enums';
import { residents } from './registry';
import { memberRef } from './team';

/** People who arrived at the gate together (a family off one car) are checked and placed together. */
export const arrivalGroups = sqliteTable('arrival_groups', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  arrivedAt: text('arrived_at').notNull(),
  fromPlace: text('from_place').notNull(),
  note: text('note').notNull().default(''),
  registeredById: memberRef('registered_by_id'),
  registeredBy: text('registered_by').notNull(),
});

/** 返回人员登记: one person at the gate, as checked. */
export const returnees = sqliteTable(
  'returnees',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    groupId: integer('group_id')
      .notNull()
      .references(() => arrivalGroups.id),
    /** Null: not a registered resident of this compound. */
    residentId: integer('resident_id').references(() => residents.id),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    phone: text('phone').notNull().default(''),
    birthDate: text('birth_date'),
    quarantineFrom: text('quarantine_from'),
    quarantineTo: text('quarantine_to'),
    certificateNo: text('certificate_no').notNull().default(''),
    testAt: text('test_at'),
    testResult: text('test_result', { enum: TEST_RESULTS }),
    healthCode: text('health_code', { enum: HEALTH_CODES }),
    temperature: real('temperature'),
    symptoms: text('symptoms').notNull().default(''),
    wantsVentilation: integer('wants_ventilation', { mode: 'boolean' }).notNull().default(false),
    /** The check as it was at the gate (JSON of rule results) and what it recommended. */
    checkJson: text('check_json').notNull(),
    recommendation: text('recommendation', { enum: OUTCOMES }).notNull(),
    /** The latest decision, kept in step with returnee_decisions. */
    outcome: text('outcome', { enum: OUTCOMES }),
    registeredAt: text('registered_at').notNull(),
  },
  (t) => [index('returnees_group_idx').on(t.groupId), index('returnees_resident_idx').on(t.residentId)],
);

/** Decisions on returnees: append-only. */
export const returneeDecisions = sqliteTable(
  'returnee_decisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    returneeId: integer('returnee_id')
      .notNull()
      .references(() => returnees.id),
    outcome: text('outcome', { enum: OUTCOMES }).notNull(),
    recommendation: text('recommendation', { enum: OUTCOMES }).notNull(),
    reason: text('reason').notNull().default(''),
    decidedById: memberRef('decided_by_id'),
    decidedBy: text('decided_by').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('decisions_returnee_idx').on(t.returneeId)],
);

export const hotels = sqliteTable('hotels', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  contact: text('contact').notNull().default(''),
  phone: text('phone').notNull().default(''),
  /** Bumped on every update: a save read at an older version is refused (CONFLICT). */
  version: integer('version').notNull().default(1),
});

export const hotelRooms = sqliteTable(
  'hotel_rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    hotelId: integer('hotel_id')
      .notNull()
      .references(() => hotels.id),
    number: text('number').notNull(),
    floor: integer('floor').notNull(),
    beds: integer('beds').notNull(),
    ventilated: integer('ventilated', { mode: 'boolean' }).notNull().default(false),
    accessible: integer('accessible', { mode: 'boolean' }).notNull().default(false),
    status: text('status', { enum: ROOM_STATUS }).notNull().default('free'),
    note: text('note').notNull().default(''),
  },
  (t) => [index('rooms_hotel_idx').on(t.hotelId, t.number)],
);

/** A stay in one room. A room change closes one stay and opens another; nothing is deleted. */
export const hotelStays = sqliteTable(
  'hotel_stays',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    returneeId: integer('returnee_id')
      .notNull()
      .references(() => returnees.id),
    roomId: integer('room_id')
      .notNull()
      .references(() => hotelRooms.id),
    checkIn: text('check_in').notNull(),
    plannedEnd: text('planned_end').notNull(),
    startedAt: text('started_at').notNull(),
    overfillReason: text('overfill_reason').notNull().default(''),
    endedAt: text('ended_at'),
    endKind: text('end_kind', { enum: ['moved', 'released'] }),
    endReason: text('end_reason').notNull().default(''),
    releaseTo: text('release_to', { enum: RELEASE_TO }),
  },
  (t) => [index('stays_room_idx').on(t.roomId, t.endedAt), index('stays_returnee_idx').on(t.returneeId)],
);

export const hotelNeeds = sqliteTable(
  'hotel_needs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    returneeId: integer('returnee_id')
      .notNull()
      .references(() => returnees.id),
    kind: text('kind', { enum: NEED_KINDS }).notNull(),
    detail: text('detail').notNull().default(''),
    askedAt: text('asked_at').notNull(),
    recordedById: memberRef('recorded_by_id'),
    recordedBy: text('recorded_by').notNull(),
    handledAt: text('handled_at'),
    handledById: memberRef('handled_by_id'),
    handledBy: text('handled_by'),
    handledNote: text('handled_note').notNull().default(''),
    /** What was done (NEED_DONE), kept in step with the latest care_events row of the need. */
    handledDone: text('handled_done', { enum: NEED_DONE }),
  },
  (t) => [index('needs_returnee_idx').on(t.returneeId)],
);

/** The daily call to each guest. */
export const hotelContacts = sqliteTable(
  'hotel_contacts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    returneeId: integer('returnee_id')
      .notNull()
      .references(() => returnees.id),
    day: text('day').notNull(),
    reached: integer('reached', { mode: 'boolean' }).notNull(),
    temperature: real('temperature'),
    /** At or above the post's fever threshold when the call was logged: an alert until handled. */
    fever: integer('fever', { mode: 'boolean' }).notNull().default(false),
    wellbeing: text('wellbeing').notNull().default(''),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
    at: text('at').notNull(),
  },
  (t) => [index('contacts_returnee_day_idx').on(t.returneeId, t.day)],
);
