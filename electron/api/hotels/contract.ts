import { z } from 'zod';
import { FEVER_ACTIONS, NEED_DONE, NEED_KINDS, RELEASE_TO, ROOM_STATUS } from '../../../db/schema/enums';
import { PostDay } from '../shared/bounds';
import { Instant, Phone } from '../shared/fields';
import { msg, ReasonSchema } from '../shared/reason';
import { PlaceRef } from '../stock/contract';
import { AwaitingRow, FeverAlert } from './rows';

const Id = z.number().int().positive();

/** A need met from stock: the place it is taken from (the store, the guest's hotel …) and the lines. */
export const NeedGive = z.object({
  place: PlaceRef.default({ kind: 'store' }),
  lines: z
    .array(
      z.object({ itemId: z.string().uuid(msg('required')), qty: z.number().int().positive().max(10_000) }),
    )
    .min(1)
    .max(10),
});

export const HotelInput = z.object({
  id: Id.optional(),
  name: z.string().trim().min(1, msg('name_required')).max(40),
  address: z.string().trim().max(120),
  contact: z.string().trim().max(20),
  phone: Phone,
});

export const RoomRow = z.object({
  id: z.number().int(),
  hotelId: z.number().int(),
  number: z.string(),
  floor: z.number().int(),
  beds: z.number().int(),
  ventilated: z.boolean(),
  accessible: z.boolean(),
  status: z.enum(ROOM_STATUS),
  note: z.string(),
  occupants: z.number().int(),
});
export type RoomRow = z.infer<typeof RoomRow>;

export const Guest = z.object({
  returneeId: z.number().int(),
  stayId: z.number().int(),
  name: z.string(),
  roomId: z.number().int(),
  room: z.string(),
  hotelId: z.number().int(),
  hotel: z.string(),
  checkIn: z.string(),
  day: z.number().int(),
  plannedEnd: z.string(),
  /** Placed under another closure length: the planned end is not the closure's planned end now. */
  offClosure: z.boolean(),
  openNeeds: z.number().int(),
  contactedToday: z.boolean(),
  lastTemperature: z.number().nullable(),
  phone: z.string(),
  elderly: z.boolean(),
});
export type Guest = z.infer<typeof Guest>;

export const HotelOccupancy = z.object({
  id: z.number().int(),
  name: z.string(),
  address: z.string(),
  contact: z.string(),
  phone: z.string(),
  rooms: z.array(RoomRow),
  counts: z.record(z.enum(ROOM_STATUS), z.number().int()),
  beds: z.object({ used: z.number().int(), total: z.number().int() }),
  guests: z.array(Guest),
});
export type HotelOccupancy = z.infer<typeof HotelOccupancy>;

// The overview shows these too: in their own module, so its start does not build the hotels' contract.
export { AwaitingRow, FeverAlert };

const Assignment = z.object({ roomId: Id, returneeIds: z.array(Id).min(1).max(20) });

export const hotelsContract = {
  'hotels.save': {
    kind: 'mutation',
    input: HotelInput,
    output: z.object({ id: z.number().int(), name: z.string() }),
  },
  'hotels.addRooms': {
    kind: 'mutation',
    input: z
      .object({
        hotelId: Id,
        from: z.number().int().min(1).max(99999),
        to: z.number().int().min(1).max(99999),
        beds: z.number().int().min(1).max(8),
        ventilated: z.boolean().default(false),
        accessible: z.boolean().default(false),
      })
      .refine((v) => v.to >= v.from, { path: ['to'], message: msg('room_range_reversed') })
      .refine((v) => v.to - v.from < 500, { path: ['to'], message: msg('too_many', { max: 500 }) }),
    output: z.object({ added: z.number().int() }),
  },
  'hotels.setRoom': {
    kind: 'mutation',
    input: z.object({
      roomId: Id,
      status: z.enum(['free', 'cleaning', 'out_of_service']).optional(),
      beds: z.number().int().min(1).max(8).optional(),
      ventilated: z.boolean().optional(),
      accessible: z.boolean().optional(),
      note: z.string().trim().max(200).optional(),
    }),
    output: RoomRow,
  },
  'hotels.occupancy': {
    kind: 'query',
    input: z.object({}),
    output: z.object({
      today: z.string(),
      /** The day the sealed compound is planned to open, as the settings say now; null when not sealed. */
      closureEnd: z.string().nullable(),
      hotels: z.array(HotelOccupancy),
      notContacted: z.array(Guest),
      awaiting: z.array(AwaitingRow),
      feverAlerts: z.array(FeverAlert),
    }),
  },
  'hotels.suggest': {
    kind: 'query',
    input: z.object({ returneeIds: z.array(Id).min(1).max(20) }),
    output: z.object({
      hotelId: z.number().int().nullable(),
      assignments: z.array(
        z.object({ roomId: z.number().int(), room: z.string(), returneeIds: z.array(z.number().int()) }),
      ),
      unmet: z.array(ReasonSchema),
    }),
  },
  'hotels.place': {
    kind: 'mutation',
    input: z.object({
      assignments: z.array(Assignment).min(1).max(20),
      checkIn: PostDay,
      plannedEnd: PostDay.nullable().default(null),
      overfillReason: z.string().trim().max(200).default(''),
    }),
    output: z.object({
      stays: z.array(
        z.object({ stayId: z.number().int(), returneeId: z.number().int(), roomId: z.number().int() }),
      ),
      warnings: z.array(ReasonSchema),
    }),
  },
  'hotels.moveRoom': {
    kind: 'mutation',
    input: z.object({
      returneeId: Id,
      toRoomId: Id,
      reason: z.string().trim().min(1, msg('reason_required')).max(200),
      overfillReason: z.string().trim().max(200).default(''),
    }),
    output: z.object({ stayId: z.number().int(), warnings: z.array(ReasonSchema) }),
  },
  'hotels.movePlannedEnd': {
    kind: 'mutation',
    input: z.object({
      stayIds: z.array(Id).min(1, msg('choose_guests')).max(200),
      plannedEnd: PostDay,
      reason: z.string().trim().max(200).default(''),
    }),
    output: z.object({ moved: z.number().int() }),
  },
  /** Several needs in one go (alcohol, a thermometer and masks …), one row each. */
  'hotels.addNeed': {
    kind: 'mutation',
    input: z.object({
      returneeId: Id,
      kinds: z
        .array(z.enum(NEED_KINDS))
        .min(1, msg('choose_needs'))
        .max(NEED_KINDS.length)
        .refine((k) => new Set(k).size === k.length, msg('choose_needs')),
      detail: z.string().trim().max(200).default(''),
    }),
    output: z.object({ ids: z.array(z.number().int()) }),
  },
  /** Handling a need says what was done. */
  'hotels.handleNeed': {
    kind: 'mutation',
    input: z.object({
      needId: Id,
      done: z.enum(NEED_DONE, msg('need_done_required')),
      note: z.string().trim().max(200).default(''),
      /** What was handed out from stock (only with `delivered`): one issue to the guest, same transaction. */
      give: NeedGive.optional(),
    }),
    output: z.object({ id: z.number().int(), stockTxId: z.string().nullable() }),
  },
  /** A need marked handled by mistake is open again: a new row with the reason, nothing deleted. */
  'hotels.reopenNeed': {
    kind: 'mutation',
    input: z.object({ needId: Id, reason: z.string().trim().min(1, msg('reason_required')).max(200) }),
    /** `reversal`: the stock movement that took back what the handling gave; `notReversed`: why none. */
    output: z.object({
      id: z.number().int(),
      reversal: z.string().nullable(),
      notReversed: ReasonSchema.nullable(),
    }),
  },
  /** A fever alert is handled: what was done (called the doctor, rechecked, referred). */
  'hotels.handleFever': {
    kind: 'mutation',
    input: z.object({
      contactId: Id,
      action: z.enum(FEVER_ACTIONS, msg('fever_action_required')),
      note: z.string().trim().max(200).default(''),
    }),
    output: z.object({ id: z.string() }),
  },
  'hotels.logContact': {
    kind: 'mutation',
    input: z.object({
      returneeId: Id,
      reached: z.boolean(),
      temperature: z
        .number()
        .min(34, msg('temperature_range', { min: 34, max: 43 }))
        .max(43, msg('temperature_range', { min: 34, max: 43 }))
        .nullable()
        .default(null),
      wellbeing: z.string().trim().max(200).default(''),
      /** When the call was made: now when left out, else earlier today or yesterday. */
      at: Instant.nullable().default(null),
    }),
    output: z.object({ id: z.number().int(), fever: z.boolean() }),
  },
  /**
   * Release is a decision: where to and why. Home while sealed or before the planned end only with
   * a commander's override reason.
   */
  'hotels.release': {
    kind: 'mutation',
    input: z.object({
      returneeId: Id,
      to: z.enum(RELEASE_TO, msg('release_to_required')),
      reason: z.string().trim().min(1, msg('release_reason_required')).max(200),
      overrideReason: z.string().trim().max(200).default(''),
    }),
    output: z.object({ stayId: z.number().int(), override: z.boolean() }),
  },
  /** A release by mistake is undone: the guest is back in the room, a new stay row; the reason is kept. */
  'hotels.undoRelease': {
    kind: 'mutation',
    input: z.object({ stayId: Id, reason: z.string().trim().min(1, msg('reason_required')).max(200) }),
    output: z.object({ stayId: z.number().int() }),
  },
} as const;
