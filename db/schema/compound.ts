import { sql } from 'drizzle-orm';
import { integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The compound profile: exactly one row (id = 1), created at first open. */
export const compound = sqliteTable('compound', {
  id: integer('id').primaryKey(),
  name: text('name').notNull().default(''),
  city: text('city').notNull().default(''),
  district: text('district').notNull().default(''),
  town: text('town').notNull().default(''),
  address: text('address').notNull().default(''),
  /** First day of closed management, YYYY-MM-DD; null until the compound is sealed. */
  closureStart: text('closure_start'),
  plannedDays: integer('planned_days').notNull().default(14),
  /** 'closed' while sealed, 'lifted' once 解封. */
  status: text('status', { enum: ['closed', 'lifted'] })
    .notNull()
    .default('closed'),
  liftedOn: text('lifted_on'),
  feverThreshold: real('fever_threshold').notNull().default(37.3),
  /** Hours of rest a person must have between two shifts. */
  minRestHours: integer('min_rest_hours').notNull().default(8),
  /** Working days in a row before a day off. */
  maxConsecutiveDays: integer('max_consecutive_days').notNull().default(6),
  /** Days of hotel quarantine a returnee must have completed. */
  quarantineDays: integer('quarantine_days').notNull().default(14),
  /** How old a nucleic-acid test may be, in hours. */
  testValidHours: integer('test_valid_hours').notNull().default(48),
  /** Minutes of grace around a shift: sign-in from this early, late after this long, sign-out this late. */
  attendanceGraceMinutes: integer('attendance_grace_minutes').notNull().default(15),
  /** Errands (issue 13): minutes in one state before it is aging (amber), and stale (red). */
  errandAgingMinutes: integer('errand_aging_minutes').notNull().default(120),
  errandStaleMinutes: integer('errand_stale_minutes').notNull().default(360),
  updatedAt: text('updated_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  /**
   * The post's own id (a UUID made when the database is created): every event row carries it, so a
   * district can gather many posts' events without collisions.
   */
  postId: text('post_id').notNull().default(''),
  /** Bumped on every update: a save read at an older version is refused (CONFLICT). */
  version: integer('version').notNull().default(1),
});
