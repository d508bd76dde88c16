/**
 * What the supplies screens ask beside the ledger's own methods (issue 12): the places and the
 * recipients they pick from, a delivery note read from a sheet (preview only: the rows are received
 * through `stock.receive`), its template, and the ledger and balances as workbooks. Pure zod.
 */
import { z } from 'zod';
import { STOCK_PLACE_KINDS, STOCK_TX_KINDS } from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { SavedFile, UiLang } from '../shared/fields';
import { ReasonSchema } from '../shared/reason';
import { PlaceRef } from './contract';

const Count = z.number().int().nonnegative();

/** A bad cell of a delivery note: its row, its column and why, as a code with parameters. */
const NoteIssue = z.object({
  row: z.number().int(),
  column: z.enum(['item', 'unit', 'lot', 'expiry', 'qty']),
  code: z.string(),
  params: ReasonSchema.shape.params,
});

/** A row ready to receive: the item (and an existing lot of the same code) found in the catalogue. */
const NoteRow = z.object({
  row: z.number().int(),
  itemId: z.string(),
  item: z.string(),
  unit: z.string(),
  lotId: z.string().nullable(),
  lotCode: z.string(),
  expiresOn: z.string().nullable(),
  qty: z.number().int().positive(),
});

export const LedgerFilter = z.object({
  itemId: z.string().uuid().optional(),
  place: PlaceRef.optional(),
  kind: z.enum(STOCK_TX_KINDS).optional(),
  from: PostDay.optional(),
  to: PostDay.optional(),
});

export const stockScreensContract = {
  /** Every place that may hold stock: the store, gates, hotels, runners (`held`: stock went there). */
  'stock.places': {
    kind: 'query',
    input: z.object({}).default({}),
    output: z.array(
      z.object({
        kind: z.enum(STOCK_PLACE_KINDS),
        id: z.number().int().nullable(),
        name: z.string(),
        held: z.boolean(),
      }),
    ),
  },
  /** Who an issue may go to, found by what was typed (building-room or name; a guest by name or room). */
  'stock.recipients': {
    kind: 'query',
    input: z.object({
      kind: z.enum(['household', 'hotel_guest', 'runner']),
      q: z.string().trim().max(40).default(''),
      limit: z.number().int().min(1).max(50).default(20),
    }),
    output: z.array(z.object({ id: z.number().int(), name: z.string(), detail: z.string() })),
  },
  /** A delivery note read and checked, nothing written: the rows to receive and each bad cell as a code. */
  'stock.receivePreview': {
    kind: 'query',
    input: z.object({ fileName: z.string().min(1).max(200), dataBase64: z.string().min(1) }),
    output: z.object({
      fileName: z.string(),
      /** Rows the sheet brought (not empty). */
      read: Count,
      rows: z.array(NoteRow),
      issues: z.array(NoteIssue),
      /** Units over the ready rows. */
      total: Count,
    }),
  },
  /** The empty delivery note in the screen's language, with the catalogue on a second sheet. */
  'stock.receiveTemplate': {
    kind: 'query',
    input: z.object({ lang: UiLang }),
    output: z.object({ fileName: z.string(), dataBase64: z.string(), rows: Count }),
  },
  /** The ledger with the screen's filters, one row per line (newest first, at most 100,000). */
  'stock.exportLedger': {
    kind: 'query',
    input: LedgerFilter.extend({ lang: UiLang }),
    output: SavedFile.extend({ rows: Count }),
  },
  /** The balances per item, lot and place, and per item against its levels. */
  'stock.exportBalances': {
    kind: 'query',
    input: z.object({ lang: UiLang }),
    output: SavedFile.extend({ rows: Count }),
  },
} as const;
