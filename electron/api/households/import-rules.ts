/** Pure rules of the registry import: which column is which, and what a cell means. */
import type { PRESENCE } from '../../../db/schema/enums';
import { isValidDay } from '../shared/dates';
import { toHalfWidth } from '../shared/id-number';
import { IMPORT_FIELD_KEYS, LABELS_EN, LABELS_ZH } from '../shared/labels';
import type { Reason } from '../shared/reason';

/**
 * The columns the import reads: the template's, then two the app's own export adds — the household's
 * registration status (登记状态) and the records' versions (版本, see `parseVersionTag`).
 */
export const IMPORT_FIELDS = [...IMPORT_FIELD_KEYS, 'regStatus', 'version'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** The template's columns, in order. */
export const TEMPLATE_FIELDS = IMPORT_FIELD_KEYS;
export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

/** The export's headers (the town's sheet is Chinese); the template is written in the UI language. */
export const TEMPLATE_HEADERS: Record<ImportField, string> = LABELS_ZH.field;

export const REQUIRED_FIELDS: ImportField[] = ['building', 'room', 'name'];

const SYNONYMS: Record<ImportField, string[]> = {
  building: ['楼栋', '楼号', '栋', '栋号', '楼栋号', '楼', '幢', '楼幢'],
  unit: ['单元', '单元号'],
  room: ['房号', '房间号', '门牌号', '房屋号', '室', '房间', '户号', '室号', '户室号', '门牌'],
  name: ['姓名', '名字', '居民姓名', '人员姓名'],
  gender: ['性别'],
  birthDate: ['出生日期', '出生年月', '出生年月日', '生日'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '证件号', '身份证', '公民身份号码', '身份证件号码'],
  phone: ['联系电话', '手机号', '手机号码', '电话', '联系方式', '电话号码', '手机', '联系手机'],
  relation: ['与户主关系', '关系', '户主关系', '家庭关系'],
  presence: ['当前去向', '去向', '在位情况', '当前状态', '所在地'],
  flags: ['特殊情况', '特殊人群', '人员类别', '重点人群'],
  notes: ['备注', '说明'],
  regStatus: ['登记状态', '登记情况'],
  version: ['版本'],
};

/** Header text as people type it: spaces, full-width letters, (optional) notes in brackets, a star. */
export function normalizeHeader(raw: string): string {
  return toHalfWidth(raw)
    .replace(/\s+/g, '')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[*＊:：]/g, '')
    .trim();
}

/** English headers (the template in English writes the first of each): any case, spaces ignored. */
const SYNONYMS_EN: Record<ImportField, string[]> = {
  building: [LABELS_EN.field.building],
  unit: [LABELS_EN.field.unit],
  room: [LABELS_EN.field.room, 'Room number'],
  name: [LABELS_EN.field.name],
  gender: [LABELS_EN.field.gender, 'Gender'],
  birthDate: [LABELS_EN.field.birthDate, 'Date of birth'],
  idNumber: [LABELS_EN.field.idNumber, 'ID card number'],
  phone: [LABELS_EN.field.phone, 'Mobile'],
  relation: [LABELS_EN.field.relation, 'Relation'],
  presence: [LABELS_EN.field.presence],
  flags: [LABELS_EN.field.flags],
  notes: [LABELS_EN.field.notes],
  regStatus: [LABELS_EN.field.regStatus, 'Registration status'],
  version: [LABELS_EN.field.version],
};

const headerKey = (raw: string) => normalizeHeader(raw).toLowerCase();
const LOOKUP = new Map<string, ImportField>(
  [SYNONYMS, SYNONYMS_EN].flatMap((set) =>
    Object.entries(set).flatMap(([field, names]) =>
      names.map((n) => [headerKey(n), field as ImportField] as const),
    ),
  ),
);

/** A header in Chinese or English. */
export function matchHeader(raw: string): ImportField | null {
  return LOOKUP.get(headerKey(raw)) ?? null;
}

/** The template's second row (its hints, in either language) is not a resident. */
export const isHintCell = (text: string): boolean =>
  /^(必填|选填|如 |例)/.test(text) || /^(required\b|optional\b|e\.g\.)/i.test(text);

/** A 合计 / 小计 / 总计 row (a count under a building or the list) is not a resident. */
export const isSummaryCell = (text: string): boolean =>
  /^(合计|小计|总计|共计|汇总)/.test(text.replace(/\s+/g, ''));

/** Column index of each known field; unknown and repeated columns are left out. */
export function matchHeaders(cells: string[]): Partial<Record<ImportField, number>> {
  const map: Partial<Record<ImportField, number>> = {};
  cells.forEach((c, i) => {
    const f = matchHeader(c);
    if (f && map[f] === undefined) map[f] = i;
  });
  return map;
}

/** How far down a sheet the header may sit (a title, a unit/date line, notes on how to fill it in). */
export const HEADER_SCAN_ROWS = 20;

/** The header is the first of the top rows that names every required field (a title row may sit above). */
export function findHeaderRow(rows: string[][], scan = HEADER_SCAN_ROWS): number {
  for (let i = 0; i < Math.min(rows.length, scan); i++) {
    const m = matchHeaders(rows[i] ?? []);
    if (REQUIRED_FIELDS.every((f) => m[f] !== undefined)) return i;
  }
  return -1;
}

const SPACE = /\s/;
export function cleanText(raw: string): string {
  const s = toHalfWidth(raw);
  return SPACE.test(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** A day, or why not; `month` when the cell gives only a year and a month (出生年月: 1985.03). */
export type DateParse = { ok: true; day: string } | { ok: false; why: Reason; month?: string };

/** Excel serial (1900 system) to a day. */
export function excelSerialToDay(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

/**
 * 1985-03-12, 1985.03.12, 1985/3/12, 19850312, 1985年3月12日 (a time after it is left out), or an
 * Excel date. A year and a month alone (1985.03, 1985年3月, a date cell formatted without its day) is
 * not a day: `month` says which, for the ID number to complete.
 */
export function parseDateCell(value: unknown): DateParse {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, why: { code: 'date_invalid' } };
    return { ok: true, day: value.toISOString().slice(0, 10) };
  }
  if (typeof value === 'number') {
    if (value > 1_000_000) return parseDateCell(String(value));
    if (value < 1 || value > 80_000)
      return { ok: false, why: { code: 'date_unrecognized', params: { value: String(value) } } };
    return { ok: true, day: excelSerialToDay(value) };
  }
  const s = cleanText(String(value ?? ''));
  const bare = s.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '');
  let m = bare.match(/^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/);
  if (!m) m = bare.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (!m) {
    const ym = bare.match(/^(\d{4})[-./年](\d{1,2})月?$/) ?? bare.match(/^(\d{4})(\d{2})$/);
    const month = ym ? `${ym[1]}-${ym[2]?.padStart(2, '0')}` : '';
    if (ym && isValidDay(`${month}-01`))
      return { ok: false, why: { code: 'date_month_only', params: { month } }, month };
    return { ok: false, why: { code: 'date_unrecognized', params: { value: s } } };
  }
  const day = `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  if (!isValidDay(day)) return { ok: false, why: { code: 'date_not_exist', params: { day } } };
  return { ok: true, day };
}

/** What Excel users type before a number to keep it text ('460106…), left in a CSV. */
export const stripQuotePrefix = (s: string): string => s.replace(/^\s*['‘’`]+/, '');

/**
 * A first-generation (15-digit) ID number as its 18-digit successor (GB 11643: 19 put before the
 * year, a check character added), for the message that asks for the new number. Never stored as is.
 */
export function oldIdTo18(id15: string, checkDigit: (body17: string) => string): string {
  const body = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return body + checkDigit(body);
}

/**
 * A room cell that carries its unit (3-301, 3单元301) when the unit column is empty or agrees:
 * the unit and the room apart. Anything else is left as typed, and so is 3-301 in 3栋 (the
 * building's number or its unit's? a room the board lacks is refused, never placed by a guess).
 */
export function splitUnitRoom(unit: string, room: string, building = ''): { unit: string; room: string } {
  const m = room.replace(/\s+/g, '').match(/^(\d{1,2})(单元|-|—|－)(\d{3,4})(?:室|号|房)?$/);
  if (!m) return { unit, room };
  const b = building.replace(/\s+/g, '').match(/^(\d+)(栋|号楼|幢|号)?$/)?.[1];
  if (m[2] !== '单元' && !unit && b !== undefined && Number(b) === Number(m[1])) return { unit, room };
  const u = unit
    .replace(/\s+/g, '')
    .replace(/单元$/, '')
    .replace(/^[一二三四五六七八九十]$/, (c) => CN_DIGITS[c] ?? c);
  if (u && Number(u) !== Number(m[1])) return { unit, room };
  return { unit: unit || `${m[1]}单元`, room: m[3] ?? room };
}

export function parseGender(raw: string): 'male' | 'female' | null | 'bad' {
  const s = cleanText(raw).toLowerCase();
  if (!s) return null;
  if (['男', 'm', 'male', '男性'].includes(s)) return 'male';
  if (['女', 'f', 'female', '女性'].includes(s)) return 'female';
  return 'bad';
}

export type Presence = (typeof PRESENCE)[number];
export function parsePresence(raw: string): Presence | null | 'bad' {
  const s = cleanText(raw);
  if (!s) return null;
  if (/待安置|待入住|^awaiting placement$/i.test(s)) return 'awaiting_placement';
  if (/在小区|在家|在住|小区内|^(in compound|at home)$/i.test(s)) return 'in_compound';
  if (/酒店|隔离|hotel|quarantine/i.test(s)) return 'in_hotel';
  if (/医院|住院|hospital/i.test(s)) return 'in_hospital';
  if (/外出|外地|不在|离开|^away$/i.test(s)) return 'away';
  return 'bad';
}

export type Flags = {
  pregnant: boolean;
  chronicIllness: boolean;
  disability: boolean;
  regularMedicine: boolean;
};
export function parseFlags(raw: string): Flags {
  const s = cleanText(raw);
  return {
    pregnant: /孕|pregnan/i.test(s),
    chronicIllness: /慢性|慢病|基础病|chronic/i.test(s),
    disability: /残|disab/i.test(s),
    regularMedicine: /用药|服药|吃药|medicine|medication/i.test(s),
  };
}

export function flagsText(f: Flags): string {
  return [
    f.pregnant && LABELS_ZH.flags.pregnant,
    f.chronicIllness && LABELS_ZH.flags.chronicIllness,
    f.disability && LABELS_ZH.flags.disability,
    f.regularMedicine && LABELS_ZH.flags.regularMedicine,
  ]
    .filter(Boolean)
    .join('、');
}

export const PRESENCE_TEXT: Record<Presence, string> = LABELS_ZH.presence;

/** A phone as digits; mainland mobiles are 11 digits, landlines may carry a dash. */
export function parsePhone(raw: string): string | 'bad' {
  const s = cleanText(raw).replace(/[\s-]/g, '');
  if (!s) return '';
  return /^\+?\d{7,15}$/.test(s) ? s : 'bad';
}

const CN_DIGITS: Record<string, string> = {
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  十: '10',
};

/** '1', '一单元', '1单元' all name the board's '1单元'; a single-unit building has no unit name. */
export function normalizeUnit(raw: string, unitsCount: number): string {
  const s = cleanText(raw)
    .replace(/\s+/g, '')
    .replace(/单元$/, '')
    .replace(/^[一二三四五六七八九十]$/, (c) => CN_DIGITS[c] ?? c);
  if (!s) return '';
  if (unitsCount <= 1 && s === '1') return '';
  return /^\d+$/.test(s) ? `${Number(s)}单元` : `${s}单元`;
}

export type RegStatus = 'not_visited' | 'registered' | 'verified';
const REG_BY_WORD = new Map<string, RegStatus>(
  (Object.entries(LABELS_ZH.regStatus) as [RegStatus, string][]).flatMap(([k, zh]) => [
    [zh, k],
    [k, k],
  ]),
);
/** 登记状态 as the export words it (未走访 / 已登记 / 已核实), or its code. */
export function parseRegStatus(raw: string): RegStatus | null | 'bad' {
  const s = cleanText(raw).replace(/\s+/g, '');
  if (!s) return null;
  return REG_BY_WORD.get(s) ?? 'bad';
}

/** The records a row of the app's export was read from, and their versions. */
export type VersionTag = { h: number; hv: number; r: number; rv: number };
/** The export's 版本 cell: `h<household id>v<version> r<resident id>v<version>`. */
export const versionTag = (t: VersionTag): string => `h${t.h}v${t.hv} r${t.r}v${t.rv}`;
export function parseVersionTag(raw: string): VersionTag | null | 'bad' {
  const s = cleanText(raw).toLowerCase();
  if (!s) return null;
  const m = s.match(/^h(\d+)v(\d+)\s*r(\d+)v(\d+)$/);
  if (!m) return 'bad';
  return { h: Number(m[1]), hv: Number(m[2]), r: Number(m[3]), rv: Number(m[4]) };
}

/** '502室', '502号', ' 502 ' are room 502. */
export function normalizeRoom(raw: string): string {
  return cleanText(raw)
    .replace(/\s+/g, '')
    .replace(/(室|号|房)$/, '');
}
