import type { EventCode } from './codes';

/** The words of household-history lines and roster-change notes (Chinese). */
export const EVENT_TEXTS_ZH: Record<EventCode, string> = {
  event_household_update: '修改户信息：{{edits}}',
  event_household_unchanged: '保存户信息（无变化）',
  event_household_visit: '{{source}}（{{day}}）：{{note}}',
  event_household_visit_status: '{{source}}（{{day}}）：{{note}}；登记状态 → {{regStatus}}',
  event_resident_add: '新增成员 {{name}}（{{relation}}）',
  event_resident_update: '修改 {{name}}：{{fields}}',
  event_resident_unchanged: '保存 {{name}}（无变化）',
  event_resident_moved_out: '{{name}} 迁出至 {{to}}：{{reason}}',
  event_resident_moved_in: '{{name}} 从 {{from}} 迁入：{{reason}}',
  event_returnee_decided: '{{name}} 返回核查：{{outcome}}（{{reason}}）',
  event_hotel_check_in: '{{name}} 入住 {{hotel}} {{room}}（计划至 {{plannedEnd}}）',
  event_hotel_move: '{{name}} 从 {{fromHotel}} {{fromRoom}} 换到 {{toHotel}} {{toRoom}}：{{reason}}',
  event_hotel_release: '{{name}} 离开 {{hotel}} {{room}}：{{release}}（{{note}}）',
  event_hotel_release_override:
    '{{name}} 离开 {{hotel}} {{room}}：{{release}}（{{note}}）（指挥长越过：{{hold}}，理由：{{override}}）',
  event_hotel_release_undone: '撤销 {{name}} 的离店，回到 {{hotel}} {{room}}：{{reason}}',
  event_hotel_planned_end: '{{name}} 计划离店日期由 {{from}} 改为 {{to}}（{{reason}}）',
  event_import_moved: '导入“{{file}}”：{{name}} 迁至 {{to}}',
  event_import_updated: '导入“{{file}}”：新增 {{added}} 人，更新 {{updated}} 人',
  roster_change_generated: '{{from}} 起 {{days}} 天：新排 {{added}} 人次，缺 {{missing}} 人次',
  roster_change_breaks: '违反：{{breaches}}',
  roster_change_swap_breaks: '违反：{{a}} {{aBreaches}}；{{b}} {{bBreaches}}',
};
