/**
 * Distributions (发放, issue 12): one line per household of the buildings chosen, delivered building by
 * building; each delivery posts a stock issue to the household. Pure zod, importable by the renderer.
 */
import { z } from 'zod';
import { DISTRIB_BASES, DISTRIB_STATES, STOCK_PLACE_KINDS } from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { Instant } from '../shared/fields';
import { PlaceRef } from './contract';

const Uuid = z.string().uuid();
const Ref = z.number().int().positive();
const Store = { kind: 'store' } as const;

/** What a distribution hands out, from where, to whom: the form's fields, shared by the plan and the call. */
export const DistributionScope = z.object({
  itemId: Uuid,
  place: PlaceRef.default(Store),
  /** The buildings chosen; absent or empty: every building. */
  buildingIds: z.array(Ref).max(5000).default([]),
  basis: z.enum(DISTRIB_BASES).default('household'),
  /** Per household or per person counted, in the item's unit. */
  qty: z.number().int().positive().max(100_000),
});

const Summary = z.object({
  id: z.string(),
  itemId: z.string(),
  item: z.string(),
  unit: z.string(),
  place: z.object({ kind: z.enum(STOCK_PLACE_KINDS), name: z.string() }),
  /** The buildings chosen by name; empty: every building. */
  buildings: z.array(z.string()),
  basis: z.enum(DISTRIB_BASES),
  qty: z.number().int(),
  plannedOn: z.string(),
  note: z.string(),
  households: z.number().int(),
  totalQty: z.number().int(),
  delivered: z.number().int(),
  deliveredQty: z.number().int(),
  notHome: z.number().int(),
  createdAt: z.string(),
  operatorName: z.string(),
});

const Line = z.object({
  id: z.string(),
  householdId: z.number().int(),
  room: z.string(),
  householder: z.string(),
  people: z.number().int(),
  qty: z.number().int(),
  state: z.enum(DISTRIB_STATES),
  at: z.string().nullable(),
  runnerName: z.string(),
  receivedBy: z.string(),
  /** The stock issue of a delivered line (what an undo reverses). */
  txId: z.string().nullable(),
});

export const distribContract = {
  /** What a distribution would need before it is made: households, people, total, on hand at the place. */
  'stock.distributionPlan': {
    kind: 'query',
    input: DistributionScope,
    output: z.object({
      households: z.number().int(),
      people: z.number().int(),
      totalQty: z.number().int(),
      onHand: z.number().int(),
      unit: z.string(),
    }),
  },
  /**
   * Make a distribution and all its lines in one transaction: every household of the buildings with
   * someone in the compound, once. Refused when no household is in scope, or when some of them are
   * already on a distribution of the same item planned the same day.
   */
  'stock.distribute': {
    kind: 'mutation',
    input: DistributionScope.extend({
      plannedOn: PostDay.optional(),
      note: z.string().trim().max(200).default(''),
    }),
    output: z.object({ id: z.string(), households: z.number().int(), totalQty: z.number().int() }),
  },
  /**
   * Record lines handed over (each a stock issue to its household from the distribution's place, the
   * lot expiring first) or nobody at home: the lines named, or every line of a building not yet
   * delivered. A line already delivered is refused (undo it with stock.reverse of its issue).
   */
  'stock.deliver': {
    kind: 'mutation',
    input: z
      .object({
        distributionId: Uuid,
        lineIds: z.array(Uuid).max(5000).optional(),
        buildingId: Ref.optional(),
        outcome: z.enum(['delivered', 'not_home']).default('delivered'),
        runnerId: Ref.optional(),
        receivedBy: z.string().trim().max(40).default(''),
        happenedAt: Instant.optional(),
        note: z.string().trim().max(200).default(''),
        /** A reason for handing out more than the books hold at the place. */
        shortReason: z.string().trim().max(200).optional(),
      })
      .refine((v) => (v.lineIds?.length ?? 0) > 0 || v.buildingId !== undefined, {
        path: ['lineIds'],
        message: 'required',
      }),
    output: z.object({
      delivered: z.number().int(),
      notHome: z.number().int(),
      qty: z.number().int(),
      txIds: z.array(z.string()),
    }),
  },
  /** The distributions, newest planned first, with how far each has got. */
  'stock.distributions': {
    kind: 'query',
    input: z
      .object({
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .default({ offset: 0, limit: 50 }),
    output: z.object({ total: z.number().int(), rows: z.array(Summary) }),
  },
  /** One distribution: its buildings with their progress, and one building's lines in pages. */
  'stock.distribution': {
    kind: 'query',
    input: z.object({
      id: Uuid,
      buildingId: Ref.optional(),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(2000).default(500),
    }),
    output: Summary.extend({
      perBuilding: z.array(
        z.object({
          buildingId: z.number().int(),
          name: z.string(),
          households: z.number().int(),
          people: z.number().int(),
          qty: z.number().int(),
          delivered: z.number().int(),
          notHome: z.number().int(),
        }),
      ),
      /** The building whose lines follow (the one asked, else the first). */
      buildingId: z.number().int().nullable(),
      lineTotal: z.number().int(),
      lines: z.array(Line),
    }),
  },
} as const;
