import { z } from 'zod';
import {
  STOCK_CATEGORIES,
  STOCK_COUNTERPARTIES,
  STOCK_PLACE_KINDS,
  STOCK_REASONS,
  STOCK_SOURCES,
  STOCK_TX_KINDS,
} from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { Instant } from '../shared/fields';
import { msg, ReasonSchema } from '../shared/reason';
import { Version } from '../shared/versions';

/** Quantities are whole numbers of the item's unit (never fractions: a balance of floats drifts). */
const Qty = z.number().int().positive().max(1_000_000_000);
const SignedQty = z
  .number()
  .int()
  .min(-1_000_000_000)
  .max(1_000_000_000)
  .refine((n) => n !== 0, msg('quantity_not_zero'));
const Uuid = z.string().uuid();
const Ref = z.number().int().positive();
const Note = z.string().trim().max(200).default('');
/** A typed reason for taking out more than the books hold; empty: refused when short. */
const ShortReason = z.string().trim().max(200).optional();

/** Where stock is held: the store, a gate (duty post id), a hotel (hotel id), a runner's bag (member id). */
export const PlaceRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('store') }),
  z.object({ kind: z.literal('gate'), id: Ref }),
  z.object({ kind: z.literal('hotel'), id: Ref }),
  z.object({ kind: z.literal('runner'), id: Ref }),
]);
const Store = { kind: 'store' } as const;

/** Who receives an issue. */
const Recipient = z.object({ kind: z.enum(['household', 'hotel_guest', 'runner']), id: Ref });

const Place = z.object({
  id: z.string(),
  kind: z.enum(STOCK_PLACE_KINDS),
  refId: z.number().nullable(),
  name: z.string(),
});
const Item = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  category: z.enum(STOCK_CATEGORIES),
  byLot: z.boolean(),
  minLevel: z.number().int(),
  reorderLevel: z.number().int(),
  dailyNorm: z.number().nullable(),
  version: z.number().int(),
  onHand: z.number().int(),
});
const Line = z.object({
  itemId: z.string(),
  item: z.string(),
  unit: z.string(),
  lotId: z.string().nullable(),
  lotCode: z.string().nullable(),
  expiresOn: z.string().nullable(),
  place: Place,
  qty: z.number().int(),
});
const Tx = z.object({
  id: z.string(),
  kind: z.enum(STOCK_TX_KINDS),
  happenedAt: z.string(),
  recordedAt: z.string(),
  operatorName: z.string(),
  counterpartyKind: z.enum(STOCK_COUNTERPARTIES).nullable(),
  counterpartyId: z.number().nullable(),
  counterpartyName: z.string(),
  reasonCode: z.enum(STOCK_REASONS).nullable(),
  note: z.string(),
  short: z.boolean(),
  reverses: z.string().nullable(),
  reversedBy: z.string().nullable(),
  lines: z.array(Line),
});
const Flag = ReasonSchema;

const Written = z.object({ txId: z.string(), lines: z.array(Line) });

export const stockContract = {
  /** The catalogue, with each item's total on hand. */
  'stock.items': { kind: 'query', input: z.object({}).default({}), output: z.array(Item) },
  /** Add an item (no id) or edit one (id and the version it was read at). */
  'stock.saveItem': {
    kind: 'mutation',
    input: z.object({
      id: Uuid.optional(),
      version: Version.optional(),
      name: z.string().trim().min(1, msg('name_required')).max(60),
      unit: z.string().trim().min(1, msg('required')).max(10),
      category: z.enum(STOCK_CATEGORIES),
      byLot: z.boolean().default(false),
      minLevel: z.number().int().min(0).max(1_000_000_000).default(0),
      reorderLevel: z.number().int().min(0).max(1_000_000_000).default(0),
      dailyNorm: z.number().min(0).max(1000).nullable().default(null),
    }),
    output: Item,
  },
  /** A delivery into a place from a donor, the town or a supplier; a lot per line of a lot-tracked item. */
  'stock.receive': {
    kind: 'mutation',
    input: z.object({
      place: PlaceRef.default(Store),
      source: z.enum(STOCK_SOURCES),
      sourceName: z.string().trim().max(60).default(''),
      happenedAt: Instant.optional(),
      note: Note,
      lines: z
        .array(
          z.object({
            itemId: Uuid,
            qty: Qty,
            /** An existing lot of the item, or a new one: its batch code and expiry. */
            lotId: Uuid.optional(),
            lotCode: z.string().trim().max(40).default(''),
            expiresOn: PostDay.nullable().default(null),
          }),
        )
        .min(1)
        .max(500),
    }),
    output: Written,
  },
  /** Hand out to a household, a hotel guest or a runner; the lot expiring first when none is named. */
  'stock.issue': {
    kind: 'mutation',
    input: z.object({
      place: PlaceRef.default(Store),
      to: Recipient,
      happenedAt: Instant.optional(),
      note: Note,
      shortReason: ShortReason,
      includeExpired: z.boolean().default(false),
      lines: z
        .array(z.object({ itemId: Uuid, qty: Qty, lotId: Uuid.optional() }))
        .min(1)
        .max(500),
    }),
    output: Written,
  },
  /** Move stock from one place to another (the store to a gate, a runner's bag …). */
  'stock.transfer': {
    kind: 'mutation',
    input: z.object({
      from: PlaceRef,
      to: PlaceRef,
      itemId: Uuid,
      qty: Qty,
      lotId: Uuid.optional(),
      happenedAt: Instant.optional(),
      note: Note,
      shortReason: ShortReason,
      includeExpired: z.boolean().default(false),
    }),
    output: Written,
  },
  /** 盘点: what was counted per item and lot at a place; the difference posted with a reason. */
  'stock.count': {
    kind: 'mutation',
    input: z.object({
      place: PlaceRef.default(Store),
      reasonCode: z.enum(STOCK_REASONS).optional(),
      happenedAt: Instant.optional(),
      note: Note,
      lines: z
        .array(
          z.object({
            itemId: Uuid,
            lotId: Uuid.nullable().default(null),
            counted: z.number().int().min(0).max(1_000_000_000),
          }),
        )
        .min(1)
        .max(2000),
    }),
    output: Written.extend({
      counted: z.array(
        z.object({
          itemId: z.string(),
          lotId: z.string().nullable(),
          systemQty: z.number().int(),
          countedQty: z.number().int(),
          difference: z.number().int(),
        }),
      ),
    }),
  },
  /** An adjustment (damaged, lost, expired, found) or a write-off, signed, with its reason. */
  'stock.adjust': {
    kind: 'mutation',
    input: z
      .object({
        place: PlaceRef.default(Store),
        kind: z.enum(['adjust', 'write_off']).default('adjust'),
        itemId: Uuid,
        lotId: Uuid.nullable().default(null),
        qty: SignedQty,
        reasonCode: z.enum(STOCK_REASONS),
        happenedAt: Instant.optional(),
        note: Note,
        shortReason: ShortReason,
      })
      .refine((v) => v.kind !== 'write_off' || v.qty < 0, {
        message: msg('write_off_negative'),
        path: ['qty'],
      }),
    output: Written,
  },
  /** Undo a movement: a new one with the opposite lines, naming what it reverses, with a reason. */
  'stock.reverse': {
    kind: 'mutation',
    input: z.object({ txId: Uuid, reason: z.string().trim().min(1, msg('reason_required')).max(200) }),
    output: Written,
  },
  /** On hand per item, lot and place; a balance below zero is flagged `count_needed`, never clamped. */
  'stock.balances': {
    kind: 'query',
    input: z
      .object({ itemId: Uuid.optional(), place: PlaceRef.optional(), nonZero: z.boolean().default(true) })
      .default({ nonZero: true }),
    output: z.array(
      z.object({
        itemId: z.string(),
        item: z.string(),
        unit: z.string(),
        lotId: z.string().nullable(),
        lotCode: z.string().nullable(),
        expiresOn: z.string().nullable(),
        place: Place,
        qty: z.number().int(),
        flag: Flag.nullable(),
      }),
    ),
  },
  /** The ledger, newest first, in pages; filtered by item, place, kind and days. */
  'stock.ledger': {
    kind: 'query',
    input: z
      .object({
        itemId: Uuid.optional(),
        place: PlaceRef.optional(),
        kind: z.enum(STOCK_TX_KINDS).optional(),
        from: PostDay.optional(),
        to: PostDay.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .default({ offset: 0, limit: 50 }),
    output: z.object({ total: z.number().int(), rows: z.array(Tx) }),
  },
  /** Days of cover per item, items below their levels, lots expiring within 7 days. */
  'stock.cover': {
    kind: 'query',
    input: z.object({}).default({}),
    output: z.object({
      today: z.string(),
      people: z.number().int(),
      items: z.array(
        z.object({
          itemId: z.string(),
          item: z.string(),
          unit: z.string(),
          onHand: z.number().int(),
          issuedLastWeek: z.number().int(),
          dailyNorm: z.number().nullable(),
          days: z.number().nullable(),
          flags: z.array(Flag),
        }),
      ),
      expiring: z.array(
        z.object({
          itemId: z.string(),
          item: z.string(),
          lotId: z.string(),
          lotCode: z.string(),
          expiresOn: z.string(),
          qty: z.number().int(),
        }),
      ),
    }),
  },
} as const;
