import { z } from 'zod';
import { CASH_ENTRY_KINDS } from '../../../db/schema/enums';
import { Instant } from '../shared/fields';

/**
 * Each runner's cash book (issue 13): money in fen (分), whole numbers — a cash book of floats
 * drifts. Re-exported by contract.ts beside errandsContract. Pure zod, importable by the renderer.
 */
const Ref = z.number().int().positive();
const Uuid = z.string().uuid();
const Fen = z.number().int().min(0).max(100_000_000);
const Text200 = z.string().trim().max(200).default('');
const Written = z.object({ id: z.string() });

export const CashEntry = z.object({
  id: z.string(),
  runnerId: z.number().int(),
  kind: z.enum(CASH_ENTRY_KINDS),
  /** Signed: what the entry does to the cash the runner carries (+ advance, collected; − spent …). */
  amountFen: z.number().int(),
  errandId: z.string().nullable(),
  errandNo: z.number().int().nullable(),
  receiptNo: z.string(),
  note: z.string(),
  at: z.string(),
  operatorName: z.string(),
  /** The runner's balance after this entry. */
  balanceFen: z.number().int(),
});

const Reconciliation = z.object({
  id: z.string(),
  at: z.string(),
  bookFen: z.number().int(),
  countedFen: z.number().int(),
  /** counted − book; not zero only with a reason. */
  differenceFen: z.number().int(),
  reason: z.string(),
  operatorName: z.string(),
});

/** Each runner's cash book (issue 13). */
export const cashContract = {
  /**
   * A runner's cash book, newest first, with the balance; without `runnerId`, every runner with a
   * book and their balance.
   */
  'cash.book': {
    kind: 'query',
    input: z
      .object({
        runnerId: Ref.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .default({ offset: 0, limit: 100 }),
    output: z.object({
      runners: z.array(
        z.object({
          runnerId: z.number().int(),
          name: z.string(),
          balanceFen: z.number().int(),
          lastReconciledAt: z.string().nullable(),
        }),
      ),
      balanceFen: z.number().int().nullable(),
      total: z.number().int(),
      entries: z.array(CashEntry),
      reconciliations: z.array(Reconciliation),
    }),
  },
  /**
   * One line in a runner's cash book (append-only; a mistake is corrected by a new entry). A
   * `difference` is written only by `cash.reconcile`.
   */
  'cash.entry': {
    kind: 'mutation',
    input: z.object({
      runnerId: Ref,
      kind: z.enum(CASH_ENTRY_KINDS),
      /** Always positive: the kind says which way the money goes. */
      amountFen: Fen.refine((n) => n > 0),
      errandId: Uuid.optional(),
      receiptNo: z.string().trim().max(40).default(''),
      note: Text200,
      at: Instant.optional(),
    }),
    output: Written,
  },
  /**
   * End of shift: the cash counted against the book. `bookFen` is the balance the operator saw (a
   * changed book is refused); a difference needs a reason and is booked as an adjustment.
   */
  'cash.reconcile': {
    kind: 'mutation',
    input: z.object({
      runnerId: Ref,
      bookFen: z.number().int(),
      countedFen: Fen,
      reason: z.string().trim().max(200).default(''),
    }),
    output: z.object({ id: z.string(), differenceFen: z.number().int() }),
  },
} as const;
