import { describe, expect, it } from 'vitest';
import { api, count, FIXED_NOW } from './helpers';
import { post } from './roster-setup';

describe('roster', () => {
  it('generates two weeks from the templates, and regenerating keeps what is there', async () => {
    const { call, db } = await post();
    const g = await call('roster.generate', { from: '2026-11-30', days: 14 });
    if (!g.ok) throw new Error(g.error.message);
    expect(g.value).toMatchObject({ shifts: 84, kept: 0 });
    expect(g.value.assigned + g.value.gaps.reduce((a, x) => a + (x.roles ? 0 : x.missing), 0)).toBe(168);
    const view = await call('roster.get', { from: '2026-11-30', days: 14 });
    if (!view.ok) throw new Error(view.error.message);
    const full = view.value.shifts.filter((s) => s.staff.length === 2);
    expect(full.length).toBeGreaterThan(70);
    // Each shift has its police officer or property manager, or the gap is reported with the reason.
    for (const s of view.value.shifts) {
      const guarded = s.staff.some((p) => p.role === 'police_officer' || p.role === 'property_manager');
      if (!guarded)
        expect(g.value.gaps.find((x) => x.shiftId === s.id && x.roles)?.reasons.length).toBeGreaterThan(0);
    }
    const again = await call('roster.generate', { from: '2026-11-30', days: 14 });
    expect(again).toMatchObject({ ok: true, value: { assigned: 0, kept: g.value.assigned } });
    expect(count(db, 'roster_changes')).toBe(2);
    // The program's note on a generated roster is a code with its counts; `reason` is for people.
    const generated = db.$client
      .prepare(
        "SELECT reason, reason_code, reason_params FROM roster_changes WHERE kind = 'generate' ORDER BY id",
      )
      .all() as { reason: string; reason_code: string; reason_params: string }[];
    expect(generated.map((r) => ({ ...r, reason_params: JSON.parse(r.reason_params) }))).toEqual([
      {
        reason: '',
        reason_code: 'roster_change_generated',
        reason_params: { from: '2026-11-30', days: 14, added: g.value.assigned, missing: expect.any(Number) },
      },
      {
        reason: '',
        reason_code: 'roster_change_generated',
        reason_params: { from: '2026-11-30', days: 14, added: 0, missing: expect.any(Number) },
      },
    ]);
  });

  it('refuses an edit that breaks a hard rule unless a reason is given, and logs it', async () => {
    const { call, db } = await post();
    await call('roster.generate', { from: '2026-11-30', days: 3 });
    const view = await call('roster.get', { from: '2026-11-30', days: 1 });
    if (!view.ok) throw new Error(view.error.message);
    const [night, morning] = view.value.shifts.filter((s) => s.post === '北门');
    const someone = night?.staff[0];
    if (!night || !morning || !someone) throw new Error('setup');
    const r = await call('roster.assign', { shiftId: morning.id, staffId: someone.id, action: 'assign' });
    expect(r).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('休息不足'),
        reason: { code: 'roster_breaks_rules', params: { breaches: expect.stringContaining('rest') } },
        issues: [{ path: 'reason' }],
      },
    });
    const forced = await call('roster.assign', {
      shiftId: morning.id,
      staffId: someone.id,
      action: 'assign',
      reason: '临时缺人，本人同意',
    });
    expect(forced).toMatchObject({
      ok: true,
      value: { breaches: expect.arrayContaining(['rest']) },
    });
    expect(
      db.$client
        .prepare("SELECT kind, reason, reason_code, reason_params FROM roster_changes WHERE kind = 'assign'")
        .get(),
    ).toEqual({
      kind: 'assign',
      reason: '临时缺人，本人同意',
      reason_code: 'roster_change_breaks',
      reason_params: expect.stringMatching(/^\{"breaches":"[a-z_,]*rest[a-z_,]*"\}$/),
    });
    const started = await call('roster.assign', {
      shiftId: night.id,
      staffId: someone.id,
      action: 'unassign',
    });
    expect(started.ok).toBe(true);
  });

  it('swaps two people with a swap log; pinned and past assignments survive a regeneration', async () => {
    const { call, db } = await post();
    await call('roster.generate', { from: '2026-11-30', days: 7 });
    const view = await call('roster.get', { from: '2026-12-02', days: 1 });
    if (!view.ok) throw new Error(view.error.message);
    const [a, b] = view.value.shifts.filter((s) => s.name === '早班');
    const pa = a?.staff[0];
    const pb = b?.staff.find((p) => !a?.staff.some((x) => x.id === p.id));
    if (!a || !b || !pa || !pb) throw new Error('setup');
    const sw = await call('roster.swap', {
      a: { shiftId: a.id, staffId: pa.id },
      b: { shiftId: b.id, staffId: pb.id },
      reason: '本人申请',
    });
    expect(sw.ok).toBe(true);
    const after = await call('roster.get', { from: '2026-12-02', days: 1 });
    const byId = new Map(after.ok ? after.value.shifts.map((s) => [s.id, s.staff.map((p) => p.id)]) : []);
    expect(byId.get(a.id)).toContain(pb.id);
    expect(byId.get(b.id)).toContain(pa.id);
    expect(
      db.$client.prepare("SELECT other_staff_id AS o, reason FROM roster_changes WHERE kind = 'swap'").get(),
    ).toEqual({ o: pb.id, reason: '本人申请' });
    // Pin one; make them unavailable; regenerate: the pinned place stays, others of theirs go.
    await call('roster.assign', { shiftId: b.id, staffId: pa.id, action: 'pin' });
    await call('team.setUnavailable', {
      memberId: pa.id,
      fromAt: '2026-11-29T16:00:00Z',
      toAt: '2026-12-06T16:00:00Z',
      reason: '发热居家',
    });
    const regen = await call('roster.generate', { from: '2026-11-30', days: 7 });
    expect(regen.ok && regen.value.dropped).toBeGreaterThanOrEqual(0);
    const held = db.$client
      .prepare('SELECT shift_id AS s FROM assignments WHERE staff_id = ?')
      .all(pa.id) as { s: number }[];
    expect(held).toEqual([{ s: b.id }]);
  });

  it('never changes shifts already over, and says which buildings have no runner', async () => {
    const { call, db } = await post();
    // FIXED_NOW is 2026-11-28 10:00 post time: that day's night shift is over.
    const g = await call('roster.generate', { from: '2026-11-28', days: 1 });
    expect(g.ok).toBe(true);
    const over = db.$client
      .prepare(
        'SELECT count(*) AS n FROM assignments a JOIN shifts s ON s.id = a.shift_id WHERE s.ends_at <= ?',
      )
      .get(FIXED_NOW.toISOString());
    expect(over).toEqual({ n: 0 });
    await call('buildings.add', { name: '1栋', floors: 2, unitsCount: 1, roomsPerFloor: 2 });
    const v = await call('roster.get', { from: '2026-11-28', days: 1 });
    expect(v.ok && v.value.runnersMissing).toEqual([{ id: 1, name: '1栋' }]);
    await call('team.save', { name: '跑腿小王', phone: '13900000000', role: 'runner', buildingIds: [1] });
    const v2 = await call('roster.get', { from: '2026-11-28', days: 1 });
    expect(v2.ok && v2.value.runnersMissing).toEqual([]);
  });

  it('records sign-in, sign-out and a no-show, which leaves the shift uncovered; logs the gate with who was on duty', async () => {
    const { call: before, db, host } = await post();
    await before('roster.generate', { from: '2026-11-29', days: 1 });
    // Recorded at 16:10 on the 29th, after the morning shift.
    const call = api(db, { ...host, now: () => new Date('2026-11-29T08:10:00Z') }, 1);
    const v = await call('roster.get', { from: '2026-11-29', days: 1 });
    if (!v.ok) throw new Error(v.error.message);
    const s = v.value.shifts.find((x) => x.post === '北门' && x.name === '早班');
    const [p1, p2] = s?.staff ?? [];
    if (!s || !p1 || !p2) throw new Error('setup');
    expect(await call('attendance.record', { shiftId: s.id, staffId: p1.id, action: 'out' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    const signIn = await call('attendance.record', {
      shiftId: s.id,
      staffId: p1.id,
      action: 'in',
      at: '2026-11-29T07:55:00+08:00',
    });
    expect(signIn).toMatchObject({
      ok: true,
      value: { status: 'present', signInAt: '2026-11-28T23:55:00.000Z' },
    });
    await call('attendance.record', {
      shiftId: s.id,
      staffId: p1.id,
      action: 'out',
      at: '2026-11-29T16:05:00+08:00',
    });
    await call('attendance.record', { shiftId: s.id, staffId: p2.id, action: 'no_show', note: '发热请假' });
    const after = await call('roster.get', { from: '2026-11-29', days: 1 });
    const shift = after.ok ? after.value.shifts.find((x) => x.id === s.id) : undefined;
    expect(shift?.staff.map((p) => p.attendance)).toEqual(['present', 'no_show']);
    expect(shift?.staff[0]?.signOutAt).toBe('2026-11-29T08:05:00.000Z');
    // At 10:00 on the 29th the gate log names the person on duty, not the no-show.
    const later = api(db, { ...host, now: () => new Date('2026-11-29T02:00:00Z') }, 1);
    const g = await later('gate.log', {
      postId: s.postId,
      direction: 'in',
      kind: 'delivery',
      who: '蔬菜配送车 琼A12345',
      temperature: 36.5,
    });
    expect(g).toMatchObject({ ok: true, value: { onDuty: p1.name, fever: false } });
    const list = await later('gate.list', { day: '2026-11-29' });
    expect(list).toMatchObject({
      ok: true,
      value: { rows: [{ post: '北门', who: '蔬菜配送车 琼A12345', onDuty: p1.name, temperature: 36.5 }] },
    });
    expect(
      await later('gate.log', { postId: s.postId, direction: 'in', kind: 'other', who: '' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
