import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { GENDERS, OCCUPANCY, PRESENCE, REG_STATUS, SOURCE_METHODS } from './enums';
import { memberRef } from './team';

/** 楼栋 */
export const buildings = sqliteTable(
  'buildings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    floors: integer('floors').notNull(),
    unitsCount: integer('units_count').notNull().default(1),
    roomsPerFloor: integer('rooms_per_floor').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('buildings_name_uq').on(t.name),
    // residents.search walks the registry in address order (buildings by sort_order, then id).
    index('buildings_order_idx').on(t.sortOrder),
  ],
);

/** 户: one household file (一户一档) per room. */
export const households = sqliteTable(
  'households',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
    unit: text('unit').notNull().default(''),
    room: text('room').notNull(),
    householderName: text('householder_name').notNull().default(''),
    phone: text('phone').notNull().default(''),
    occupancy: text('occupancy', { enum: OCCUPANCY }).notNull().default('unknown'),
    regStatus: text('reg_status', { enum: REG_STATUS }).notNull().default('not_visited'),
    notes: text('notes').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
    /** Bumped on every update: a save read at an older version is refused (CONFLICT). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('households_addr_uq').on(t.buildingId, t.unit, t.room),
    index('households_status_idx').on(t.regStatus),
    /** residents.search by a room number alone (`302`) in every building. */
    index('households_room_idx').on(t.room),
  ],
);

/** 人员 */
export const residents = sqliteTable(
  'residents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    name: text('name').notNull(),
    gender: text('gender', { enum: GENDERS }),
    birthDate: text('birth_date'),
    idNumber: text('id_number'),
    phone: text('phone').notNull().default(''),
    relation: text('relation').notNull().default(''),
    presence: text('presence', { enum: PRESENCE }).notNull().default('in_compound'),
    pregnant: integer('pregnant', { mode: 'boolean' }).notNull().default(false),
    chronicIllness: integer('chronic_illness', { mode: 'boolean' }).notNull().default(false),
    disability: integer('disability', { mode: 'boolean' }).notNull().default(false),
    regularMedicine: integer('regular_medicine', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    updatedAt: text('updated_at').notNull(),
    /** Bumped on every update: a save read at an older version is refused (CONFLICT). */
    version: integer('version').notNull().default(1),
  },
  (t) => [
    // A household's residents in id order, with their names: residents.search walks the registry in
    // address order checking names from this index alone, reading a resident only when it matches.
    index('residents_household_idx').on(t.householdId, t.id, t.name),
    uniqueIndex('residents_id_number_uq').on(t.idNumber),
    index('residents_name_idx').on(t.name),
    index('residents_phone_idx').on(t.phone),
    index('residents_birth_idx').on(t.birthDate),
    // residents.search (electron/api/residents/search.ts): a name fragment is found by a range of
    // the name from its 1st, 2nd or 3rd character (upper-cased, as LIKE folds case), and in names
    // longer than 3 by their own small index; a phone by its start (residents_phone_idx) or its last
    // 3 digits, an ID number by its last 3 characters (never more than the mask shows).
    index('residents_name_from1_idx').on(sql`upper(${t.name})`),
    index('residents_name_from2_idx').on(sql`upper(substr(${t.name}, 2))`),
    index('residents_name_from3_idx').on(sql`upper(substr(${t.name}, 3))`),
    index('residents_long_name_idx').on(sql`upper(${t.name})`).where(sql`length(${t.name}) > 3`),
    index('residents_phone_tail_idx').on(sql`substr(${t.phone}, -3)`),
    index('residents_id_tail_idx').on(sql`substr(${t.idNumber}, -3)`),
    // households.stats (issue 11): who is not in the compound, and who has a need, are few; the
    // rest is the total (a count(*) SQLite answers from the smallest index).
    index('residents_away_idx').on(t.presence).where(sql`${t.presence} <> 'in_compound'`),
    index('residents_needs_idx')
      .on(t.pregnant, t.chronicIllness, t.disability, t.regularMedicine)
      .where(sql`${t.pregnant} OR ${t.chronicIllness} OR ${t.disability} OR ${t.regularMedicine}`),
  ],
);

/** How the post learned of a household; several may apply, each with its day and operator. */
export const householdSources = sqliteTable(
  'household_sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    method: text('method', { enum: SOURCE_METHODS }).notNull(),
    day: text('day').notNull(),
    operatorId: memberRef('operator_id'),
    operatorName: text('operator_name').notNull(),
    note: text('note').notNull().default(''),
    at: text('at').notNull(),
  },
  (t) => [index('household_sources_household_idx').on(t.householdId)],
);

/** The household file's own history: every change to the household or its members. Append-only. */
export const householdEvents = sqliteTable(
  'household_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    householdId: integer('household_id')
      .notNull()
      .references(() => households.id),
    at: text('at').notNull(),
    operatorId: memberRef('operator_id'),
    /** The name as it was; '' when no one was on duty (shared/who.ts). */
    operatorName: text('operator_name').notNull(),
    /** The zh-CN wording of the reason, kept for search and old readers (legacy rows: only this). */
    summary: text('summary').notNull(),
    /** The reason's code (shared/event-codes.ts HOUSEHOLD_EVENT_CODES); null on rows written before 0012. */
    summaryCode: text('summary_code'),
    /** The reason's parameters as JSON; null when it has none or on legacy rows. */
    summaryParams: text('summary_params'),
  },
  (t) => [index('household_events_household_idx').on(t.householdId, t.at)],
);
