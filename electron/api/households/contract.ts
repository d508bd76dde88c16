import { z } from 'zod';
import {
  MANUAL_SOURCE_METHODS,
  OCCUPANCY,
  PRESENCE,
  REG_STATUS,
  SOURCE_METHODS,
} from '../../../db/schema/enums';
import { Day } from '../compound/contract';
import { ResidentView } from '../residents/contract';
import { Phone, SavedFile, UiLang } from '../shared/fields';
import { msg, ParamSchema, ReasonSchema } from '../shared/reason';
import { Version } from '../shared/versions';

export const HouseholdView = z.object({
  id: z.number().int(),
  buildingId: z.number().int(),
  building: z.string(),
  unit: z.string(),
  room: z.string(),
  householderName: z.string(),
  phone: z.string(),
  occupancy: z.enum(OCCUPANCY),
  regStatus: z.enum(REG_STATUS),
  notes: z.string(),
  updatedAt: z.string(),
  /** Sent back by households.update: a save from an older version is refused (CONFLICT). */
  version: z.number().int(),
});

export const HouseholdFile = z.object({
  household: HouseholdView,
  residents: z.array(ResidentView),
  sources: z.array(
    z.object({
      id: z.number().int(),
      method: z.enum(SOURCE_METHODS),
      day: z.string(),
      operatorName: z.string(),
      note: z.string(),
    }),
  ),
  /**
   * The file's own history, newest first: who ('' when no one was on duty, shared/who.ts), and what
   * — a code with its params, worded on screen; `summary` (its zh-CN wording) is what a row written
   * before 0012 shows (no code).
   */
  events: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      operatorName: z.string(),
      summary: z.string(),
      summaryCode: z.string().nullable(),
      summaryParams: z.record(z.string(), ParamSchema).nullable(),
    }),
  ),
});
export type HouseholdFile = z.infer<typeof HouseholdFile>;

export const HouseholdUpdate = z.object({
  id: z.number().int().positive(),
  householderName: z.string().trim().max(30),
  phone: Phone,
  occupancy: z.enum(OCCUPANCY),
  regStatus: z.enum(REG_STATUS),
  notes: z.string().trim().max(500),
  /** The version the form was read at (households.get). */
  version: Version,
});

export const NewSource = z.object({
  householdId: z.number().int().positive(),
  /** By hand: any source but the property list, which only the import records. */
  method: z.enum(MANUAL_SOURCE_METHODS),
  day: Day,
  note: z.string().trim().max(200),
  /** Mark the household as verified (核实) at the same time. */
  verify: z.boolean().default(false),
});

const Count = z.number().int();
export const Stats = z.object({
  byBuilding: z.array(
    z.object({
      buildingId: z.number().int(),
      name: z.string(),
      rooms: Count,
      notVisited: Count,
      registered: Count,
      verified: Count,
      occupied: Count,
      vacant: Count,
      unknown: Count,
      residents: Count,
    }),
  ),
  regStatus: z.record(z.enum(REG_STATUS), Count),
  occupancy: z.record(z.enum(OCCUPANCY), Count),
  presence: z.record(z.enum(PRESENCE), Count),
  flags: z.object({
    elderly: Count,
    children: Count,
    pregnant: Count,
    chronicIllness: Count,
    disability: Count,
    regularMedicine: Count,
  }),
});

export const RegistryFilter = z.object({
  buildingId: z.number().int().positive().optional(),
  regStatus: z.enum(REG_STATUS).optional(),
  occupancy: z.enum(OCCUPANCY).optional(),
  presence: z.enum(PRESENCE).optional(),
});

/** A bad cell: its row, its field (the screen names it) and why, as a code with parameters. */
const ImportIssue = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  params: ReasonSchema.shape.params,
});
/** Buildings and rooms a sheet names that the board does not have yet, created when the commit accepts them. */
const ImportPlaces = z.object({
  /** New buildings: each with how many units and rooms the sheet gives it. */
  buildings: z.array(z.object({ name: z.string(), units: Count, rooms: Count })),
  /** New rooms in buildings already on the board (the first 200). */
  rooms: z.array(z.object({ building: z.string(), unit: z.string(), room: z.string() })),
  /** Every room to be created, in new buildings and old. */
  newRooms: Count,
  /** Rows that need a new building or room: refused (unknown_building / unknown_room) unless accepted. */
  rows: Count,
});

/** What a stale row would change: the registry's fields, and the household's as an export names them. */
export const STALE_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'relation',
  'presence',
  'flags',
  'notes',
  'address',
  'householder',
  'householdPhone',
  'occupancy',
  'regStatus',
] as const;
export type StaleField = (typeof STALE_FIELDS)[number];

/**
 * A row of an earlier export whose record has been changed since (its 版本 is older than the record's):
 * each field where the sheet's value is not what is saved now. Enum values come as codes, flags as a
 * comma list of flag keys, ID numbers masked. Not applied unless the commit takes the field.
 */
const StaleRow = z.object({
  row: Count,
  name: z.string(),
  address: z.string(),
  fields: z.array(z.object({ field: z.enum(STALE_FIELDS), sheet: z.string(), current: z.string() })),
});
export type StaleRow = z.infer<typeof StaleRow>;

export const ImportReport = z.object({
  committed: z.boolean(),
  sheet: z.string(),
  rows: Count,
  validRows: Count,
  invalidRows: Count,
  headerRow: Count,
  columns: z.array(z.string()),
  ignoredColumns: z.array(z.string()),
  households: z.object({ new: Count, updated: Count, unchanged: Count }),
  residents: z.object({ new: Count, updated: Count, unchanged: Count }),
  errors: z.array(ImportIssue),
  places: ImportPlaces,
  /** Rows older than their record (the first 1000 listed); `taken`: how many the commit applied. */
  stale: z.object({ rows: Count, taken: Count, list: z.array(StaleRow) }),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** sha256 of the sheet's bytes, in hex: names a previewed sheet for its commit. */
export const SheetHash = z.string().regex(/^[0-9a-f]{64}$/, msg('sheet_hash_invalid'));
export const ImportPreview = ImportReport.extend({ sheetHash: SheetHash });
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What the user chose in the preview: skip bad rows, create the new places, take which stale fields. */
export const ImportChoices = z.object({
  sheetHash: SheetHash,
  skipInvalid: z.boolean().default(false),
  createPlaces: z.boolean().default(false),
  takeStale: z
    .array(
      z.object({
        row: z.number().int().positive(),
        fields: z.array(z.enum(STALE_FIELDS)).min(1).max(STALE_FIELDS.length),
      }),
    )
    .max(400_000)
    .default([]),
});
export type ImportChoices = z.infer<typeof ImportChoices>;

/** A small file carried in the answer (the import template). */
export const FileOut = z.object({ fileName: z.string(), dataBase64: z.string(), rows: Count });
export const RegistryFile = SavedFile.extend({ rows: Count });

export const householdsContract = {
  'households.get': {
    kind: 'query',
    input: z.object({ id: z.number().int().positive() }),
    output: HouseholdFile,
  },
  'households.update': { kind: 'mutation', input: HouseholdUpdate, output: HouseholdFile },
  'households.addSource': { kind: 'mutation', input: NewSource, output: HouseholdFile },
  'households.stats': { kind: 'query', input: z.object({}), output: Stats },
  'households.toVisit': {
    kind: 'query',
    input: z.object({
      buildingId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    }),
    output: z.object({ rows: z.array(HouseholdView), total: z.number().int() }),
  },
  /**
   * Read and check a sheet against the registry, writing nothing (a query: no transaction, and its
   * plan runs on a read-only connection). The checked rows are kept for the commit under `sheetHash`.
   */
  'households.importPreview': {
    kind: 'query',
    input: z.object({ fileName: z.string().min(1).max(200), dataBase64: z.string() }),
    output: ImportPreview,
  },
  /** Write a previewed sheet: its rows are reused by hash and planned again against the registry as it is now. */
  'households.importCommit': {
    kind: 'mutation',
    input: ImportChoices,
    output: ImportReport,
  },
  'households.export': {
    kind: 'query',
    input: RegistryFilter.extend({ revealIds: z.boolean().default(false) }),
    output: RegistryFile,
  },
  /** The import template, worded in the screen's language (the import reads both). */
  'households.template': { kind: 'query', input: z.object({ lang: UiLang }), output: FileOut },
} as const;
