import { z } from 'zod';
import { BoundedDay } from '../shared/bounds';
import { msg } from '../shared/reason';
import { Version } from '../shared/versions';

/** A day, YYYY-MM-DD, that exists and lies in 1900–2100 (bounds.ts); PostDay for the post's work. */
export const Day = BoundedDay;

export const CompoundProfile = z
  .object({
    name: z.string().trim().min(1, msg('name_required')).max(60),
    city: z.string().trim().max(40),
    district: z.string().trim().max(40),
    town: z.string().trim().max(40),
    address: z.string().trim().max(120),
    closureStart: Day.nullable(),
    plannedDays: z.number().int().min(1).max(365),
    status: z.enum(['closed', 'lifted']),
    liftedOn: Day.nullable(),
    feverThreshold: z.number().min(36).max(39),
    quarantineDays: z.number().int().min(1).max(60),
    testValidHours: z.number().int().min(1).max(240),
    minRestHours: z.number().int().min(0).max(24).optional(),
    maxConsecutiveDays: z.number().int().min(1).max(28).optional(),
    /** Minutes of grace around a shift for attendance (sign-in early, late, sign-out late). */
    attendanceGraceMinutes: z.number().int().min(0).max(120).optional(),
    /** Errands (issue 13): minutes in one state before it is aging, and before it is stale. */
    errandAgingMinutes: z.number().int().min(10).max(1440).optional(),
    errandStaleMinutes: z.number().int().min(20).max(4320).optional(),
    /**
     * The version the settings form was read at (compound.get): a stale save is refused. Optional
     * because the first-run setup and scripts write the profile without reading it first.
     */
    version: Version.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.status === 'lifted' && !p.liftedOn) {
      ctx.addIssue({ code: 'custom', path: ['liftedOn'], message: msg('lifted_on_required') });
    }
    if (p.liftedOn && p.closureStart && p.liftedOn < p.closureStart) {
      ctx.addIssue({ code: 'custom', path: ['liftedOn'], message: msg('lifted_before_start') });
    }
    if (p.errandAgingMinutes && p.errandStaleMinutes && p.errandStaleMinutes <= p.errandAgingMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['errandStaleMinutes'],
        message: msg('errand_stale_after_aging', { aging: p.errandAgingMinutes }),
      });
    }
  });
export type CompoundProfile = z.infer<typeof CompoundProfile>;

export const Compound = z.object({
  name: z.string(),
  city: z.string(),
  district: z.string(),
  town: z.string(),
  address: z.string(),
  closureStart: z.string().nullable(),
  plannedDays: z.number(),
  status: z.enum(['closed', 'lifted']),
  liftedOn: z.string().nullable(),
  feverThreshold: z.number(),
  quarantineDays: z.number(),
  testValidHours: z.number(),
  minRestHours: z.number(),
  maxConsecutiveDays: z.number(),
  attendanceGraceMinutes: z.number(),
  errandAgingMinutes: z.number(),
  errandStaleMinutes: z.number(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Compound = z.infer<typeof Compound>;

export const compoundContract = {
  'compound.get': { kind: 'query', input: z.object({}), output: Compound },
  'compound.update': { kind: 'mutation', input: CompoundProfile, output: Compound },
} as const;
