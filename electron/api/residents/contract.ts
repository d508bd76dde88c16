import { z } from 'zod';
import { GENDERS, PRESENCE } from '../../../db/schema/enums';
import { Day } from '../compound/contract';
import { Phone } from '../shared/fields';
import { canonicalRelation } from '../shared/labels';
import { msg } from '../shared/reason';
import { Version } from '../shared/versions';

export const ResidentView = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  /**
   * Null when an ID number is on file: the date would give back the 8 digits the mask hides (see
   * maskIdNumber); the age is shown instead, and a save without a birth date keeps the ID's.
   */
  birthDate: z.string().nullable(),
  age: z.number().int().nullable(),
  elderly: z.boolean(),
  child: z.boolean(),
  /** Always masked; residents.reveal shows the whole number (and is logged). */
  idNumberMasked: z.string().nullable(),
  phone: z.string(),
  relation: z.string(),
  presence: z.enum(PRESENCE),
  pregnant: z.boolean(),
  chronicIllness: z.boolean(),
  disability: z.boolean(),
  regularMedicine: z.boolean(),
  notes: z.string(),
  /** Sent back by residents.save when editing: a save from an older version is refused. */
  version: z.number().int(),
});
export type ResidentView = z.infer<typeof ResidentView>;

export const ResidentInput = z.object({
  id: z.number().int().positive().optional(),
  householdId: z.number().int().positive(),
  name: z.string().trim().min(1, msg('person_name_required')).max(30),
  gender: z.enum(GENDERS).nullable(),
  birthDate: Day.nullable(),
  /** Left out: keep the number on file. Empty: clear it. */
  idNumber: z.string().trim().max(30).optional(),
  phone: Phone,
  /** As typed; a usual relation's English word is stored as its Chinese one (户主 …). */
  relation: z.string().transform(canonicalRelation).pipe(z.string().max(10)),
  presence: z.enum(PRESENCE),
  pregnant: z.boolean(),
  chronicIllness: z.boolean(),
  disability: z.boolean(),
  regularMedicine: z.boolean(),
  notes: z.string().trim().max(500),
  /** Required when editing (with id): the version the form was read at. */
  version: Version.optional(),
});
export type ResidentInput = z.infer<typeof ResidentInput>;

export const SearchRow = z.object({
  id: z.number().int(),
  householdId: z.number().int(),
  name: z.string(),
  gender: z.enum(GENDERS).nullable(),
  age: z.number().int().nullable(),
  idNumberMasked: z.string().nullable(),
  phone: z.string(),
  building: z.string(),
  unit: z.string(),
  room: z.string(),
  presence: z.enum(PRESENCE),
  relation: z.string(),
});
export type SearchRow = z.infer<typeof SearchRow>;

export const residentsContract = {
  'residents.save': { kind: 'mutation', input: ResidentInput, output: ResidentView },
  'residents.move': {
    kind: 'mutation',
    input: z.object({
      id: z.number().int().positive(),
      toHouseholdId: z.number().int().positive(),
      reason: z.string().trim().min(1, msg('reason_required')).max(200),
    }),
    output: ResidentView,
  },
  /** Shows a whole ID number; logged in the audit, since it is personal data. */
  'residents.reveal': {
    kind: 'mutation',
    input: z.object({ id: z.number().int().positive() }),
    output: z.object({ idNumber: z.string().nullable() }),
  },
  'residents.search': {
    kind: 'query',
    input: z.object({ q: z.string().trim().max(40), limit: z.number().int().min(1).max(2000).default(500) }),
    output: z.object({ rows: z.array(SearchRow), total: z.number().int(), truncated: z.boolean() }),
  },
} as const;
