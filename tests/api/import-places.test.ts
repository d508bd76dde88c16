/**
 * Issue 10, point 14: the import starts from nothing. A sheet whose buildings and rooms the board
 * lacks lists them in the preview; the commit creates them only when accepted (else those rows are
 * refused as before), and imported households are registered with the source "property list" and
 * the import's day. Point 15's last part: a room number in two units asks for the unit.
 */
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../electron/api/households/contract';
import { zhMessage } from '../../electron/api/shared/word';
import { count, withOperator } from './helpers';
import { importSheet } from './import-call';
import { id, sheet } from './sheets';

const headers = ['楼栋', '单元', '房号', '姓名', '身份证号', '与户主关系'];
const rows = (db: { $client: { prepare: (s: string) => { all: () => unknown[] } } }, q: string) =>
  db.$client.prepare(q).all();

describe('an import that starts from nothing', () => {
  it('lists the buildings and rooms to create, refuses them unless accepted, then creates only the named rooms, registered from the property list', async () => {
    const { call, db } = await withOperator();
    const data = await sheet(
      [
        ['3栋', '1', '101', '陈一', id('1970-01-01', '111'), '户主'],
        ['3栋', '1单元', '101', '陈二', '', '配偶'],
        ['3栋', '2', '502', '林三', '', '户主'],
        ['5', '', '201', '黄四', '', '户主'],
      ],
      { headers },
    );
    const preview = await importSheet(call, { fileName: '物业名单.xlsx', dataBase64: data });
    if (!preview.ok) throw new Error(preview.error.message);
    const p: ImportReport = preview.value;
    expect(p.errors).toEqual([]);
    expect(p.places).toEqual({
      buildings: [
        { name: '3栋', units: 2, rooms: 2 },
        { name: '5栋', units: 1, rooms: 1 },
      ],
      rooms: [],
      newRooms: 3,
      rows: 4,
    });
    expect(p).toMatchObject({ validRows: 4, households: { new: 3 }, residents: { new: 4 } });
    expect(count(db, 'buildings')).toBe(0);

    // Not accepted: the rows are refused as before, with the code that says why; nothing written.
    const refused = await importSheet(call, { fileName: '物业名单.xlsx', dataBase64: data, commit: true });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.issues?.map((i) => i.reason?.code)).toEqual(Array(4).fill('unknown_building'));
    expect(count(db, 'buildings')).toBe(0);
    expect(count(db, 'residents')).toBe(0);

    const done = await importSheet(call, {
      fileName: '物业名单.xlsx',
      dataBase64: data,
      commit: true,
      createPlaces: true,
    });
    expect(done).toMatchObject({
      ok: true,
      value: { committed: true, households: { new: 3 }, residents: { new: 4 } },
    });
    expect(
      rows(
        db,
        'SELECT name, floors, units_count AS units, rooms_per_floor AS perFloor FROM buildings ORDER BY sort_order',
      ),
    ).toEqual([
      { name: '3栋', floors: 5, units: 2, perFloor: 2 },
      { name: '5栋', floors: 2, units: 1, perFloor: 1 },
    ]);
    // Only the rooms the sheet names, each registered, its householder the row marked 户主.
    expect(
      rows(
        db,
        `SELECT b.name AS b, h.unit, h.room, h.reg_status AS status, h.householder_name AS head, h.occupancy
         FROM households h JOIN buildings b ON b.id = h.building_id ORDER BY b.sort_order, h.unit, h.room`,
      ),
    ).toEqual([
      { b: '3栋', unit: '1单元', room: '101', status: 'registered', head: '陈一', occupancy: 'occupied' },
      { b: '3栋', unit: '2单元', room: '502', status: 'registered', head: '林三', occupancy: 'occupied' },
      { b: '5栋', unit: '', room: '201', status: 'registered', head: '黄四', occupancy: 'occupied' },
    ]);
    // The source "property list", on the post's day (2026-11-28 in Shanghai), by the operator.
    expect(
      rows(db, 'SELECT DISTINCT method, day, operator_name AS who, note FROM household_sources'),
    ).toEqual([{ method: 'property_list', day: '2026-11-28', who: '林晓梅', note: '物业名单.xlsx' }]);
    expect(count(db, 'household_sources')).toBe(3);
    const board = await call('buildings.list', {});
    expect(board.ok && board.value.map((b) => [b.name, b.rooms, b.residents, b.notVisited])).toEqual([
      ['3栋', 2, 3, 0],
      ['5栋', 1, 1, 0],
    ]);

    // The same sheet again: nothing to create, nothing changes, no second source.
    const again = await importSheet(call, { fileName: '物业名单.xlsx', dataBase64: data, commit: true });
    expect(again).toMatchObject({
      ok: true,
      value: {
        places: { buildings: [], rows: 0 },
        households: { new: 0, updated: 0 },
        residents: { new: 0, updated: 0 },
      },
    });
    expect(count(db, 'household_sources')).toBe(3);
  });

  it('rooms created in a building already on the board grow its units, floors and rooms a floor', async () => {
    const { call, db } = await withOperator();
    const added = await call('buildings.add', { name: '3栋', floors: 2, unitsCount: 2, roomsPerFloor: 2 });
    expect(added.ok).toBe(true);
    const data = await sheet(
      [
        ['3栋', '1', '101', '陈一', '', '户主'],
        ['3栋', '3', '101', '林三', '', '户主'],
        ['3栋', '1', '603', '黄四', '', '户主'],
      ],
      { headers },
    );
    const done = await importSheet(call, {
      fileName: '物业名单.xlsx',
      dataBase64: data,
      commit: true,
      createPlaces: true,
    });
    expect(done).toMatchObject({ ok: true, value: { households: { new: 2, updated: 1 } } });
    const board = await call('buildings.board', {});
    if (!board.ok) throw new Error(board.error.message);
    expect(
      board.value.buildings.map(({ name, floors, unitsCount, roomsPerFloor, rooms }) => ({
        name,
        floors,
        unitsCount,
        roomsPerFloor,
        rooms,
      })),
    ).toEqual([{ name: '3栋', floors: 6, unitsCount: 3, roomsPerFloor: 3, rooms: 10 }]);
    // An import that adds no room leaves the building as it is.
    const again = await importSheet(call, { fileName: '物业名单.xlsx', dataBase64: data, commit: true });
    expect(again.ok).toBe(true);
    expect(
      rows(db, 'SELECT floors, units_count AS units, rooms_per_floor AS perFloor FROM buildings'),
    ).toEqual([{ floors: 6, units: 3, perFloor: 3 }]);
  });

  it('registers a household it writes that was not visited, with the source; leaves a verified one verified', async () => {
    const { call, db } = await withOperator();
    await call('buildings.add', { name: '1栋', floors: 2, unitsCount: 1, roomsPerFloor: 2 });
    const verified = db.$client.prepare("SELECT id, version FROM households WHERE room = '102'").get() as {
      id: number;
      version: number;
    };
    const v = await call('households.update', {
      id: verified.id,
      householderName: '',
      phone: '',
      occupancy: 'unknown',
      regStatus: 'verified',
      notes: '',
      version: verified.version,
    });
    expect(v.ok).toBe(true);
    const data = await sheet(
      [
        ['1栋', '', '101', '吴一', '', '户主'],
        ['1栋', '', '102', '吴二', '', '户主'],
      ],
      { headers },
    );
    const done = await importSheet(call, { fileName: 'list.xlsx', dataBase64: data, commit: true });
    expect(done).toMatchObject({ ok: true, value: { households: { new: 0, updated: 2 } } });
    expect(
      rows(
        db,
        "SELECT room, reg_status AS s FROM households WHERE room IN ('101', '102', '201') ORDER BY room",
      ),
    ).toEqual([
      { room: '101', s: 'registered' },
      { room: '102', s: 'verified' },
      { room: '201', s: 'not_visited' },
    ]);
    expect(
      rows(db, 'SELECT h.room, s.method FROM household_sources s JOIN households h ON h.id = s.household_id'),
    ).toEqual([{ room: '101', method: 'property_list' }]);
  });

  it('asks for the unit of a room number two units have, naming them, instead of "no such room"', async () => {
    const { call } = await withOperator();
    await call('buildings.add', { name: '5栋', floors: 6, unitsCount: 2, roomsPerFloor: 2 });
    const data = await sheet([['5栋', '502', '王伟', '户主']], { headers: ['楼栋', '房号', '姓名', '关系'] });
    const r = await importSheet(call, { fileName: 'u.xlsx', dataBase64: data });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.errors).toEqual([
      {
        row: 2,
        column: 'unit',
        code: 'room_needs_unit',
        params: { building: '5栋', room: '502', units: '1单元\n2单元' },
      },
    ]);
    const [e] = r.value.errors;
    expect(e && zhMessage(e)).toBe('5栋 有多个单元都有房号“502”（1单元；2单元），请填写单元');
    expect(r.value.places.rows).toBe(0);
  });
});
