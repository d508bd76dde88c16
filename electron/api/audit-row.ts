import type { Db } from '../../db/open';
import { auditLog } from '../../db/schema';
import type { AuditEntry, Operator } from './context';
import type { Method } from './contract';
import { areaOf } from './method-area';
import { summaryColumns } from './shared/stored-reason';
import { NO_ONE } from './shared/who';

/** The one audit row of a request, written in its transaction (by the router, or by an offloaded mutation). */
export function writeAudit(
  db: Db,
  method: Method,
  operator: Operator | null,
  note: AuditEntry | null,
  at: Date,
): void {
  const entry: AuditEntry = note ?? {
    entity: areaOf(method),
    reason: { code: 'audit_method', params: { method } },
  };
  db.insert(auditLog)
    .values({
      at: at.toISOString(),
      operatorId: operator?.id ?? null,
      operatorName: operator?.name ?? NO_ONE,
      method,
      area: areaOf(method),
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      ...summaryColumns(entry.reason),
    })
    .run();
}
