import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
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
    const page = q.beforeId ? and(filter, lt(auditLog.id, q.beforeId)) : filter;
    const rows = db
      .select()
      .from(auditLog)
      .where(page)
      .orderBy(desc(auditLog.id))
      .limit(q.limit + 1)
      .all();
    const more = rows.length > q.limit;
    const shown = more ? rows.slice(0, q.limit) : rows;
    return { rows: shown.map(withParams), total, nextBeforeId: more ? (shown.at(-1)?.id ?? null) : null };
  },
  'audit.areas': (db) =>
    db
      .selectDistinct({ area: auditLog.area })
      .from(auditLog)
      .orderBy(auditLog.area)
      .all()
      .map((r) => r.area),
};
