/**
 * Where each sheet row lives on the board (issue 10, point 14): its building, unit and room as the
 * board names them. A sheet may name buildings and rooms the board does not have yet (a new post
 * starting from the property office's list): they are gathered here, listed in the preview, and
 * created by the commit only when the user accepts them; otherwise those rows are refused as before
 * (unknown_building / unknown_room). A building the import creates gets only the rooms the sheet
 * names (buildings.add makes every room of a regular building; a list knows only the lived-in ones).
 *
 * A room number without a unit in a building of several units is found in the one unit that has it;
 * in two or more it is refused with the candidate units (room_needs_unit), never "no such room".
 */
import { sql } from 'drizzle-orm';
import { toHalfWidth } from '../shared/id-number';
import type { ImportReport } from './contract';
import { type HouseholdRow, key, type Valid } from './import-match';
import type { ReadDb } from './import-plan';
import type { Candidate, RowIssue } from './import-rows';
import { normalizeRoom, normalizeUnit } from './import-rules';

type BuildingRef = { id: number; name: string; unitsCount: number };

/** A building the sheet names and the board lacks. Its id is negative until the commit inserts it. */
export type NewBuilding = {
  id: number;
  name: string;
  floors: number;
  unitsCount: number;
  roomsPerFloor: number;
  sortOrder: number;
  rooms: number;
};

type Fresh = NewBuilding & { units: Set<string> };
const MAX_LISTED_ROOMS = 200;
const compact = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
const bare = (s: string) => s.replace(/(栋|号楼|幢)$/, '');
/** 502 is floor 5, room 2 of its floor; a room not numbered so counts as floor 1. */
const floorAndIndex = (room: string): [number, number] => {
  const m = room.match(/^(\d+)(\d{2})$/);
  return m ? [Number(m[1]), Number(m[2])] : [1, 1];
};

/**
 * A candidate placed: its unit and room as the board names them, and its building. In place, not a
 * copy (300,000 copies were a tenth of the import's memory): so a plan consumes its candidates, and
 * planning again starts from the checked rows as kept (import-job.ts).
 */
function place(c: Candidate, buildingId: number, unit: string, room: string): Valid {
  const v = c as Valid;
  v.buildingId = buildingId;
  v.unit = unit;
  v.room = room;
  return v;
}

export class Places {
  private readonly byName = new Map<string, BuildingRef>();
  /** Building id to its name, for addresses; new buildings under their negative ids. */
  readonly names = new Map<number, string>();
  private readonly fresh = new Map<string, Fresh>();
  private readonly freshById = new Map<number, Fresh>();
  private readonly newRooms = new Set<string>();
  private readonly listed: ImportReport['places']['rooms'] = [];
  private roomUnits: Map<string, string[]> | null = null;
  private readonly seen = new Map<string, BuildingRef | undefined>();
  private readonly normals = new Map<string, string>();
  private readonly freshByRaw = new Map<string, Fresh>();
  private rows = 0;
  private nextSort: number;

  constructor(
    db: ReadDb,
    private readonly hh: Map<string, HouseholdRow>,
    private readonly create: boolean,
  ) {
    for (const b of db.all<BuildingRef>(sql`SELECT id, name, units_count AS unitsCount FROM buildings`)) {
      const n = compact(b.name);
      this.byName.set(n, b);
      if (!this.byName.has(bare(n))) this.byName.set(bare(n), b);
      this.names.set(b.id, b.name);
    }
    this.nextSort =
      db.all<{ n: number }>(sql`SELECT coalesce(max(sort_order), 0) AS n FROM buildings`)[0]?.n ?? 0;
  }

  /** The board's building a sheet name stands for, looked up once per distinct name. */
  private existing(name: string): BuildingRef | undefined {
    if (this.seen.has(name)) return this.seen.get(name);
    const n = compact(name);
    const b = this.byName.get(n) ?? this.byName.get(bare(n));
    this.seen.set(name, b);
    return b;
  }

  /** A unit or room as the board names it, normalized once per distinct cell. */
  private normal(kind: 'u' | 'r', raw: string, unitsCount: number): string {
    const k = `${kind}${unitsCount}|${raw}`;
    let v = this.normals.get(k);
    if (v === undefined) {
      v = kind === 'u' ? normalizeUnit(raw, unitsCount) : normalizeRoom(raw);
      this.normals.set(k, v);
    }
    return v;
  }

  /** The new building a name stands for, gathered on first sight. */
  private newBuilding(name: string): Fresh {
    const known = this.freshByRaw.get(name);
    if (known) return known;
    const k = bare(compact(name));
    let f = this.fresh.get(k);
    if (!f) {
      const shown = /^\d+$/.test(k) ? `${k}栋` : compact(name);
      const id = -(this.fresh.size + 1);
      this.nextSort++;
      f = {
        id,
        name: shown,
        floors: 1,
        unitsCount: 1,
        roomsPerFloor: 1,
        sortOrder: this.nextSort,
        rooms: 0,
        units: new Set(),
      };
      this.fresh.set(k, f);
      this.freshById.set(id, f);
      this.names.set(id, shown);
    }
    this.freshByRaw.set(name, f);
    return f;
  }

  /** The units of a building that have a room of this number (an index made on first need). */
  private unitsWith(buildingId: number, room: string): string[] {
    if (!this.roomUnits) {
      this.roomUnits = new Map();
      for (const h of this.hh.values()) {
        const k = `${h.buildingId}|${h.room}`;
        const list = this.roomUnits.get(k);
        if (list) list.push(h.unit);
        else this.roomUnits.set(k, [h.unit]);
      }
    }
    return (this.roomUnits.get(`${buildingId}|${room}`) ?? []).slice().sort();
  }

  /** Note a row that needs a new room (and maybe building); true when the user accepted creating them. */
  private newRoom(v: Valid, building: string): boolean {
    this.rows++;
    const k = key(v.buildingId, v.unit, v.room);
    if (this.newRooms.has(k)) return this.create;
    this.newRooms.add(k);
    const f = this.freshById.get(v.buildingId);
    if (f) {
      f.rooms++;
      const [floor, index] = floorAndIndex(v.room);
      f.floors = Math.max(f.floors, floor);
      f.roomsPerFloor = Math.max(f.roomsPerFloor, index);
    } else if (this.listed.length < MAX_LISTED_ROOMS)
      this.listed.push({ building, unit: v.unit, room: v.room });
    return this.create;
  }

  /** Each candidate placed on the board (or on a building or room to create), or its issue. */
  resolve(candidates: Candidate[], issues: RowIssue[]): Valid[] {
    // First the new buildings' units, so "1" and "1单元" name one unit and a one-unit building has none.
    for (const c of candidates)
      if (!this.existing(c.building)) {
        const u = this.normal('u', c.unit, 2);
        if (u) this.newBuilding(c.building).units.add(u);
      }
    for (const f of this.fresh.values())
      f.unitsCount = f.units.size === 0 || (f.units.size === 1 && f.units.has('1单元')) ? 1 : f.units.size;
    const valid: Valid[] = [];
    for (const c of candidates) {
      const b = this.existing(c.building);
      const room = this.normal('r', c.room, 0);
      const issue = (column: 'building' | 'room' | 'unit', code: string, params: Record<string, string>) =>
        issues.push({ row: c.row, column, code, params });
      if (!b) {
        const f = this.newBuilding(c.building);
        const v = place(c, f.id, this.normal('u', c.unit, f.unitsCount), room);
        if (!v.unit && f.unitsCount > 1) issue('unit', 'unit_required', { building: c.building, room });
        else if (this.newRoom(v, c.building)) valid.push(v);
        else issue('building', 'unknown_building', { building: c.building });
        continue;
      }
      const v = place(c, b.id, this.normal('u', c.unit, b.unitsCount), room);
      if (this.hh.has(key(b.id, v.unit, room))) {
        valid.push(v);
        continue;
      }
      if (!v.unit && b.unitsCount > 1) {
        const units = this.unitsWith(b.id, room);
        const [only] = units;
        if (units.length === 1 && only !== undefined) {
          v.unit = only;
          valid.push(v);
        } else if (units.length > 1)
          issue('unit', 'room_needs_unit', { building: c.building, room, units: units.join('\n') });
        else issue('unit', 'unit_required', { building: c.building, room });
        continue;
      }
      if (this.newRoom(v, c.building)) valid.push(v);
      else issue('room', 'unknown_room', { building: c.building, unit: v.unit, room: v.room });
    }
    return valid;
  }

  /** The buildings to insert before their rooms (the commit, when accepted). */
  buildings(): NewBuilding[] {
    return [...this.fresh.values()].filter((f) => f.rooms > 0).map(({ units: _units, ...f }) => f);
  }

  report(): ImportReport['places'] {
    return {
      buildings: [...this.fresh.values()].map((f) => ({
        name: f.name,
        units: f.unitsCount,
        rooms: f.rooms,
      })),
      rooms: this.listed,
      newRooms: this.newRooms.size,
      rows: this.rows,
    };
  }
}
