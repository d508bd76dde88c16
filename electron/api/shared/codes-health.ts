/**
 * The codes of the temperature rounds and the medical requests (issue 14): refusals and the audit
 * rows. Spread into the lists of codes.ts / audit-codes.ts; words in texts-health.zh.ts /
 * texts-health.en.ts. Pure, importable by the renderer.
 */

export const HEALTH_ERROR_CODES = [
  'health_episode_not_found',
  'health_subject_not_found',
  'health_already_followed',
  'health_episode_closed',
  'health_subject_or_everyone',
  'health_slot_not_found',
  'health_slot_not_started',
  'health_no_reading',
  'health_no_recheck_due',
  'health_in_future',
  'health_household_mixed',
  'health_round_place',
  'medical_not_found',
  'medical_closed',
  'medical_check_not_found',
  'medical_delivery_needs_medicine',
  'medical_needs_household',
  'medical_alert_needs_triage',
] as const;

export const HEALTH_AUDIT_CODES = [
  'audit_health_open',
  'audit_health_open_all',
  'audit_health_close',
  'audit_health_slots',
  'audit_health_record',
  'audit_medical_add',
  'audit_medical_triage',
  'audit_medical_close',
] as const;

export type HealthCode = (typeof HEALTH_ERROR_CODES)[number] | (typeof HEALTH_AUDIT_CODES)[number];
