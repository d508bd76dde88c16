/**
 * The codes of the daily report (日报, issue 15): refusals and audit rows. Spread into the lists of
 * codes.ts / audit-codes.ts; words in texts-reports.zh.ts / texts-reports.en.ts. Pure.
 */
export const REPORT_ERROR_CODES = [
  'report_not_found',
  'report_future_day',
  'report_reason_required',
  'report_signed_since',
] as const;

export const REPORT_AUDIT_CODES = ['audit_report_sign', 'audit_report_correct'] as const;

export type ReportCode = (typeof REPORT_ERROR_CODES)[number] | (typeof REPORT_AUDIT_CODES)[number];
