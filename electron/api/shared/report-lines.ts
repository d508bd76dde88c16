/**
 * The daily report's sections and lines (日报, issue 15), in the order of the town's report, and
 * their words in both languages: the screen, the print and the workbook read them here. Pure.
 */
export const REPORT_SECTIONS = [
  'population',
  'gate',
  'returnees',
  'health',
  'supplies',
  'errands',
  'staff',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

export const REPORT_LINES = [
  'households',
  'residents',
  'residents_in',
  'residents_hotel',
  'residents_hospital',
  'residents_away',
  'residents_awaiting',
  'gate_in',
  'gate_out',
  'gate_fever',
  'gate_refused',
  'returnees_arrived',
  'returnees_home',
  'returnees_hotel',
  'hotel',
  'returnees_released',
  'returnees_moved',
  'returnees_undecided',
  'rounds_due',
  'rounds_done',
  'rounds_missed',
  'rounds_abnormal',
  'fever_alerts',
  'alerts_handled',
  'alerts_open',
  'triage',
  'referrals',
  'stock_received',
  'stock_issued',
  'stock_on_hand',
  'stock_cover_days',
  'stock_below_reorder',
  'errands_opened',
  'errands_delivered',
  'errands_open',
  'errands_stale',
  'staff_rostered',
  'staff_present',
  'staff_no_show',
] as const;
export type ReportLine = (typeof REPORT_LINES)[number];

type Words = {
  title: string;
  sections: Record<ReportSection, string>;
  lines: Record<ReportLine, string>;
  cols: { item: string; today: string; current: string; cumulative: string };
  notBuilt: string;
  nil: string;
  incidents: string;
  notes: string;
  signedBy: string;
  signedAt: string;
  version: string;
  draft: string;
  changes: string;
  reason: string;
  post: string;
  day: string;
  none: string;
};

export const REPORT_WORDS: Record<'zh-CN' | 'en', Words> = {
  'zh-CN': {
    title: '小区封控管理日报',
    sections: {
      population: '一、户数与人员',
      gate: '二、出入口',
      returnees: '三、返回人员',
      health: '四、体温监测',
      supplies: '五、物资保障',
      errands: '六、跑腿代购',
      staff: '七、在岗人员',
    },
    lines: {
      households: '在住户数',
      residents: '登记人数',
      residents_in: '在小区',
      residents_hotel: '本小区居民在隔离酒店',
      residents_hospital: '在医院',
      residents_away: '不在小区',
      residents_awaiting: '待安置',
      gate_in: '进入人次',
      gate_out: '外出人次',
      gate_fever: '入口发热',
      gate_refused: '劝返人数',
      returnees_arrived: '返回登记',
      returnees_home: '居家隔离',
      returnees_hotel: '集中隔离',
      hotel: '酒店在住',
      returnees_released: '解除隔离',
      returnees_moved: '转换房间',
      returnees_undecided: '待决定',
      rounds_due: '应测',
      rounds_done: '已测',
      rounds_missed: '漏测',
      rounds_abnormal: '异常',
      fever_alerts: '发热预警',
      alerts_handled: '已处置',
      alerts_open: '未处置',
      triage: '医生处置',
      referrals: '转诊',
      stock_received: '入库',
      stock_issued: '发放',
      stock_on_hand: '库存',
      stock_cover_days: '可用天数',
      stock_below_reorder: '低于补货线',
      errands_opened: '新增需求',
      errands_delivered: '已送达',
      errands_open: '未完成',
      errands_stale: '超时',
      staff_rostered: '排班人次',
      staff_present: '到岗人次',
      staff_no_show: '缺岗人次',
    },
    cols: { item: '项目', today: '当日', current: '现有', cumulative: '封控以来累计' },
    notBuilt: '未建立',
    nil: '零报告',
    incidents: '突发情况',
    notes: '其他说明',
    signedBy: '签发人',
    signedAt: '签发时间',
    version: '版本',
    draft: '草稿（未签发）',
    changes: '更正内容',
    reason: '更正原因',
    post: '报送单位',
    day: '日期',
    none: '无',
  },
  en: {
    title: 'Daily report of the closed compound',
    sections: {
      population: '1. Households and residents',
      gate: '2. The gate',
      returnees: '3. Returnees',
      health: '4. Temperature rounds',
      supplies: '5. Supplies',
      errands: '6. Errands',
      staff: '7. Staff on duty',
    },
    lines: {
      households: 'Households living in',
      residents: 'Residents registered',
      residents_in: 'In the compound',
      residents_hotel: 'Residents in quarantine hotels',
      residents_hospital: 'In hospital',
      residents_away: 'Away',
      residents_awaiting: 'Awaiting a room',
      gate_in: 'Entries',
      gate_out: 'Exits',
      gate_fever: 'Fevers at the gate',
      gate_refused: 'Turned away',
      returnees_arrived: 'Returnees registered',
      returnees_home: 'Home quarantine',
      returnees_hotel: 'Hotel quarantine',
      hotel: 'Guests at hotel',
      returnees_released: 'Released',
      returnees_moved: 'Moved rooms',
      returnees_undecided: 'Awaiting a decision',
      rounds_due: 'Checks due',
      rounds_done: 'Checks done',
      rounds_missed: 'Checks missed',
      rounds_abnormal: 'Abnormal readings',
      fever_alerts: 'Fever alerts',
      alerts_handled: 'Alerts handled',
      alerts_open: 'Alerts not handled',
      triage: 'Doctor\u2019s action',
      referrals: 'Referrals',
      stock_received: 'Received',
      stock_issued: 'Issued',
      stock_on_hand: 'On hand',
      stock_cover_days: 'Days of cover',
      stock_below_reorder: 'Below reorder level',
      errands_opened: 'Requests opened',
      errands_delivered: 'Delivered',
      errands_open: 'Still open',
      errands_stale: 'Stale',
      staff_rostered: 'Shifts rostered',
      staff_present: 'Shifts attended',
      staff_no_show: 'No-shows',
    },
    cols: { item: 'Item', today: 'Today', current: 'Current', cumulative: 'Since closure' },
    notBuilt: 'Not kept',
    nil: 'Nil report',
    incidents: 'Incidents',
    notes: 'Notes',
    signedBy: 'Signed by',
    signedAt: 'Signed at',
    version: 'Version',
    draft: 'Draft (not signed)',
    changes: 'Corrected',
    reason: 'Reason for correction',
    post: 'Reporting post',
    day: 'Date',
    none: 'None',
  },
};

/** A line's words: its own, with the data name it is about (a hotel, an item; a triage action worded). */
export function lineWord(
  lang: 'zh-CN' | 'en',
  l: { key: ReportLine; label: string },
  triageWord: (action: string) => string,
): string {
  const own = REPORT_WORDS[lang].lines[l.key];
  if (!l.label) return own;
  const name = l.key === 'triage' ? triageWord(l.label) : l.label;
  return lang === 'en' ? `${own}: ${name}` : `${own}：${name}`;
}

/** What a correction changed, worded: a line's words, or the typed parts (nil flag, incidents, notes). */
export function changeWord(
  lang: 'zh-CN' | 'en',
  c: { key: string; label: string },
  triageWord: (action: string) => string,
): string {
  const w = REPORT_WORDS[lang];
  if (c.key === 'nilReport') return w.nil;
  if (c.key === 'incidents') return w.incidents;
  if (c.key === 'notes') return w.notes;
  return (REPORT_LINES as readonly string[]).includes(c.key)
    ? lineWord(lang, { key: c.key as ReportLine, label: c.label }, triageWord)
    : c.key;
}
