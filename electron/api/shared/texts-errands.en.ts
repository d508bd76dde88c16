import type { ERRAND_AUDIT_CODES, ErrandCode } from './codes-errands';

type Audit = (typeof ERRAND_AUDIT_CODES)[number];

/** The English words of the errands codes (shared/codes-errands.ts). */
export const ERRAND_TEXTS_EN: Record<Exclude<ErrandCode, Audit>, string> = {
  errand_not_found: 'This errand was not found',
  errand_runner_not_found: 'This runner was not found, or is no longer active',
  errand_step_illegal: 'The errand is {{fromState}}: it cannot become {{toState}}',
  errand_moved_on:
    'The errand was changed to {{state}} by {{by}} ({{at}}); you saw it {{fromState}}. Refresh and try again',
  errand_runner_moved_on: 'This errand has meanwhile gone to {{runner}}: refresh and try again',
  errand_no_runner: 'No runner has this errand yet: assign one first',
  errand_same_runner: '{{runner}} already has this errand',
  errand_amount_required: 'Enter what was paid (yuan)',
  errand_duplicate_of_required: 'Choose the errand this one repeats',
  errand_duplicate_of_self: 'An errand cannot repeat itself',
  errand_in_future: 'The time {{at}} is later than now: it cannot be recorded in advance',
  errand_before_previous: 'The time {{at}} is before the previous step ({{previous}})',
  errand_collected_not_delivered: 'Money from the household is recorded with the delivery only',
  errand_payer_post: 'The post pays for this errand: nothing is collected from the household',
  errand_undo_not_delivered:
    'Only a delivery the household has not confirmed yet can be undone (this errand is “{{state}}”)',
  errand_undo_too_late: 'A delivery can be undone only within its shift (this one ended at {{until}})',
  cash_difference_by_reconcile: 'A difference is recorded only by a reconciliation',
  cash_book_changed: 'The book now says {{now}} yuan (you saw {{book}} yuan): refresh and reconcile again',
  cash_reason_required: 'The cash counted differs from the book by {{difference}} yuan: give a reason',
  cash_errand_other_runner: 'Errand E-{{no}} is not {{runner}}’s',
  errand_stale_after_aging: 'Stale must be later than aging ({{aging}} minutes)',
};

/** The English words of the errands audit rows. */
export const ERRAND_AUDIT_TEXTS_EN: Record<Audit, string> = {
  audit_errand_add: 'Errand E-{{no}}: {{household}} {{errandKind}}, {{toState}} {{runner}}',
  audit_errand_step: 'Errand E-{{no}}: {{fromState}} → {{toState}} {{amount}}',
  audit_errand_assign: 'Errand E-{{no}} assigned to {{runner}}',
  audit_errand_undo: 'Errand E-{{no}}: delivery undone, back to “{{toState}}”: {{reason}}',
  audit_cash_entry: 'Cash book of {{runner}}: {{cashKind}} {{amount}} yuan',
  audit_cash_reconcile:
    'Reconciled {{runner}}: book {{book}} yuan, counted {{counted}} yuan, difference {{difference}} yuan {{reason}}',
};
