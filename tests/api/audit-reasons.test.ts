/**
 * Audit rows speak codes (issue 9): a mutation's row carries a code from AUDIT_CODES with its data as
 * parameters, and the zh-CN wording as the stored `summary` (search and exports read it); audit.list
 * hands out the code and the parsed parameters beside it.
 */
import { describe, expect, it } from 'vitest';
import { AUDIT_CODES } from '../../electron/api/shared/codes';
import { word } from '../../electron/api/shared/word';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb } from './helpers';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function setup() {
  const { db, host } = freshDb();
  writeDemo(db, { now: FIXED_NOW });
  const call = api(db, host, 1);
  const last = async (method: string) => {
    const list = await call('audit.list', {});
    if (!list.ok) throw new Error(list.error.message);
    const row = list.value.rows.find((r) => r.method === method);
    if (!row) throw new Error(`no audit row for ${method}`);
    return row;
  };
  return { db, call, last };
}

/** The row has a known audit code, params, and its summary is that code worded in zh-CN. */
function expectCoded(row: { summary: string; summaryCode: string | null; summaryParams: unknown }) {
  expect((AUDIT_CODES as readonly string[]).includes(row.summaryCode ?? '')).toBe(true);
  const reason = { code: row.summaryCode ?? '', params: (row.summaryParams ?? undefined) as never };
  expect(row.summary).toBe(word(reason, 'zh-CN'));
  expect(row.summary).toMatch(CJK);
  expect(word(reason, 'en')).not.toMatch(/[修改新增安排备份排入登录]/);
}

describe('audit rows speak codes', () => {
  it('compound.update, team.save, backups.create, residents.save', async () => {
    const { call, last, db } = setup();
    const c = await call('compound.get', {});
    if (!c.ok) throw new Error(c.error.message);
    expect((await call('compound.update', { ...c.value, plannedDays: c.value.plannedDays + 1 })).ok).toBe(
      true,
    );
    const compound = await last('compound.update');
    expect(compound).toMatchObject({
      summaryCode: 'audit_compound_update',
      summaryParams: { changes: `plannedDays\t${c.value.plannedDays}\t${c.value.plannedDays + 1}` },
    });
    expect(compound.summary).toBe(
      `修改小区信息：计划天数 ${c.value.plannedDays} → ${c.value.plannedDays + 1}`,
    );
    expect(word({ code: 'audit_compound_update', params: compound.summaryParams ?? {} }, 'en')).toBe(
      `Edited the compound: Planned days ${c.value.plannedDays} → ${c.value.plannedDays + 1}`,
    );
    expectCoded(compound);

    expect((await call('team.save', { name: '周文', role: 'volunteer' })).ok).toBe(true);
    const team = await last('team.save');
    expect(team).toMatchObject({
      summaryCode: 'audit_member_add',
      summaryParams: { name: '周文', role: 'volunteer' },
    });
    expect(team.summary).toBe('新增班子成员 周文（志愿者）');
    expect(word({ code: 'audit_member_add', params: { name: '周文', role: 'volunteer' } }, 'en')).toBe(
      'Added team member 周文 (Volunteer)',
    );
    expectCoded(team);

    expect((await call('backups.create', { folder: null })).ok).toBe(true);
    const backup = await last('backups.create');
    expect(backup).toMatchObject({
      summaryCode: 'audit_backup_create',
      summaryParams: { path: expect.any(String) },
    });
    expectCoded(backup);

    const h = db.$client.prepare('SELECT id FROM households ORDER BY id LIMIT 1').get() as { id: number };
    const saved = await call('residents.save', {
      householdId: h.id,
      name: '钱多多',
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
    });
    if (!saved.ok) throw new Error(saved.error.message);
    const resident = await last('residents.save');
    expect(resident).toMatchObject({ summaryCode: 'audit_resident_add', summaryParams: { name: '钱多多' } });
    expectCoded(resident);
  });

  it('hotels.place and roster.assign', async () => {
    const { call, last, db } = setup();
    const hotel = await call('hotels.save', { name: '城东宾馆', address: '', contact: '', phone: '' });
    if (!hotel.ok) throw new Error(hotel.error.message);
    await call('hotels.addRooms', { hotelId: hotel.value.id, from: 901, to: 901, beds: 2 });
    const person = db.$client
      .prepare("SELECT id FROM residents WHERE presence = 'in_compound' ORDER BY id LIMIT 1")
      .get() as { id: number };
    const reg = await call('returnees.register', {
      fromPlace: '三亚',
      members: [
        {
          residentId: person.id,
          name: 'x',
          quarantineFrom: '2026-11-12',
          quarantineTo: '2026-11-26',
          certificateNo: 'HK-0811',
          testAt: '2026-11-27T08:00:00+08:00',
          testResult: 'negative',
          healthCode: 'green',
          temperature: 36.4,
        },
      ],
    });
    if (!reg.ok) throw new Error(reg.error.message);
    const ids = reg.value.members.map((m) => m.id);
    expectCoded(await last('returnees.register'));
    const decided = await call('returnees.decide', { returneeIds: ids, outcome: 'hotel', reason: '复核' });
    if (!decided.ok) throw new Error(decided.error.message);
    const room = db.$client.prepare("SELECT id FROM hotel_rooms WHERE number = '901'").get() as {
      id: number;
    };
    const placed = await call('hotels.place', {
      assignments: [{ roomId: room.id, returneeIds: ids }],
      checkIn: '2026-11-28',
    });
    if (!placed.ok) throw new Error(placed.error.message);
    const place = await last('hotels.place');
    expect(place).toMatchObject({ summaryCode: 'audit_hotel_place', summaryParams: { hotel: '城东宾馆' } });
    expect(place.summary).toMatch(/^安排入住 城东宾馆：901 /);
    expectCoded(place);

    const post = await call('posts.save', {
      name: '西门',
      templates: [{ name: '早班', start: '08:00', hours: 8, headcount: 1, requirements: [] }],
    });
    if (!post.ok) throw new Error(post.error.message);
    expectCoded(await last('posts.save'));
    const g = await call('roster.generate', { from: '2026-11-30', days: 1 });
    if (!g.ok) throw new Error(g.error.message);
    const view = await call('roster.get', { from: '2026-11-30', days: 1 });
    if (!view.ok) throw new Error(view.error.message);
    const shift = view.value.shifts[0];
    const added = await call('team.save', { name: '吴海', role: 'police_officer' });
    if (!shift || !added.ok) throw new Error('setup');
    const put = await call('roster.assign', {
      shiftId: shift.id,
      staffId: added.value.id,
      action: 'assign',
      reason: '补位',
    });
    if (!put.ok) throw new Error(put.error.message);
    const assign = await last('roster.assign');
    expect(assign).toMatchObject({ summaryParams: { name: '吴海' } });
    expect(assign.summaryCode).toMatch(/^audit_roster_assign/);
    expect(assign.summary).toContain('吴海 排入');
    expectCoded(assign);
  });
});
