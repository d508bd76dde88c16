import { z } from 'zod';
import {
  FEVER_ACTIONS,
  MEDICAL_KINDS,
  MEDICAL_OUTCOMES,
  MEDICAL_SOURCES,
  MEDICAL_URGENCIES,
  TRIAGE_ACTIONS,
} from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { PlaceRef } from '../stock/contract';
import { Note, Subject, Uuid } from './fields';

/**
 * Medical requests (issue 14, part of the health draft agreed between the helpers): pure zod,
 * importable by the renderer (also re-exported by ./contract).
 */

const MedicalRow = z.object({
  id: z.string(),
  subject: Subject,
  name: z.string(),
  place: z.string(),
  phone: z.string(),
  kind: z.enum(MEDICAL_KINDS),
  urgency: z.enum(MEDICAL_URGENCIES),
  source: z.enum(MEDICAL_SOURCES),
  checkId: z.string().nullable(),
  note: z.string(),
  state: z.enum(['new', 'triaged', 'closed']),
  action: z.enum(TRIAGE_ACTIONS).nullable(),
  advice: z.string(),
  followUpOn: z.string().nullable(),
  outcome: z.enum(MEDICAL_OUTCOMES).nullable(),
  /** The stock issue or the errand that delivered the medicine. */
  stockTxId: z.string().nullable(),
  errandId: z.string().nullable(),
  /** The reading of the fever alert this request answers. */
  temperature: z.number().nullable(),
  /** Medicine delivered: when, and when the next refill falls due (from `daysSupply`). */
  deliveredOn: z.string().nullable(),
  nextRefillOn: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
  /** A hotel guest's call fever the hotel handled (the board's action, by whom, when): its triage. */
  hotelHandled: z.object({ action: z.enum(FEVER_ACTIONS), byName: z.string(), at: z.string() }).nullable(),
});

/** Medical requests (医疗需求) for the community doctor. */
export const medicalContract = {
  /** A request from a resident, a guest or the round (`checkId`: the high reading it answers). */
  'medical.add': {
    kind: 'mutation',
    input: z.object({
      subject: Subject,
      kind: z.enum(MEDICAL_KINDS),
      urgency: z.enum(MEDICAL_URGENCIES).default('today'),
      source: z.enum(MEDICAL_SOURCES).default('resident'),
      checkId: Uuid.optional(),
      note: Note,
    }),
    output: z.object({ id: z.string() }),
  },
  /**
   * The doctor's triage. Medicine delivered: from stock (`stockLines`, an issue in the stock ledger)
   * or by an errand (`errand`: one is opened for the household). Triaging the request of a fever
   * alert clears the alert.
   */
  'medical.triage': {
    kind: 'mutation',
    input: z.object({
      id: Uuid,
      action: z.enum(TRIAGE_ACTIONS),
      advice: Note,
      followUpOn: PostDay.optional(),
      /** For regular medicine: how many days the delivered medicine lasts (the next refill). */
      daysSupply: z.number().int().min(1).max(180).optional(),
      /** Where the medicine is issued from (the store unless named). */
      stockPlace: PlaceRef.optional(),
      stockLines: z
        .array(z.object({ itemId: Uuid, qty: z.number().int().positive() }))
        .max(20)
        .optional(),
      errand: z
        .object({ what: z.string().trim().min(1).max(60), qty: z.number().int().positive() })
        .optional(),
    }),
    output: z.object({ id: z.string() }),
  },
  'medical.close': {
    kind: 'mutation',
    input: z.object({ id: Uuid, outcome: z.enum(MEDICAL_OUTCOMES), note: Note }),
    output: z.object({ id: z.string() }),
  },
  /** Requests, urgent and oldest first; and the residents on regular medicine with their next refill. */
  'medical.list': {
    kind: 'query',
    input: z
      .object({
        scope: z.enum(['open', 'all']).default('open'),
        kind: z.enum(MEDICAL_KINDS).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .default({ scope: 'open', offset: 0, limit: 100 }),
    output: z.object({
      total: z.number().int(),
      rows: z.array(MedicalRow),
      refills: z.array(
        z.object({
          residentId: z.number().int(),
          name: z.string(),
          place: z.string(),
          lastDeliveredOn: z.string().nullable(),
          nextRefillOn: z.string().nullable(),
        }),
      ),
    }),
  },
} as const;
