import { z } from 'zod';
import {
  CHECK_METHODS,
  CHECK_RESULTS,
  CHECK_VIA,
  EPISODE_CLOSE_REASONS,
  EPISODE_REASONS,
  MEDICAL_KINDS,
  MEDICAL_OUTCOMES,
  MEDICAL_SOURCES,
  MEDICAL_URGENCIES,
  SLOT_STATES,
  SYMPTOMS,
  TRIAGE_ACTIONS,
} from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { Instant } from '../shared/fields';

/**
 * Health (issue 14): monitoring episodes, their check slots made in advance, the checks, fever
 * alerts, and medical requests for the community doctor. A DRAFT agreed between the helpers: the
 * backend may add fields and methods; the fixed names stay. Pure zod, importable by the renderer.
 */
const Ref = z.number().int().positive();
const Uuid = z.string().uuid();
const Note = z.string().trim().max(200).default('');
/** ℃ as read: 34.0–43.0, one decimal. */
const Celsius = z.number().min(34).max(43);

/** Who is followed: a resident of the registry, or a returnee (a hotel guest, a returnee at home). */
export const Subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), id: Ref }),
  z.object({ kind: z.literal('returnee'), id: Ref }),
]);

const Episode = z.object({
  id: z.string(),
  subject: Subject,
  name: z.string(),
  /** Building-room, or hotel-room, as the place was when read. */
  place: z.string(),
  reason: z.enum(EPISODE_REASONS),
  fromDay: z.string(),
  /** The planned last day; an episode never extends or ends by itself. */
  toDay: z.string(),
  checksPerDay: z.number().int(),
  /** "day X of N" at today. */
  dayNo: z.number().int(),
  days: z.number().int(),
  closedAt: z.string().nullable(),
  closeReason: z.enum(EPISODE_CLOSE_REASONS).nullable(),
  /** True past the planned last day and still open: the post must close it (never automatic). */
  overdue: z.boolean(),
});

const Cell = z.object({
  slotId: z.string(),
  /** 0-based slot of the day (0 morning, 1 afternoon with two a day). */
  slot: z.number().int(),
  state: z.enum(SLOT_STATES),
  temperature: z.number().nullable(),
  at: z.string().nullable(),
  byName: z.string(),
  /** A reading at or above the threshold with no recheck yet: recheck after a rest. */
  recheckDue: z.boolean(),
});

/** A fever alert: a second high reading (the recheck after a rest), until the doctor acts. */
const Alert = z.object({
  checkId: z.string(),
  episodeId: z.string(),
  subject: Subject,
  name: z.string(),
  place: z.string(),
  phone: z.string(),
  temperature: z.number(),
  firstTemperature: z.number().nullable(),
  at: z.string(),
  /** Minutes since the alert was raised. */
  waitingMinutes: z.number().int(),
});

const CheckIn = z.object({
  /** A slot as `health.round` names it (the backend chooses its key: 7 million rows at district scale). */
  slotId: z.string().min(1).max(80),
  temperature: Celsius.optional(),
  method: z.enum(CHECK_METHODS).default('forehead'),
  symptoms: z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length).default([]),
  /** Without a temperature: not reached, or refused. With one, the rule decides (normal/abnormal). */
  result: z.enum(['not_reached', 'refused']).optional(),
  /** A recheck after a rest, of the slot's high reading. */
  recheck: z.boolean().default(false),
  note: Note,
});

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
  createdAt: z.string(),
  createdByName: z.string(),
});

export const healthContract = {
  /** Episodes, open first; by subject, reason, building or hotel; paged. */
  'health.episodes': {
    kind: 'query',
    input: z
      .object({
        scope: z.enum(['open', 'closed', 'all']).default('open'),
        subject: Subject.optional(),
        reason: z.enum(EPISODE_REASONS).optional(),
        buildingId: Ref.optional(),
        hotelId: Ref.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .default({ scope: 'open', offset: 0, limit: 100 }),
    output: z.object({ total: z.number().int(), rows: z.array(Episode) }),
  },
  /**
   * Start following someone, or (`everyoneInCompound`) every resident in the compound not yet
   * followed. Today's slots are made at once.
   */
  'health.openEpisode': {
    kind: 'mutation',
    input: z.object({
      subject: Subject.optional(),
      everyoneInCompound: z.boolean().default(false),
      reason: z.enum(EPISODE_REASONS),
      fromDay: PostDay.optional(),
      days: z.number().int().min(1).max(60).default(14),
      checksPerDay: z.number().int().min(1).max(4).default(2),
      note: Note,
    }),
    output: z.object({ opened: z.number().int(), id: z.string().nullable() }),
  },
  /** Close an episode: an explicit step with a reason; its later slots are not made. */
  'health.closeEpisode': {
    kind: 'mutation',
    input: z.object({ id: Uuid, reason: z.enum(EPISODE_CLOSE_REASONS), note: Note }),
    output: z.object({ id: z.string() }),
  },
  /** Make a day's slots for every episode open that day (idempotent: made once). */
  'health.makeSlots': {
    kind: 'mutation',
    input: z.object({ day: PostDay.optional() }),
    output: z.object({ day: z.string(), made: z.number().int() }),
  },
  /** The round's grid for a building (rooms down, slots across) or a hotel, for a day. */
  'health.round': {
    kind: 'query',
    input: z.object({ buildingId: Ref.optional(), hotelId: Ref.optional(), day: PostDay.optional() }),
    output: z.object({
      day: z.string(),
      slotsPerDay: z.number().int(),
      threshold: z.number(),
      rows: z.array(
        z.object({
          episodeId: z.string(),
          subject: Subject,
          name: z.string(),
          householdId: z.number().int().nullable(),
          room: z.string(),
          dayNo: z.number().int(),
          days: z.number().int(),
          cells: z.array(Cell),
        }),
      ),
      completion: z.object({ due: z.number().int(), done: z.number().int() }),
    }),
  },
  /**
   * Record checks: one, or a household's members at once. Each reading at or above the threshold
   * asks for a recheck after a rest; a high recheck raises a fever alert.
   */
  'health.record': {
    kind: 'mutation',
    input: z.object({
      checks: z.array(CheckIn).min(1).max(200),
      via: z.enum(CHECK_VIA).default('round'),
      at: Instant.optional(),
    }),
    output: z.object({
      written: z.number().int(),
      rechecks: z.array(z.string()),
      alerts: z.array(z.string()),
      results: z.array(z.object({ slotId: z.string(), result: z.enum(CHECK_RESULTS) })),
    }),
  },
  /**
   * The duty screen: open fever alerts, rechecks due, due and not taken, not seen for two slots or
   * more, and today's completion per building and hotel. Lists are capped; totals are whole.
   */
  'health.alerts': {
    kind: 'query',
    input: z.object({ day: PostDay.optional(), limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({
      day: z.string(),
      fevers: z.array(Alert),
      rechecks: z.array(Alert.omit({ firstTemperature: true })),
      due: z.object({
        total: z.number().int(),
        rows: z.array(Alert.pick({ episodeId: true, name: true, place: true, phone: true })),
      }),
      notSeen: z.object({
        total: z.number().int(),
        rows: z.array(
          Alert.pick({ episodeId: true, name: true, place: true, phone: true }).extend({
            slotsMissed: z.number().int(),
            lastSeenAt: z.string().nullable(),
          }),
        ),
      }),
      normal: z.number().int(),
      completion: z.array(
        z.object({
          kind: z.enum(['building', 'hotel']),
          id: z.number().int(),
          name: z.string(),
          due: z.number().int(),
          done: z.number().int(),
        }),
      ),
    }),
  },
} as const;

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
