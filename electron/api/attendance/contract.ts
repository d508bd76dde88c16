import { z } from 'zod';
import { Instant } from '../shared/fields';
import { msg } from '../shared/reason';

const Id = z.number().int().positive();

/** Where a person stands on a shift after the change. */
const Standing = z.object({
  status: z.enum(['present', 'no_show']).nullable(),
  signInAt: z.string().nullable(),
  signOutAt: z.string().nullable(),
  /** Signed in after the duty's start plus the grace (compound.attendanceGraceMinutes). */
  late: z.boolean(),
});

export const attendanceContract = {
  /** A sign-in or sign-out at its actual time (`at`, else now), or a no-show: checked against the shift. */
  'attendance.record': {
    kind: 'mutation',
    input: z.object({
      shiftId: Id,
      staffId: Id,
      action: z.enum(['in', 'out', 'no_show']),
      at: Instant.optional(),
      note: z.string().trim().max(200).default(''),
    }),
    output: Standing,
  },
  /** Take back the last sign-in, sign-out or no-show taken by mistake: a new row with its reason. */
  'attendance.reverse': {
    kind: 'mutation',
    input: z.object({
      shiftId: Id,
      staffId: Id,
      reason: z.string().trim().min(1, msg('reason_required')).max(200),
    }),
    output: Standing,
  },
} as const;
