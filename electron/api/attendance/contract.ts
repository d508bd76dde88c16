import { z } from 'zod';
import { Instant } from '../shared/fields';

const Id = z.number().int().positive();

export const attendanceContract = {
  'attendance.record': {
    kind: 'mutation',
    input: z.object({
      shiftId: Id,
      staffId: Id,
      action: z.enum(['in', 'out', 'no_show']),
      at: Instant.optional(),
      note: z.string().trim().max(200).default(''),
    }),
    output: z.object({
      status: z.enum(['present', 'no_show']),
      signInAt: z.string().nullable(),
      signOutAt: z.string().nullable(),
    }),
  },
} as const;
