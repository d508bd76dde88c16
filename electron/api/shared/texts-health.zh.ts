import type { HEALTH_AUDIT_CODES, HealthCode } from './codes-health';

type Audit = (typeof HEALTH_AUDIT_CODES)[number];

/** The Chinese words of the health codes (shared/codes-health.ts). */
export const HEALTH_TEXTS_ZH: Record<Exclude<HealthCode, Audit>, string> = {
  health_episode_not_found: '找不到这条健康监测记录',
  health_subject_not_found: '找不到这个人',
  health_already_followed: '{{name}} 已在健康监测中',
  health_episode_closed: '{{name}} 的健康监测已结束（{{closeReason}}）',
  health_subject_or_everyone: '请选择一个人，或选择“小区全部居民”',
  health_slot_not_found: '找不到这一次测温',
  health_slot_not_started: '{{name}} 的这一次测温还没到时间',
  health_no_reading: '请填写体温，或选择“未联系上”“拒绝测温”',
  health_no_recheck_due: '{{name}} 这一次没有需要复测的高体温',
  health_in_future: '时间 {{at}} 晚于现在，不能预先登记',
  health_household_mixed: '住户自报只能登记同一户的成员',
  health_round_place: '请选择一个楼栋或一家酒店',
  medical_not_found: '找不到这条医疗需求',
  medical_closed: '这条医疗需求已结束',
  medical_check_not_found: '找不到所关联的测温记录',
  medical_delivery_needs_medicine: '送药上门请填写发放的药品（库存）或代购的药品（跑腿）',
  medical_needs_household: '{{name}} 不是本小区住户，不能派跑腿单',
  medical_alert_needs_triage: '这是发热预警的医疗需求，请先由医生分诊',
};

/** The Chinese words of the health audit rows. */
export const HEALTH_AUDIT_TEXTS_ZH: Record<Audit, string> = {
  audit_health_open: '开始健康监测：{{name}}（{{episodeReason}}），{{days}} 天',
  audit_health_open_all: '小区全部居民开始健康监测：{{count}} 人',
  audit_health_close: '结束健康监测：{{name}}，{{closeReason}} {{note}}',
  audit_health_slots: '生成 {{day}} 的测温任务：{{made}} 条',
  audit_health_record: '登记测温 {{written}} 条，需复测 {{rechecks}} 人，发热预警 {{alerts}} 人',
  audit_medical_add: '医疗需求：{{name}} {{medicalKind}}',
  audit_medical_triage: '医生分诊：{{name}}，{{triage}} {{advice}}',
  audit_medical_close: '医疗需求结束：{{name}}，{{medicalOutcome}}',
};
