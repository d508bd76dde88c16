import type { Db } from '../../db/open';
import { auditLog } from '../../db/schema';
import type { AuditEntry, Operator } from './context';
import { areaOf, type Method } from './contract';
import type { Reason } from './shared/reason';
import { zhMessage } from './shared/word';

/** The columns of a reason: its code, its params as JSON, and its zh-CN wording as the stored text. */
export function summaryColumns(reason: Reason): {
  summary: string;
  summaryCode: string;
  summaryParams: string | null;
} {
  const params =
    reason.params && Object.keys(reason.params).length > 0 ? JSON.stringify(reason.params) : null;
  return { summary: zhMessage(reason), summaryCode: reason.code, summaryParams: params };
}

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
      operatorName: operator?.name ?? '（未选择值班人员）',
      method,
      area: areaOf(method),
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      ...summaryColumns(entry.reason),
    })
    .run();
}
