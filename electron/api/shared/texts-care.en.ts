import type { CareCode } from './codes-care';

/** The English words of the gate check's and the hotels' care codes (shared/codes-care.ts). */
export const CARE_TEXTS_EN: Record<CareCode, string> = {
  fever_with_symptoms:
    'Temperature {{temperature}} ℃ reaches the fever threshold {{threshold}} ℃; symptoms: {{symptoms}}; needs a doctor',
  symptoms_no_fever:
    'Symptoms: {{symptoms}}; needs a doctor (temperature {{temperature}} ℃, fever threshold {{threshold}} ℃)',
  temperature_below_threshold:
    'Temperature {{temperature}} ℃, below the fever threshold {{threshold}} ℃; no symptoms',
  family_room_full: "The family's room {{room}} has no bed left",
  planned_end_before_check_in_of: '{{name}} checked in on {{checkIn}}; the planned end cannot be before it',
  choose_guests: 'Choose at least one guest',
  audit_planned_end_move: 'Moved the planned end to {{to}} ({{count}}): {{names}} {{reason}}',
};
