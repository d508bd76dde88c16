import type { CareCode } from './codes-care';

/** The zh-CN words of the gate check's and the hotels' care codes (shared/codes-care.ts). */
export const CARE_TEXTS_ZH: Record<CareCode, string> = {
  fever_with_symptoms: '体温 {{temperature}} ℃，达到发热标准 {{threshold}} ℃；有症状：{{symptoms}}，需就医',
  symptoms_no_fever: '有症状：{{symptoms}}，需就医（体温 {{temperature}} ℃，发热标准 {{threshold}} ℃）',
  temperature_below_threshold: '体温 {{temperature}} ℃，低于发热标准 {{threshold}} ℃，无症状',
  family_room_full: '家人所住的 {{room}} 已没有空床',
  planned_end_before_check_in_of: '{{name}} 于 {{checkIn}} 入住，计划离店不能早于入住日期',
  choose_guests: '请至少选择一位住客',
  audit_planned_end_move: '调整计划离店日期为 {{to}}（{{count}} 人）：{{names}} {{reason}}',
};
