/**
 * The words for every enumeration, in zh-CN and en: one place for the screens (the renderer's i18n
 * files take them from here), the Excel headers and values of exports, and the printed views.
 * Pure: no imports but the enums, importable by the renderer. The English words are in labels.en.ts.
 */
import type {
  BACKUP_PROBLEMS,
  BACKUP_REASONS,
  GENDERS,
  HEALTH_CODES,
  NEED_KINDS,
  OCCUPANCY,
  OUTCOMES,
  PRESENCE,
  REG_STATUS,
  RELEASE_TO,
  ROOM_STATUS,
  SOURCE_METHODS,
  TEAM_ROLES,
  TEST_RESULTS,
} from '../../../db/schema/enums';
import { LABELS_EN } from './labels.en';

type Of<T extends readonly string[]> = Record<T[number], string>;
const RULE_KEYS = ['resident', 'sealed', 'quarantine', 'health', 'test', 'healthCode'] as const;
const RULE_STATUS = ['pass', 'fail', 'unknown'] as const;
const FLAGS = ['elderly', 'child', 'pregnant', 'chronicIllness', 'disability', 'regularMedicine'] as const;
/** The columns of the registry import sheet, in the template's order. */
export const IMPORT_FIELD_KEYS = [
  'building',
  'unit',
  'room',
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'relation',
  'presence',
  'flags',
  'notes',
] as const;
/** The registry's fields as the import sheet and the export name them. */
export const FIELD_KEYS = [
  ...IMPORT_FIELD_KEYS,
  'regStatus',
  'householder',
  'occupancy',
  'version',
  'address',
  'householdPhone',
] as const;
/** Records a stale save names. */
const RECORD_KINDS = ['household', 'resident', 'compound', 'hotel', 'member', 'post'] as const;
const CLOSURE_STATUS = ['closed', 'lifted'] as const;
/** Hard roster rules a placement can break (roster/rules.ts). */
export const BREACHES = [
  'overlap',
  'rest',
  'same_day',
  'consecutive',
  'weekly_hours',
  'unavailable',
  'inactive',
] as const;

export type Labels = {
  occupancy: Of<typeof OCCUPANCY>;
  regStatus: Of<typeof REG_STATUS>;
  presence: Of<typeof PRESENCE>;
  gender: Of<typeof GENDERS>;
  source: Of<typeof SOURCE_METHODS>;
  flags: Of<typeof FLAGS>;
  outcome: Of<typeof OUTCOMES>;
  rule: Of<typeof RULE_KEYS>;
  ruleStatus: Of<typeof RULE_STATUS>;
  testResult: Of<typeof TEST_RESULTS>;
  healthCode: Of<typeof HEALTH_CODES>;
  roomStatus: Of<typeof ROOM_STATUS>;
  need: Of<typeof NEED_KINDS>;
  releaseTo: Of<typeof RELEASE_TO>;
  backupReason: Of<typeof BACKUP_REASONS> & { unknown: string };
  field: Of<typeof FIELD_KEYS>;
  record: Of<typeof RECORD_KINDS>;
  closureStatus: Of<typeof CLOSURE_STATUS>;
  backupProblem: Of<typeof BACKUP_PROBLEMS>;
  role: Of<typeof TEAM_ROLES>;
  breach: Of<typeof BREACHES>;
  /** The compound profile's fields, as the audit names a change. */
  compoundField: Record<
    | 'name'
    | 'city'
    | 'district'
    | 'town'
    | 'address'
    | 'closureStart'
    | 'plannedDays'
    | 'status'
    | 'liftedOn'
    | 'feverThreshold'
    | 'quarantineDays'
    | 'testValidHours'
    | 'minRestHours'
    | 'maxConsecutiveDays',
    string
  >;
  gateKind: Record<'delivery' | 'staff' | 'medical' | 'returnee_to_hotel' | 'other', string>;
};
export type LabelSet = keyof Labels;

export const LABELS_ZH: Labels = {
  occupancy: { occupied: '有人居住', vacant: '空置', unknown: '不明' },
  regStatus: { not_visited: '未走访', registered: '已登记', verified: '已核实' },
  presence: {
    in_compound: '在小区',
    awaiting_placement: '待安置',
    in_hotel: '隔离酒店',
    in_hospital: '住院',
    away: '外出',
  },
  gender: { male: '男', female: '女' },
  source: {
    door_visit: '上门走访',
    phone: '电话核实',
    wechat_group: '业主微信群',
    neighbour_report: '邻居反映',
    lit_window: '夜间亮灯',
    property_list: '物业名单',
  },
  flags: {
    elderly: '65岁以上',
    child: '14岁以下',
    pregnant: '孕妇',
    chronicIllness: '慢性病',
    disability: '残疾',
    regularMedicine: '需定期用药',
  },
  outcome: { admit: '准予回家', hotel: '安排隔离酒店', medical: '转送就医', refuse: '劝返' },
  rule: {
    resident: '本小区居民',
    sealed: '小区封闭',
    quarantine: '酒店隔离',
    health: '体温与症状',
    test: '核酸检测',
    healthCode: '健康码',
  },
  ruleStatus: { pass: '通过', fail: '未通过', unknown: '不明' },
  testResult: { negative: '阴性', positive: '阳性', pending: '未出结果' },
  healthCode: { green: '绿码', yellow: '黄码', red: '红码' },
  roomStatus: { free: '空闲', occupied: '已入住', cleaning: '待清洁', out_of_service: '停用' },
  need: {
    alcohol: '酒精',
    thermometer: '体温计',
    masks: '口罩',
    medicine: '药品',
    room_change: '换房',
    other: '其他',
  },
  releaseTo: { home: '回家', hospital: '转院', elsewhere: '其他去向' },
  backupReason: {
    scheduled: '定时',
    close: '关闭程序时',
    migration: '升级前',
    import: '导入前',
    restore: '恢复前',
    manual: '手动',
    unknown: '—',
  },
  field: {
    building: '楼栋',
    unit: '单元',
    room: '房号',
    name: '姓名',
    gender: '性别',
    birthDate: '出生日期',
    idNumber: '身份证号',
    phone: '联系电话',
    relation: '与户主关系',
    presence: '当前去向',
    flags: '特殊情况',
    notes: '备注',
    regStatus: '登记状态',
    householder: '户主',
    occupancy: '居住情况',
    version: '版本',
    address: '住址',
    householdPhone: '户联系电话',
  },
  record: {
    household: '这一户',
    resident: '居民信息',
    compound: '小区信息',
    hotel: '酒店',
    member: '班子成员',
    post: '岗位',
  },
  closureStatus: { closed: '封闭中', lifted: '已解封' },
  backupProblem: {
    missing: '找不到这个文件',
    not_sqlite: '这不是数据库文件',
    foreign: '这不是 Gatepost 的数据库',
    future: '这个备份由更新版本的 Gatepost 写入，请先升级本程序',
    corrupt: '这个备份文件已损坏，不能使用',
    unreadable: '无法读取这个文件',
    folder_missing: '备份文件夹不存在，U 盘是否已插好？',
    folder_unwritable: '无法写入这个文件夹',
    same_file: '这是正在使用的数据库本身',
    unavailable: '当前无法备份',
  },
  role: {
    commander: '指挥长',
    deputy_commander: '副指挥长',
    assigned_cadre: '挂点干部',
    community_cadre: '社区干部',
    community_doctor: '社区医生',
    police_officer: '管段民警',
    property_manager: '物业管理员',
    volunteer: '志愿者',
    runner: '跑腿员',
  },
  compoundField: {
    name: '小区名称',
    city: '市',
    district: '区',
    town: '镇/街道',
    address: '地址',
    closureStart: '封闭开始',
    plannedDays: '计划天数',
    status: '状态',
    liftedOn: '解封日期',
    feverThreshold: '发热标准',
    quarantineDays: '须完成隔离天数',
    testValidHours: '核酸有效小时数',
    minRestHours: '班次间最少休息小时',
    maxConsecutiveDays: '最多连续上班天数',
  },
  gateKind: {
    delivery: '送货',
    staff: '工作人员',
    medical: '医疗',
    returnee_to_hotel: '返回人员送酒店',
    other: '其他',
  },
  breach: {
    overlap: '同一时间已有班次',
    rest: '两班之间休息不足',
    same_day: '同一天已有班次',
    consecutive: '连续上班天数超限',
    weekly_hours: '超过每周工时上限',
    unavailable: '该时段请假或不能值班',
    inactive: '人员已停用',
  },
};

export { LABELS_EN } from './labels.en';

export type Lang = 'zh-CN' | 'en';
export const labelsOf = (lang: Lang): Labels => (lang === 'en' ? LABELS_EN : LABELS_ZH);

/** The word for one value of a set, or the value itself when it is not one of the set's. */
export function label(lang: Lang, set: LabelSet, value: string): string {
  const words = labelsOf(lang)[set] as Record<string, string>;
  return words[value] ?? value;
}
