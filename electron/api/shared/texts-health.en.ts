import type { HEALTH_AUDIT_CODES, HealthCode } from './codes-health';

type Audit = (typeof HEALTH_AUDIT_CODES)[number];

/** The English words of the health codes (shared/codes-health.ts). */
export const HEALTH_TEXTS_EN: Record<Exclude<HealthCode, Audit>, string> = {
  health_episode_not_found: 'This follow-up was not found',
  health_subject_not_found: 'This person was not found',
  health_already_followed: '{{name}} is already being followed',
  health_episode_closed: 'The follow-up of {{name}} is closed ({{closeReason}})',
  health_subject_or_everyone: 'Choose one person, or everyone in the compound',
  health_slot_not_found: 'This check was not found',
  health_slot_not_started: 'This check of {{name}} is not due yet',
  health_no_reading: 'Enter a temperature, or choose not reached or refused',
  health_no_recheck_due: '{{name}} has no high reading to recheck in this slot',
  health_in_future: 'The time {{at}} is later than now',
  health_household_mixed: 'A household report covers the members of one household only',
  health_round_place: 'Choose one building or one hotel',
  medical_not_found: 'This medical request was not found',
  medical_closed: 'This medical request is closed',
  medical_check_not_found: 'The check this request names was not found',
  medical_delivery_needs_medicine:
    'Medicine delivered needs the medicine: given from stock, or bought by an errand',
  medical_needs_household: '{{name}} is not a household of the compound: no errand can be opened',
  medical_alert_needs_triage: 'This request answers a fever alert: the doctor triages it first',
};

/** The English words of the health audit rows. */
export const HEALTH_AUDIT_TEXTS_EN: Record<Audit, string> = {
  audit_health_open: 'Follow-up opened: {{name}} ({{episodeReason}}), {{days}} days',
  audit_health_open_all: 'Follow-up opened for everyone in the compound: {{count}} people',
  audit_health_close: 'Follow-up closed: {{name}}, {{closeReason}} {{note}}',
  audit_health_slots: 'Checks made for {{day}}: {{made}}',
  audit_health_record: '{{written}} checks recorded; to recheck: {{rechecks}}; fever alerts: {{alerts}}',
  audit_medical_add: 'Medical request: {{name}} {{medicalKind}}',
  audit_medical_triage: 'Triage: {{name}}, {{triage}} {{advice}}',
  audit_medical_close: 'Medical request closed: {{name}}, {{medicalOutcome}}',
};
