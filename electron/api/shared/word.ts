/**
 * Words a reason (a code with parameters) in zh-CN or en. Pure: the renderer calls it for errors,
 * field messages and rule outputs; the server calls it for the Chinese log/fallback message.
 */
import { type Code, isCode } from './codes';
import { type LabelSet, type Lang, label, relationLabel } from './labels';
import type { Params, Reason } from './reason';
import { TEXTS_EN } from './texts.en';
import { TEXTS_ZH } from './texts.zh';
import { whoWord } from './who';

export type { Lang } from './labels';

/** Parameters that are enum values: worded through their label set. */
const PARAM_SETS: Record<string, LabelSet> = {
  status: 'roomStatus',
  record: 'record',
  field: 'field',
  gender: 'gender',
  outcome: 'outcome',
  problem: 'backupProblem',
  role: 'role',
  breach: 'breach',
  need: 'need',
  release: 'releaseTo',
  done: 'needDone',
  action: 'feverAction',
  hold: 'releaseHold',
  source: 'source',
  regStatus: 'regStatus',
  kind: 'gateKind',
  placeKind: 'stockPlace',
  toKind: 'stockPlace',
  from: 'stockSource',
  why: 'stockReason',
  txKind: 'stockTx',
  basis: 'distribBasis',
  errandKind: 'errandKind',
  fromState: 'errandState',
  toState: 'errandState',
  state: 'errandState',
  cashKind: 'cashKind',
  episodeReason: 'episodeReason',
  closeReason: 'episodeClose',
  medicalKind: 'medicalKind',
  triage: 'triageAction',
  medicalOutcome: 'medicalOutcome',
};

/** Parameters that are comma-separated lists of enum values: each worded, joined in the language. */
const LIST_SETS: Record<string, LabelSet> = {
  breaches: 'breach',
  aBreaches: 'breach',
  bBreaches: 'breach',
  fields: 'field',
  needs: 'need',
};
/** Parameters that are lists of data (names, rooms), one item a line: joined in the language. */
const DATA_LISTS = new Set(['names', 'rooms', 'found', 'units']);
/**
 * Parameters that are lists of changes, one a line, `field<TAB>before<TAB>after` (or the field alone
 * when its values are not shown): the field worded through its label set, the values as data — unless
 * the field's values are an enum (a closure status, an occupancy), worded through theirs.
 */
type ChangeList = { fields: LabelSet; values: Record<string, LabelSet> };
const CHANGE_LISTS: Record<string, ChangeList> = {
  changes: { fields: 'compoundField', values: { status: 'closureStatus' } },
  edits: { fields: 'field', values: { occupancy: 'occupancy', regStatus: 'regStatus' } },
};
const EMPTY: Record<Lang, string> = { 'zh-CN': '（空）', en: '(empty)' };

function change(line: string, list: ChangeList, lang: Lang): string {
  const [field = '', ...values] = line.split('\t');
  const name = label(lang, list.fields, field);
  if (values.length === 0) return name;
  const set = list.values[field];
  const shown = values.map((v) => (v === '' ? EMPTY[lang] : set ? label(lang, set, v) : v));
  return `${name} ${shown.join(' → ')}`;
}

/** Parameters that are a name snapshot of who did something: NO_ONE is worded (shared/who.ts). */
const WHO_PARAMS = new Set(['by']);

/**
 * An empty parameter takes with it the separator before it (a space, a colon, a comma) or the
 * brackets around it, so `{{source}}（{{day}}）：{{note}}` reads right without a note.
 */
const OPTIONAL = /（\{\{(\w+)\}\}）| ?\(\{\{(\w+)\}\}\)|(?:: |, |[ ：，])?\{\{(\w+)\}\}/g;
const dropEmpty = (template: string, params: Params): string =>
  template.replace(OPTIONAL, (m, a?: string, b?: string, c?: string) => {
    const k = a ?? b ?? c ?? '';
    if (WHO_PARAMS.has(k)) return m;
    const v = params[k];
    return v === undefined || v === null || v === '' ? '' : m;
  });

/** Parameters that are codes themselves (an audit row wrapping another): worded with the same params. */
const NESTED = new Set(['act', 'asked']);
const LIST_SEPARATOR: Record<Lang, string> = { 'zh-CN': '；', en: '; ' };

/** What an unknown code says, in each language; it names the code so it can be looked up. */
export const UNKNOWN_CODE: Record<Lang, string> = {
  'zh-CN': '操作未完成（原因代码：{{code}}）',
  en: 'Not completed (reason code: {{code}})',
};

export const textsOf = (lang: Lang): Record<Code, string> => (lang === 'en' ? TEXTS_EN : TEXTS_ZH);

/** English nouns counted by a parameter, and their singular: `{{gaps}} gaps` with 1 reads "1 gap". */
export const SINGULAR: Record<string, string> = {
  beds: 'bed',
  breaks: 'break',
  characters: 'character',
  columns: 'column',
  days: 'day',
  floors: 'floor',
  gaps: 'gap',
  guests: 'guest',
  hours: 'hour',
  households: 'household',
  items: 'item',
  lines: 'line',
  minutes: 'minute',
  buildings: 'building',
  checks: 'check',
  placements: 'placement',
  places: 'place',
  residents: 'resident',
  rooms: 'room',
  rows: 'row',
  seconds: 'second',
  shifts: 'shift',
  times: 'time',
  tries: 'try',
};
const COUNTED = /\{\{(\w+)\}\}( (?:valid |new )?)([a-z]+)\b/g;
const singulars = (template: string, params: Params): string =>
  template.replace(COUNTED, (m, k: string, between: string, noun: string) => {
    const one = SINGULAR[noun];
    return one && String(params[k]) === '1' ? `{{${k}}}${between}${one}` : m;
  });

function fill(template: string, params: Params, lang: Lang): string {
  const counted = lang === 'en' ? singulars(template, params) : template;
  return dropEmpty(counted, params).replace(/\{\{(\w+)\}\}/g, (_, k: string) => {
    const v = params[k];
    if (v === undefined || v === null) return '';
    if (WHO_PARAMS.has(k) && typeof v === 'string') return whoWord(v, lang);
    // A relation is stored as typed (户主 …): a usual one is worded in the language.
    if (k === 'relation' && typeof v === 'string') return relationLabel(lang, v);
    if (NESTED.has(k) && typeof v === 'string' && isCode(v)) return word({ code: v, params }, lang);
    if (DATA_LISTS.has(k) && typeof v === 'string') return v.split('\n').join(LIST_SEPARATOR[lang]);
    const changes = CHANGE_LISTS[k];
    if (changes && typeof v === 'string')
      return v
        .split('\n')
        .filter(Boolean)
        .map((line) => change(line, changes, lang))
        .join(LIST_SEPARATOR[lang]);
    const list = LIST_SETS[k];
    if (list && typeof v === 'string')
      return v
        .split(',')
        .filter(Boolean)
        .map((x) => label(lang, list, x))
        .join(LIST_SEPARATOR[lang]);
    const set = PARAM_SETS[k];
    return set && typeof v === 'string' ? label(lang, set, v) : String(v);
  });
}

/** The reason in words; an unknown code says so in the same language, naming the code. */
export function word(reason: Reason, lang: Lang): string {
  if (!isCode(reason.code)) return fill(UNKNOWN_CODE[lang], { code: reason.code }, lang);
  // An empty parameter (a building without units) leaves no double space behind.
  return fill(textsOf(lang)[reason.code], reason.params ?? {}, lang)
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The Chinese message an ApiError keeps for logs and old clients. */
export const zhMessage = (reason: Reason): string => word(reason, 'zh-CN');

/**
 * An error's words: its reason, or — for an error thrown without one (`unspecified`) — the server's
 * Chinese message in Chinese and a neutral text naming the error code in English.
 */
export function wordError(reason: Reason | undefined, message: string, lang: Lang): string {
  if (!reason || reason.code === 'unspecified') {
    if (lang === 'zh-CN' && message) return message;
    return word(reason ?? { code: 'unspecified', params: { error: 'INTERNAL' } }, lang);
  }
  return word(reason, lang);
}
