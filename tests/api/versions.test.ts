import { describe, expect, it } from 'vitest';
import type { ResidentInput } from '../../electron/api/residents/contract';
import { api, count, PROFILE, withOperator } from './helpers';

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

async function twoOperators() {
  const o = await withOperator();
  const second = await o.call('team.save', { name: '周海', role: 'community_cadre', canOperate: true });
  if (!second.ok) throw new Error(second.error.message);
  const b = await o.call('buildings.add', { name: '5栋', floors: 1, unitsCount: 1, roomsPerFloor: 2 });
  if (!b.ok) throw new Error(b.error.message);
  const board = await o.call('buildings.board', {});
  const [h1, h2] = (board.ok ? (board.value.buildings[0]?.cells ?? []) : []).map((c) => c.householdId ?? 0);
  const read = async (id: number) => {
    const f = await o.call('households.get', { id });
    if (!f.ok) throw new Error(f.error.message);
    return f.value;
  };
  return { ...o, other: api(o.db, o.host, second.value.id), h1: h1 ?? 0, h2: h2 ?? 0, read };
}

describe('stale saves are refused (issue 8, finding 4)', () => {
  it('households.update: the second save from a stale form answers CONFLICT with what changed', async () => {
    const { call, other, db, h1, read } = await twoOperators();
    const opened = (await read(h1)).household;
    expect(opened.version).toBe(1);
    const formA = { ...opened, notes: '独居老人，每天上午电话' };
    const formB = { ...opened, phone: '13800002222', notes: '' };
    const first = await call('households.update', formA);
    expect(first.ok && first.value.household).toMatchObject({ notes: '独居老人，每天上午电话', version: 2 });
    const audits = count(db, 'audit_log');
    const events = count(db, 'household_events');

    const second = await other('households.update', formB);
    expect(second).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('已被他人修改（第 1 版 → 第 2 版），未保存'),
        reason: { code: 'stale_version', params: { record: 'household', from: 1, to: 2 } },
        changes: [
          { field: 'phone', yours: '13800002222', theirs: '' },
          { field: 'notes', yours: '', theirs: '独居老人，每天上午电话' },
        ],
      },
    });
    // Nothing reverted, nothing logged for the refused save.
    expect((await read(h1)).household).toMatchObject({
      notes: '独居老人，每天上午电话',
      phone: '',
      version: 2,
    });
    expect([count(db, 'audit_log'), count(db, 'household_events')]).toEqual([audits, events]);

    // Reloaded, the same change goes through.
    const fresh = (await read(h1)).household;
    const retried = await other('households.update', { ...fresh, phone: '13800002222' });
    expect(retried.ok && retried.value.household).toMatchObject({
      notes: '独居老人，每天上午电话',
      phone: '13800002222',
      version: 3,
    });
    // A version is required.
    const { version: _v, ...noVersion } = fresh;
    expect(await call('households.update', noVersion as typeof fresh)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'version' }] },
    });
  });

  it('other handlers that change a household or a resident make open forms stale', async () => {
    const { call, h1, h2, read } = await twoOperators();
    const form = (await read(h1)).household;
    const added = await call('residents.save', person({ householdId: h1, name: '王建华', relation: '户主' }));
    if (!added.ok) throw new Error(added.error.message);
    expect(added.value.version).toBe(1);
    // Adding the householder changed the household (occupancy, householder name).
    const stale = await call('households.update', { ...form, notes: '新备注' });
    expect(stale).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        changes: [
          { field: 'householderName', yours: '', theirs: '王建华' },
          { field: 'occupancy', yours: 'unknown', theirs: 'occupied' },
          { field: 'notes', yours: '新备注', theirs: '' },
        ],
      },
    });
    const before2 = (await read(h2)).household.version;
    const moved = await call('residents.move', { id: added.value.id, toHouseholdId: h2, reason: '搬家' });
    expect(moved.ok && moved.value.version).toBe(2);
    expect((await read(h2)).household.version).toBeGreaterThan(before2);
    const src = await call('households.addSource', {
      householdId: h1,
      method: 'phone',
      day: '2026-11-27',
      note: '',
    });
    expect(src.ok && src.value.household.version).toBeGreaterThan(form.version + 1);
  });

  it('residents.save (edit): a stale member form is refused with the changed fields; an edit needs its version', async () => {
    const { call, other, h1 } = await twoOperators();
    const saved = await call(
      'residents.save',
      person({ householdId: h1, name: '刘洋', phone: '13912345678' }),
    );
    if (!saved.ok) throw new Error(saved.error.message);
    const r = saved.value;
    const edit = (over: Partial<ResidentInput>) => person({ ...r, householdId: h1, ...over });
    expect(await call('residents.save', edit({ notes: '对青霉素过敏' }))).toMatchObject({
      ok: true,
      value: { notes: '对青霉素过敏', version: 2 },
    });
    expect(await other('residents.save', edit({ phone: '13700000000' }))).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('居民 刘洋 的信息在你打开之后已被他人修改'),
        reason: {
          code: 'stale_version',
          params: { record: 'resident', from: expect.any(Number), to: expect.any(Number) },
        },
        changes: [
          { field: 'phone', yours: '13700000000', theirs: '13912345678' },
          { field: 'notes', yours: '', theirs: '对青霉素过敏' },
        ],
      },
    });
    const { version: _v, ...noVersion } = edit({ notes: 'x' });
    expect(await call('residents.save', noVersion)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'version' }] },
    });
  });

  it('compound.update, team.save and posts.save refuse stale saves too', async () => {
    const { call, other } = await twoOperators();
    // First setup: no version read yet.
    expect((await call('compound.update', PROFILE)).ok).toBe(true);
    const c = await call('compound.get', {});
    if (!c.ok) throw new Error(c.error.message);
    const { updatedAt: _u, ...profile } = c.value;
    expect((await call('compound.update', { ...profile, plannedDays: 21 })).ok).toBe(true);
    expect(await other('compound.update', { ...profile, quarantineDays: 7 })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        changes: [
          { field: 'plannedDays', yours: 14, theirs: 21 },
          { field: 'quarantineDays', yours: 7, theirs: 14 },
        ],
      },
    });

    const s = await call('team.save', { name: '陈志强', phone: '', role: 'police_officer' });
    if (!s.ok) throw new Error(s.error.message);
    const staffForm = { ...s.value, id: s.value.id };
    expect((await call('team.save', { ...staffForm, maxWeeklyHours: 40 })).ok).toBe(true);
    expect(await other('team.save', { ...staffForm, phone: '13600000000' })).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        changes: expect.arrayContaining([{ field: 'maxWeeklyHours', yours: 48, theirs: 40 }]),
      },
    });

    const template = { name: '白班', start: '08:00', hours: 12, headcount: 2, requirements: [] };
    const p = await call('posts.save', { name: '北门', templates: [template] });
    if (!p.ok) throw new Error(p.error.message);
    expect(p.value.version).toBe(1);
    const postForm = { id: p.value.id, version: p.value.version, templates: p.value.templates };
    expect((await call('posts.save', { ...postForm, name: '北门（主）' })).ok).toBe(true);
    expect(await other('posts.save', { ...postForm, name: '北大门' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', changes: [{ field: 'name', yours: '北大门', theirs: '北门（主）' }] },
    });
  });
});
