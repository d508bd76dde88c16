/**
 * The runners' cash books, written (issue 13): an entry by hand (an advance, a refund, a hand-back,
 * money collected later), and the end-of-shift reconciliation, whose difference is the only
 * `difference` entry. Spent and collected money is also written by errands.step with its step.
 */
import { and, eq } from 'drizzle-orm';
import { cashReconciliations, errandSteps } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { cashReadHandlers } from './cash-read';
import type { cashContract } from './contract';
import { errandNo, yuan } from './rules';
import { bookOf, CASH_SIGN, errandOf, happenedAt, runnerOf, writeCash } from './write';

export const cashHandlers: HandlerMap<keyof typeof cashContract> = {
  'cash.entry': (db, input, ctx) => {
    if (input.kind === 'difference')
      throw refuse('VALIDATION', { code: 'cash_difference_by_reconcile' }, 'kind');
    const runner = runnerOf(db, input.runnerId);
    let errandId: string | null = null;
    if (input.errandId) {
      const e = errandOf(db, input.errandId, 'errandId');
      // The runner has carried this errand (at some step): money on it is theirs to book.
      const carried = db
        .select({ id: errandSteps.id })
        .from(errandSteps)
        .where(and(eq(errandSteps.errandId, e.id), eq(errandSteps.runnerId, runner.id)))
        .get();
      if (!carried)
        throw refuse(
          'VALIDATION',
          { code: 'cash_errand_other_runner', params: { no: errandNo(e.no).slice(2), runner: runner.name } },
          'errandId',
        );
      if (input.kind === 'collected' && e.payer === 'post')
        throw refuse('VALIDATION', { code: 'errand_payer_post' }, 'kind');
      errandId = e.id;
    }
    const { id } = writeCash(db, ctx, {
      runnerId: runner.id,
      kind: input.kind,
      amountFen: CASH_SIGN[input.kind] * input.amountFen,
      errandId,
      receiptNo: input.receiptNo,
      note: input.note,
      at: happenedAt(ctx, input.at),
    });
    ctx.describe({
      entity: 'cash',
      reason: {
        code: 'audit_cash_entry',
        params: { runner: runner.name, cashKind: input.kind, amount: yuan(input.amountFen) },
      },
    });
    return { id };
  },

  'cash.reconcile': (db, input, ctx) => {
    const runner = runnerOf(db, input.runnerId);
    const book = bookOf(db, runner.id).balanceFen;
    if (book !== input.bookFen)
      throw refuse(
        'CONFLICT',
        { code: 'cash_book_changed', params: { book: yuan(input.bookFen), now: yuan(book) } },
        'bookFen',
      );
    const differenceFen = input.countedFen - book;
    if (differenceFen !== 0 && !input.reason)
      throw refuse(
        'VALIDATION',
        { code: 'cash_reason_required', params: { difference: yuan(differenceFen) } },
        'reason',
      );
    const at = ctx.now().toISOString();
    // The difference is booked, so the book then says what was counted.
    const entry =
      differenceFen !== 0
        ? writeCash(db, ctx, {
            runnerId: runner.id,
            kind: 'difference',
            amountFen: differenceFen,
            note: input.reason,
            at,
          })
        : null;
    const id = eventId();
    db.insert(cashReconciliations)
      .values({
        id,
        postId: postId(db),
        runnerId: runner.id,
        at,
        bookFen: book,
        countedFen: input.countedFen,
        differenceFen,
        reason: input.reason,
        entryId: entry?.id ?? null,
        operatorId: ctx.operator?.id ?? null,
        operatorName: snapshotName(ctx.operator),
      })
      .run();
    ctx.describe({
      entity: 'cash',
      reason: {
        code: 'audit_cash_reconcile',
        params: {
          runner: runner.name,
          book: yuan(book),
          counted: yuan(input.countedFen),
          difference: yuan(differenceFen),
          reason: input.reason,
        },
      },
    });
    return { id, differenceFen };
  },
  ...cashReadHandlers,
};
