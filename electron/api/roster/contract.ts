import { z } from 'zod';
import { TEAM_ROLES } from '../../../db/schema/enums';
import { Requirement } from '../posts/contract';
import { PostDay as Day } from '../shared/bounds';
import { UiLang } from '../shared/fields';
import { BREACHES } from '../shared/labels';
import { ReasonSchema } from '../shared/reason';

const Id = z.number().int().positive();
const PRESENCE = ['present', 'late', 'signed_out', 'no_show', 'expected', 'missing'] as const;
const Role = z.enum(TEAM_ROLES);
const Place = z.object({ shiftId: Id, staffId: Id });

const Clash = z.object({
  shiftId: z.number().int(),
  post: z.string(),
  name: z.string(),
  startsAt: z.string(),
});

export const ShiftView = z.object({
  id: z.number().int(),
  postId: z.number().int(),
  post: z.string(),
  name: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  headcount: z.number().int(),
  requirements: z.array(Requirement),
  staff: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      phone: z.string(),
      role: Role,
      pinned: z.boolean(),
      /** On duty from this instant, when staffed while the shift was already running. */
      fromAt: z.string().nullable(),
      /** Other shifts the person is booked on at the same time (double bookings an older database holds). */
      clashes: z.array(Clash),
      attendance: z.enum(['present', 'no_show']).nullable(),
      signInAt: z.string().nullable(),
      signOutAt: z.string().nullable(),
      /** Signed in after the duty's start plus the grace. */
      late: z.boolean(),
      /** Where the person is at the time of asking (shared/presence.ts): on duty is present or late. */
      presence: z.enum(PRESENCE),
      /** What a reversal would take back (the last sign-in, sign-out or no-show still standing). */
      reversible: z.enum(['sign_in', 'sign_out', 'no_show']).nullable(),
    }),
  ),
});
export type ShiftView = z.infer<typeof ShiftView>;

const Gap = z.object({
  shiftId: z.number().int(),
  post: z.string(),
  name: z.string(),
  startsAt: z.string(),
  missing: z.number().int(),
  roles: z.array(Role).nullable(),
  reasons: z.array(ReasonSchema),
});

const Range = z.object({ min: z.number(), max: z.number() });
/** How evenly a role's people share the period's nights and hours (fewest and most anyone has). */
const RoleSpread = z.object({
  role: Role,
  people: z.number().int(),
  nights: Range,
  hours: Range,
  /** Nights within 1 of each other and hours within one shift (the period's longest). */
  even: z.boolean(),
});

export const rosterContract = {
  'roster.generate': {
    kind: 'mutation',
    input: z.object({ from: Day, days: z.number().int().min(1).max(28) }),
    output: z.object({
      shifts: z.number().int(),
      assigned: z.number().int(),
      kept: z.number().int(),
      dropped: z.number().int(),
      gaps: z.array(Gap),
      /** Per role, over the period's shifts (kept and new): the spread of nights and hours achieved. */
      spread: z.array(RoleSpread),
    }),
  },
  'roster.get': {
    kind: 'query',
    input: z.object({ from: Day, days: z.number().int().min(1).max(28), staffId: Id.optional() }),
    output: z.object({
      shifts: z.array(ShiftView),
      runnersMissing: z.array(z.object({ id: z.number().int(), name: z.string() })),
    }),
  },
  'roster.assign': {
    kind: 'mutation',
    input: z.object({
      shiftId: Id,
      staffId: Id,
      action: z.enum(['assign', 'unassign', 'pin', 'unpin']),
      reason: z.string().trim().max(200).default(''),
    }),
    output: z.object({ breaches: z.array(z.enum(BREACHES)) }),
  },
  /** The printable roster: the compound, the period, each post's shifts and names with phones. */
  'roster.print': {
    kind: 'query',
    input: z.object({ from: Day, days: z.number().int().min(1).max(28), postId: Id.optional() }),
    output: z.object({
      compound: z.string(),
      from: z.string(),
      to: z.string(),
      days: z.array(z.string()),
      posts: z.array(
        z.object({
          id: z.number().int(),
          name: z.string(),
          templates: z.array(z.object({ name: z.string(), start: z.string(), hours: z.number().int() })),
          cells: z.array(
            z.object({
              day: z.string(),
              template: z.string(),
              names: z.array(z.string()),
              /** Names on this cell booked elsewhere at the same time (double bookings). */
              clashes: z.array(z.string()),
            }),
          ),
        }),
      ),
      phones: z.array(z.object({ name: z.string(), phone: z.string(), role: Role })),
    }),
  },
  'roster.exportXlsx': {
    kind: 'query',
    input: z.object({
      from: Day,
      days: z.number().int().min(1).max(28),
      postId: Id.optional(),
      /** The language the workbook is worded in (the screen's). */
      lang: UiLang,
    }),
    output: z.object({ fileName: z.string(), dataBase64: z.string() }),
  },
  /** Who is on duty now and next, for the overview. */
  'roster.onDuty': {
    kind: 'query',
    input: z.object({}),
    output: z.object({
      /** Every post in service: how many are present now (0 is a gate left unguarded). */
      posts: z.array(
        z.object({
          postId: z.number().int(),
          post: z.string(),
          present: z.number().int(),
          rostered: z.number().int(),
          shifts: z.number().int(),
        }),
      ),
      now: z.array(ShiftView),
      next: z.array(ShiftView),
      /** From now on, every place where a person is booked twice at once (each side listed). */
      doubleBooked: z.array(
        z.object({ staffId: z.number().int(), name: z.string(), shift: Clash, clashes: z.array(Clash) }),
      ),
    }),
  },
  'roster.swap': {
    kind: 'mutation',
    input: z.object({ a: Place, b: Place, reason: z.string().trim().max(200).default('') }),
    output: z.object({ breaches: z.array(z.enum(BREACHES)) }),
  },
} as const;
