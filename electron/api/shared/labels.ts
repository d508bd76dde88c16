/**
 * The words for every enumeration, in zh-CN and en: one place for the screens (the renderer's i18n
 * files take them from here), the Excel headers and values of exports, and the printed views.
 * Pure: no imports but the enums, importable by the renderer. The words are in labels.zh.ts and
 * labels.en.ts.
 */
import type {
  BACKUP_PROBLEMS,
  BACKUP_REASONS,
  CASH_ENTRY_KINDS,
  CHECK_METHODS,
  CHECK_RESULTS,
  CHECK_VIA,
  DISTRIB_BASES,
  DISTRIB_STATES,
  EPISODE_CLOSE_REASONS,
  EPISODE_REASONS,
  ERRAND_CHANNELS,
  ERRAND_KINDS,
  ERRAND_PAYERS,
  ERRAND_STATES,
  ERRAND_URGENCIES,
  FEVER_ACTIONS,
  GENDERS,
  HEALTH_CODES,
  MEDICAL_KINDS,
  MEDICAL_OUTCOMES,
  MEDICAL_SOURCES,
  MEDICAL_URGENCIES,
  NEED_DONE,
  NEED_KINDS,
  OCCUPANCY,
  OUTCOMES,
  PRESENCE,
  REG_STATUS,
  RELEASE_TO,
  ROOM_STATUS,
  SLOT_STATES,
  SOURCE_METHODS,
  STOCK_CATEGORIES,
  STOCK_COUNTERPARTIES,
  STOCK_PLACE_KINDS,
  STOCK_REASONS,
  STOCK_SOURCES,
  STOCK_TX_KINDS,
  SYMPTOMS,
  TEAM_ROLES,
  TEST_RESULTS,
  TRIAGE_ACTIONS,
} from '../../../db/schema/enums';
import { LABELS_EN } from './labels.en';
import { LABELS_ZH } from './labels.zh';

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
const RECORD_KINDS = ['household', 'resident', 'compound', 'hotel', 'member', 'post', 'stock_item'] as const;
const CLOSURE_STATUS = ['closed', 'lifted'] as const;
/** Hard roster rules a placement can break (roster/rules.ts). */
/**
 * The areas of the contract (a method's `area` in `area.verb`), as the audit log names them; the
 * last three are areas of older releases that only old audit rows name. A unit test checks that
 * every area of the contract is here.
 */
export const AREAS = [
  'team',
  'session',
  'compound',
  'overview',
  'audit',
  'buildings',
  'households',
  'residents',
  'jobs',
  'returnees',
  'hotels',
  'roster',
  'attendance',
  'gate',
  'posts',
  'backups',
  'stock',
  'errands',
  'cash',
  'health',
  'medical',
  'reports',
  'dashboard',
  'operators',
  'staff',
  'demo',
] as const;
/** The usual relations to the householder: the key's Chinese word is the value stored and matched. */
export const RELATIONS = [
  'householder',
  'spouse',
  'child',
  'parent',
  'grandchild',
  'sibling',
  'tenant',
  'other',
] as const;
export const BREACHES = [
  'overlap',
  'rest',
  'same_day',
  'consecutive',
  'weekly_hours',
  'unavailable',
  'inactive',
  'role',
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
  needDone: Of<typeof NEED_DONE>;
  feverAction: Of<typeof FEVER_ACTIONS>;
  /** Why going home is held back (hotels/care-rules.ts releaseCheck). */
  releaseHold: Record<'release_home_sealed' | 'release_before_end', string>;
  backupReason: Of<typeof BACKUP_REASONS> & { unknown: string };
  field: Of<typeof FIELD_KEYS>;
  record: Of<typeof RECORD_KINDS>;
  closureStatus: Of<typeof CLOSURE_STATUS>;
  backupProblem: Of<typeof BACKUP_PROBLEMS>;
  role: Of<typeof TEAM_ROLES>;
  breach: Of<typeof BREACHES>;
  area: Of<typeof AREAS>;
  relation: Of<typeof RELATIONS>;
  /** The import template's second row: what each column takes (values the import reads). */
  importHint: Of<typeof IMPORT_FIELD_KEYS>;
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
    | 'maxConsecutiveDays'
    | 'attendanceGraceMinutes'
    | 'errandAgingMinutes'
    | 'errandStaleMinutes',
    string
  >;
  /** Supplies (issue 12). */
  stockCategory: Of<typeof STOCK_CATEGORIES>;
  stockPlace: Of<typeof STOCK_PLACE_KINDS>;
  stockSource: Of<typeof STOCK_SOURCES>;
  stockTx: Of<typeof STOCK_TX_KINDS>;
  stockCounterparty: Of<typeof STOCK_COUNTERPARTIES>;
  stockReason: Of<typeof STOCK_REASONS>;
  distribBasis: Of<typeof DISTRIB_BASES>;
  distribState: Of<typeof DISTRIB_STATES>;
  /** Errands and the runners' cash (issue 13). */
  errandState: Of<typeof ERRAND_STATES>;
  errandKind: Of<typeof ERRAND_KINDS>;
  errandUrgency: Of<typeof ERRAND_URGENCIES>;
  errandChannel: Of<typeof ERRAND_CHANNELS>;
  errandPayer: Of<typeof ERRAND_PAYERS>;
  cashKind: Of<typeof CASH_ENTRY_KINDS>;
  /** Health: the rounds and the medical requests (issue 14). */
  episodeReason: Of<typeof EPISODE_REASONS>;
  episodeClose: Of<typeof EPISODE_CLOSE_REASONS>;
  checkMethod: Of<typeof CHECK_METHODS>;
  checkResult: Of<typeof CHECK_RESULTS>;
  slotState: Of<typeof SLOT_STATES>;
  checkVia: Of<typeof CHECK_VIA>;
  symptom: Of<typeof SYMPTOMS>;
  medicalKind: Of<typeof MEDICAL_KINDS>;
  medicalUrgency: Of<typeof MEDICAL_URGENCIES>;
  medicalSource: Of<typeof MEDICAL_SOURCES>;
  triageAction: Of<typeof TRIAGE_ACTIONS>;
  medicalOutcome: Of<typeof MEDICAL_OUTCOMES>;
  medicalState: Record<'new' | 'triaged' | 'closed', string>;
  gateKind: Record<'delivery' | 'staff' | 'medical' | 'returnee_to_hotel' | 'other', string>;
  /** Who did it when no one was on duty (shared/who.ts): in a record's history, on the audit page. */
  who: Record<'system' | 'noOperator', string>;
};

/** The errands' and health's words, kept in labels-work.*.ts. */
export type WorkLabels = Pick<
  Labels,
  | 'errandState'
  | 'errandKind'
  | 'errandUrgency'
  | 'errandChannel'
  | 'errandPayer'
  | 'cashKind'
  | 'episodeReason'
  | 'episodeClose'
  | 'checkMethod'
  | 'checkResult'
  | 'slotState'
  | 'checkVia'
  | 'symptom'
  | 'medicalKind'
  | 'medicalUrgency'
  | 'medicalSource'
  | 'triageAction'
  | 'medicalOutcome'
  | 'medicalState'
>;
export type LabelSet = keyof Labels;

export { LABELS_EN } from './labels.en';
export { LABELS_ZH } from './labels.zh';

/** The languages of the screens (and of what the server writes for a screen, such as a template). */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const labelsOf = (lang: Lang): Labels => (lang === 'en' ? LABELS_EN : LABELS_ZH);

/** The word for one value of a set, or the value itself when it is not one of the set's. */
export function label(lang: Lang, set: LabelSet, value: string): string {
  const words = labelsOf(lang)[set] as Record<string, string>;
  return words[value] ?? value;
}

/**
 * A relation to the householder as typed in either language: a usual one's English word (any case)
 * becomes its Chinese word, the value stored and matched (户主 makes the householder); anything else
 * is kept as typed.
 */
export function canonicalRelation(text: string): string {
  const typed = text.trim().toLowerCase();
  const key = RELATIONS.find((r) => LABELS_EN.relation[r].toLowerCase() === typed);
  return key ? LABELS_ZH.relation[key] : text.trim();
}

/** A stored relation as the screen shows it: a usual one in the UI language, anything else as typed. */
export function relationLabel(lang: Lang, stored: string): string {
  const key = RELATIONS.find((r) => LABELS_ZH.relation[r] === stored);
  return key ? labelsOf(lang).relation[key] : stored;
}
