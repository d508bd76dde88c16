import type { DUTY_AUDIT_CODES, DutyCode } from './codes-duty';

/** The English words of the duty codes (shared/codes-duty.ts). */
export const DUTY_TEXTS_EN: Record<Exclude<DutyCode, (typeof DUTY_AUDIT_CODES)[number]>, string> = {
  attendance_in_future: 'The time {{at}} is later than now; attendance cannot be recorded in advance.',
  sign_in_too_early:
    'The sign-in is more than {{grace}} minutes before the shift starts ({{start}}); check the time.',
  sign_in_after_end: 'The sign-in is after the shift ended ({{end}}); check the time.',
  already_signed_in: '{{name}} has signed in already; if that was a mistake, reverse it first.',
  already_signed_out: '{{name}} has signed out already; if that was a mistake, reverse it first.',
  sign_out_before_sign_in: 'The sign-out must be later than the sign-in ({{signIn}}).',
  sign_out_too_late:
    'The sign-out is more than {{grace}} minutes after the shift ended ({{end}}); check the time.',
  absent_but_signed_in:
    '{{name}} has signed in and cannot be marked absent; if the sign-in was a mistake, reverse it first.',
  already_no_show: '{{name}} is marked absent already.',
  no_show_too_early: 'A no-show can be marked only {{grace}} minutes after the shift starts ({{start}}).',
  nothing_to_reverse: '{{name}} has no attendance on this shift to reverse.',
  post_retired: 'The post "{{name}}" is retired and no longer scheduled.',
  post_in_use:
    'The post "{{name}}" has {{shifts}} shifts and {{entries}} gate-log entries and cannot be deleted; retire it instead (its history stays).',
  template_times_in_use:
    'Shifts of "{{shift}}" ahead already have people: its start and length cannot change. Take them off first, or retire the post and make a new one.',
  template_removed: 'The shift "{{shift}}" has been rostered and cannot be removed.',
  temperature_required: 'Enter the temperature of a person coming in.',
};

export const DUTY_AUDIT_TEXTS_EN: Record<(typeof DUTY_AUDIT_CODES)[number], string> = {
  audit_attendance_reverse_sign_in: 'Sign-in reversed: {{name}}, {{post}} {{shift}}; reason: {{reason}}',
  audit_attendance_reverse_sign_out: 'Sign-out reversed: {{name}}, {{post}} {{shift}}; reason: {{reason}}',
  audit_attendance_reverse_no_show: 'No-show reversed: {{name}}, {{post}} {{shift}}; reason: {{reason}}',
  audit_gate_in_fever: '{{post}} in: {{kind}} {{who}}, {{temperature}} ℃, fever {{note}}',
  audit_post_retire: 'Post retired: {{name}} ({{removed}} places ahead taken off)',
  audit_post_restore: 'Post restored: {{name}}',
  audit_post_delete: 'Post deleted: {{name}}',
};
