import type { Db } from '../../db/open';
import { auditLog } from '../../db/schema';
import type { AuditEntry, Operator } from './context';
import { areaOf, type Method } from './contract';

/** The one audit row of a request, written in its transaction (by the router, or by an offloaded mutation). */
export function writeAudit(
  db: Db,
  method: Method,
  operator: Operator | null,
  note: AuditEntry | null,
  at: Date,
): void {
  const entry: AuditEntry = note ?? { entity: areaOf(method), summary: method };
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      operatorId: operator?.id ?? null,
      operatorName: operator?.name ?? '（未选择值班人员）',
      method,
      area: areaOf(method),
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      summary: entry.summary,
    })
    .run();
}
