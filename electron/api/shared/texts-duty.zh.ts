import type { DUTY_AUDIT_CODES, DutyCode } from './codes-duty';

/** The zh-CN words of the duty codes (shared/codes-duty.ts). */
export const DUTY_TEXTS_ZH: Record<Exclude<DutyCode, (typeof DUTY_AUDIT_CODES)[number]>, string> = {
  attendance_in_future: '考勤时间 {{at}} 晚于现在，不能预先登记',
  sign_in_too_early: '签到时间早于班次开始 {{start}} 前 {{grace}} 分钟，请核对时间',
  sign_in_after_end: '签到时间已在班次结束 {{end}} 之后，请核对时间',
  already_signed_in: '{{name}} 已签到；如登记有误，请先撤销',
  already_signed_out: '{{name}} 已签退；如登记有误，请先撤销',
  sign_out_before_sign_in: '签退时间应晚于签到时间 {{signIn}}',
  sign_out_too_late: '签退时间晚于班次结束 {{end}} 后 {{grace}} 分钟，请核对时间',
  absent_but_signed_in: '{{name}} 已签到，不能记为缺勤；如签到有误，请先撤销',
  already_no_show: '{{name}} 已记为缺勤',
  no_show_too_early: '班次 {{start}} 开始后 {{grace}} 分钟内还不能记缺勤',
  nothing_to_reverse: '{{name}} 在这个班次没有可撤销的考勤记录',
  post_retired: '岗位“{{name}}”已停用，不再排班',
  post_in_use: '岗位“{{name}}”已有 {{shifts}} 个班次、{{entries}} 条出入登记，不能删除；可以停用（历史保留）',
  template_times_in_use:
    '“{{shift}}”之后已排的班次有人员，不能改开始时间或时长；请先撤出这些人员，或停用岗位后新建',
  template_removed: '班次“{{shift}}”已有排班，不能删除',
  temperature_required: '进入人员请填写体温',
};

export const DUTY_AUDIT_TEXTS_ZH: Record<(typeof DUTY_AUDIT_CODES)[number], string> = {
  audit_attendance_reverse_sign_in: '撤销签到：{{name}} {{post}} {{shift}}，理由：{{reason}}',
  audit_attendance_reverse_sign_out: '撤销签退：{{name}} {{post}} {{shift}}，理由：{{reason}}',
  audit_attendance_reverse_no_show: '撤销缺勤：{{name}} {{post}} {{shift}}，理由：{{reason}}',
  audit_gate_in_fever: '{{post}} 进：{{kind}} {{who}}，体温 {{temperature}} ℃ 发热 {{note}}',
  audit_post_retire: '停用岗位：{{name}}（撤出之后的 {{removed}} 人次）',
  audit_post_restore: '恢复岗位：{{name}}',
  audit_post_delete: '删除岗位：{{name}}',
};
