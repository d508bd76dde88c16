/**
 * The codes of duty (issue 10, points 8–12): attendance and its reversal, the gate log's
 * temperature, posts edited and retired. Kept in their own module and spread into the lists of
 * codes.ts / audit-codes.ts. Words: texts-duty.zh.ts / texts-duty.en.ts. Pure, importable by the
 * renderer.
 */

export const DUTY_ERROR_CODES = [
  'attendance_in_future',
  'sign_in_too_early',
  'sign_in_after_end',
  'already_signed_in',
  'already_signed_out',
  'sign_out_before_sign_in',
  'sign_out_too_late',
  'absent_but_signed_in',
  'already_no_show',
  'no_show_too_early',
  'nothing_to_reverse',
  'post_retired',
  'post_in_use',
  'template_times_in_use',
  'template_removed',
] as const;

export const DUTY_VALIDATION_CODES = ['temperature_required'] as const;

export const DUTY_RULE_CODES = [] as const;

export const DUTY_AUDIT_CODES = [
  'audit_attendance_reverse_sign_in',
  'audit_attendance_reverse_sign_out',
  'audit_attendance_reverse_no_show',
  'audit_gate_in_fever',
  'audit_post_retire',
  'audit_post_restore',
  'audit_post_delete',
] as const;

export type DutyCode =
  | (typeof DUTY_ERROR_CODES)[number]
  | (typeof DUTY_VALIDATION_CODES)[number]
  | (typeof DUTY_RULE_CODES)[number]
  | (typeof DUTY_AUDIT_CODES)[number];
