import { z } from 'zod';
import { TEAM_ROLES } from '../../../db/schema/enums';
import { Instant, Phone } from '../shared/fields';
import { msg } from '../shared/reason';
import { Version } from '../shared/versions';

const Id = z.number().int().positive();
export const TeamRole = z.enum(TEAM_ROLES);

/** One person of the team (班子成员) as every screen sees them. Never the PIN or its hash. */
export const MemberRow = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string(),
  role: TeamRole,
  organisation: z.string(),
  skills: z.array(z.string()),
  maxWeeklyHours: z.number().int(),
  active: z.boolean(),
  /** May use the post laptop (be the operator on duty). */
  canOperate: z.boolean(),
  /** Has a PIN: the start screen asks for it. */
  hasPin: z.boolean(),
  buildingIds: z.array(z.number().int()),
  unavailable: z.array(
    z.object({ id: z.number().int(), fromAt: z.string(), toAt: z.string(), reason: z.string() }),
  ),
  /** Sent back by team.save when editing: a save from an older version is refused. */
  version: z.number().int(),
});
export type MemberRow = z.infer<typeof MemberRow>;

/** A PIN: 4 to 6 digits. */
export const Pin = z.string().regex(/^\d{4,6}$/, msg('pin_format'));

export const SaveMember = z.object({
  id: Id.optional(),
  name: z.string().trim().min(1, msg('person_name_required')).max(20),
  phone: Phone.default(''),
  role: TeamRole,
  organisation: z.string().trim().max(40).default(''),
  skills: z.array(z.string().trim().min(1).max(20)).max(10).default([]),
  maxWeeklyHours: z.number().int().min(1).max(84).default(48),
  active: z.boolean().default(true),
  canOperate: z.boolean().default(false),
  buildingIds: z.array(Id).max(200).default([]),
  /** Required with id: the version the form was read at. */
  version: Version.optional(),
});

const Signed = z.object({
  member: z.object({ id: z.number().int(), name: z.string(), role: TeamRole }),
  /** The session to send with every request (null: this person has no PIN and needs none). */
  token: z.string().nullable(),
});

export const teamContract = {
  'team.list': { kind: 'query', input: z.object({}), output: z.array(MemberRow) },
  /**
   * Add or edit a member. With nobody on duty it may only add one (the post's first operator, from
   * the start screen), and only while nobody has a PIN.
   */
  'team.save': { kind: 'mutation', input: SaveMember, output: MemberRow, open: true },
  'team.setUnavailable': {
    kind: 'mutation',
    input: z
      .object({
        memberId: Id,
        fromAt: Instant,
        toAt: Instant,
        reason: z.string().trim().max(100).default(''),
      })
      .refine((v) => Date.parse(v.toAt) > Date.parse(v.fromAt), {
        path: ['toAt'],
        message: msg('end_after_start'),
      }),
    output: MemberRow,
  },
  /** Sign in with a PIN (where one is set): answers the session token the client then sends. */
  'team.signIn': {
    kind: 'mutation',
    input: z.object({ memberId: Id, pin: Pin.optional() }),
    output: Signed,
    open: true,
  },
  /** End a session (signing out, switching operator). */
  'team.signOut': {
    kind: 'mutation',
    input: z.object({ token: z.string().max(64) }),
    output: z.object({ closed: z.boolean() }),
    open: true,
  },
  /** Set or change one's own PIN (the old one is needed when there is one); answers a fresh session. */
  'team.setPin': {
    kind: 'mutation',
    input: z.object({ memberId: Id, oldPin: Pin.optional(), newPin: Pin }),
    output: Signed,
  },
  /** The commander or deputy commander resets anyone's PIN: a new one, or none (they set their own). */
  'team.resetPin': {
    kind: 'mutation',
    input: z.object({ memberId: Id, newPin: Pin.optional() }),
    output: MemberRow,
  },
} as const;
