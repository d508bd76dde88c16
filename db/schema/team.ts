import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { TEAM_ROLES } from './enums';

/**
 * The one list of people (班子成员): commanders, the five-in-one team, volunteers and runners.
 * Who is rostered, who may operate the post laptop (`canOperate`) and who signs history rows are all
 * rows of this table; history rows point here by id and keep a snapshot of the name as it was.
 */
export const teamMembers = sqliteTable(
  'team_members',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    phone: text('phone').notNull().default(''),
    role: text('role', { enum: TEAM_ROLES }).notNull(),
    organisation: text('organisation').notNull().default(''),
    /** JSON array of skills: gate duty, medical, driving … */
    skills: text('skills').notNull().default('[]'),
    maxWeeklyHours: integer('max_weekly_hours').notNull().default(48),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    /** May use the post laptop: the operator on duty is a member who may operate. */
    canOperate: integer('can_operate', { mode: 'boolean' }).notNull().default(false),
    /** `scrypt$<salt b64>$<hash b64>` of a 4–6 digit PIN, or null: never the PIN itself. */
    pinHash: text('pin_hash'),
    createdAt: text('created_at'),
    /** Bumped on every update: a save read at an older version is refused (CONFLICT). */
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('team_members_name_role_uq').on(t.name, t.role)],
);

/** When a member cannot be rostered (leave, illness, another duty). */
export const memberUnavailable = sqliteTable(
  'member_unavailable',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    memberId: integer('member_id')
      .notNull()
      .references(() => teamMembers.id),
    fromAt: text('from_at').notNull(),
    toAt: text('to_at').notNull(),
    reason: text('reason').notNull().default(''),
  },
  (t) => [index('unavailable_member_idx').on(t.memberId)],
);

/** A member id column of a history row (who did it); the row keeps the name snapshot beside it. */
export const memberRef = (column: string) => integer(column).references(() => teamMembers.id);
