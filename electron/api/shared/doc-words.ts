/**
 * The words of the documents the server writes for a screen (workbook titles, column heads, file
 * names), in the UI language the screen asks for. Pure; the renderer's print views word their own
 * pages in renderer/src/i18n. The registry export is the town's sheet and stays Chinese
 * (households/export.ts).
 */
import type { Lang } from './labels';

export type DocWords = {
  /** The import template: file and sheet. */
  templateFile: string;
  templateSheet: string;
  /** The roster workbook. */
  rosterFile: (from: string, to: string) => string;
  rosterTitle: (compound: string, post: string, from: string, to: string) => string;
  /** A sheet for a post whose name cannot name a sheet. */
  postSheet: string;
  shift: string;
  shiftLine: (name: string, start: string, hours: number) => string;
  /** Names in one cell. */
  nameList: string;
  phones: string;
  madeAt: (at: string) => string;
  signature: string;
  /** 11/28 周六 or 11/28 Sat. */
  day: (day: string) => string;
};

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();
const monthDay = (day: string) => day.slice(5).replace('-', '/');
/** The compound and the post, without a gap for a compound not yet named. */
const named = (...names: string[]) => names.filter(Boolean).join(' ');
const ZH_WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export const DOC_WORDS: Record<Lang, DocWords> = {
  'zh-CN': {
    templateFile: '住户登记模板.xlsx',
    templateSheet: '住户名单',
    rosterFile: (from, to) => `排班表-${from}至${to}.xlsx`,
    rosterTitle: (compound, post, from, to) => `${named(compound, post)} 值守排班表（${from} 至 ${to}）`,
    postSheet: '岗位',
    shift: '班次',
    shiftLine: (name, start, hours) => `${name} ${start}（${hours} 小时）`,
    nameList: '、',
    phones: '值班人员电话',
    madeAt: (at) => `制表时间：${at}`,
    signature: '负责人签字：',
    day: (day) => `${monthDay(day)} 周${ZH_WEEKDAYS[weekday(day)]}`,
  },
  en: {
    templateFile: 'household-registration-template.xlsx',
    templateSheet: 'Residents',
    rosterFile: (from, to) => `roster-${from}-to-${to}.xlsx`,
    rosterTitle: (compound, post, from, to) => `${named(compound, post)} gate roster (${from} to ${to})`,
    postSheet: 'Post',
    shift: 'Shift',
    shiftLine: (name, start, hours) => `${name} ${start} (${hours} h)`,
    nameList: ', ',
    phones: 'Phones of the staff on duty',
    madeAt: (at) => `Made at: ${at}`,
    signature: 'Signed (person in charge):',
    day: (day) => `${monthDay(day)} ${EN_WEEKDAYS[weekday(day)]}`,
  },
};
