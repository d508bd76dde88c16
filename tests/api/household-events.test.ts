/**
 * The household file's own history speaks codes (issue 9): every kind of line — household edits and
 * visits, members added, edited and moved, a returnee's decision, hotel check-in, room move, planned
 * end moved, release (undone, or by a commander's override), an import's moves and updates, the demo's visits — is written with a
 * HOUSEHOLD_EVENT_CODES code and data-only params, its zh-CN wording as `summary`; households.get
 * hands out the code and params; a line written with no one on duty keeps no Chinese marker for a name.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { HOUSEHOLD_EVENT_CODES } from '../../electron/api/shared/event-codes';
import { logHouseholdEvent } from '../../electron/api/shared/household-log';
import type { Params } from '../../electron/api/shared/reason';
import { NO_ONE } from '../../electron/api/shared/who';
import { word } from '../../electron/api/shared/word';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb, withOperator } from './helpers';
import { importSheet } from './import-call';
import { id, sheet } from './sheets';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

type Row = {
  id: number;
  household_id: number;
  operator_name: string;
  summary: string;
  summary_code: string | null;
  summary_params: string | null;
};

/** The codes every test here saw written, to check that no kind was left out. */
const seen = new Set<string>();

function rows(db: Db, afterId = 0): Row[] {
  return db.$client.prepare('SELECT * FROM household_events WHERE id > ? ORDER BY id').all(afterId) as Row[];
}

const maxId = (db: Db) =>
  (db.$client.prepare('SELECT coalesce(max(id), 0) AS n FROM household_events').get() as { n: number }).n;

/** A row is coded, its summary is its zh-CN wording, and in English only the data params are CJK. */
function expectCoded(r: Row): { code: string; params: Params } {
  expect(HOUSEHOLD_EVENT_CODES as readonly string[]).toContain(r.summary_code);
  const params = (r.summary_params ? JSON.parse(r.summary_params) : {}) as Params;
  const reason = { code: r.summary_code ?? '', params };
  expect(r.summary).toBe(word(reason, 'zh-CN'));
  let en = word(reason, 'en');
  const data = Object.values(params)
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(/[\t\n,]/))
    .sort((a, b) => b.length - a.length);
  for (const d of data) if (d) en = en.split(d).join('');
  expect(en, `${r.summary_code}: ${word(reason, 'en')}`).not.toMatch(CJK);
  seen.add(reason.code);
  return reason;
}

const byCode = (list: Row[], code: string) =>
  list.filter((r) => r.summary_code === code).map((r) => JSON.parse(r.summary_params ?? '{}') as Params);

const arriving = (residentId: number) => ({
  residentId,
  name: 'x',
  quarantineFrom: '2026-11-12',
  quarantineTo: '2026-11-26',
  certificateNo: 'HK-0811',
  testAt: '2026-11-27T08:00:00+08:00',
  testResult: 'negative' as const,
  healthCode: 'green' as const,
  temperature: 36.4,
});

describe('household history lines speak codes', () => {
  it('the demo, household edits and visits, members added, edited and moved', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    const demo = rows(db);
    expect(demo.length).toBeGreaterThan(10);
    for (const r of demo) expectCoded(r);
    expect(new Set(demo.map((r) => r.summary_code))).toEqual(new Set(['event_household_visit_status']));

    const call = api(db, host, 1);
    const me = db.$client.prepare('SELECT name FROM team_members WHERE id = 1').get() as { name: string };
    const start = maxId(db);
    const [h, other] = db.$client
      .prepare(
        "SELECT id FROM households WHERE occupancy = 'occupied' AND reg_status = 'registered' ORDER BY id LIMIT 2",
      )
      .all() as { id: number }[];
    if (!h || !other) throw new Error('demo');
    const file = await call('households.get', { id: h.id });
    if (!file.ok) throw new Error(file.error.message);
    const hh = file.value.household;
    const update = (over: Record<string, unknown>, version: number) =>
      call('households.update', {
        id: hh.id,
        version,
        householderName: hh.householderName,
        phone: hh.phone,
        occupancy: hh.occupancy,
        regStatus: hh.regStatus,
        notes: hh.notes,
        ...over,
      });
    const edited = await update({ phone: '13800009999', regStatus: 'verified', notes: '独居' }, hh.version);
    if (!edited.ok) throw new Error(edited.error.message);
    expect(
      (await update({ phone: '13800009999', regStatus: 'verified', notes: '独居' }, hh.version + 1)).ok,
    ).toBe(true);
    await call('households.addSource', {
      householdId: other.id,
      method: 'phone',
      day: '2026-11-28',
      note: '',
    });
    await call('households.addSource', {
      householdId: other.id,
      method: 'lit_window',
      day: '2026-11-27',
      note: '晚上有灯',
      verify: true,
    });
    const member = {
      householdId: h.id,
      name: '陈小雨',
      gender: 'female' as const,
      birthDate: '2012-05-01',
      phone: '',
      relation: '孙女',
      presence: 'in_compound' as const,
      pregnant: false,
      chronicIllness: false,
      disability: false,
      regularMedicine: false,
      notes: '',
    };
    const added = await call('residents.save', member);
    if (!added.ok) throw new Error(added.error.message);
    const edit = { ...member, id: added.value.id, phone: '13900001111', pregnant: true };
    const saved = await call('residents.save', { ...edit, version: added.value.version });
    if (!saved.ok) throw new Error(saved.error.message);
    expect((await call('residents.save', { ...edit, version: saved.value.version })).ok).toBe(true);
    expect(
      (await call('residents.move', { id: added.value.id, toHouseholdId: other.id, reason: '随父母住' })).ok,
    ).toBe(true);

    const written = rows(db, start);
    for (const r of written) {
      expectCoded(r);
      expect(r.operator_name).toBe(me.name);
    }
    expect(byCode(written, 'event_household_update')).toEqual([
      {
        edits: [`phone\t${hh.phone}\t13800009999`, `regStatus\t${hh.regStatus}\tverified`, 'notes'].join(
          '\n',
        ),
      },
    ]);
    expect(byCode(written, 'event_household_unchanged')).toHaveLength(1);
    expect(byCode(written, 'event_household_visit')).toEqual([
      { source: 'phone', day: '2026-11-28', note: '' },
    ]);
    expect(byCode(written, 'event_household_visit_status')).toEqual([
      { source: 'lit_window', day: '2026-11-27', note: '晚上有灯', regStatus: 'verified' },
    ]);
    expect(byCode(written, 'event_resident_add')).toEqual([{ name: '陈小雨', relation: '孙女' }]);
    expect(byCode(written, 'event_resident_update')).toEqual([{ name: '陈小雨', fields: 'phone,flags' }]);
    expect(byCode(written, 'event_resident_unchanged')).toEqual([{ name: '陈小雨' }]);
    const moveOut = byCode(written, 'event_resident_moved_out');
    const moveIn = byCode(written, 'event_resident_moved_in');
    expect(moveOut).toEqual([{ name: '陈小雨', reason: '随父母住', to: expect.any(String) }]);
    expect(moveIn).toEqual([{ name: '陈小雨', reason: '随父母住', from: expect.any(String) }]);
    expect(
      word({ code: 'event_household_update', params: byCode(written, 'event_household_update')[0] }, 'en'),
    ).toBe(
      `Edited the household: Phone ${hh.phone || '(empty)'} → 13800009999; Registration ${
        { not_visited: 'Not visited', registered: 'Registered', verified: 'Verified' }[hh.regStatus]
      } → Verified; Notes`,
    );

    // households.get hands out the code and params beside the stored text, newest first.
    const after = await call('households.get', { id: other.id });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.events[0]).toMatchObject({
      operatorName: me.name,
      summaryCode: 'event_resident_moved_in',
      summaryParams: { name: '陈小雨', reason: '随父母住' },
      summary: expect.stringContaining('陈小雨 从 '),
    });
  });

  it("a returnee's decision, hotel check-in, room move, planned end moved, release, its undoing and a commander's release", async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    const call = api(db, host, 1);
    const start = maxId(db);
    const [a] = db.$client
      .prepare(
        "SELECT id, name, household_id AS householdId FROM residents WHERE presence = 'in_compound' LIMIT 1",
      )
      .all() as { id: number; name: string; householdId: number }[];
    if (!a) throw new Error('demo');
    const hotel = await call('hotels.save', { name: '城西宾馆', address: '', contact: '', phone: '' });
    if (!hotel.ok) throw new Error(hotel.error.message);
    await call('hotels.addRooms', { hotelId: hotel.value.id, from: 201, to: 202, beds: 2 });
    const reg = await call('returnees.register', { fromPlace: '三亚', members: [arriving(a.id)] });
    if (!reg.ok) throw new Error(reg.error.message);
    const rid = reg.value.members[0]?.id ?? 0;
    expect((await call('returnees.decide', { returneeIds: [rid], outcome: 'hotel' })).ok).toBe(true);
    const rooms = db.$client.prepare('SELECT id, number FROM hotel_rooms ORDER BY number').all() as {
      id: number;
      number: string;
    }[];
    const [r1, r2] = rooms;
    if (!r1 || !r2) throw new Error('rooms');
    const placed = await call('hotels.place', {
      assignments: [{ roomId: r1.id, returneeIds: [rid] }],
      checkIn: '2026-11-28',
      plannedEnd: '2026-12-06',
    });
    if (!placed.ok) throw new Error(placed.error.message);
    expect((await call('hotels.moveRoom', { returneeId: rid, toRoomId: r2.id, reason: '不通风' })).ok).toBe(
      true,
    );
    const stayId = db.$client.prepare('SELECT max(id) AS id FROM hotel_stays').get() as { id: number };
    const later = await call('hotels.movePlannedEnd', {
      stayIds: [stayId.id],
      plannedEnd: '2026-12-13',
      reason: '封闭延长',
    });
    expect(later).toEqual({ ok: true, value: { moved: 1 } });
    const out = await call('hotels.release', { returneeId: rid, to: 'hospital', reason: '转院观察' });
    if (!out.ok) throw new Error(out.error.message);
    expect((await call('hotels.undoRelease', { stayId: out.value.stayId, reason: '点错了' })).ok).toBe(true);
    // Home while the compound is sealed: only the commander, with a reason.
    const commander = db.$client.prepare("SELECT id FROM team_members WHERE role = 'commander'").get() as {
      id: number;
    };
    const home = await api(
      db,
      host,
      commander.id,
    )('hotels.release', {
      returneeId: rid,
      to: 'home',
      reason: '隔离期满',
      overrideReason: '家中已消毒',
    });
    expect(home).toMatchObject({ ok: true, value: { override: true } });

    const written = rows(db, start);
    for (const r of written) {
      expectCoded(r);
      expect(r.household_id).toBe(a.householdId);
    }
    expect(written.map((r) => r.summary_code)).toEqual([
      'event_returnee_decided',
      'event_hotel_check_in',
      'event_hotel_move',
      'event_hotel_planned_end',
      'event_hotel_release',
      'event_hotel_release_undone',
      'event_hotel_release_override',
    ]);
    expect(byCode(written, 'event_hotel_planned_end')).toEqual([
      { name: a.name, from: '2026-12-06', to: '2026-12-13', reason: '封闭延长' },
    ]);
    expect(byCode(written, 'event_returnee_decided')).toEqual([
      { name: a.name, outcome: 'hotel', reason: '' },
    ]);
    expect(byCode(written, 'event_hotel_check_in')).toEqual([
      { name: a.name, hotel: '城西宾馆', room: r1.number, plannedEnd: '2026-12-06' },
    ]);
    expect(byCode(written, 'event_hotel_move')).toEqual([
      {
        name: a.name,
        fromHotel: '城西宾馆',
        fromRoom: r1.number,
        toHotel: '城西宾馆',
        toRoom: r2.number,
        reason: '不通风',
      },
    ]);
    const release = byCode(written, 'event_hotel_release');
    expect(release).toEqual([
      { name: a.name, hotel: '城西宾馆', room: r2.number, release: 'hospital', note: '转院观察' },
    ]);
    expect(word({ code: 'event_hotel_release', params: release[0] }, 'en')).toBe(
      `${a.name} left 城西宾馆 ${r2.number}: Hospital (转院观察)`,
    );
    expect(written.find((r) => r.summary_code === 'event_hotel_release')?.summary).toBe(
      `${a.name} 离开 城西宾馆 ${r2.number}：转院（转院观察）`,
    );
    expect(byCode(written, 'event_hotel_release_undone')).toEqual([
      { name: a.name, hotel: '城西宾馆', room: r2.number, reason: '点错了' },
    ]);
    const override = byCode(written, 'event_hotel_release_override');
    expect(override).toEqual([
      {
        name: a.name,
        hotel: '城西宾馆',
        room: r2.number,
        release: 'home',
        note: '隔离期满',
        hold: 'release_home_sealed',
        override: '家中已消毒',
      },
    ]);
    expect(word({ code: 'event_hotel_release_override', params: override[0] }, 'en')).not.toMatch(
      /回家|越过|理由/,
    );
    const lastBy = written.at(-1)?.operator_name;
    expect(lastBy).toBe(
      (db.$client.prepare('SELECT name FROM team_members WHERE id = ?').get(commander.id) as { name: string })
        .name,
    );
  });

  it("an import's moves and updates", async () => {
    const { db, call } = await withOperator();
    const b = await call('buildings.add', { name: '1栋', floors: 2, unitsCount: 1, roomsPerFloor: 2 });
    if (!b.ok) throw new Error(b.error.message);
    const A = id('1985-03-12', '123');
    const first = await sheet([['1栋', '', '101', '王建华', '男', '', A, '13800000001', '户主', '']]);
    expect((await importSheet(call, { fileName: 'a.xlsx', dataBase64: first, commit: true })).ok).toBe(true);
    const start = maxId(db);
    const second = await sheet([['1栋', '', '102', '王建华', '男', '', A, '13800000001', '户主', '']]);
    expect((await importSheet(call, { fileName: 'b.xlsx', dataBase64: second, commit: true })).ok).toBe(true);
    const written = rows(db, start);
    for (const r of written) {
      expectCoded(r);
      expect(r.operator_name).toBe('林晓梅');
    }
    expect(byCode(written, 'event_import_moved')).toEqual([
      { file: 'b.xlsx', name: '王建华', to: '1栋 102' },
    ]);
    expect(byCode(written, 'event_import_updated')).toEqual([{ file: 'b.xlsx', added: 0, updated: 1 }]);
    expect(written.find((r) => r.summary_code === 'event_import_moved')?.summary).toBe(
      '导入“b.xlsx”：王建华 迁至 1栋 102',
    );
  });

  it('wrote every kind of household event code', () => {
    expect([...seen].sort()).toEqual([...HOUSEHOLD_EVENT_CODES].sort());
  });

  it('keeps no Chinese marker for a name when no one was on duty', async () => {
    const { db, call } = await withOperator();
    const b = await call('buildings.add', { name: '1栋', floors: 1, unitsCount: 1, roomsPerFloor: 1 });
    if (!b.ok) throw new Error(b.error.message);
    const h = db.$client.prepare('SELECT id FROM households LIMIT 1').get() as { id: number };
    logHouseholdEvent(
      db,
      h.id,
      { now: () => FIXED_NOW, operator: null },
      { code: 'event_household_unchanged' },
    );
    const [row] = rows(db);
    expect(row).toMatchObject({ operator_name: NO_ONE, summary_code: 'event_household_unchanged' });
    const file = await call('households.get', { id: h.id });
    expect(file.ok && file.value.events[0]).toMatchObject({
      operatorName: '',
      summaryCode: 'event_household_unchanged',
    });
  });
});
