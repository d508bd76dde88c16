/**
 * The import's plan (what each row means against the registry) and its writes. Runs on the main
 * thread for an in-memory database, else in the import worker on its own connection. The plan only
 * reads (a preview runs it on a read-only connection); every write goes through ImportWrites, which a
 * preview never has.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { residents } from '../../../db/schema';
import type { Ctx } from '../context';
import { ApiError } from '../errors';
import { toHalfWidth } from '../shared/id-number';
import type { Reason } from '../shared/reason';
import { zhMessage } from '../shared/word';
import type { ImportReport } from './contract';
import { type HouseholdRow, key, matchResidents, type ResidentRow, type Valid } from './import-match';
import type { Candidate, ParsedSheet, RowIssue } from './import-rows';
import { normalizeRoom, normalizeUnit } from './import-rules';
import type { ImportWrites } from './import-writes';

/** What the writes need of the request: its clock and operator, and where to report progress. */
export type WriteCtx = Pick<Ctx, 'now' | 'operator'> & { progress?: Ctx['progress'] };
const WRITE_REPORT_EVERY = 500;

const MAX_LISTED_ERRORS = 1000;

/** The fields a sheet row may set on a resident, limited to the columns the sheet has. */
function residentPatch(c: Candidate): Partial<ResidentRow> {
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

const differs = (r: ResidentRow, p: Partial<ResidentRow>) =>
  (Object.keys(p) as (keyof ResidentRow)[]).some((k) => (r[k] ?? null) !== (p[k] ?? null));

type BuildingRef = { id: number; unitsCount: number };
function buildingIds(db: ReadDb): Map<string, BuildingRef> {
  const map = new Map<string, BuildingRef>();
  for (const b of db.all<{ id: number; name: string; unitsCount: number }>(
    sql`SELECT id, name, units_count AS unitsCount FROM buildings`,
  )) {
    const n = toHalfWidth(b.name).replace(/\s+/g, '');
    map.set(n, b);
    const bare = n.replace(/(栋|号楼|幢)$/, '');
    if (!map.has(bare)) map.set(bare, b);
  }
  return map;
}

export type Prepared = { sheet: string; parsed: ParsedSheet };

/** What the plan asked of the registry by full ID number (issue 8): counts only, never a number. */
export type IdLookups = {
  /** Rows that carry a full, valid ID number. */
  withId: number;
  /** Rows whose number is on file under the same name (found by it). */
  matched: number;
  /** Rows refused because their number is on file under another name: the oracle's answer. */
  conflicts: number;
};

/** The plan reads the registry and nothing else: a preview hands it a read-only connection. */
export type ReadDb = Pick<Db, 'all' | 'select'>;

export type Plan = ReturnType<typeof plan>;

export function plan(db: ReadDb, { sheet, parsed }: Prepared) {
  const issues: RowIssue[] = [...parsed.issues];
  const lookups: IdLookups = { withId: 0, matched: 0, conflicts: 0 };
  for (const c of parsed.candidates) if (c.idNumber) lookups.withId++;
  const bIds = buildingIds(db);
  const hh = new Map<string, HouseholdRow>();
  for (const h of db.all<HouseholdRow>(
    sql`SELECT id, building_id AS buildingId, unit, room, householder_name AS householderName, phone, occupancy FROM households`,
  )) {
    hh.set(key(h.buildingId, h.unit, h.room), h);
  }
  const byId = new Map<string, ResidentRow>();
  // Namesakes in one household (a father and son both 王伟) are matched in order, each once.
  const byName = new Map<string, ResidentRow[]>();
  const byHousehold = new Map<number, ResidentRow[]>();
  for (const r of db.select().from(residents).all()) {
    if (r.idNumber) byId.set(r.idNumber, r);
    const k = `${r.householdId}|${r.name}`;
    const same = byName.get(k);
    if (same) same.push(r);
    else byName.set(k, [r]);
    const home = byHousehold.get(r.householdId);
    if (home) home.push(r);
    else byHousehold.set(r.householdId, [r]);
  }
  const valid: Valid[] = [];
  for (const c of parsed.candidates) {
    const b =
      bIds.get(c.building.replace(/\s+/g, '')) ??
      bIds.get(c.building.replace(/\s+/g, '').replace(/(栋|号楼|幢)$/, ''));
    if (!b) {
      issues.push({
        row: c.row,
        column: 'building',
        code: 'unknown_building',
        params: { building: c.building },
      });
      continue;
    }
    const v: Valid = {
      ...c,
      buildingId: b.id,
      unit: normalizeUnit(c.unit, b.unitsCount),
      room: normalizeRoom(c.room),
    };
    if (!hh.has(key(v.buildingId, v.unit, v.room))) {
      issues.push({
        row: c.row,
        column: 'room',
        code: 'unknown_room',
        params: { building: c.building, unit: v.unit, room: v.room },
      });
      continue;
    }
    const owner = v.idNumber ? byId.get(v.idNumber) : undefined;
    if (owner && owner.name !== v.name) {
      lookups.conflicts++;
      issues.push({
        row: c.row,
        column: 'idNumber',
        // Neither the owner's name nor address: a sheet of guessed numbers must not name people.
        code: 'id_taken_other_name',
        params: { name: v.name },
      });
      continue;
    }
    if (owner) lookups.matched++;
    valid.push(v);
  }
  const invalidRows = new Set(issues.map((i) => i.row)).size;
  const report: ImportReport = {
    committed: false,
    sheet,
    rows: parsed.rows,
    validRows: valid.length,
    invalidRows,
    headerRow: parsed.headerRow,
    columns: parsed.columns,
    ignoredColumns: parsed.ignoredColumns,
    households: { new: 0, updated: 0, unchanged: 0 },
    residents: { new: 0, updated: 0, unchanged: 0 },
    errors: issues.sort((a, b) => a.row - b.row).slice(0, MAX_LISTED_ERRORS),
  };
  return { report, lookups, valid, hh, byId, byName, byHousehold };
}

/**
 * Count what the plan would do into its report and, given `out`, do it. A preview passes null: it
 * has no way to write.
 */
export function apply(p: Plan, fileName: string, ctx: WriteCtx, out: ImportWrites | null): void {
  const { report, valid, hh, byId, byName, byHousehold } = p;
  const write = out !== null;
  const at = ctx.now().toISOString();
  const touched = new Map<number, { added: number; updated: number }>();
  const groups = new Map<string, Valid[]>();
  for (const c of valid) {
    const k = key(c.buildingId, c.unit, c.room);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  let tempId = -1;
  const match = matchResidents(valid, hh, byId, byName, byHousehold);
  const moves: { from: number; name: string; to: string }[] = [];
  let done = 0;
  const total = valid.length;
  for (const [k, members] of groups) {
    if (
      write &&
      ctx.progress &&
      Math.floor((done + members.length) / WRITE_REPORT_EVERY) > Math.floor(done / WRITE_REPORT_EVERY)
    )
      ctx.progress('write', done, total);
    done += members.length;
    const head = members.find((m) => m.relation === '户主');
    let h = hh.get(k);
    const first = members[0];
    if (!first) continue;
    if (!h) {
      report.households.new++;
      const values = {
        buildingId: first.buildingId,
        unit: first.unit,
        room: first.room,
        householderName: head?.name ?? '',
        phone: head?.phone ?? '',
        occupancy: 'occupied' as const,
        updatedAt: at,
      };
      h = { ...values, id: out ? out.insertHousehold(values) : tempId-- };
    } else {
      const next = {
        householderName: head?.name ?? h.householderName,
        phone: head?.phone || h.phone,
        occupancy: 'occupied' as const,
      };
      if (
        next.householderName !== h.householderName ||
        next.phone !== h.phone ||
        h.occupancy !== 'occupied'
      ) {
        report.households.updated++;
        out?.updateHousehold(h.id, { ...next, updatedAt: at });
      } else report.households.unchanged++;
    }
    const t = { added: 0, updated: 0 };
    for (const c of members) {
      const patch = residentPatch(c);
      const existing = match.get(c);
      if (existing && existing.householdId !== h.id)
        moves.push({ from: existing.householdId, name: c.name, to: `${c.building} ${c.unit} ${c.room}` });
      if (!existing) {
        report.residents.new++;
        t.added++;
        out?.insertResident({ ...patch, name: c.name, householdId: h.id, updatedAt: at });
      } else if (existing.householdId !== h.id || differs(existing, patch)) {
        report.residents.updated++;
        t.updated++;
        out?.updateResident(existing.id, { ...patch, householdId: h.id, updatedAt: at });
      } else report.residents.unchanged++;
    }
    if (t.added || t.updated) touched.set(h.id, t);
  }
  if (!out) return;
  ctx.progress?.('write', total, total);
  for (const m of moves) out.event(m.from, `导入“${fileName}”：${m.name} 迁至 ${m.to.replace(/\s+/g, ' ')}`);
  for (const m of moves) out.vacate(m.from, m.name, at);
  for (const [id, t] of touched) {
    out.event(id, `导入“${fileName}”：新增 ${t.added} 人，更新 ${t.updated} 人`);
  }
}

/** A commit with bad rows is refused unless the user chose to skip them. */
export function refuseInvalid(report: ImportReport, skipInvalid: boolean): void {
  if (report.invalidRows > 0 && !skipInvalid) {
    const why = { code: 'import_has_bad_rows', params: { count: report.invalidRows } };
    throw new ApiError(
      'VALIDATION',
      zhMessage(why),
      report.errors.slice(0, 50).map((e) => {
        const reason = { code: e.code, ...(e.params ? { params: e.params } : {}) };
        return { path: `${e.row}.${e.column}`, message: zhMessage(reason), reason };
      }),
      undefined,
      why,
    );
  }
}

/** The import's one audit line. */
/** The audit row of a committed import: the file and its counts. */
export function importReason(fileName: string, report: ImportReport, ids: IdLookups): Reason {
  const r = report.residents;
  return {
    code: 'audit_import',
    params: {
      file: fileName,
      valid: report.validRows,
      invalid: report.invalidRows,
      hNew: report.households.new,
      hUpdated: report.households.updated,
      rNew: r.new,
      rUpdated: r.updated,
      rUnchanged: r.unchanged,
      withId: ids.withId,
      matched: ids.matched,
    },
  };
}
