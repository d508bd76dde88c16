import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
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
