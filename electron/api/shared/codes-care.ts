/**
 * The codes of the gate check and of the care of hotel guests (issue 10: health first, release as
 * a decision, awaiting placement, planned ends, fever alerts, needs), kept in their own module and
 * spread into the four lists of codes.ts / audit-codes.ts. Words: texts-care.zh.ts / texts-care.en.ts.
 * Pure, importable by the renderer.
 */

export const CARE_ERROR_CODES = [
  'planned_end_before_check_in_of',
  'release_home_sealed',
  'release_before_end',
  'override_commander_only',
  'stay_not_released',
  'release_not_latest',
  'need_not_handled',
  'call_in_future',
  'call_too_old',
  'contact_not_found',
  'not_a_fever',
  'fever_already_handled',
] as const;

export const CARE_VALIDATION_CODES = [
  'choose_guests',
  'choose_needs',
  'release_to_required',
  'release_reason_required',
  'need_done_required',
  'fever_action_required',
] as const;

export const CARE_RULE_CODES = [
  'fever_with_symptoms',
  'symptoms_no_fever',
  'temperature_below_threshold',
  'family_room_full',
] as const;

export const CARE_AUDIT_CODES = [
  'audit_planned_end_move',
  'audit_hotel_release_override',
  'audit_release_undone',
  'audit_needs_add',
  'audit_need_handled',
  'audit_need_reopened',
  'audit_fever_handled',
] as const;

export type CareCode =
  | (typeof CARE_ERROR_CODES)[number]
  | (typeof CARE_VALIDATION_CODES)[number]
  | (typeof CARE_RULE_CODES)[number]
  | (typeof CARE_AUDIT_CODES)[number];
