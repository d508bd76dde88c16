import { and, count, desc, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { auditLog } from '../../../db/schema';
import type { HandlerMap } from '../handler';
import { addDays, dayStartUtc } from '../shared/dates';
import { readStored } from '../shared/stored-reason';
import type { auditContract } from './contract';

/** A stored row with its reason's params parsed (a row whose params cannot be read shows its text). */
function withParams(row: typeof auditLog.$inferSelect) {
  const { code, params } = readStored(row.summaryCode, row.summaryParams);
  return { ...row, summaryCode: code, summaryParams: params };
}

export const auditHandlers: HandlerMap<keyof typeof auditContract> = {
  'audit.list': (db, q) => {
    const where: SQL[] = [];
    if (q.operatorId) where.push(eq(auditLog.operatorId, q.operatorId));
    if (q.area) where.push(eq(auditLog.area, q.area));
    if (q.entity) where.push(eq(auditLog.entity, q.entity));
    if (q.entityId) where.push(eq(auditLog.entityId, q.entityId));
    if (q.from) where.push(gte(auditLog.at, dayStartUtc(q.from)));
    if (q.to) where.push(lt(auditLog.at, dayStartUtc(addDays(q.to, 1))));
    const filter = where.length ? and(...where) : undefined;
    const total = db.select({ n: count() }).from(auditLog).where(filter).get()?.n ?? 0;
    // Newest first by time, the same instant by id: every filter's index (at; area, at; operator, at)
    // hands the rows in that order, so a page reads its rows and stops. By id alone, a district's
    // 300,000 rows of one area were all sorted for each page (issue 11). The page after a row is the
    // rows before its (at, id).
    const page = q.beforeId
      ? and(
          filter,
          sql`(${auditLog.at}, ${auditLog.id}) < (SELECT x.at, x.id FROM audit_log x WHERE x.id = ${q.beforeId})`,
        )
      : filter;
    const rows = db
      .select()
      .from(auditLog)
      .where(page)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(q.limit + 1)
      .all();
    const more = rows.length > q.limit;
    const shown = more ? rows.slice(0, q.limit) : rows;
    return { rows: shown.map(withParams), total, nextBeforeId: more ? (shown.at(-1)?.id ?? null) : null };
  },
  // The areas in the log, one index probe each (a loose scan of audit_area_idx), not a walk of
  // every row's entry.
  'audit.areas': (db) =>
    db
      .all<{ area: string }>(sql`
        WITH RECURSIVE a(area) AS (
          SELECT min(area) FROM audit_log
          UNION ALL
          SELECT (SELECT min(area) FROM audit_log WHERE area > a.area) FROM a WHERE a.area IS NOT NULL)
        SELECT area FROM a WHERE area IS NOT NULL`)
      .map((r) => r.area),
};
