import type { ReadDb } from '../../../db/open';
import type { AuditEntry, Ctx } from '../context';
import { AuditedRefusal } from '../errors';
import { counterFor, waitText } from './lookup-limit';

/**
 * Count one full-ID look-up against the operator's limit (lookup-limit.ts); over it, refuse with
 * RATE_LIMITED — still written to the audit log (AuditedRefusal), with `audit` saying what was asked.
 * The caller describes the look-up itself when it goes through; neither must hold the full number.
 */
export function takeFullIdLookup(db: ReadDb, ctx: Pick<Ctx, 'now' | 'operator'>, audit: AuditEntry): void {
  const a = counterFor(db.$client).take(ctx.operator?.id ?? null, ctx.now());
  if (a.code === 'ok') return;
  const why = {
    code: 'full_id_rate_limited',
    params: { minutes: a.windowMinutes, limit: a.limit, wait: a.waitSeconds },
  };
  throw new AuditedRefusal(
    'RATE_LIMITED',
    `按完整身份证号查询过于频繁（${a.windowMinutes} 分钟内最多 ${a.limit} 次），请 ${waitText(a.waitSeconds)}后再试。本次查询已记入操作日志`,
    {
      ...audit,
      reason: { code: 'audit_too_often', params: { ...audit.reason.params, asked: audit.reason.code } },
    },
    why,
  );
}
