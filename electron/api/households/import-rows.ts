/** Turn sheet rows into resident candidates, with every problem named by row and column. Pure. */
import { checkDigit, isMaskedIdNumber, normalizeIdNumber, validateIdNumber } from '../shared/id-number';
import { canonicalRelation } from '../shared/labels';
import type { Params, Reason } from '../shared/reason';
import {
  cleanText,
  type Flags,
  IMPORT_FIELDS,
  type ImportField,
  isHintCell,
  isSummaryCell,
  matchHeaders,
  oldIdTo18,
  type Presence,
  parseDateCell,
  parseFlags,
  parseGender,
  parsePhone,
  parsePresence,
  parseRegStatus,
  parseVersionTag,
  type RegStatus,
  splitUnitRoom,
  stripQuotePrefix,
  type VersionTag,
} from './import-rules';
import { type Cell, cellText, type ProjectedRow, type SheetData } from './sheet-sink';

export type Candidate = {
  row: number;
  building: string;
  unit: string;
  room: string;
  name: string;
  gender?: 'male' | 'female' | null;
  birthDate?: string | null;
  idNumber?: string | null;
  phone?: string;
  relation?: string;
  presence?: Presence;
  flags?: Flags;
  notes?: string;
  /** A masked ID number as exported (4601**********1234): helps find the resident, never stored. */
  maskedId?: string;
  /** The household's 登记状态, when the sheet has the column (the app's export does). */
  regStatus?: RegStatus;
  /** The records and versions an exported row was read from (版本): newer edits are not undone. */
  tag?: VersionTag;
};
/** A bad cell: the row, the field's column (its key; the screen names it) and why, as a code. */
export type RowIssue = { row: number; column: ImportField; code: string; params?: Params };
export type ParsedSheet = {
  headerRow: number;
  columns: ImportField[];
  ignoredColumns: string[];
  candidates: Candidate[];
  issues: RowIssue[];
  rows: number;
};

const FIELD_INDEX = Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>;

/** The data rows of a sheet, read (only the named columns) by sheet-reader.ts. */
export function parseRows(
  sheet: Pick<SheetData, 'headerRow' | 'header' | 'rows'>,
  today: string,
): ParsedSheet {
  const parser = new RowParser(sheet.headerRow, sheet.header, today);
  for (const r of sheet.rows) parser.push(r);
  return parser.finish();
}

/**
 * The rows checked one at a time, as the reader hands them over (sheet-reader.ts `stream`): a sheet's
 * cells never all sit in memory beside its candidates.
 */
export class RowParser {
  private readonly map: Partial<Record<ImportField, number>>;
  private readonly columns: ImportField[];
  private readonly ignoredColumns: string[];
  private readonly candidates: Candidate[] = [];
  private readonly issues: RowIssue[] = [];
  private readonly seenIds = new Map<string, number>();
  private count = 0;

  /** `keep`, when given, takes each checked candidate instead of the list (import-pack.ts RowPacker). */
  constructor(
    private readonly headerRow: number,
    header: string[],
    private readonly today: string,
    private readonly keep?: (c: Candidate) => void,
  ) {
    const map = matchHeaders(header);
    this.map = map;
    this.columns = (Object.keys(map) as ImportField[]).sort((a, b) => (map[a] ?? 0) - (map[b] ?? 0));
    const used = new Set(Object.values(map));
    this.ignoredColumns = header.filter((c, i) => c.trim() && !used.has(i));
  }

  finish(): ParsedSheet {
    const { headerRow, columns, ignoredColumns, candidates, issues, count: rows } = this;
    return { headerRow, columns, ignoredColumns, candidates, issues, rows };
  }

  push({ row, cells }: ProjectedRow): void {
    const { map, today, seenIds, issues, candidates } = this;
    const get = (f: ImportField): Cell => (map[f] === undefined ? null : (cells[FIELD_INDEX[f]] ?? null));
    // Each cell's text cleaned once: a field is read several times (a hint, a summary, the candidate).
    const texts = cells.map((c) => cleanText(cellText(c)));
    const txt = (f: ImportField): string => (map[f] === undefined ? '' : (texts[FIELD_INDEX[f]] ?? ''));
    if (texts.every((t) => t === '')) return;
    if (isHintCell(txt('name')) || isHintCell(txt('building'))) return;
    if ((['building', 'unit', 'room', 'name'] as const).some((f) => isSummaryCell(txt(f)))) return;
    this.count++;
    const problems: RowIssue[] = [];
    const bad = (f: ImportField, why: Reason) => problems.push({ row, column: f, ...why });
    const place = splitUnitRoom(txt('unit'), txt('room'), txt('building'));
    const c: Candidate = {
      row,
      building: txt('building'),
      unit: place.unit,
      room: place.room,
      name: txt('name'),
    };
    for (const f of ['building', 'room', 'name'] as const)
      if (!c[f]) bad(f, { code: 'cell_required', params: { field: f } });

    if (map.idNumber !== undefined) {
      const raw = get('idNumber');
      // A number Excel kept exactly (up to 15 digits: an old ID number) reads as its digits.
      const exact = typeof raw !== 'number' || Number.isSafeInteger(raw);
      const s = exact ? stripQuotePrefix(cellText(raw)) : '';
      if (!exact || /^\d(\.\d+)?E\+\d+$/i.test(s.trim())) {
        bad('idNumber', { code: 'id_stored_as_number' });
      } else if (!s.trim() || isMaskedIdNumber(s)) {
        c.idNumber = undefined;
        if (s.trim()) c.maskedId = s.trim().toUpperCase();
      } else if (/^\d{15}$/.test(normalizeIdNumber(s))) {
        const next = validateIdNumber(oldIdTo18(normalizeIdNumber(s), checkDigit), today);
        bad('idNumber', next.ok ? { code: 'id_old_15' } : next.why);
      } else {
        const check = validateIdNumber(s, today);
        if (!check.ok) bad('idNumber', check.why);
        else {
          const first = seenIds.get(check.id);
          if (first) bad('idNumber', { code: 'id_repeated', params: { row: first } });
          else seenIds.set(check.id, row);
          c.idNumber = check.id;
        }
      }
    }
    if (map.birthDate !== undefined && cellText(get('birthDate')).trim()) {
      const d = parseDateCell(get('birthDate'));
      if (!d.ok && d.month && c.idNumber) {
        // 出生年月 gives a month: the ID number's day completes it when they agree.
        const born = `${c.idNumber.slice(6, 10)}-${c.idNumber.slice(10, 12)}`;
        if (born !== d.month)
          bad('birthDate', { code: 'birth_date_mismatch', params: { birthDate: d.month, born } });
      } else if (!d.ok) bad('birthDate', d.why);
      else if (d.day > today) bad('birthDate', { code: 'birth_in_future', params: { day: d.day } });
      else c.birthDate = d.day;
    }
    if (c.idNumber && c.birthDate) {
      const fromId = `${c.idNumber.slice(6, 10)}-${c.idNumber.slice(10, 12)}-${c.idNumber.slice(12, 14)}`;
      if (fromId !== c.birthDate)
        bad('birthDate', { code: 'birth_date_mismatch', params: { birthDate: c.birthDate, born: fromId } });
    }
    if (c.idNumber && c.birthDate === undefined) {
      c.birthDate = `${c.idNumber.slice(6, 10)}-${c.idNumber.slice(10, 12)}-${c.idNumber.slice(12, 14)}`;
    }
    if (map.gender !== undefined) {
      const g = parseGender(txt('gender'));
      if (g === 'bad') bad('gender', { code: 'gender_unrecognized', params: { value: txt('gender') } });
      else if (g) c.gender = g;
    }
    if (c.gender && c.idNumber && c.gender !== (Number(c.idNumber[16]) % 2 === 1 ? 'male' : 'female')) {
      bad('gender', {
        code: 'gender_not_id',
        params: { gender: Number(c.idNumber[16]) % 2 === 1 ? 'male' : 'female' },
      });
    }
    if (c.gender === undefined && c.idNumber) c.gender = Number(c.idNumber[16]) % 2 === 1 ? 'male' : 'female';
    if (map.phone !== undefined) {
      const p = parsePhone(stripQuotePrefix(txt('phone')));
      if (p === 'bad') bad('phone', { code: 'phone_unrecognized', params: { value: txt('phone') } });
      else c.phone = p;
    }
    if (map.presence !== undefined) {
      const p = parsePresence(txt('presence'));
      if (p === 'bad') bad('presence', { code: 'presence_unrecognized', params: { value: txt('presence') } });
      else if (p) c.presence = p;
    }
    if (map.relation !== undefined) c.relation = canonicalRelation(txt('relation'));
    if (map.flags !== undefined) c.flags = parseFlags(txt('flags'));
    if (map.notes !== undefined) c.notes = txt('notes');
    if (map.regStatus !== undefined) {
      const s = parseRegStatus(txt('regStatus'));
      if (s === 'bad')
        bad('regStatus', { code: 'reg_status_unrecognized', params: { value: txt('regStatus') } });
      else if (s) c.regStatus = s;
    }
    if (map.version !== undefined) {
      const v = parseVersionTag(txt('version'));
      if (v === 'bad') bad('version', { code: 'version_unrecognized', params: { value: txt('version') } });
      else if (v) c.tag = v;
    }
    if (problems.length) issues.push(...problems);
    else if (this.keep) this.keep(c);
    else candidates.push(c);
  }
}

export const idKey = (raw: string): string => normalizeIdNumber(raw);
