import { describe, expect, it } from 'vitest';
import type { ResidentInput } from '../../electron/api/residents/contract';
import { writeDemo } from '../../electron/demo/demo';
import { api, count, FIXED_NOW, freshDb, withOperator } from './helpers';
import { id } from './sheets';

const person = (over: Partial<ResidentInput> & { householdId: number; name: string }): ResidentInput => ({
  gender: null,
  birthDate: null,
  phone: '',
  relation: '',
  presence: 'in_compound',
  pregnant: false,
  chronicIllness: false,
  disability: false,
  regularMedicine: false,
  notes: '',
  ...over,
});

async function building() {
  const o = await withOperator();
  const b = await o.call('buildings.add', { name: '3栋', floors: 2, unitsCount: 2, roomsPerFloor: 2 });
  if (!b.ok) throw new Error(b.error.message);
  const board = await o.call('buildings.board', {});
  if (!board.ok) throw new Error(board.error.message);
  const cells = board.value.buildings[0]?.cells ?? [];
  const room = (unit: string, r: string) =>
    cells.find((c) => c.unit === unit && c.room === r)?.householdId ?? 0;
  return { ...o, b: b.value, cells, room };
}

describe('buildings', () => {
  it('creates every room of a new building, shown on the board as not visited', async () => {
    const { b, cells, call } = await building();
    expect(b).toMatchObject({ name: '3栋', rooms: 8, households: 0, notVisited: 8 });
    expect(cells.map((c) => `${c.unit}-${c.room}`)).toEqual([
      '1单元-201',
      '1单元-202',
      '1单元-101',
      '1单元-102',
      '2单元-201',
      '2单元-202',
      '2单元-101',
      '2单元-102',
    ]);
    expect(cells[0]).toMatchObject({
      floor: 2,
      occupancy: 'unknown',
      regStatus: 'not_visited',
      residents: 0,
    });
    expect(
      await call('buildings.add', { name: '3栋', floors: 1, unitsCount: 1, roomsPerFloor: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已有楼栋“3栋”' },
    });
  });
});

describe('household file', () => {
  it('adds members (birth date and gender from the ID), records sources, edits and keeps its own history', async () => {
    const { call, room, db } = await building();
    const hid = room('1单元', '101');
    const headId = id('1950-01-02', '111');
    const head = await call(
      'residents.save',
      person({
        householdId: hid,
        name: '陈桂兰',
        idNumber: headId.toLowerCase(),
        relation: '户主',
        phone: '13800001111',
        chronicIllness: true,
      }),
    );
    expect(head).toMatchObject({
      ok: true,
      value: {
        name: '陈桂兰',
        // The birth date came from the ID: shown as the age only, beside the last four characters.
        birthDate: null,
        gender: 'male',
        age: 76,
        elderly: true,
        idNumberMasked: `**************${headId.slice(-4)}`,
        version: 1,
      },
    });
    expect(JSON.stringify(head)).not.toContain(headId);
    const bad = await call(
      'residents.save',
      person({
        householdId: hid,
        name: '错号',
        idNumber:
          `${headId.slice(0, 17)}0` === headId ? `${headId.slice(0, 17)}1` : `${headId.slice(0, 17)}0`,
      }),
    );
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'idNumber' }] } });
    const dup = await call(
      'residents.save',
      person({ householdId: room('2单元', '202'), name: '冒名', idNumber: headId }),
    );
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('该身份证号已登记在另一位居民名下') },
    });
    expect(JSON.stringify(dup)).not.toMatch(/陈桂兰|101/);
    const mismatch = await call(
      'residents.save',
      person({
        householdId: hid,
        name: '错生日',
        idNumber: id('1990-01-01', '222'),
        birthDate: '1990-01-02',
      }),
    );
    expect(mismatch).toMatchObject({ ok: false, error: { issues: [{ path: 'birthDate' }] } });

    const src = await call('households.addSource', {
      householdId: hid,
      method: 'lit_window',
      day: '2026-11-27',
      note: '晚上 9 点有灯',
    });
    expect(src).toMatchObject({
      ok: true,
      value: {
        household: {
          regStatus: 'registered',
          householderName: '陈桂兰',
          phone: '13800001111',
          occupancy: 'occupied',
        },
      },
    });
    const ver = await call('households.addSource', {
      householdId: hid,
      method: 'door_visit',
      day: '2026-11-28',
      note: '',
      verify: true,
    });
    expect(ver.ok && ver.value.household.regStatus).toBe('verified');
    expect(ver.ok && ver.value.sources.map((s) => s.method)).toEqual(['door_visit', 'lit_window']);
    const future = await call('households.addSource', {
      householdId: hid,
      method: 'phone',
      day: '2026-12-01',
      note: '',
    });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The property list is the import's source: not recorded by hand (nor offered in the menu).
    const byHand = await call('households.addSource', {
      householdId: hid,
      method: 'property_list' as 'phone',
      day: '2026-11-28',
      note: '',
    });
    expect(byHand).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'method' }] } });

    const current = await call('households.get', { id: hid });
    const version = current.ok ? current.value.household.version : 0;
    const vacant = await call('households.update', {
      id: hid,
      version,
      householderName: '陈桂兰',
      phone: '13800001111',
      occupancy: 'vacant',
      regStatus: 'verified',
      notes: '',
    });
    expect(vacant).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'occupancy', message: expect.stringContaining('还有 1 人') }] },
    });
    const upd = await call('households.update', {
      id: hid,
      version,
      householderName: '陈桂兰',
      phone: '13800001111',
      occupancy: 'occupied',
      regStatus: 'verified',
      notes: '独居老人，每日电话',
    });
    expect(upd.ok).toBe(true);
    const file = await call('households.get', { id: hid });
    if (!file.ok) throw new Error(file.error.message);
    expect(file.value.events.map((e) => e.summary)).toEqual([
      '修改户信息：备注',
      '上门走访（2026-11-28）；登记状态 → 已核实',
      '夜间亮灯（2026-11-27）：晚上 9 点有灯；登记状态 → 已登记',
      '新增成员 陈桂兰（户主）',
    ]);
    expect(file.value.events[0]?.operatorName).toBe('林晓梅');
    expect(count(db, 'household_events')).toBe(4);
  });

  it('edits a member, keeps the ID unless changed, moves a member with a reason, reveals an ID with an audit row', async () => {
    const { call, room, db } = await building();
    const a = room('1单元', '101');
    const b = room('1单元', '102');
    const pid = id('1990-05-05', '432');
    const saved = await call('residents.save', person({ householdId: a, name: '刘洋', idNumber: pid }));
    if (!saved.ok) throw new Error(saved.error.message);
    const edit = await call(
      'residents.save',
      person({
        id: saved.value.id,
        householdId: a,
        name: '刘洋',
        phone: '139 1234 5678',
        pregnant: true,
        birthDate: '1990-05-05',
        gender: 'female',
        version: saved.value.version,
      }),
    );
    expect(edit).toMatchObject({
      ok: true,
      value: {
        phone: '13912345678',
        pregnant: true,
        idNumberMasked: `**************${pid.slice(-4)}`,
        version: 2,
      },
    });
    const move = await call('residents.move', { id: saved.value.id, toHouseholdId: b, reason: '搬到女儿家' });
    expect(move).toMatchObject({ ok: true, value: { householdId: b } });
    const fileA = await call('households.get', { id: a });
    expect(fileA.ok && fileA.value.residents).toHaveLength(0);
    expect(fileA.ok && fileA.value.events[0]?.summary).toBe('刘洋 迁出至 3栋 1单元 102：搬到女儿家');
    const fileB = await call('households.get', { id: b });
    expect(fileB.ok && fileB.value.events[0]?.summary).toBe('刘洋 从 3栋 1单元 101 迁入：搬到女儿家');
    expect(await call('residents.move', { id: saved.value.id, toHouseholdId: b, reason: 'x' })).toMatchObject(
      { ok: false },
    );
    const reveal = await call('residents.reveal', { id: saved.value.id });
    expect(reveal).toEqual({ ok: true, value: { idNumber: pid } });
    expect(
      db.$client.prepare("SELECT summary FROM audit_log WHERE method = 'residents.reveal'").get(),
    ).toEqual({
      summary: '查看 刘洋 的完整身份证号',
    });
    expect(await call('households.get', { id: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('search and stats on the demo community', () => {
  const demo = () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    return { db, call: api(db, host, 1) };
  };
  it('finds by name, phone, ID tail and building-room', async () => {
    const { db, call } = demo();
    const r = db.$client
      .prepare(
        "SELECT r.name, r.phone, r.id_number AS idn, b.name AS b, h.room FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id WHERE r.id_number IS NOT NULL AND r.phone <> '' LIMIT 1 OFFSET 20",
      )
      .get() as { name: string; phone: string; idn: string; b: string; room: string };
    const names = async (q: string) => {
      const res = await call('residents.search', { q });
      if (!res.ok) throw new Error(res.error.message);
      return res.value.rows.map((x) => x.name);
    };
    expect(await names(r.name)).toContain(r.name);
    expect(await names(r.phone.slice(-8))).toContain(r.name);
    expect(await names(`${r.phone.slice(0, 3)} ${r.phone.slice(3, 7)} ${r.phone.slice(7)}`)).toContain(
      r.name,
    );
    expect(await names('%')).toEqual([]);
    expect(await names(r.idn.slice(-4))).toContain(r.name);
    // No longer a tail than the mask shows (the last four): six digits search phones and rooms only.
    expect(await names(r.idn.slice(-6))).not.toContain(r.name);
    expect(await names(r.idn)).toEqual([r.name]);
    // Ten or more digits never search ID numbers: a masked number cannot be completed by guessing.
    expect(await names(r.idn.slice(-10))).toEqual([]);
    expect(await names(`${r.b.replace('栋', '')}-${r.room}`)).toContain(r.name);
    expect(await names(`${r.b}${r.room}`)).toContain(r.name);
    const one = await call('residents.search', { q: r.name });
    expect(one.ok && one.value.rows[0]?.idNumberMasked).toMatch(/^\*{14}[\dX]{4}$/);
    expect(await call('residents.search', { q: '' })).toEqual({
      ok: true,
      value: { rows: [], total: 0, truncated: false },
    });
    const many = await call('residents.search', { q: '王', limit: 3 });
    expect(many.ok && many.value.truncated).toBe(true);
    expect(many.ok && many.value.total).toBeGreaterThan(3);
  });
  it('counts by building, status, occupancy, presence and flags', async () => {
    const { call } = demo();
    const s = await call('households.stats', {});
    if (!s.ok) throw new Error(s.error.message);
    expect(s.value.byBuilding).toHaveLength(6);
    expect(s.value.occupancy).toEqual({ occupied: 77, vacant: 4, unknown: 3 });
    const rooms = s.value.byBuilding.reduce((a, b) => a + b.rooms, 0);
    expect(rooms).toBe(84);
    expect(Object.values(s.value.regStatus).reduce((a, b) => a + b, 0)).toBe(84);
    expect(Object.values(s.value.presence).reduce((a, b) => a + b, 0)).toBe(249);
    expect(s.value.flags.elderly).toBeGreaterThan(10);
    const toVisit = await call('households.toVisit', {});
    expect(toVisit.ok && toVisit.value.total).toBe(s.value.regStatus.not_visited);
    const few = await call('households.toVisit', { limit: 2 });
    expect(few.ok && [few.value.rows.length, few.value.total]).toEqual([2, s.value.regStatus.not_visited]);
  });
});
