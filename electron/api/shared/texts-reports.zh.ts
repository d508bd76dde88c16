import type { REPORT_AUDIT_CODES, ReportCode } from './codes-reports';

type Audit = (typeof REPORT_AUDIT_CODES)[number];

/** The Chinese words of the daily report's codes (shared/codes-reports.ts). */
export const REPORT_TEXTS_ZH: Record<Exclude<ReportCode, Audit>, string> = {
  report_not_found: '{{day}} 没有已签发的日报',
  report_future_day: '{{day}} 还没到，不能签发日报',
  report_reason_required: '这是更正（第 {{version}} 版），请填写更正原因',
  report_signed_since: '{{day}} 的日报已由{{by}}签发到第 {{version}} 版，请刷新后再签发',
};

/** The Chinese words of the daily report's audit rows. */
export const REPORT_AUDIT_TEXTS_ZH: Record<Audit, string> = {
  audit_report_sign: '签发 {{day}} 日报（第 {{version}} 版）',
  audit_report_correct: '更正 {{day}} 日报（第 {{version}} 版，{{count}} 项）：{{reason}}',
};
