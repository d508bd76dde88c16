import { describe, expect, it } from 'vitest';
import { api, count, FIXED_NOW, PROFILE } from './helpers';
import { post } from './roster-setup';

// FIXED_NOW is 2026-11-28 10:00 at the post. The roster is made the day before, so that day's
// shifts are staffed from their own start: night 00–08 (over), morning 08–16 (running), evening 16–24.
const at = (hhmm: string, day = '2026-11-28') => `${day}T${hhmm}:00+08:00`;
const iso = (hhmm: string, day = '2026-11-28') => new Date(at(hhmm, day)).toISOString();

async function rostered() {
  const { db, host, call: now } = await post();
  const dayBefore = api(db, { ...host, now: () => new Date('2026-11-27T02:00:00Z') }, 1);
  const g = await dayBefore('roster.generate', { from: '2026-11-28', days: 1 });
  if (!g.ok) throw new Error(g.error.message);
  const v = await now('roster.get', { from: '2026-11-28', days: 1 });
  if (!v.ok) throw new Error(v.error.message);
  const shift = (post: string, name: string) => {
    const s = v.value.shifts.find((x) => x.post === post && x.name === name);
    const [a, b] = s?.staff ?? [];
    if (!s || !a || !b) throw new Error(`no ${post} ${name}`);
    return { id: s.id, a: a.id, b: b.id, names: [a.name, b.name] };
  };
  return { db, host, call: now, shift };
}

describe('on duty means present (issue 10, point 10)', () => {
  it('on duty now is rostered and signed in, late ones flagged, less those signed out; a gate with nobody present is red', async () => {
    const { call, shift } = await rostered();
    const north = shift('北门', '早班');
    const south = shift('南门', '早班');
    let duty = await call('roster.onDuty', {});
    if (!duty.ok) throw new Error(duty.error.message);
    // Rostered is not present: nobody has signed in yet.
    expect(duty.value.posts.map((p) => [p.post, p.present, p.rostered])).toEqual([
      ['北门', 0, 2],
      ['南门', 0, 2],
    ]);
    expect(duty.value.now.flatMap((s) => s.staff.map((p) => p.presence))).toEqual([
      'missing',
      'missing',
      'missing',
      'missing',
    ]);
    await call('attendance.record', { shiftId: north.id, staffId: north.a, action: 'in', at: at('07:58') });
    const late = await call('attendance.record', {
      shiftId: north.id,
      staffId: north.b,
      action: 'in',
      at: at('08:40'),
    });
    expect(late).toMatchObject({ ok: true, value: { status: 'present', late: true } });
    await call('attendance.record', {
      shiftId: south.id,
      staffId: south.a,
      action: 'no_show',
      note: '发热请假',
    });
    duty = await call('roster.onDuty', {});
    if (!duty.ok) throw new Error(duty.error.message);
    expect(duty.value.posts.map((p) => [p.post, p.present])).toEqual([
      ['北门', 2],
      ['南门', 0],
    ]);
    const byName = new Map(duty.value.now.flatMap((s) => s.staff.map((p) => [p.id, p])));
    expect(byName.get(north.a)).toMatchObject({ presence: 'present', late: false });
    expect(byName.get(north.b)).toMatchObject({ presence: 'late', late: true });
    expect(byName.get(south.a)).toMatchObject({ presence: 'no_show' });
    expect(byName.get(south.b)).toMatchObject({ presence: 'missing' });
    // One leaves at 09:30: the north gate has one person now.
    await call('attendance.record', { shiftId: north.id, staffId: north.a, action: 'out', at: at('09:30') });
    duty = await call('roster.onDuty', {});
    expect(duty.ok && duty.value.posts.find((p) => p.post === '北门')?.present).toBe(1);
  });

  it('attendance times are checked: not in the future, within the shift and its grace, sign-out after sign-in', async () => {
    const { call, shift } = await rostered();
    const night = shift('北门', '夜班');
    const morning = shift('北门', '早班');
    const evening = shift('北门', '晚班');
    const refused = async (input: Parameters<typeof call<'attendance.record'>>[1], code: string) =>
      expect(await call('attendance.record', input)).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', reason: { code } },
      });
    await refused(
      { shiftId: morning.id, staffId: morning.a, action: 'in', at: at('10:05') },
      'attendance_in_future',
    );
    await refused(
      { shiftId: morning.id, staffId: morning.a, action: 'in', at: at('07:40') },
      'sign_in_too_early',
    );
    await refused(
      { shiftId: night.id, staffId: night.a, action: 'in', at: at('08:30') },
      'sign_in_after_end',
    );
    await refused({ shiftId: evening.id, staffId: evening.a, action: 'no_show' }, 'no_show_too_early');
    // The night shift, recorded afterwards: in at 23:50 the evening before (within the grace), out at 08:10.
    expect(
      await call('attendance.record', {
        shiftId: night.id,
        staffId: night.a,
        action: 'in',
        at: at('23:50', '2026-11-27'),
      }),
    ).toMatchObject({ ok: true, value: { late: false } });
    await refused(
      { shiftId: night.id, staffId: night.a, action: 'out', at: at('23:40', '2026-11-27') },
      'sign_out_before_sign_in',
    );
    await refused(
      { shiftId: night.id, staffId: night.a, action: 'out', at: at('08:20') },
      'sign_out_too_late',
    );
    expect(
      await call('attendance.record', {
        shiftId: night.id,
        staffId: night.a,
        action: 'out',
        at: at('08:10'),
      }),
    ).toMatchObject({ ok: true, value: { signOutAt: iso('08:10') } });
    await refused(
      { shiftId: night.id, staffId: night.a, action: 'in', at: at('00:10') },
      'already_signed_out',
    );
    await refused({ shiftId: night.id, staffId: night.a, action: 'no_show' }, 'absent_but_signed_in');
    // The refusal names the time field, worded in both languages by its code.
    const r = await call('attendance.record', {
      shiftId: morning.id,
      staffId: morning.a,
      action: 'in',
      at: at('10:30'),
    });
    expect(r).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'at', reason: { code: 'attendance_in_future' } }] },
    });
  });

  it('the grace is a setting kept with the others: a sign-in after it is late', async () => {
    const { call, shift } = await rostered();
    const morning = shift('北门', '早班');
    const r = await call('attendance.record', {
      shiftId: morning.id,
      staffId: morning.a,
      action: 'in',
      at: at('08:20'),
    });
    expect(r).toMatchObject({ ok: true, value: { late: true } });
    const c = await call('compound.get', {});
    expect(c.ok && c.value.attendanceGraceMinutes).toBe(15);
    const saved = await call('compound.update', { ...PROFILE, attendanceGraceMinutes: 30 });
    expect(saved).toMatchObject({ ok: true, value: { attendanceGraceMinutes: 30 } });
    const v = await call('roster.get', { from: '2026-11-28', days: 1 });
    const me = v.ok
      ? v.value.shifts.find((s) => s.id === morning.id)?.staff.find((p) => p.id === morning.a)
      : null;
    expect(me).toMatchObject({ late: false, presence: 'present' });
    // Thirty minutes early is now within the grace.
    expect(
      await call('attendance.record', {
        shiftId: morning.id,
        staffId: morning.b,
        action: 'in',
        at: at('07:30'),
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('a sign-in or a no-show taken by mistake is reversed (issue 10, point 2)', () => {
  it('a reversal is a new row with its reason; nothing is deleted, and the person stands as before', async () => {
    const { call, db, shift } = await rostered();
    const morning = shift('北门', '早班');
    await call('attendance.record', {
      shiftId: morning.id,
      staffId: morning.a,
      action: 'in',
      at: at('07:55'),
    });
    // Signed in the wrong person: take it back.
    expect(
      await call('attendance.reverse', { shiftId: morning.id, staffId: morning.a, reason: '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'reason' }] },
    });
    const back = await call('attendance.reverse', {
      shiftId: morning.id,
      staffId: morning.a,
      reason: '点错了人，应为另一位',
    });
    expect(back).toMatchObject({ ok: true, value: { status: null, signInAt: null } });
    expect(
      db.$client
        .prepare(
          'SELECT kind, note, reverses IS NOT NULL AS r, length(id) AS len, length(post_id) AS uid FROM attendance_events ORDER BY rowid',
        )
        .all(),
    ).toEqual([
      { kind: 'sign_in', note: '', r: 0, len: 36, uid: 36 },
      { kind: 'reversal', note: '点错了人，应为另一位', r: 1, len: 36, uid: 36 },
    ]);
    const audit = db.$client
      .prepare("SELECT summary_code AS code, summary FROM audit_log WHERE method = 'attendance.reverse'")
      .get();
    expect(audit).toMatchObject({
      code: 'audit_attendance_reverse_sign_in',
      summary: expect.stringContaining('点错了人'),
    });
    // Nothing left to take back.
    expect(
      await call('attendance.reverse', { shiftId: morning.id, staffId: morning.a, reason: '再撤一次' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'nothing_to_reverse' } },
    });
    // A no-show taken by mistake: reversed, then the person signs in (late).
    await call('attendance.record', { shiftId: morning.id, staffId: morning.b, action: 'no_show' });
    expect(
      await call('attendance.record', {
        shiftId: morning.id,
        staffId: morning.b,
        action: 'in',
        at: at('09:50'),
      }),
    ).toMatchObject({ ok: true, value: { late: true } });
    await call('attendance.reverse', { shiftId: morning.id, staffId: morning.b, reason: '签到时间记错' });
    const v = await call('roster.get', { from: '2026-11-28', days: 1 });
    const b = v.ok
      ? v.value.shifts.find((s) => s.id === morning.id)?.staff.find((p) => p.id === morning.b)
      : null;
    // Taking back the sign-in leaves the no-show standing, which can itself be taken back.
    expect(b).toMatchObject({ attendance: 'no_show', reversible: 'no_show' });
    await call('attendance.reverse', {
      shiftId: morning.id,
      staffId: morning.b,
      reason: '本人已到岗，缺勤记错',
    });
    const after = await call('roster.get', { from: '2026-11-28', days: 1 });
    const b2 = after.ok
      ? after.value.shifts.find((s) => s.id === morning.id)?.staff.find((p) => p.id === morning.b)
      : null;
    expect(b2).toMatchObject({ attendance: null, reversible: null, presence: 'missing' });
    expect(count(db, 'attendance_events')).toBe(6);
  });
});

describe('the time an attendance event happens is the host clock, never the wall clock', () => {
  it('a sign-in without a time is now', async () => {
    const { call, shift } = await rostered();
    const morning = shift('南门', '早班');
    const r = await call('attendance.record', { shiftId: morning.id, staffId: morning.a, action: 'in' });
    expect(r).toMatchObject({ ok: true, value: { signInAt: FIXED_NOW.toISOString(), late: true } });
  });
});
