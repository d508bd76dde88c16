import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { buildings } from './registry';
import { memberRef, teamMembers } from './team';

/** The buildings a runner covers: at least one runner per building. */
export const runnerBuildings = sqliteTable(
  'runner_buildings',
  {
    memberId: integer('member_id')
      .notNull()
      .references(() => teamMembers.id),
    buildingId: integer('building_id')
      .notNull()
      .references(() => buildings.id),
  },
  (t) => [uniqueIndex('runner_buildings_uq').on(t.memberId, t.buildingId)],
);

/** 门岗 / 值班点: 北门, 南门, 指挥部值班 … */
export const dutyPosts = sqliteTable('duty_posts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  /** When the post was retired: no shift of it is made or staffed from then on; its history stays. */
  retiredAt: text('retired_at'),
  /** Bumped on every update: a save read at an older version is refused (CONFLICT). */
  version: integer('version').notNull().default(1),
});

/** A post's shift pattern: each template repeats every day. */
export const shiftTemplates = sqliteTable(
  'shift_templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => dutyPosts.id),
    name: text('name').notNull(),
    /** HH:MM post time. */
    start: text('start').notNull(),
    hours: integer('hours').notNull(),
    headcount: integer('headcount').notNull(),
    /** JSON: [{ roles: TeamRole[], min: number }] — e.g. at least one police officer or property manager. */
    requirements: text('requirements').notNull().default('[]'),
  },
  (t) => [index('templates_post_idx').on(t.postId)],
);

export const shifts = sqliteTable(
  'shifts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    templateId: integer('template_id')
      .notNull()
      .references(() => shiftTemplates.id),
    postId: integer('post_id')
      .notNull()
      .references(() => dutyPosts.id),
    day: text('day').notNull(),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
  },
  (t) => [
    uniqueIndex('shifts_template_day_uq').on(t.templateId, t.day),
    index('shifts_start_idx').on(t.startsAt),
  ],
);

/** Who is on which shift now; every change is also in roster_changes. */
export const assignments = sqliteTable(
  'assignments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => teamMembers.id),
    pinned: integer('pinned', { mode: 'boolean' }).notNull().default(false),
    source: text('source', { enum: ['auto', 'manual'] }).notNull(),
    /**
     * When the person's duty begins, if later than the shift's start: set when a shift already
     * running is staffed for its remaining hours (null: from the shift's start).
     */
    fromAt: text('from_at'),
  },
  (t) => [
    uniqueIndex('assignments_uq').on(t.shiftId, t.staffId),
    index('assignments_staff_idx').on(t.staffId),
  ],
);

/** Roster changes: append-only (generate, assign, unassign, swap, pin), with breaches and reasons. */
export const rosterChanges = sqliteTable('roster_changes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: text('at').notNull(),
  operatorId: memberRef('operator_id'),
  operatorName: text('operator_name').notNull(),
  kind: text('kind', { enum: ['generate', 'assign', 'unassign', 'swap', 'pin', 'unpin'] }).notNull(),
  shiftId: integer('shift_id'),
  /** Team member ids (the people moved); no foreign key, as in every release before. */
  staffId: integer('staff_id'),
  otherShiftId: integer('other_shift_id'),
  otherStaffId: integer('other_staff_id'),
  /** The zh-CN wording of the hard rules broken, kept for old readers; the codes are in reason_params. */
  breaches: text('breaches').notNull().default(''),
  /** What a person typed (why they broke a rule or swapped); '' when nobody typed anything. */
  reason: text('reason').notNull().default(''),
  /**
   * What the program says about the change, as a code (shared/event-codes.ts ROSTER_CHANGE_CODES) with
   * its parameters as JSON; null when it says nothing and on rows written before 0012 (whose `reason`
   * may hold the program's Chinese sentence for a generated roster).
   */
  reasonCode: text('reason_code'),
  reasonParams: text('reason_params'),
});

/**
 * Attendance at the gate, as events (issue 10): a sign-in or sign-out with the actual time, a
 * no-show, or the reversal of one of these taken by mistake (with its reason). Append-only: a
 * correction is a new row; where a person stands on a shift is the fold of its rows. Migration 0011
 * moved each row of the old `attendance` table here (one row a sign-in, sign-out or no-show).
 */
export const attendanceEvents = sqliteTable(
  'attendance_events',
  {
    id: text('id').primaryKey(),
    /** The command post that wrote the row (compound.post_id). */
    postId: text('post_id').notNull(),
    shiftId: integer('shift_id')
      .notNull()
      .references(() => shifts.id),
    staffId: integer('staff_id')
      .notNull()
      .references(() => teamMembers.id),
    kind: text('kind', { enum: ['sign_in', 'sign_out', 'no_show', 'reversal'] }).notNull(),
    /** When it happened: the actual time of a sign-in or sign-out; when a no-show or reversal was recorded. */
    at: text('at').notNull(),
    /** For a reversal: the row it takes back. */
    reverses: text('reverses'),
    /** A note, or the reason of a reversal. */
    note: text('note').notNull().default(''),
    recordedAt: text('recorded_at').notNull(),
    recordedById: memberRef('recorded_by_id'),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('attendance_events_shift_idx').on(t.shiftId, t.staffId)],
);

/** 出入登记: entries and exits at each post, with the staff on duty at the time. Append-only. */
export const gateLog = sqliteTable(
  'gate_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    postId: integer('post_id')
      .notNull()
      .references(() => dutyPosts.id),
    at: text('at').notNull(),
    direction: text('direction', { enum: ['in', 'out'] }).notNull(),
    kind: text('kind', { enum: ['delivery', 'staff', 'medical', 'returnee_to_hotel', 'other'] }).notNull(),
    who: text('who').notNull(),
    note: text('note').notNull().default(''),
    onDuty: text('on_duty').notNull().default(''),
    /** ℃, taken of people coming in (null for those going out, and rows before migration 0011). */
    temperature: real('temperature'),
    /** At or above the fever threshold when recorded (shared/health-rules isFever). */
    fever: integer('fever', { mode: 'boolean' }).notNull().default(false),
    recordedById: memberRef('recorded_by_id'),
    recordedBy: text('recorded_by').notNull(),
  },
  (t) => [index('gate_log_at_idx').on(t.at), index('gate_log_who_idx').on(t.who)],
);
