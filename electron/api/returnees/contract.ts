import { z } from 'zod';
import {
  CARE_EVENT_KINDS,
  HEALTH_CODES,
  NEED_DONE,
  NEED_KINDS,
  OUTCOMES,
  RELEASE_TO,
  TEST_RESULTS,
} from '../../../db/schema/enums';
import { Day } from '../compound/contract';
import { Instant, Phone } from '../shared/fields';
import { msg, ReasonSchema } from '../shared/reason';

export const ArrivingPerson = z
  .object({
    /** Found in the registry; left out for someone who is not a registered resident. */
    residentId: z.number().int().positive().optional(),
    /** Needed for someone not in the registry; a registered resident's name comes from the registry. */
    name: z.string().trim().max(30).default(''),
    idNumber: z.string().trim().max(30).default(''),
    phone: Phone.default(''),
    quarantineFrom: Day.nullable().default(null),
    quarantineTo: Day.nullable().default(null),
    certificateNo: z.string().trim().max(40).default(''),
    testAt: Instant.nullable().default(null),
    testResult: z.enum(TEST_RESULTS).nullable().default(null),
    healthCode: z.enum(HEALTH_CODES).nullable().default(null),
    temperature: z
      .number()
      .min(34, msg('temperature_range', { min: 34, max: 43 }))
      .max(43, msg('temperature_range', { min: 34, max: 43 }))
      .nullable()
      .default(null),
    symptoms: z.string().trim().max(200).default(''),
    wantsVentilation: z.boolean().default(false),
  })
  .refine((m) => m.residentId !== undefined || m.name !== '', {
    path: ['name'],
    message: msg('person_name_required'),
  });

const Rule = z.object({
  rule: z.enum(['resident', 'sealed', 'quarantine', 'health', 'test', 'healthCode']),
  status: z.enum(['pass', 'fail', 'unknown']),
  reason: ReasonSchema,
  failsTo: z.enum(OUTCOMES),
});

export const StayView = z.object({
  id: z.number().int(),
  hotelId: z.number().int(),
  hotel: z.string(),
  roomId: z.number().int(),
  room: z.string(),
  checkIn: z.string(),
  plannedEnd: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  endKind: z.enum(['moved', 'released']).nullable(),
  endReason: z.string(),
  releaseTo: z.enum(RELEASE_TO).nullable(),
  overfillReason: z.string(),
});

export const ReturneeView = z.object({
  id: z.number().int(),
  groupId: z.number().int(),
  residentId: z.number().int().nullable(),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  phone: z.string(),
  address: z.string().nullable(),
  age: z.number().int().nullable(),
  elderly: z.boolean(),
  fromPlace: z.string(),
  arrivedAt: z.string(),
  checks: z.array(Rule),
  recommendation: z.enum(OUTCOMES),
  outcome: z.enum(OUTCOMES).nullable(),
  wantsVentilation: z.boolean(),
  stay: StayView.nullable(),
  /** Decided "hotel", no room yet (待安置). */
  awaitingPlacement: z.boolean(),
});
export type ReturneeView = z.infer<typeof ReturneeView>;

export const ReturneeFile = ReturneeView.extend({
  decisions: z.array(
    z.object({
      id: z.number().int(),
      outcome: z.enum(OUTCOMES),
      recommendation: z.enum(OUTCOMES),
      reason: z.string(),
      decidedBy: z.string(),
      at: z.string(),
    }),
  ),
  stays: z.array(StayView),
  needs: z.array(
    z.object({
      id: z.number().int(),
      kind: z.enum(NEED_KINDS),
      detail: z.string(),
      askedAt: z.string(),
      recordedBy: z.string(),
      handledAt: z.string().nullable(),
      handledBy: z.string().nullable(),
      handledNote: z.string(),
      handledDone: z.enum(NEED_DONE).nullable(),
      /** What the handling handed out from stock, per item (empty when nothing was). */
      given: z.array(
        z.object({ itemId: z.string(), item: z.string(), unit: z.string(), qty: z.number().int() }),
      ),
    }),
  ),
  /** What the post did beyond the stay (care_events), oldest first: overrides, undos, handlings. */
  care: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(CARE_EVENT_KINDS),
      stayId: z.number().int().nullable(),
      needId: z.number().int().nullable(),
      contactId: z.number().int().nullable(),
      action: z.string().nullable(),
      reason: z.string(),
      fromDay: z.string().nullable(),
      toDay: z.string().nullable(),
      byName: z.string(),
      at: z.string(),
    }),
  ),
  contacts: z.array(
    z.object({
      id: z.number().int(),
      day: z.string(),
      reached: z.boolean(),
      temperature: z.number().nullable(),
      /** A fever alert; `feverHandled` says whether someone recorded what was done. */
      fever: z.boolean(),
      feverHandled: z.boolean(),
      wellbeing: z.string(),
      operatorName: z.string(),
      at: z.string(),
    }),
  ),
});
export type ReturneeFile = z.infer<typeof ReturneeFile>;

export const returneesContract = {
  'returnees.register': {
    kind: 'mutation',
    input: z.object({
      fromPlace: z.string().trim().min(1, msg('from_place_required')).max(60),
      note: z.string().trim().max(200).default(''),
      members: z.array(ArrivingPerson).min(1, msg('at_least_one_person')).max(20),
    }),
    output: z.object({ groupId: z.number().int(), members: z.array(ReturneeView) }),
  },
  'returnees.decide': {
    kind: 'mutation',
    input: z.object({
      returneeIds: z.array(z.number().int().positive()).min(1).max(20),
      outcome: z.enum(OUTCOMES),
      reason: z.string().trim().max(300).default(''),
    }),
    output: z.array(ReturneeView),
  },
  'returnees.list': {
    kind: 'query',
    input: z.object({
      filter: z.enum(['all', 'undecided', 'awaiting', 'in_hotel']).default('all'),
      limit: z.number().int().min(1).max(1000).default(200),
    }),
    output: z.array(ReturneeView),
  },
  'returnees.get': {
    kind: 'query',
    input: z.object({ id: z.number().int().positive() }),
    output: ReturneeFile,
  },
} as const;
