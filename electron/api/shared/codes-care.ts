/**
 * The codes of the gate check and of the care of hotel guests (issue 10: health first, release as
 * a decision, awaiting placement, planned ends, fever alerts, needs), kept in their own module and
 * spread into the four lists of codes.ts / audit-codes.ts. Words: texts-care.zh.ts / texts-care.en.ts.
 * Pure, importable by the renderer.
 */

export const CARE_ERROR_CODES = ['planned_end_before_check_in_of'] as const;

export const CARE_VALIDATION_CODES = ['choose_guests'] as const;

export const CARE_RULE_CODES = [
  'fever_with_symptoms',
  'symptoms_no_fever',
  'temperature_below_threshold',
  'family_room_full',
] as const;

export const CARE_AUDIT_CODES = ['audit_planned_end_move'] as const;

export type CareCode =
  | (typeof CARE_ERROR_CODES)[number]
  | (typeof CARE_VALIDATION_CODES)[number]
  | (typeof CARE_RULE_CODES)[number]
  | (typeof CARE_AUDIT_CODES)[number];
