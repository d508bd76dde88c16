import type { CareCode } from './codes-care';

/** The English words of the gate check's and the hotels' care codes (shared/codes-care.ts). */
export const CARE_TEXTS_EN: Record<CareCode, string> = {
  planned_end_before_check_in_of: '{{name}} checked in on {{checkIn}}; the planned end cannot be before it',
  release_home_sealed:
    'The compound is still sealed: no going home (planned end {{plannedEnd}}) unless a commander overrides with a reason',
  release_before_end:
    'The planned end {{plannedEnd}} has not come: no going home early unless a commander overrides with a reason',
  override_commander_only: 'Only the commander or a deputy commander may override this ({{hold}})',
  stay_not_released: 'This stay of {{name}} was not ended by a release; there is nothing to undo',
  release_not_latest: '{{name}} has stayed again since; only the latest release can be undone',
  need_not_handled: 'This need of {{name}} is not handled; there is nothing to undo',
  call_in_future: 'The call time is later than now',
  call_too_old: 'A call can be logged for today or yesterday only',
  contact_not_found: 'No such call',
  not_a_fever: 'This call found no fever; there is nothing to handle',
  fever_already_handled: 'This fever was already handled by {{by}}',
  choose_guests: 'Choose at least one guest',
  choose_needs: 'Choose at least one need',
  release_to_required: 'Choose where they go',
  release_reason_required: 'Enter the reason for the release',
  need_done_required: 'Choose what was done',
  fever_action_required: 'Choose what was done',
  fever_with_symptoms:
    'Temperature {{temperature}} ℃ reaches the fever threshold {{threshold}} ℃; symptoms: {{symptoms}}; needs a doctor',
  symptoms_no_fever:
    'Symptoms: {{symptoms}}; needs a doctor (temperature {{temperature}} ℃, fever threshold {{threshold}} ℃)',
  temperature_below_threshold:
    'Temperature {{temperature}} ℃, below the fever threshold {{threshold}} ℃; no symptoms',
  family_room_full: "The family's room {{room}} has no bed left",
  audit_planned_end_move: 'Moved the planned end to {{to}} ({{count}}): {{names}} {{reason}}',
  audit_hotel_release_override:
    '{{name}} left {{hotel}} {{room}}: {{release}} {{note}} (commander override: {{hold}}, reason: {{override}})',
  audit_release_undone: 'Undid the release of {{name}}, back in {{hotel}} {{room}}: {{reason}}',
  audit_needs_add: '{{name}} needs: {{needs}} {{detail}}',
  audit_need_handled: 'Handled the need of {{name}}: {{need}}, {{done}} {{note}}',
  audit_need_reopened: 'Reopened the need of {{name}}: {{need}}: {{reason}}',
  audit_fever_handled: 'Handled the fever of {{name}} ({{temperature}} ℃): {{action}} {{note}}',
};
