import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { memberRef } from './team';

/** Append-only log: one row per mutation, written in the mutation's own transaction. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** The team member on duty (null: nobody was). */
    operatorId: memberRef('operator_id'),
    /** The name as it was at the time, so the log reads true after a rename. */
    operatorName: text('operator_name').notNull(),
    method: text('method').notNull(),
    area: text('area').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    /** The zh-CN wording of the reason, as stored text for search and exports (legacy rows: only this). */
    summary: text('summary').notNull(),
    /** The reason's code (shared/codes.ts AUDIT_CODES); null on rows written before 0007. */
    summaryCode: text('summary_code'),
    /** The reason's parameters as JSON; null when it has none or on legacy rows. */
    summaryParams: text('summary_params'),
  },
  (t) => [
    index('audit_at_idx').on(t.at),
    index('audit_operator_idx').on(t.operatorId, t.at),
    index('audit_area_idx').on(t.area, t.at),
    index('audit_entity_idx').on(t.entity, t.entityId),
  ],
);
