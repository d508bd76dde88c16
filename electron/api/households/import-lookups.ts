/**
 * A sheet of candidate ID numbers is a question to the registry: the preview's "number on someone
 * else" errors and its new/updated counts tell which numbers are on file (issue 8). So a preview
 * whose rows carry full ID numbers counts as full-ID look-ups — proportionately:
 *
 * - Any preview with full numbers needs an operator on duty and leaves one audit line saying how
 *   many rows carried a full number, how many matched a resident on file, and how many were on
 *   someone else under another name (counts only, never a number).
 * - Only the last — a row whose number is on file under a different name — counts against the
 *   operator's full-ID look-up limit (lookup-limit.ts, 30 per 10 minutes), one per row, all or none.
 *   That row is the oracle's answer to "whose is this number?". A row matched under its own name
 *   answers a question the sheet already knew the answer to: re-importing an exported sheet matches
 *   every row, and counting those would lock the post out of its own registry after 30 rows. Those
 *   are in the audit line's count instead, so a run of small probing previews still leaves a trace.
 * - A commit reuses a previewed sheet only (its rows are found by hash), so it reveals nothing its
 *   preview did not already count; its audit line repeats the counts.
 */
import type { ReadDb } from '../../../db/open';
import type { Ctx } from '../context';
import { AuditedRefusal, refuse } from '../errors';
import { workerWriting } from '../jobs/store';
import { counterFor } from '../residents/lookup-limit';
import type { Reason } from '../shared/reason';
import { zhMessage } from '../shared/word';
import type { IdLookups } from './import-plan';

export function previewReason(fileName: string, ids: IdLookups): Reason {
  return {
    code: 'audit_import_preview',
    params: { file: fileName, withId: ids.withId, matched: ids.matched, conflicts: ids.conflicts },
  };
}

/** Before a preview answers: the operator, the limit, the audit line (written by the router). */
export function guardIdLookups(db: ReadDb, ctx: Ctx, fileName: string, ids: IdLookups): void {
  if (ids.withId === 0) return;
  ctx.requireOperator();
  // The audit line cannot be written while the import worker holds the write lock: say so at once.
  if (workerWriting()) throw refuse('BUSY', { code: 'import_preview_busy' });
  const reason = previewReason(fileName, ids);
  if (ids.conflicts > 0) {
    const a = counterFor(db.$client).take(ctx.operator?.id ?? null, ctx.now(), ids.conflicts);
    if (a.code !== 'ok') {
      // Neither answer gives the count: that would be the answer the limit withholds.
      const limit = { minutes: a.windowMinutes, limit: a.limit };
      const why =
        ids.conflicts > a.limit
          ? { code: 'import_too_many_id_conflicts', params: limit }
          : { code: 'full_id_rate_limited', params: { ...limit, wait: a.waitSeconds } };
      const audit = {
        entity: 'import',
        reason: { code: 'audit_too_often', params: { ...reason.params, asked: reason.code } },
      };
      throw new AuditedRefusal('RATE_LIMITED', zhMessage(why), audit, why);
    }
  }
  ctx.describe({ entity: 'import', reason });
}
