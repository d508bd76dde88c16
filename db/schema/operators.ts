import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TEAM_ROLES } from './enums';

/** People who operate the post laptop; the one on duty signs every audit row. */
export const operators = sqliteTable(
  'operators',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    role: text('role', { enum: TEAM_ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('operators_name_uq').on(t.name)],
);
