/**
 * The codes of errands and the runners' cash (issue 13): refusals, a setting's check and the audit
 * rows. Spread into the lists of codes.ts / audit-codes.ts; words in texts-errands.zh.ts /
 * texts-errands.en.ts. Pure, importable by the renderer.
 */

export const ERRAND_ERROR_CODES = [
  'errand_not_found',
  'errand_runner_not_found',
  'errand_step_illegal',
  'errand_moved_on',
  'errand_runner_moved_on',
  'errand_no_runner',
  'errand_same_runner',
  'errand_amount_required',
  'errand_duplicate_of_required',
  'errand_duplicate_of_self',
  'errand_in_future',
  'errand_before_previous',
  'errand_collected_not_delivered',
  'errand_payer_post',
  'errand_undo_not_delivered',
  'errand_undo_too_late',
  'cash_difference_by_reconcile',
  'cash_book_changed',
  'cash_reason_required',
  'cash_errand_other_runner',
] as const;

export const ERRAND_VALIDATION_CODES = ['errand_stale_after_aging'] as const;

export const ERRAND_AUDIT_CODES = [
  'audit_errand_add',
  'audit_errand_step',
  'audit_errand_assign',
  'audit_errand_undo',
  'audit_cash_entry',
  'audit_cash_reconcile',
] as const;

export type ErrandCode =
  | (typeof ERRAND_ERROR_CODES)[number]
  | (typeof ERRAND_VALIDATION_CODES)[number]
  | (typeof ERRAND_AUDIT_CODES)[number];
