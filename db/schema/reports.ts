import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { memberRef } from './team';

/**
 * The daily report to the town (日报, issue 15), as signed: append-only. A signature freezes the
 * figures as they were (`figures`, the report's lines as JSON), so they never change when the data
 * later does; a correction is a new row of the same day with the next `version`, and `changes` lists
 * the lines that differ from the version before (JSON). Text UUID key and the post's id.
 */
export const dailyReports = sqliteTable(
  'daily_reports',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    /** The post's day the report is for. */
    day: text('day').notNull(),
    version: integer('version').notNull(),
    /** The report's sections and lines as signed (JSON, `reports/contract.ts` Section[]). */
    figures: text('figures').notNull(),
    /** 零报告: the commander says nothing worth reporting happened. */
    nilReport: integer('nil_report', { mode: 'boolean' }).notNull().default(false),
    incidents: text('incidents').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** What a correction changed against the version before (JSON list of lines); '[]' for the first. */
    changes: text('changes').notNull().default('[]'),
    /** Why a correction was made (typed by the commander). */
    reason: text('reason').notNull().default(''),
    signedAt: text('signed_at').notNull(),
    signedById: memberRef('signed_by_id'),
    signedByName: text('signed_by_name').notNull(),
  },
  (t) => [uniqueIndex('daily_reports_day_uq').on(t.day, t.version)],
);
