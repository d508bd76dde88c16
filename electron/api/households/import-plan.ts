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
import { dayOf } from '../shared/dates';
import type { ImportChoices, ImportReport, StaleField } from './contract';
import { householdGroups } from './import-groups';
import { type HouseholdRow, key, matchResidents, type ResidentRow, type Valid } from './import-match';
import { Places } from './import-places';
import type { ParsedSheet, RowIssue } from './import-rows';
import type { RegStatus } from './import-rules';
import { differs, residentPatch, StaleRows } from './import-stale';
import type { ImportWrites } from './import-writes';

/** What the writes need of the request: its clock and operator, and where to report progress. */
export type WriteCtx = Pick<Ctx, 'now' | 'operator'> & {
  progress?: Ctx['progress'];
  /** Told how many rows are counted so far, written or not (the import worker collects its garbage). */
  counted?: (done: number) => void;
};
const WRITE_REPORT_EVERY = 500;

const MAX_LISTED_ERRORS = 1000;

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

export type PlanOptions = { createPlaces: boolean };
/** What a commit was asked to do beyond the plan (the preview's choices). */
export type CommitChoices = Omit<ImportChoices, 'sheetHash'>;
/** The preview shows what accepting the new places would do; the commit does what was chosen. */
export const PREVIEW: PlanOptions = { createPlaces: true };

export const takenFields = (c: CommitChoices): Map<number, ReadonlySet<StaleField>> =>
  new Map(c.takeStale.map((t) => [t.row, new Set(t.fields)]));

export function plan(db: ReadDb, { sheet, parsed }: Prepared, opts: PlanOptions) {
  const issues: RowIssue[] = [...parsed.issues];
  const lookups: IdLookups = { withId: 0, matched: 0, conflicts: 0 };
  for (const c of parsed.candidates) if (c.idNumber) lookups.withId++;
  const hh = new Map<string, HouseholdRow>();
  for (const h of db.all<HouseholdRow>(
    sql`SELECT id, building_id AS buildingId, unit, room, householder_name AS householderName, phone, occupancy, reg_status AS regStatus, version FROM households`,
  )) {
    hh.set(key(h.buildingId, h.unit, h.room), h);
  }
  const byId = new Map<string, ResidentRow>();
  // Namesakes in one household (a father and son both 王伟) are matched in order, each once.
  const byName = new Map<string, ResidentRow[]>();
  const byHousehold = new Map<number, ResidentRow[]>();
  // Rows of the app's export name their resident by id (版本); only such a sheet needs the index.
  const byRecord = parsed.candidates.some((c) => c.tag) ? new Map<number, ResidentRow>() : null;
  for (const r of db.select().from(residents).all()) {
    if (r.idNumber) byId.set(r.idNumber, r);
    byRecord?.set(r.id, r);
    const k = `${r.householdId}|${r.name}`;
    const same = byName.get(k);
    if (same) same.push(r);
    else byName.set(k, [r]);
    const home = byHousehold.get(r.householdId);
    if (home) home.push(r);
    else byHousehold.set(r.householdId, [r]);
  }
  const places = new Places(db, hh, opts.createPlaces);
  const valid: Valid[] = [];
  for (const v of places.resolve(parsed.candidates, issues)) {
    const owner = v.idNumber ? byId.get(v.idNumber) : undefined;
    if (owner && owner.name !== v.name) {
      lookups.conflicts++;
      issues.push({
        row: v.row,
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
    places: places.report(),
    stale: { rows: 0, taken: 0, list: [] },
  };
  const index = { hh, byId, byName, byHousehold, byRecord };
  return { report, lookups, valid, index, places, createPlaces: opts.createPlaces };
}

/**
 * Let go of what a written plan holds for its writes (its rows, the registry's maps), keeping its
 * report: a bulk import then sorts its indexes in the room they took (issue 11).
 */
export function release(p: Plan): void {
  p.valid = [];
  const { hh, byId, byName, byHousehold, byRecord } = p.index;
  for (const m of [hh, byId, byName, byHousehold, byRecord]) m?.clear();
}

/**
 * The plan's rows by household, and the residents they match; the plan lets go of its list of them,
 * so that apply, dropping each household's rows once done, leaves them to the collector (issue 11:
 * 300,000 candidates held to the end of a commit were most of its heap).
 */
function consume(p: Plan) {
  const groups = householdGroups(p.valid);
  const match = matchResidents(p.valid, p.index);
  const total = p.valid.length;
  p.valid = [];
  return { groups, match, total };
}

/**
 * Count what the plan would do into its report and, given `out`, do it. A preview passes null: it
 * has no way to write. `take` holds the stale fields the user took (import-stale.ts).
 */
export function apply(
  p: Plan,
  fileName: string,
  ctx: WriteCtx,
  out: ImportWrites | null,
  take: ReadonlyMap<number, ReadonlySet<StaleField>> = new Map(),
): void {
  const { report, index, places } = p;
  const { hh } = index;
  const write = out !== null;
  const at = ctx.now().toISOString();
  const day = dayOf(ctx.now());
  const stale = new StaleRows(take);
  // Buildings the user accepted creating come first, so their rooms have a building to point at.
  const built = new Map<number, number>();
  if (out && p.createPlaces) for (const b of places.buildings()) built.set(b.id, out.insertBuilding(b));
  const touched = new Map<number, { added: number; updated: number }>();
  const { groups, match, total } = consume(p);
  let tempId = -1;
  const addressOf = (bId: number, unit: string, room: string) =>
    [places.names.get(bId) ?? '', unit, room].filter(Boolean).join(' ');
  let hhById: Map<number, HouseholdRow> | null = null;
  const currentAddress = (householdId: number) => () => {
    hhById ??= new Map([...hh.values()].map((x) => [x.id, x]));
    const x = hhById.get(householdId);
    return x ? addressOf(x.buildingId, x.unit, x.room) : '';
  };
  const moves: { from: number; name: string; to: string }[] = [];
  let done = 0;
  // Each household's rows are garbage once counted (and written): the heap shrinks as the import goes.
  for (const members of groups()) {
    if (
      write &&
      ctx.progress &&
      Math.floor((done + members.length) / WRITE_REPORT_EVERY) > Math.floor(done / WRITE_REPORT_EVERY)
    )
      ctx.progress('write', done, total);
    done += members.length;
    ctx.counted?.(done);
    const head = members.find((m) => m.relation === '户主');
    const first = members[0];
    if (!first) continue;
    const k = key(first.buildingId, first.unit, first.room);
    const address = addressOf(first.buildingId, first.unit, first.room);
    // The sheet's 登记状态 (the app's export has it); a household the import writes is registered at least.
    const sheetStatus = members.find((m) => m.regStatus)?.regStatus;
    const registered = (s: RegStatus): RegStatus => (s === 'not_visited' ? 'registered' : s);
    let h = hh.get(k);
    const isNew = !h;
    if (!h) {
      report.households.new++;
      const values = {
        buildingId: built.get(first.buildingId) ?? first.buildingId,
        unit: first.unit,
        room: first.room,
        householderName: head?.name ?? '',
        phone: head?.phone ?? '',
        occupancy: 'occupied' as const,
        regStatus: registered(sheetStatus ?? 'registered'),
        updatedAt: at,
      };
      h = { ...values, id: out ? out.insertHousehold(values) : tempId--, version: 1 };
      out?.source(h.id, day, fileName);
    }
    const t = { added: 0, updated: 0 };
    for (const c of members) {
      const patch = residentPatch(c);
      const existing = match.get(c);
      match.delete(c);
      if (!existing) {
        report.residents.new++;
        t.added++;
        out?.insertResident({ ...patch, name: c.name, householdId: h.id, updatedAt: at });
        continue;
      }
      const moving = existing.householdId !== h.id;
      const moves_ = stale.resident(c, existing, patch, moving, {
        sheet: address,
        current: currentAddress(existing.householdId),
      });
      if (moves_)
        moves.push({ from: existing.householdId, name: c.name, to: `${c.building} ${c.unit} ${c.room}` });
      if (moves_ || differs(existing, patch)) {
        report.residents.updated++;
        t.updated++;
        const householdId = moves_ ? h.id : existing.householdId;
        out?.updateResident(existing.id, { ...patch, householdId, updatedAt: at });
      } else report.residents.unchanged++;
    }
    if (t.added || t.updated) touched.set(h.id, t);
    if (isNew) continue;
    // The household follows the sheet where the sheet says something new about its people; its
    // status follows the sheet's 登记状态 column, and is at least registered once the import writes it.
    const wrote = t.added + t.updated > 0;
    const status = sheetStatus ?? h.regStatus;
    const next = stale.household(
      members,
      h,
      {
        householderName: wrote ? (head?.name ?? h.householderName) : h.householderName,
        phone: wrote ? head?.phone || h.phone : h.phone,
        occupancy: wrote ? 'occupied' : h.occupancy,
        regStatus: wrote ? registered(status) : status,
      },
      address,
    );
    if (
      next.householderName !== h.householderName ||
      next.phone !== h.phone ||
      next.occupancy !== h.occupancy ||
      next.regStatus !== h.regStatus
    ) {
      report.households.updated++;
      out?.updateHousehold(h.id, { ...next, updatedAt: at });
      // The list is how the post learned of a household it had not visited.
      if (h.regStatus === 'not_visited' && next.regStatus !== 'not_visited') out?.source(h.id, day, fileName);
    } else report.households.unchanged++;
  }
  report.stale = stale.report();
  if (!out) return;
  ctx.progress?.('write', total, total);
  out.growBuildings();
  for (const m of moves)
    out.event(m.from, {
      code: 'event_import_moved',
      params: { file: fileName, name: m.name, to: m.to.replace(/\s+/g, ' ') },
    });
  for (const m of moves) out.vacate(m.from, m.name, at);
  for (const [id, t] of touched) {
    out.event(id, {
      code: 'event_import_updated',
      params: { file: fileName, added: t.added, updated: t.updated },
    });
  }
}
