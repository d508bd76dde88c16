// The import figure's baseline, written by hand: a streaming read of the sheet (the zip entry inflated
// as a stream, decoded by a streaming UTF-8 decoder, a SAX pass over it), then plain
// prepared INSERTs in one transaction into the same schema (its triggers and indexes included) — the
// same buildings, households, sources, residents and history lines the app's import writes for a sheet
// of new households, in the same order, so the two databases can be compared row for row. It checks
// nothing the app checks (ID checksums, dates, duplicates): it is the cost of the writes themselves.
import type Database from 'better-sqlite3';
import { SaxesParser } from 'saxes';
import { columnIndex } from '../../electron/api/households/sheet-sink';
import { entryText, listZip } from '../../electron/api/households/zip';
import { LABELS_ZH as L } from '../../electron/api/shared/labels';
import { summaryColumns } from '../../electron/api/shared/stored-reason';

type Who = { now: string; operatorId: number; operatorName: string };
type Person = {
  name: string;
  gender: string | null;
  birth: string | null;
  id: string | null;
  phone: string;
  relation: string;
  presence: string;
};
type Home = { building: string; unit: string; room: string; people: Person[] };

const invert = (m: Record<string, string>) => new Map(Object.entries(m).map(([k, v]) => [v, k]));
const GENDER = invert(L.gender);
const PRESENCE = invert(L.presence);
const INF = 4 * 1024 ** 3;

/** The text of each cell of the first sheet, row by row: a plain SAX pass over the inflated XML. */
async function* sheetRows(file: Buffer): AsyncGenerator<string[]> {
  const zip = listZip(file);
  const strings: string[] = [];
  const sst = zip.get('xl/sharedStrings.xml');
  let inT = false;
  let cur = '';
  if (sst) {
    const p = new SaxesParser();
    p.on('opentag', (t) => {
      if (t.name === 'si') cur = '';
      else if (t.name === 't') inT = true;
    });
    p.on('closetag', (t) => {
      if (t.name === 'si') strings.push(cur);
      else if (t.name === 't') inT = false;
    });
    p.on('text', (x) => {
      if (inT) cur += x;
    });
    for await (const chunk of entryText(file, sst, INF)) p.write(chunk);
    p.close();
  }
  const sheet = zip.get('xl/worksheets/sheet1.xml');
  if (!sheet) throw new Error('no sheet1.xml');
  let row: string[] = [];
  const done: string[][] = [];
  let col = 0;
  let type = '';
  let inV = false;
  const p = new SaxesParser();
  p.on('opentag', (t) => {
    if (t.name === 'c') {
      col = columnIndex(/^[A-Z]+/.exec(t.attributes.r ?? '')?.[0] ?? 'A');
      type = t.attributes.t ?? 'n';
      cur = '';
    } else if (t.name === 'v' || t.name === 't') inV = true;
    else if (t.name === 'row') row = [];
  });
  p.on('closetag', (t) => {
    if (t.name === 'c') row[col] = type === 's' ? (strings[Number(cur)] ?? '') : cur;
    else if (t.name === 'v' || t.name === 't') inV = false;
    else if (t.name === 'row') done.push(row);
  });
  p.on('text', (x) => {
    if (inV) cur += x;
  });
  for await (const chunk of entryText(file, sheet, INF)) {
    p.write(chunk);
    yield* done.splice(0);
  }
  p.close();
  yield* done.splice(0);
}

/** The sheet's rows grouped by address, in the order they come (one streaming pass). */
async function readHomes(file: Buffer): Promise<Map<string, Home>> {
  const homes = new Map<string, Home>();
  let header = true;
  for await (const v of sheetRows(file)) {
    if (header) {
      header = false;
      continue;
    }
    const [building = '', unit = '', room = '', name = '', gender = '', birth = ''] = v;
    const id = v[6] || null;
    const k = `${building}|${unit}|${room}`;
    let home = homes.get(k);
    if (!home) {
      home = { building, unit, room, people: [] };
      homes.set(k, home);
    }
    home.people.push({
      name,
      gender: GENDER.get(gender) ?? null,
      birth: id ? `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}` : birth || null,
      id,
      phone: v[7] ?? '',
      relation: v[8] ?? '',
      presence: PRESENCE.get(v[9] ?? '') ?? 'in_compound',
    });
  }
  return homes;
}

export async function handWrittenImport(
  sqlite: Database.Database,
  file: Buffer,
  fileName: string,
  who: Who,
): Promise<{ readMs: number; writeMs: number }> {
  const t0 = performance.now();
  const homes = await readHomes(file);
  const t1 = performance.now();
  const day = who.now.slice(0, 10);
  // Each building's shape from its rooms: units, floors (502 is floor 5) and rooms a floor.
  const shapes = new Map<string, { units: Set<string>; floors: number; perFloor: number }>();
  for (const h of homes.values()) {
    let s = shapes.get(h.building);
    if (!s) {
      s = { units: new Set(), floors: 1, perFloor: 1 };
      shapes.set(h.building, s);
    }
    if (h.unit) s.units.add(h.unit);
    const m = h.room.match(/^(\d+)(\d{2})$/);
    s.floors = Math.max(s.floors, m ? Number(m[1]) : 1);
    s.perFloor = Math.max(s.perFloor, m ? Number(m[2]) : 1);
  }
  const building = sqlite.prepare(
    'INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES (?, ?, ?, ?, ?)',
  );
  const household = sqlite.prepare(`INSERT INTO households (building_id, unit, room, householder_name, phone,
    occupancy, reg_status, updated_at) VALUES (?, ?, ?, ?, ?, 'occupied', 'registered', ?)`);
  const source = sqlite.prepare(`INSERT INTO household_sources (household_id, method, day, operator_id,
    operator_name, note, at) VALUES (?, 'property_list', ?, ?, ?, ?, ?)`);
  const resident =
    sqlite.prepare(`INSERT INTO residents (name, gender, birth_date, id_number, phone, relation,
    presence, household_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const event = sqlite.prepare(`INSERT INTO household_events (household_id, at, operator_id, operator_name,
    summary, summary_code, summary_params) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  sqlite
    .transaction(() => {
      const ids = new Map<string, number>();
      // A building whose only unit is 1单元 has one unit, and its rooms none (as the app's board names them).
      const oneUnit = new Set<string>();
      let sort = 0;
      for (const [name, s] of shapes) {
        const units = s.units.size === 0 || (s.units.size === 1 && s.units.has('1单元')) ? 1 : s.units.size;
        if (units === 1) oneUnit.add(name);
        const r = building.run(name, s.floors, units, s.perFloor, ++sort);
        ids.set(name, Number(r.lastInsertRowid));
      }
      const added: [number, number][] = [];
      for (const h of homes.values()) {
        const head = h.people.find((p) => p.relation === '户主');
        const hid = Number(
          household.run(
            ids.get(h.building),
            oneUnit.has(h.building) && h.unit === '1单元' ? '' : h.unit,
            h.room,
            head?.name ?? '',
            head?.phone ?? '',
            who.now,
          ).lastInsertRowid,
        );
        source.run(hid, day, who.operatorId, who.operatorName, fileName, who.now);
        for (const p of h.people)
          resident.run(p.name, p.gender, p.birth, p.id, p.phone, p.relation, p.presence, hid, who.now);
        added.push([hid, h.people.length]);
      }
      for (const [hid, n] of added) {
        const s = summaryColumns({
          code: 'event_import_updated',
          params: { file: fileName, added: n, updated: 0 },
        });
        event.run(hid, who.now, who.operatorId, who.operatorName, s.summary, s.summaryCode, s.summaryParams);
      }
    })
    .immediate();
  return { readMs: t1 - t0, writeMs: performance.now() - t1 };
}
