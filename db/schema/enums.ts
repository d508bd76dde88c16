/** Enumerations shared by the schema, the contract and the UI. Pure: no drizzle import. */

/** Team roles: the commanders (指挥长, 副指挥长), the five-in-one team (五位一体), volunteers and runners. */
export const TEAM_ROLES = [
  'commander',
  'deputy_commander',
  'assigned_cadre',
  'community_cadre',
  'community_doctor',
  'police_officer',
  'property_manager',
  'volunteer',
  'runner',
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const OCCUPANCY = ['occupied', 'vacant', 'unknown'] as const;
export const REG_STATUS = ['not_visited', 'registered', 'verified'] as const;
/** Where a resident is; `awaiting_placement`: decided for a hotel at the gate, not yet given a room. */
export const PRESENCE = ['in_compound', 'awaiting_placement', 'in_hotel', 'in_hospital', 'away'] as const;
export const GENDERS = ['male', 'female'] as const;

/** How a household came to be known: 上门走访, 电话, 业主微信群, 邻居反映, 夜间亮灯, 物业名单 (an import). */
export const SOURCE_METHODS = [
  'door_visit',
  'phone',
  'wechat_group',
  'neighbour_report',
  'lit_window',
  'property_list',
] as const;
/** The ones a person records by hand: 物业名单 is set only by the import. */
export const MANUAL_SOURCE_METHODS = SOURCE_METHODS.filter(
  (m): m is Exclude<(typeof SOURCE_METHODS)[number], 'property_list'> => m !== 'property_list',
);

/** Returning residents (返回人员) and hotels (隔离酒店). */
export const OUTCOMES = ['admit', 'hotel', 'medical', 'refuse'] as const;
export const TEST_RESULTS = ['negative', 'positive', 'pending'] as const;
export const HEALTH_CODES = ['green', 'yellow', 'red'] as const;
export const ROOM_STATUS = ['free', 'occupied', 'cleaning', 'out_of_service'] as const;
export const NEED_KINDS = ['alcohol', 'thermometer', 'masks', 'medicine', 'room_change', 'other'] as const;
export const RELEASE_TO = ['home', 'hospital', 'elsewhere'] as const;
/** What was done about a guest's need (handling one asks this). */
export const NEED_DONE = ['delivered', 'arranged', 'unavailable', 'not_needed'] as const;
/** What was done about a guest's fever (the alert stays until one of these is recorded). */
export const FEVER_ACTIONS = ['called_doctor', 'rechecked', 'referred'] as const;
/** Kinds of the hotels' care events (care_events, append-only). */
export const CARE_EVENT_KINDS = [
  'release_override',
  'release_undone',
  'need_handled',
  'need_reopened',
  'fever_handled',
  'planned_end_moved',
] as const;

/** Why an automatic or manual backup of the database was taken. */
export const BACKUP_REASONS = ['scheduled', 'close', 'migration', 'import', 'restore', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

/** Why a backup cannot be taken or used ('unavailable': an in-memory database has no file). */
export const BACKUP_PROBLEMS = [
  'missing',
  'not_sqlite',
  'foreign',
  'future',
  'corrupt',
  'unreadable',
  'folder_missing',
  'folder_unwritable',
  'same_file',
  'unavailable',
] as const;
export type BackupProblem = (typeof BACKUP_PROBLEMS)[number];

/** Supplies (issue 12): what an item is, for grouping on the dashboard. */
export const STOCK_CATEGORIES = ['protection', 'disinfection', 'medical', 'food', 'other'] as const;
/** Where stock is held: the post's store, a gate (duty post), a hotel, a runner's bag (team member). */
export const STOCK_PLACE_KINDS = ['store', 'gate', 'hotel', 'runner'] as const;
/** Where a lot came from: a donor, sent down by the town, or bought. */
export const STOCK_SOURCES = ['donor', 'town', 'bought'] as const;
/** The kinds of ledger transaction. */
export const STOCK_TX_KINDS = [
  'receive',
  'issue',
  'transfer',
  'count',
  'adjust',
  'write_off',
  'reversal',
] as const;
/** Who is on the other side of a movement. */
export const STOCK_COUNTERPARTIES = [
  'donor',
  'town',
  'supplier',
  'household',
  'hotel_guest',
  'runner',
  'place',
] as const;
/** Why an adjustment, a write-off or a count's difference. */
export const STOCK_REASONS = ['damaged', 'lost', 'expired', 'found', 'miscounted'] as const;
/** A distribution's quantity is per household or per person counted in it. */
export const DISTRIB_BASES = ['household', 'person'] as const;
/** Where a distribution's line stands: not yet, handed over, nobody home (try again). */
export const DISTRIB_STATES = ['pending', 'delivered', 'not_home'] as const;
/** A delivery event: handed over (a stock issue), nobody home, or a handing-over undone (a reversal). */
export const DISTRIB_OUTCOMES = ['delivered', 'not_home', 'undone'] as const;
/** Where an errand stands; the latest step says it (issue 13). */
export const ERRAND_STATES = [
  'new',
  'assigned',
  'bought',
  'delivered',
  'confirmed',
  'cancelled',
  'no_answer',
  'duplicate',
] as const;
/** What an errand is for; an open medicine errand flags its household higher. */
export const ERRAND_KINDS = ['groceries', 'medicine', 'gas', 'parcel', 'other'] as const;
/** How soon: today, tomorrow, any time. */
export const ERRAND_URGENCIES = ['today', 'tomorrow', 'any'] as const;
/** How the request came in: a phone call, the building's WeChat group, at the gate, via a neighbour. */
export const ERRAND_CHANNELS = ['phone', 'wechat', 'gate', 'neighbour'] as const;
/** Who pays: the household, or the post (for those in need). */
export const ERRAND_PAYERS = ['household', 'post'] as const;
/**
 * A runner's cash book: an advance from the post (+), spent on an errand (−), collected from the
 * household (+), refunded to the household (−), handed back to the post (−), a reconciliation's
 * difference (±).
 */
export const CASH_ENTRY_KINDS = [
  'advance',
  'spent',
  'collected',
  'refund',
  'handback',
  'difference',
] as const;
/** Why a person's health is followed (issue 14): everyone in a sealed compound, a returnee at home, a hotel guest, a close contact. */
export const EPISODE_REASONS = ['compound', 'home_returnee', 'hotel_guest', 'close_contact'] as const;
/** How a follow-up ended: never by itself, always an explicit step with one of these. */
export const EPISODE_CLOSE_REASONS = ['completed', 'hospital', 'left', 'lost'] as const;
/** How a temperature was taken. */
export const CHECK_METHODS = ['forehead', 'armpit', 'mouth'] as const;
/** A check's result as recorded; a slot past its time with no check shows as `missed` (derived). */
export const CHECK_RESULTS = ['normal', 'abnormal', 'not_reached', 'refused'] as const;
/** A slot as the round grid shows it: not yet due or due (`due`), or its latest check's result, or missed. */
export const SLOT_STATES = ['due', 'normal', 'abnormal', 'not_reached', 'refused', 'missed'] as const;
/** How a check came in: the round at the door, the household's report for all its members (the WeChat way), a hotel guest's daily call. */
export const CHECK_VIA = ['round', 'household', 'hotel_call'] as const;
/** Symptoms asked at a check. */
export const SYMPTOMS = [
  'cough',
  'sore_throat',
  'fatigue',
  'short_breath',
  'diarrhoea',
  'taste_smell',
  'other',
] as const;
/** What a medical request (医疗需求) is about. */
export const MEDICAL_KINDS = ['fever', 'medicine', 'chronic', 'pregnancy', 'injury', 'other'] as const;
export const MEDICAL_URGENCIES = ['emergency', 'today', 'routine'] as const;
/** Who raised it: a resident, a hotel guest, or the temperature round itself. */
export const MEDICAL_SOURCES = ['resident', 'guest', 'round'] as const;
/** The community doctor's triage. */
export const TRIAGE_ACTIONS = [
  'phone_advice',
  'medicine_delivered',
  'home_visit',
  'fever_clinic',
  'ambulance',
] as const;
/** How a medical request ended. */
export const MEDICAL_OUTCOMES = ['resolved', 'referred', 'hospitalised', 'no_longer_needed'] as const;
