import type { REPORT_AUDIT_CODES, ReportCode } from './codes-reports';

type Audit = (typeof REPORT_AUDIT_CODES)[number];

/** The English words of the daily report's codes (shared/codes-reports.ts). */
export const REPORT_TEXTS_EN: Record<Exclude<ReportCode, Audit>, string> = {
  report_not_found: 'No signed daily report for {{day}}',
  report_future_day: '{{day}} has not come yet: its report cannot be signed',
  report_reason_required: 'This is a correction (version {{version}}): say why',
  report_signed_since:
    '{{by}} has signed the report of {{day}} up to version {{version}}; refresh and sign again',
};

/** The English words of the daily report's audit rows. */
export const REPORT_AUDIT_TEXTS_EN: Record<Audit, string> = {
  audit_report_sign: 'Signed the daily report of {{day}} (version {{version}})',
  audit_report_correct:
    'Corrected the daily report of {{day}} (version {{version}}, {{count}} lines): {{reason}}',
};
