/**
 * `errands.undoDelivery`: a delivery tapped by mistake, undone within the runner's shift. Nothing is
 * rewritten (steps are append-only): a correcting step names the delivery it undoes and puts the
 * errand back in the state before it; the cash collected on the doorstep goes back out of the runner's
 * book as a `refund`, and an issue from the store is reversed in the stock ledger — all in the
 * mutation's one transaction, with its audit row saying who.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { errandSteps } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { addDays, dayOf, dayStartUtc } from '../shared/dates';
import { reverseStock } from '../stock/moves';
import { checkUndo, type ErrandState, errandNo } from './rules';
import { type ErrandRow, writeCash, writeStep } from './write';

/**
 * Until when a delivery made at `at` by this runner may be undone: the end of the runner's shift
 * running then (the latest ending, if two touch), else the end of that day at the post.
 */
export function undoUntil(db: Db, runnerId: number | null, at: string): string {
  const shift =
    runnerId === null
      ? undefined
      : db.get<{ endsAt: string | null }>(
          sql`SELECT max(s.ends_at) AS endsAt FROM shifts s JOIN assignments a ON a.shift_id = s.id
              WHERE a.staff_id = ${runnerId} AND s.starts_at <= ${at} AND s.ends_at > ${at}`,
        );
  return shift?.endsAt ?? dayStartUtc(addDays(dayOf(new Date(at)), 1));
}

export function undoDelivery(db: Db, ctx: Ctx, e: ErrandRow, reason: string) {
  const [delivery, before] = [e.steps, e.steps - 1].map((seq) =>
    db
      .select()
      .from(errandSteps)
      .where(and(eq(errandSteps.errandId, e.id), eq(errandSteps.seq, seq)))
      .get(),
  );
  const now = ctx.now().toISOString();
  const until = delivery ? undoUntil(db, delivery.runnerId, delivery.at) : now;
  const wrong = checkUndo(e.state, now, until);
  if (wrong) throw refuse('CONFLICT', wrong, 'from');
  if (!delivery || !before) throw new Error(`errand ${e.id}: a delivery with no step before it`);
  const back: ErrandState = before.state;
  const reversal = delivery.stockTxId ? reverseStock(db, ctx, delivery.stockTxId, reason, 'from').txId : null;
  const id = writeStep(db, ctx, e, {
    state: back,
    at: now,
    runnerId: e.runnerId,
    runnerName: e.runnerName,
    note: reason,
    stockTxId: reversal,
    undoes: delivery.id,
  });
  // Cash the runner took on the doorstep with this delivery: back out of the book.
  const collected = db.get<{ amountFen: number; runnerId: number } | undefined>(
    sql`SELECT amount_fen AS amountFen, runner_id AS runnerId FROM cash_entries
        WHERE errand_id = ${e.id} AND kind = 'collected' AND at = ${delivery.at} ORDER BY seq DESC LIMIT 1`,
  );
  if (collected)
    writeCash(db, ctx, {
      runnerId: collected.runnerId,
      kind: 'refund',
      amountFen: -collected.amountFen,
      errandId: e.id,
      note: reason,
      at: now,
    });
  ctx.describe({
    entity: 'errand',
    reason: { code: 'audit_errand_undo', params: { no: errandNo(e.no).slice(2), toState: back, reason } },
  });
  return { id };
}
