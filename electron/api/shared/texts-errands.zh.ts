import type { ERRAND_AUDIT_CODES, ErrandCode } from './codes-errands';

type Audit = (typeof ERRAND_AUDIT_CODES)[number];

/** The Chinese words of the errands codes (shared/codes-errands.ts). */
export const ERRAND_TEXTS_ZH: Record<Exclude<ErrandCode, Audit>, string> = {
  errand_not_found: '找不到这条跑腿单',
  errand_runner_not_found: '找不到该跑腿员，或已停用',
  errand_step_illegal: '跑腿单处于“{{fromState}}”，不能改为“{{toState}}”',
  errand_moved_on:
    '这条跑腿单已被{{by}}改为“{{state}}”（{{at}}），不再是你看到的“{{fromState}}”；请刷新后再操作',
  errand_runner_moved_on: '这条跑腿单已改由 {{runner}} 负责，请刷新后再操作',
  errand_no_runner: '这条跑腿单还没有指派跑腿员，请先指派',
  errand_same_runner: '这条跑腿单已由 {{runner}} 负责',
  errand_amount_required: '请填写实际花费（元）',
  errand_duplicate_of_required: '请选择与之重复的跑腿单',
  errand_duplicate_of_self: '跑腿单不能与自己重复',
  errand_in_future: '时间 {{at}} 晚于现在，不能预先登记',
  errand_before_previous: '时间 {{at}} 早于上一步（{{previous}}）',
  errand_collected_not_delivered: '只有送达时才能登记向住户收款',
  errand_payer_post: '这条跑腿单由指挥部承担，不向住户收款',
  errand_undo_not_delivered: '只有“已送达”且住户尚未确认的跑腿单才能撤销送达（现为“{{state}}”）',
  errand_undo_too_late: '送达只能在当班内撤销（本班到 {{until}} 为止）',
  cash_difference_by_reconcile: '差额只能在对账时登记',
  cash_book_changed: '账面余额已变为 {{now}} 元（你看到的是 {{book}} 元），请刷新后重新对账',
  cash_reason_required: '清点金额与账面不符（差 {{difference}} 元），请填写原因',
  cash_errand_other_runner: '跑腿单 E-{{no}} 不是 {{runner}} 负责的',
  errand_stale_after_aging: '滞留时间须长于转黄时间（{{aging}} 分钟）',
};

/** The Chinese words of the errands audit rows. */
export const ERRAND_AUDIT_TEXTS_ZH: Record<Audit, string> = {
  audit_errand_add: '跑腿单 E-{{no}}：{{household}} {{errandKind}}，{{toState}} {{runner}}',
  audit_errand_step: '跑腿单 E-{{no}}：{{fromState}} → {{toState}} {{amount}}',
  audit_errand_assign: '跑腿单 E-{{no}} 指派给 {{runner}}',
  audit_errand_undo: '跑腿单 E-{{no}} 撤销送达，退回“{{toState}}”：{{reason}}',
  audit_cash_entry: '{{runner}} 现金账：{{cashKind}} {{amount}} 元',
  audit_cash_reconcile:
    '{{runner}} 对账：账面 {{book}} 元，清点 {{counted}} 元，差额 {{difference}} 元 {{reason}}',
};
