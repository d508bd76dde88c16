/**
 * The errands mutations (issue 13): a request taken (and routed), a step of its life, a runner
 * (re)assigned. Each writes its steps, the errand's latest-step columns, any cash entry and any stock
 * issue in the mutation's one transaction, and its audit row.
 */
import { and, eq } from 'drizzle-orm';
import { errandLines, errandSteps } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { formatInstant } from '../shared/dates';
import { issueStock } from '../stock/moves';
import { addErrand } from './add';
import type { errandsContract } from './contract';
import { errandsReadHandlers } from './read';
import { checkMove, checkSeen, errandNo, yuan } from './rules';
import { runnersHandlers } from './runners';
import { undoDelivery } from './undo';
import { type ErrandRow, errandOf, happenedAt, runnerOf, writeCash, writeStep } from './write';

/** The step's `from` is what the caller saw: refused (CONFLICT) when the errand has moved on. */
function assertSeen(db: Parameters<typeof errandOf>[0], e: ErrandRow, seen: ErrandRow['state']) {
  const last = db
    .select({ by: errandSteps.operatorName })
    .from(errandSteps)
    .where(and(eq(errandSteps.errandId, e.id), eq(errandSteps.seq, e.steps)))
    .get();
  const stale = checkSeen(seen, { state: e.state, by: last?.by ?? '', at: formatInstant(e.stateSince) });
  if (stale) throw refuse('CONFLICT', stale, 'from');
}

const _later = (a: string, b: string) => (a > b ? a : b);

export const errandsHandlers: HandlerMap<keyof typeof errandsContract> = {
  'errands.add': (db, input, ctx) => {
    const { h, id, no, state, runner } = addErrand(db, ctx, input);
    ctx.describe({
      entity: 'errand',
      reason: {
        code: 'audit_errand_add',
        params: {
          no: errandNo(no).slice(2),
          household: [h.building, h.unit ? `${h.unit}-${h.room}` : h.room].join(' '),
          errandKind: input.kind,
          toState: state,
          runner: runner?.name ?? '',
        },
      },
    });
    return { id, no, state, runnerId: runner?.id ?? null, runnerName: runner?.name ?? '' };
  },

  'errands.step': (db, input, ctx) => {
    const e = errandOf(db, input.id);
    assertSeen(db, e, input.from);
    const illegal = checkMove(e.state, input.step, e.runnerId);
    if (illegal) throw refuse('CONFLICT', illegal, 'step');
    const at = happenedAt(ctx, input.at);
    if (input.step === 'bought' && input.amountFen === undefined)
      throw refuse('VALIDATION', { code: 'errand_amount_required' }, 'amountFen');
    if (input.collectedFen !== undefined && input.step !== 'delivered')
      throw refuse('VALIDATION', { code: 'errand_collected_not_delivered' }, 'collectedFen');
    if (input.collectedFen && e.payer === 'post')
      throw refuse('VALIDATION', { code: 'errand_payer_post' }, 'collectedFen');
    let duplicateOf: string | null = null;
    if (input.step === 'duplicate') {
      if (!input.duplicateOf)
        throw refuse('VALIDATION', { code: 'errand_duplicate_of_required' }, 'duplicateOf');
      if (input.duplicateOf === e.id)
        throw refuse('VALIDATION', { code: 'errand_duplicate_of_self' }, 'duplicateOf');
      duplicateOf = errandOf(db, input.duplicateOf, 'duplicateOf').id;
    }
    // Lines met from the store: one issue to the household when the errand is delivered.
    let stockTxId: string | null = null;
    if (input.step === 'delivered') {
      const fromStock = db
        .select({ itemId: errandLines.itemId, qty: errandLines.qty })
        .from(errandLines)
        .where(eq(errandLines.errandId, e.id))
        .orderBy(errandLines.seq)
        .all()
        .flatMap((l) => (l.itemId ? [{ itemId: l.itemId, qty: l.qty }] : []));
      if (fromStock.length > 0)
        stockTxId = issueStock(db, ctx, {
          place: { kind: 'store' },
          to: { kind: 'household', id: e.householdId },
          note: `${errandNo(e.no)} ${input.note}`.trim(),
          includeExpired: false,
          happenedAt: at,
          lines: fromStock,
        }).txId;
    }
    const stepId = writeStep(db, ctx, e, {
      state: input.step,
      at,
      runnerId: e.runnerId,
      runnerName: e.runnerName,
      amountFen: input.step === 'bought' ? (input.amountFen ?? null) : null,
      shop: input.shop,
      receiptNo: input.receiptNo,
      deliveredTo: input.deliveredTo,
      duplicateOf,
      note: input.note,
      stockTxId,
    });
    // Money moves with the step: what the runner paid the shop, what the household paid the runner.
    if (input.step === 'bought' && e.runnerId !== null && input.amountFen)
      writeCash(db, ctx, {
        runnerId: e.runnerId,
        kind: 'spent',
        amountFen: -input.amountFen,
        errandId: e.id,
        receiptNo: input.receiptNo,
        note: input.shop,
        at,
      });
    if (input.step === 'delivered' && e.runnerId !== null && input.collectedFen)
      writeCash(db, ctx, {
        runnerId: e.runnerId,
        kind: 'collected',
        amountFen: input.collectedFen,
        errandId: e.id,
        note: input.deliveredTo,
        at,
      });
    ctx.describe({
      entity: 'errand',
      reason: {
        code: 'audit_errand_step',
        params: {
          no: errandNo(e.no).slice(2),
          fromState: e.state,
          toState: input.step,
          amount: input.step === 'bought' && input.amountFen !== undefined ? yuan(input.amountFen) : '',
        },
      },
    });
    return { id: stepId };
  },

  'errands.undoDelivery': (db, input, ctx) => {
    const e = errandOf(db, input.id);
    assertSeen(db, e, input.from);
    return undoDelivery(db, ctx, e, input.reason);
  },

  'errands.assign': (db, input, ctx) => {
    const e = errandOf(db, input.id);
    assertSeen(db, e, input.from);
    const illegal = checkMove(e.state, 'assigned', e.runnerId);
    if (illegal) throw refuse('CONFLICT', illegal, 'runnerId');
    if (input.fromRunnerId !== undefined && input.fromRunnerId !== e.runnerId)
      throw refuse(
        'CONFLICT',
        { code: 'errand_runner_moved_on', params: { runner: e.runnerName } },
        'runnerId',
      );
    const runner = runnerOf(db, input.runnerId);
    if (runner.id === e.runnerId)
      throw refuse('CONFLICT', { code: 'errand_same_runner', params: { runner: runner.name } }, 'runnerId');
    // Goods already bought stay bought with the new runner; otherwise the errand is (re)assigned.
    const id = writeStep(db, ctx, e, {
      state: e.state === 'bought' ? 'bought' : 'assigned',
      at: ctx.now().toISOString(),
      runnerId: runner.id,
      runnerName: runner.name,
      note: input.note,
    });
    ctx.describe({
      entity: 'errand',
      reason: { code: 'audit_errand_assign', params: { no: errandNo(e.no).slice(2), runner: runner.name } },
    });
    return { id };
  },
  ...errandsReadHandlers,
  ...runnersHandlers,
};
