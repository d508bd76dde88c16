import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { buildings } from './registry';

/**
 * Each building's rooms by registration and occupancy, and its residents: derived, never written by
 * the app. SQLite triggers (migration 0013, listed in `db/counts.ts`) keep it in step inside the
 * same transaction as every write to buildings, households and residents, so the overview and the
 * registry's statistics read a few hundred rows instead of counting a district (issue 11).
 */
export const buildingCounts = sqliteTable('building_counts', {
  buildingId: integer('building_id')
    .primaryKey()
    .references(() => buildings.id, { onDelete: 'cascade' }),
  rooms: integer('rooms').notNull().default(0),
  notVisited: integer('not_visited').notNull().default(0),
  registered: integer('registered').notNull().default(0),
  verified: integer('verified').notNull().default(0),
  occupied: integer('occupied').notNull().default(0),
  vacant: integer('vacant').notNull().default(0),
  unknown: integer('unknown').notNull().default(0),
  residents: integer('residents').notNull().default(0),
});

/**
 * Residents by birth month (`month`: the first seven characters of `birth_date`, 'YYYY-MM'), kept in
 * step by SQLite triggers (migration 0026, listed in `db/counts.ts`) like `building_counts`. The ages
 * of the overview and the registry's statistics sum the months before a day's month and count that
 * month's days in `residents_birth_idx`: a few hundred small rows, not a range of 300,000 index
 * entries, which a start reads cold (issue 11). Residents without a birth date are in no month.
 */
export const residentBirthMonths = sqliteTable('resident_birth_months', {
  month: text('month').primaryKey(),
  residents: integer('residents').notNull().default(0),
});
