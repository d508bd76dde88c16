/**
 * Issue 10, point 15: exports carry each row's versions (版本); an old export imported over newer
 * edits shows them field by field and applies none the user did not take. The app's own export
 * columns (登记状态 included) import cleanly: a round trip with no edits changes nothing.
 */
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { count, takeExport, withOperator } from './helpers';
import { importSheet } from './import-call';
import { id, readBack, sheet } from './sheets';

type Call = Awaited<ReturnType<typeof withOperator>>['call'];
const A = id('1985-03-12', '123');

/** 1栋 (one unit) and 2栋 (two units); four households, six people with varied fields. */
async function registry() {
  const o = await withOperator();
  await o.call('buildings.add', { name: '1栋', floors: 3, unitsCount: 1, roomsPerFloor: 2 });
  await o.call('buildings.add', { name: '2栋', floors: 3, unitsCount: 2, roomsPerFloor: 2 });
  const data = await sheet(
    [
      ['1栋', '', '101', '王建华', '男', '', A, '13800000001', '户主', '慢性病、需定期用药'],
      ['1栋', '', '101', '李丽', '女', '1987-07-01', '', '', '配偶', ''],
      ['1栋', '', '102', '赵六', '男', '1950-01-02', '', '13800000006', '户主', ''],
      ['2栋', '1', '201', '钱七', '', '', '', '', '户主', '孕妇'],
      ['2栋', '2', '201', '孙八', '女', '1990-05-05', '', '13800000008', '户主', ''],
      ['2栋', '2', '201', '孙九', '男', '2016-06-06', '', '', '子女', '残疾'],
    ],
    {
      headers: ['楼栋', '单元', '房号', '姓名', '性别', '出生日期', '身份证号', '手机号', '关系', '特殊情况'],
    },
  );
  const r = await importSheet(o.call, { fileName: 'base.xlsx', dataBase64: data, commit: true });
  if (!r.ok) throw new Error(r.error.message);
  return o;
}

const dump = (db: Db) => ({
  households: db.$client.prepare('SELECT * FROM households ORDER BY id').all(),
  residents: db.$client.prepare('SELECT * FROM residents ORDER BY id').all(),
  sources: count(db, 'household_sources'),
  events: count(db, 'household_events'),
});

async function exportSheet(call: Call, db: Db): Promise<ExcelJS.Workbook> {
  const e = await call('households.export', {});
  if (!e.ok) throw new Error(e.error.message);
  return readBack(takeExport(db, e.value));
}
const base64 = async (wb: ExcelJS.Workbook) =>
  Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');

/** The exported row of a person (by name) and the column of a header. */
function cellOf(wb: ExcelJS.Workbook, name: string, header: string): ExcelJS.Cell {
  const ws = wb.getWorksheet('住户名单');
  if (!ws) throw new Error('sheet');
  const cols = (ws.getRow(1).values as unknown[]).map(String);
  const col = cols.indexOf(header);
  for (let r = 2; r <= ws.rowCount; r++)
    if (ws.getRow(r).getCell(4).value === name) return ws.getRow(r).getCell(col);
  throw new Error(`no row for ${name}`);
}

async function saveResident(call: Call, db: Db, name: string, change: Record<string, unknown>) {
  const r = db.$client.prepare('SELECT * FROM residents WHERE name = ?').get(name) as Record<string, unknown>;
  const saved = await call('residents.save', {
    id: r.id as number,
    householdId: r.household_id as number,
    name: r.name as string,
    gender: r.gender as 'male' | 'female' | null,
    birthDate: r.birth_date as string | null,
    phone: r.phone as string,
    relation: r.relation as string,
    presence: r.presence as 'in_compound',
    pregnant: !!r.pregnant,
    chronicIllness: !!r.chronic_illness,
    disability: !!r.disability,
    regularMedicine: !!r.regular_medicine,
    notes: r.notes as string,
    version: r.version as number,
    ...change,
  });
  if (!saved.ok) throw new Error(saved.error.message);
}

describe("the app's own export, imported back", () => {
  it('round trip: every column is read (登记状态 and 版本 too) and nothing changes', async () => {
    const { call, db } = await registry();
    // Household values the sheet's rows do not carry: a phone not the head's, statuses of each kind.
    const h = db.$client.prepare("SELECT * FROM households WHERE room = '102'").get() as Record<
      string,
      unknown
    >;
    const u = await call('households.update', {
      id: h.id as number,
      householderName: '赵六',
      phone: '089866000000',
      occupancy: 'occupied',
      regStatus: 'verified',
      notes: '独居老人',
      version: h.version as number,
    });
    expect(u.ok).toBe(true);
    db.$client
      .prepare("UPDATE households SET reg_status = 'not_visited' WHERE room = '201' AND unit = '1单元'")
      .run();
    const before = dump(db);
    const wb = await exportSheet(call, db);
    const back = await importSheet(call, { fileName: 'back.xlsx', dataBase64: await base64(wb) });
    if (!back.ok) throw new Error(back.error.message);
    expect(back.value).toMatchObject({
      ignoredColumns: [],
      errors: [],
      invalidRows: 0,
      households: { new: 0, updated: 0, unchanged: 4 },
      residents: { new: 0, updated: 0, unchanged: 6 },
      places: { rows: 0 },
      stale: { rows: 0 },
    });
    expect(back.value.columns).toEqual(expect.arrayContaining(['regStatus', 'version']));
    const done = await importSheet(call, {
      fileName: 'back.xlsx',
      dataBase64: await base64(wb),
      commit: true,
    });
    expect(done.ok).toBe(true);
    expect(dump(db)).toEqual(before);
  });

  it('an old export does not undo newer edits: shown field by field, applied only where taken', async () => {
    const { call, db } = await registry();
    const old = await exportSheet(call, db);
    // After the export: the gate records 李丽 in hospital with a new phone; 赵六 is renamed; 1栋 101 is verified.
    await saveResident(call, db, '李丽', { presence: 'in_hospital', phone: '13900000002' });
    await saveResident(call, db, '赵六', { name: '赵陆' });
    const h = db.$client.prepare("SELECT * FROM households WHERE room = '101' AND unit = ''").get() as Record<
      string,
      unknown
    >;
    await call('households.update', {
      id: h.id as number,
      householderName: h.householder_name as string,
      phone: h.phone as string,
      occupancy: 'occupied',
      regStatus: 'verified',
      notes: '',
      version: h.version as number,
    });
    // In the old sheet: 李丽's notes typed (a real edit), 孙八's phone corrected (her record is unchanged).
    cellOf(old, '李丽', '备注').value = '对青霉素过敏';
    cellOf(old, '孙八', '联系电话').value = '13800000088';
    const before = dump(db);
    const data = await base64(old);
    const preview = await importSheet(call, { fileName: 'old.xlsx', dataBase64: data });
    if (!preview.ok) throw new Error(preview.error.message);
    const p = preview.value;
    const liRow = Number(cellOf(old, '李丽', '姓名').row);
    const zhaoRow = Number(cellOf(old, '赵六', '姓名').row);
    const wangRow = Number(cellOf(old, '王建华', '姓名').row);
    expect(p.stale.rows).toBe(3);
    expect(p.stale.list).toEqual([
      // The household's row: the sheet's 登记状态 is older than the status saved since.
      {
        row: wangRow,
        name: '王建华',
        address: '1栋 101',
        fields: [{ field: 'regStatus', sheet: 'registered', current: 'verified' }],
      },
      {
        row: liRow,
        name: '李丽',
        address: '1栋 101',
        fields: [
          { field: 'phone', sheet: '', current: '13900000002' },
          { field: 'presence', sheet: 'in_compound', current: 'in_hospital' },
          { field: 'notes', sheet: '对青霉素过敏', current: '' },
        ],
      },
      // Found by its record, not added again under the old name.
      {
        row: zhaoRow,
        name: '赵六',
        address: '1栋 102',
        fields: [{ field: 'name', sheet: '赵六', current: '赵陆' }],
      },
    ]);
    // 孙八's row is current: an ordinary update.
    expect(p.residents).toEqual({ new: 0, updated: 1, unchanged: 5 });

    // Committed as it is: the stale rows change nothing; 孙八's phone is written.
    const kept = await importSheet(call, { fileName: 'old.xlsx', dataBase64: data, commit: true });
    expect(kept).toMatchObject({
      ok: true,
      value: { stale: { rows: 3, taken: 0 }, residents: { updated: 1 } },
    });
    const in1 = (d: ReturnType<typeof dump>) =>
      d.households.filter((x) => (x as { building_id: number }).building_id === 1);
    expect(in1(dump(db))).toEqual(in1(before));
    expect(count(db, 'residents')).toBe(6);
    const person = (n: string) =>
      db.$client.prepare('SELECT name, phone, presence, notes FROM residents WHERE name = ?').get(n);
    expect(person('李丽')).toEqual({
      name: '李丽',
      phone: '13900000002',
      presence: 'in_hospital',
      notes: '',
    });
    expect(person('赵陆')).toMatchObject({ name: '赵陆' });
    expect(person('孙八')).toMatchObject({ phone: '13800000088' });

    // Taking one field of one row: the typed note; the newer phone and whereabouts stay.
    const taken = await importSheet(call, {
      fileName: 'old.xlsx',
      dataBase64: data,
      commit: true,
      takeStale: [{ row: liRow, fields: ['notes'] }],
    });
    expect(taken).toMatchObject({
      ok: true,
      value: { stale: { rows: 3, taken: 1 }, residents: { updated: 1 } },
    });
    expect(person('李丽')).toEqual({
      name: '李丽',
      phone: '13900000002',
      presence: 'in_hospital',
      notes: '对青霉素过敏',
    });
  });

  it("lists a household's newer status against the sheet's when the sheet changes its people", async () => {
    const { call, db } = await registry();
    const old = await exportSheet(call, db);
    const h = db.$client.prepare("SELECT * FROM households WHERE room = '102' AND unit = ''").get() as Record<
      string,
      unknown
    >;
    await call('households.update', {
      id: h.id as number,
      householderName: '赵六',
      phone: '',
      occupancy: 'occupied',
      regStatus: 'verified',
      notes: '',
      version: h.version as number,
    });
    // The old sheet renames the householder (his record is unchanged, so that is applied); the
    // household row's own status in the sheet is older than the verified one now.
    cellOf(old, '赵六', '姓名').value = '赵六一';
    const row = Number(cellOf(old, '赵六一', '姓名').row);
    const r = await importSheet(call, { fileName: 'old.xlsx', dataBase64: await base64(old), commit: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.stale.list).toEqual([
      {
        row,
        name: '赵六一',
        address: '1栋 102',
        fields: [
          { field: 'householder', sheet: '赵六一', current: '赵六' },
          { field: 'householdPhone', sheet: '13800000006', current: '' },
          { field: 'regStatus', sheet: 'registered', current: 'verified' },
        ],
      },
    ]);
    expect(
      db.$client
        .prepare('SELECT householder_name AS n, phone, reg_status AS s FROM households WHERE id = ?')
        .get(h.id),
    ).toEqual({
      n: '赵六',
      phone: '',
      s: 'verified',
    });
    expect(db.$client.prepare("SELECT count(*) AS n FROM residents WHERE name = '赵六一'").get()).toEqual({
      n: 1,
    });
  });
});
