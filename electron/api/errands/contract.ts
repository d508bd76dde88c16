import { z } from 'zod';
import {
  ERRAND_CHANNELS,
  ERRAND_KINDS,
  ERRAND_PAYERS,
  ERRAND_STATES,
  ERRAND_URGENCIES,
} from '../../../db/schema/enums';
import { Instant } from '../shared/fields';
import { CashEntry } from './cash-contract';

export { cashContract } from './cash-contract';

/**
 * Errands (跑腿, issue 13): a household's request, its steps (append-only; the state is the latest
 * step), and each runner's cash book. Money is in fen (分), whole numbers: a cash book of floats
 * drifts. Pure zod, importable by the renderer.
 */
const Ref = z.number().int().positive();
const Uuid = z.string().uuid();
const Fen = z.number().int().min(0).max(100_000_000);
const Text200 = z.string().trim().max(200).default('');

/** A line of what is needed: from a shop (`itemId` absent) or met from the post's store (`itemId`). */
const LineIn = z.object({
  what: z.string().trim().min(1).max(60),
  qty: z.number().int().positive().max(10_000).default(1),
  note: z.string().trim().max(100).default(''),
  /** A stock item: this line is met from the store, an issue in the stock ledger to the household. */
  itemId: Uuid.optional(),
});

/** A state's age colour: under the first limit, under the second, over it (limits in settings). */
export const STALE_LEVELS = ['fresh', 'aging', 'stale'] as const;

const Row = z.object({
  id: z.string(),
  /** A short number for talking on the phone and the slip: E-0042. */
  no: z.number().int(),
  householdId: z.number().int(),
  buildingId: z.number().int(),
  building: z.string(),
  room: z.string(),
  householdHead: z.string(),
  phone: z.string(),
  kind: z.enum(ERRAND_KINDS),
  urgency: z.enum(ERRAND_URGENCIES),
  channel: z.enum(ERRAND_CHANNELS),
  payer: z.enum(ERRAND_PAYERS),
  /** What is needed, the lines joined for a list ("白菜 ×2, 鸡蛋 ×1"). */
  summary: z.string(),
  budgetFen: z.number().int().nullable(),
  state: z.enum(ERRAND_STATES),
  /** When the errand entered its current state, and for how many minutes it has been there. */
  stateSince: z.string(),
  ageMinutes: z.number().int(),
  staleLevel: z.enum(STALE_LEVELS),
  runnerId: z.number().int().nullable(),
  runnerName: z.string(),
  createdAt: z.string(),
  /** The household has an open medicine errand (this one or another): flagged higher in lists. */
  medicineOpen: z.boolean(),
  /** Where it was bought: the shop of its latest `bought` step ('' when none was typed); null before. */
  shop: z.string().nullable(),
  /** Unanswered calls in a row up to now (as a step's `attempt`): the runner's card says "第 2 次无人接听". */
  noAnswers: z.number().int(),
});

const Step = z.object({
  id: z.string(),
  state: z.enum(ERRAND_STATES),
  at: z.string(),
  operatorName: z.string(),
  runnerId: z.number().int().nullable(),
  runnerName: z.string(),
  amountFen: z.number().int().nullable(),
  shop: z.string(),
  receiptNo: z.string(),
  deliveredTo: z.string(),
  duplicateOf: z.string().nullable(),
  /** duplicate: the number of the errand this one repeats (shown, the link follows `duplicateOf`). */
  duplicateOfNo: z.number().int().nullable(),
  /** no answer: which unanswered call in a row this was (1, 2, …); null for other steps. */
  attempt: z.number().int().nullable(),
  note: z.string(),
  /** A delivery undone: the `delivered` step this correcting step undoes (its note says why). */
  undoes: z.string().nullable(),
});

const Written = z.object({ id: z.string() });

/** The steps `errands.step` takes; assigning is `errands.assign`. */
export const ERRAND_STEPS = [
  'bought',
  'delivered',
  'confirmed',
  'cancelled',
  'no_answer',
  'duplicate',
] as const;

export const errandsContract = {
  /**
   * Take a request. It goes at once to the runner who covers the household's building and is on
   * duty now (an `assigned` step), else it stays `new` for the post to assign.
   */
  'errands.add': {
    kind: 'mutation',
    input: z.object({
      householdId: Ref,
      kind: z.enum(ERRAND_KINDS),
      urgency: z.enum(ERRAND_URGENCIES).default('today'),
      channel: z.enum(ERRAND_CHANNELS).default('phone'),
      payer: z.enum(ERRAND_PAYERS).default('household'),
      budgetFen: Fen.optional(),
      lines: z.array(LineIn).min(1).max(50),
      note: Text200,
      /** When the request came in; now when absent. */
      at: Instant.optional(),
    }),
    output: z.object({
      id: z.string(),
      no: z.number().int(),
      state: z.enum(ERRAND_STATES),
      runnerId: z.number().int().nullable(),
      runnerName: z.string(),
    }),
  },
  /**
   * One step of an errand's life. `from` is the state the caller saw: when the errand has moved on
   * since (another operator, a second tap), the step is refused and nothing is written.
   */
  'errands.step': {
    kind: 'mutation',
    input: z.object({
      id: Uuid,
      from: z.enum(ERRAND_STATES),
      step: z.enum(ERRAND_STEPS),
      at: Instant.optional(),
      /** bought: what was paid, where, the receipt's number. */
      amountFen: Fen.optional(),
      shop: z.string().trim().max(60).default(''),
      receiptNo: z.string().trim().max(40).default(''),
      /** delivered: to whom (the resident, a neighbour, left at the door). */
      deliveredTo: z.string().trim().max(40).default(''),
      /**
       * delivered: cash the runner took from the household on the doorstep, booked as a `collected`
       * entry in the runner's cash book in the same transaction (refused when the post pays).
       */
      collectedFen: Fen.optional(),
      /** duplicate: the errand this one repeats. */
      duplicateOf: Uuid.optional(),
      /** cancelled, no answer (when to call back) … */
      note: Text200,
    }),
    output: Written,
  },
  /**
   * A delivery undone, while the runner's shift it was made in runs (else until the end of its day at
   * the post): a correcting step puts the errand back where it was before the delivery, naming the
   * delivery it undoes, with the reason; cash collected on the doorstep goes back out of the runner's
   * book (a `refund`), an issue from the store is reversed. Refused once confirmed or moved on.
   */
  'errands.undoDelivery': {
    kind: 'mutation',
    input: z.object({
      id: Uuid,
      /** The state the caller saw: only a delivery is undone. */
      from: z.enum(['delivered']),
      reason: z.string().trim().min(1).max(200),
    }),
    output: Written,
  },
  /** Give an errand to a runner (or another one); allowed while it is not done, cancelled or a duplicate. */
  'errands.assign': {
    kind: 'mutation',
    input: z.object({
      id: Uuid,
      from: z.enum(ERRAND_STATES),
      /**
       * The runner the caller saw (null: none). A reassignment leaves the state as it was, so this is
       * what tells that another operator reassigned it meanwhile: refused, nothing written.
       */
      fromRunnerId: Ref.nullable().optional(),
      runnerId: Ref,
      note: Text200,
    }),
    output: Written,
  },
  /**
   * Errands, oldest in their state first. `open` (default): not confirmed, cancelled or a duplicate.
   * `counts` are over the whole filter, by age colour; the list is paged.
   */
  'errands.list': {
    kind: 'query',
    input: z
      .object({
        scope: z.enum(['open', 'all', 'stale']).default('open'),
        state: z.enum(ERRAND_STATES).optional(),
        buildingId: Ref.optional(),
        runnerId: Ref.optional(),
        householdId: Ref.optional(),
        kind: z.enum(ERRAND_KINDS).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .default({ scope: 'open', offset: 0, limit: 100 }),
    output: z.object({
      total: z.number().int(),
      counts: z.object({ fresh: z.number().int(), aging: z.number().int(), stale: z.number().int() }),
      /** The age limits in minutes (settings): fresh under the first, aging under the second. */
      limits: z.object({ agingMinutes: z.number().int(), staleMinutes: z.number().int() }),
      rows: z.array(Row),
    }),
  },
  /**
   * Who can carry errands: active members who cover a building (runner_buildings) or whose role is
   * runner, each with the buildings they cover, whether on duty now (routing's rule), their open
   * errands and cash balance. With `buildingId`: those who cover it first (for the assign dialog).
   */
  'errands.runners': {
    kind: 'query',
    input: z.object({ buildingId: Ref.optional() }).default({}),
    output: z.object({
      runners: z.array(
        z.object({
          id: z.number().int(),
          name: z.string(),
          phone: z.string(),
          buildingIds: z.array(z.number().int()),
          buildings: z.array(z.string()),
          /** Covers the building asked about. */
          covers: z.boolean(),
          onDuty: z.boolean(),
          openErrands: z.number().int(),
          balanceFen: z.number().int(),
        }),
      ),
    }),
  },
  /** One errand whole: its lines, every step, and the cash entries that name it. */
  'errands.get': {
    kind: 'query',
    input: z.object({ id: Uuid }),
    output: Row.extend({
      note: z.string(),
      lines: z.array(
        z.object({
          what: z.string(),
          qty: z.number().int(),
          note: z.string(),
          itemId: z.string().nullable(),
          /** The stock issue that met this line from the store, once delivered. */
          stockTxId: z.string().nullable(),
        }),
      ),
      steps: z.array(Step),
      cash: z.array(CashEntry),
    }),
  },
} as const;
