import { z } from 'zod';
import {
  CHECK_METHODS,
  CHECK_RESULTS,
  CHECK_VIA,
  EPISODE_CLOSE_REASONS,
  EPISODE_REASONS,
  SLOT_STATES,
  SYMPTOMS,
} from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { Instant } from '../shared/fields';
import { Celsius, Note, Ref, Subject, Uuid } from './fields';

export { Subject };

/**
 * Health (issue 14): monitoring episodes, their check slots made in advance, the checks, fever
 * alerts, and medical requests for the community doctor. A DRAFT agreed between the helpers: the
 * backend may add fields and methods; the fixed names stay. Pure zod, importable by the renderer.
 */
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
  /** The slot's latest check (null while none). */
  checkId: z.string().nullable(),
  /** When the slot's window opens at the post, "07:00". */
  starts: z.string(),
});

/** A fever alert: a second high reading (the recheck after a rest), until the doctor acts. */
const Alert = z.object({
  checkId: z.string(),
  /** The slot of the reading (a recheck is recorded on it). */
  slotId: z.string(),
  /** The medical request the doctor triages to clear the alert (made with the alert). */
  medicalId: z.string().nullable(),
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
          phone: z.string(),
          dayNo: z.number().int(),
          days: z.number().int(),
          overdue: z.boolean(),
          cells: z.array(Cell),
        }),
      ),
      /** Slots whose window has opened, and those with a check. */
      completion: z.object({ due: z.number().int(), done: z.number().int() }),
      /** False when the day's slots have not been made yet (`health.makeSlots`). */
      slotsMade: z.boolean(),
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
      /** The medical requests opened for the doctor with the alerts (source `round`, kind fever). */
      medicalIds: z.array(z.string()),
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
      /** The day's slots open and not taken (missed: past their window, still none). */
      due: z.object({
        total: z.number().int(),
        rows: z.array(
          Alert.pick({ episodeId: true, slotId: true, name: true, place: true, phone: true }).extend({
            slot: z.number().int(),
            /** The episode's checks a day: the slot's name (daily, morning/afternoon, check n). */
            perDay: z.number().int(),
            missed: z.boolean(),
          }),
        ),
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

export { medicalContract } from './medical-contract';
