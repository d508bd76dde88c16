import type { CareCode } from './codes-care';

/** The zh-CN words of the gate check's and the hotels' care codes (shared/codes-care.ts). */
export const CARE_TEXTS_ZH: Record<CareCode, string> = {
  planned_end_before_check_in_of: '{{name}} 于 {{checkIn}} 入住，计划离店不能早于入住日期',
  release_home_sealed:
    '小区仍在封闭管理中，不能离店回家（计划离店 {{plannedEnd}}）；如确需回家，须由指挥长填写越过理由',
  release_before_end: '未到计划离店日期 {{plannedEnd}}，不能离店回家；如确需提前，须由指挥长填写越过理由',
  override_commander_only: '只有指挥长或副指挥长可以越过这一限制（{{hold}}）',
  stay_not_released: '{{name}} 的这次入住没有离店记录，无需撤销',
  release_not_latest: '{{name}} 之后已有新的入住记录，只能撤销最近一次离店',
  need_not_handled: '{{name}} 的这项需求尚未处理，无需撤销',
  call_in_future: '联系时间晚于现在',
  call_too_old: '只能补记今天或昨天的联系',
  contact_not_found: '没有这条联系记录',
  not_a_fever: '这次联系没有发热，无需处理',
  fever_already_handled: '这次发热已由 {{by}} 处理',
  choose_guests: '请至少选择一位住客',
  choose_needs: '请至少选择一项需求',
  release_to_required: '请选择去向',
  release_reason_required: '请填写离店理由',
  need_done_required: '请选择处理结果',
  fever_action_required: '请选择处理方式',
  fever_with_symptoms: '体温 {{temperature}} ℃，达到发热标准 {{threshold}} ℃；有症状：{{symptoms}}，需就医',
  symptoms_no_fever: '有症状：{{symptoms}}，需就医（体温 {{temperature}} ℃，发热标准 {{threshold}} ℃）',
  temperature_below_threshold: '体温 {{temperature}} ℃，低于发热标准 {{threshold}} ℃，无症状',
  family_room_full: '家人所住的 {{room}} 已没有空床',
  audit_planned_end_move: '调整计划离店日期为 {{to}}（{{count}} 人）：{{names}} {{reason}}',
  audit_hotel_release_override:
    '{{name}} 离开 {{hotel}} {{room}}：{{release}} {{note}}（指挥长越过：{{hold}}，理由：{{override}}）',
  audit_release_undone: '撤销 {{name}} 的离店，回到 {{hotel}} {{room}}：{{reason}}',
  audit_needs_add: '{{name}} 需要：{{needs}} {{detail}}',
  audit_need_handled: '已处理 {{name}} 的需求：{{need}}，{{done}} {{note}}',
  audit_need_reopened: '撤销 {{name}} 的需求处理：{{need}}：{{reason}}',
  audit_fever_handled: '已处理 {{name}} 的发热（{{temperature}} ℃）：{{action}} {{note}}',
};
