/**
 * Rows of an earlier export that would undo newer edits (issue 10, point 15). The app's export writes
 * each row's records and versions (版本: `h<id>v<version> r<id>v<version>`). When a row's version is
 * older than its record's, the record was saved since that export, and the sheet cannot say which of
 * its differing cells are the sheet author's edits and which are the old values of edits made in the
 * app since. So every field where the sheet differs from what is saved now is shown, sheet beside
 * current, and none is applied unless the user takes it. The choice is per field (the commit lists
 * row + fields): one row may hold a phone corrected in the sheet and a whereabouts changed at the gate
 * since, and the user keeps both. A row whose version is current is applied as any sheet row is.
 */

import { maskIdNumber } from '../shared/id-number';
import type { StaleField, StaleRow } from './contract';
import type { HouseholdRow, ResidentRow } from './import-match';
import type { Candidate } from './import-rows';

const FLAG_KEYS = ['pregnant', 'chronicIllness', 'disability', 'regularMedicine'] as const;
const RESIDENT_FIELDS = [
  'name',
  'gender',
  'birthDate',
  'idNumber',
  'phone',
  'relation',
  'presence',
  'notes',
] as const;
const MAX_LISTED = 1000;

/** The fields a sheet row may set on a resident, limited to the columns the sheet has. */
export function residentPatch(c: Candidate): Partial<ResidentRow> {
  const p: Partial<ResidentRow> = { name: c.name };
  if (c.gender !== undefined) p.gender = c.gender;
  if (c.birthDate !== undefined) p.birthDate = c.birthDate;
  if (c.idNumber !== undefined) p.idNumber = c.idNumber;
  if (c.phone !== undefined) p.phone = c.phone;
  if (c.relation !== undefined) p.relation = c.relation;
  if (c.presence !== undefined) p.presence = c.presence;
  if (c.notes !== undefined) p.notes = c.notes;
  if (c.flags) Object.assign(p, c.flags);
  return p;
}

export const differs = (r: ResidentRow, p: Partial<ResidentRow>) =>
  (Object.keys(p) as (keyof ResidentRow)[]).some((k) => (r[k] ?? null) !== (p[k] ?? null));

const flagsOf = (r: Partial<ResidentRow>) => FLAG_KEYS.filter((k) => r[k]).join(',');
const shown = (f: StaleField, v: unknown): string =>
  v === null || v === undefined ? '' : f === 'idNumber' ? (maskIdNumber(String(v)) ?? '') : String(v);

type Change = StaleRow['fields'][number];
/** The household fields an import sets, as the stale list names them. */
export type HouseholdNext = Pick<HouseholdRow, 'householderName' | 'phone' | 'occupancy' | 'regStatus'>;
const HOUSEHOLD_FIELDS: [StaleField, keyof HouseholdNext][] = [
  ['householder', 'householderName'],
  ['householdPhone', 'phone'],
  ['occupancy', 'occupancy'],
  ['regStatus', 'regStatus'],
];

/** The stale rows of one plan, and which of their fields the commit takes. */
export class StaleRows {
  private readonly rows = new Map<number, StaleRow>();
  private count = 0;
  private readonly takenRows = new Set<number>();
  constructor(private readonly take: ReadonlyMap<number, ReadonlySet<StaleField>>) {}

  private note(c: Candidate, address: string, changes: Change[]): void {
    if (changes.length === 0) return;
    let row = this.rows.get(c.row);
    if (!row) {
      this.count++;
      row = { row: c.row, name: c.name, address, fields: [] };
      if (this.rows.size < MAX_LISTED) this.rows.set(c.row, row);
    }
    row.fields.push(...changes);
    const taken = this.take.get(c.row);
    if (changes.some((x) => taken?.has(x.field))) this.takenRows.add(c.row);
  }

  private taken(c: Candidate, f: StaleField): boolean {
    return this.take.get(c.row)?.has(f) ?? false;
  }

  /**
   * A resident row: when it is older than the record it names, the fields the user did not take are
   * dropped from its patch (and a move it would make is kept only if taken). Returns whether it still moves.
   */
  resident(
    c: Candidate,
    existing: ResidentRow,
    patch: Partial<ResidentRow>,
    moves: boolean,
    address: { sheet: string; current: () => string },
  ): boolean {
    const tag = c.tag;
    if (!tag || tag.r !== existing.id || tag.rv >= existing.version) return moves;
    const changes: Change[] = [];
    for (const f of RESIDENT_FIELDS)
      if (f in patch && (patch[f] ?? null) !== (existing[f] ?? null))
        changes.push({ field: f, sheet: shown(f, patch[f]), current: shown(f, existing[f]) });
    if (FLAG_KEYS.some((k) => k in patch) && flagsOf(patch) !== flagsOf(existing))
      changes.push({ field: 'flags', sheet: flagsOf(patch), current: flagsOf(existing) });
    if (moves) changes.push({ field: 'address', sheet: address.sheet, current: address.current() });
    this.note(c, address.sheet, changes);
    for (const x of changes) {
      if (this.taken(c, x.field) || x.field === 'address') continue;
      if (x.field === 'flags') for (const k of FLAG_KEYS) delete patch[k];
      else delete patch[x.field as (typeof RESIDENT_FIELDS)[number]];
    }
    return moves && this.taken(c, 'address');
  }

  /**
   * A household's new values: when a row of the sheet was read at an older version of the household,
   * each changed field the user did not take keeps its current value.
   */
  household(members: Candidate[], h: HouseholdRow, next: HouseholdNext, address: string): HouseholdNext {
    const c = members.find((m) => m.tag?.h === h.id);
    if (!c?.tag || c.tag.hv >= h.version) return next;
    const kept = { ...next };
    const changes: Change[] = [];
    for (const [field, k] of HOUSEHOLD_FIELDS)
      if (next[k] !== h[k]) {
        changes.push({ field, sheet: next[k], current: h[k] });
        if (!this.taken(c, field)) Object.assign(kept, { [k]: h[k] });
      }
    this.note(c, address, changes);
    return kept;
  }

  report(): { rows: number; taken: number; list: StaleRow[] } {
    const list = [...this.rows.values()].sort((a, b) => a.row - b.row);
    return { rows: this.count, taken: this.takenRows.size, list };
  }
}
