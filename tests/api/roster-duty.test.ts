import { describe, expect, it } from 'vitest';
import { FIXED_NOW } from './helpers';
import { post } from './roster-setup';

// FIXED_NOW is 2026-11-28 10:00 at the post: that day's night shift (00–08) is over, the morning
// shift (08–16) is running, the evening shift (16–24) is ahead.
const NOW = FIXED_NOW.toISOString();

type Call = Awaited<ReturnType<typeof post>>['call'];
async function day(call: Call, day: string) {
  const v = await call('roster.get', { from: day, days: 1 });
  if (!v.ok) throw new Error(v.error.message);
  const find = (post: string, name: string) => {
    const s = v.value.shifts.find((x) => x.post === post && x.name === name);
    if (!s) throw new Error(`no ${post} ${name}`);
    return s;
  };
  return { shifts: v.value.shifts, find };
}

describe('a shift running when the roster is made (issue 10, point 8)', () => {
  it('generating staffs the rest of the running shift, from now; onDuty shows the people at the gate', async () => {
    const { call } = await post();
    const g = await call('roster.generate', { from: '2026-11-28', days: 1 });
    if (!g.ok) throw new Error(g.error.message);
    const { find } = await day(call, '2026-11-28');
    const running = find('北门', '早班');
    expect(running.staff).toHaveLength(2);
    // On duty from the minute the roster was made, not from 08:00.
    expect(running.staff.map((p) => p.fromAt)).toEqual([NOW, NOW]);
    expect(running.staff.some((p) => ['police_officer', 'property_manager'].includes(p.role))).toBe(true);
    // The shift that is over stays as it was: nobody put on it after the fact.
    expect(find('北门', '夜班').staff).toEqual([]);
    // A shift ahead starts at its own start.
    expect(find('北门', '晚班').staff.map((p) => p.fromAt)).toEqual([null, null]);
    const duty = await call('roster.onDuty', {});
    if (!duty.ok) throw new Error(duty.error.message);
    const north = duty.value.now.find((s) => s.post === '北门');
    expect(north?.staff.map((p) => p.name)).toEqual(running.staff.map((p) => p.name));
    expect(duty.value.now.every((s) => s.staff.length === 2)).toBe(true);
  });

  it("a running shift's remaining hours can be assigned by hand; a shift over cannot", async () => {
    const { call } = await post();
    await call('roster.generate', { from: '2026-11-28', days: 1 });
    const { find } = await day(call, '2026-11-28');
    // Nobody on the south gate's running shift (those generated are taken off before signing in).
    for (const p of find('南门', '早班').staff)
      await call('roster.assign', { shiftId: find('南门', '早班').id, staffId: p.id, action: 'unassign' });
    const running = (await day(call, '2026-11-28')).find('南门', '早班');
    expect(running.staff).toEqual([]);
    const guard = await call('team.list', {});
    if (!guard.ok) throw new Error(guard.error.message);
    const busy = new Set((await day(call, '2026-11-28')).shifts.flatMap((s) => s.staff.map((p) => p.id)));
    const officer = guard.value.find((m) => m.role === 'police_officer' && !busy.has(m.id));
    if (!officer) throw new Error('setup');
    const r = await call('roster.assign', { shiftId: running.id, staffId: officer.id, action: 'assign' });
    expect(r).toMatchObject({ ok: true, value: { breaches: [] } });
    const after = (await day(call, '2026-11-28')).find('南门', '早班');
    expect(after.staff).toMatchObject([{ id: officer.id, fromAt: NOW }]);
    const duty = await call('roster.onDuty', {});
    expect(duty.ok && duty.value.now.find((s) => s.id === running.id)?.staff.map((p) => p.id)).toEqual([
      officer.id,
    ]);
    // Taken off again before signing in: allowed; the shift over cannot be changed.
    expect(
      await call('roster.assign', { shiftId: running.id, staffId: officer.id, action: 'unassign' }),
    ).toMatchObject({ ok: true });
    const night = find('南门', '夜班');
    expect(
      await call('roster.assign', { shiftId: night.id, staffId: officer.id, action: 'assign' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { code: 'shift_ended' } } });
  });
});

describe('one person, one place at a time (issue 10, point 9)', () => {
  it('a double booking is refused, even with a reason; the refusal names the other shift', async () => {
    const { call } = await post();
    await call('roster.generate', { from: '2026-11-30', days: 2 });
    const { find } = await day(call, '2026-11-30');
    const north = find('北门', '早班');
    const south = find('南门', '早班');
    const someone = north.staff[0];
    if (!someone) throw new Error('setup');
    for (const reason of ['', '临时缺人，本人同意']) {
      const r = await call('roster.assign', {
        shiftId: south.id,
        staffId: someone.id,
        action: 'assign',
        reason,
      });
      expect(r).toMatchObject({
        ok: false,
        error: {
          code: 'CONFLICT',
          reason: {
            code: 'double_booked',
            params: {
              name: someone.name,
              shift: '南门 早班 2026-11-30 08:00',
              other: '北门 早班 2026-11-30 08:00',
            },
          },
        },
      });
      // Not a field to fill in: no reason makes it right.
      expect(r.ok || r.error.issues).toBeFalsy();
    }
    const again = (await day(call, '2026-11-30')).find('南门', '早班');
    expect(again.staff.map((p) => p.id)).not.toContain(someone.id);
  });

  it('a swap that would double-book someone is refused, even with a reason', async () => {
    const { call, db } = await post();
    await call('roster.generate', { from: '2026-11-30', days: 1 });
    const { find } = await day(call, '2026-11-30');
    const morning = find('北门', '早班');
    const evening = find('北门', '晚班');
    const southEvening = find('南门', '晚班');
    const a = morning.staff[0];
    const b = evening.staff.find((p) => !southEvening.staff.some((x) => x.id === p.id));
    if (!a || !b) throw new Error('setup');
    // An older release let a reason put A at the south gate in the evening too.
    db.$client
      .prepare("INSERT INTO assignments (shift_id, staff_id, pinned, source) VALUES (?, ?, 0, 'manual')")
      .run(southEvening.id, a.id);
    const r = await call('roster.swap', {
      a: { shiftId: morning.id, staffId: a.id },
      b: { shiftId: evening.id, staffId: b.id },
      reason: '两人自愿对调',
    });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'double_booked', params: { name: a.name } } },
    });
    const still = (await day(call, '2026-11-30')).find('北门', '早班');
    expect(still.staff.map((p) => p.id)).toContain(a.id);
  });

  it('a double booking left in an older database shows in the grid, the print, the schedule and the overview', async () => {
    const { call, db } = await post();
    await call('roster.generate', { from: '2026-11-30', days: 1 });
    const { find } = await day(call, '2026-11-30');
    const north = find('北门', '早班');
    const south = find('南门', '早班');
    const a = north.staff.find((p) => !south.staff.some((x) => x.id === p.id));
    if (!a) throw new Error('setup');
    db.$client
      .prepare("INSERT INTO assignments (shift_id, staff_id, pinned, source) VALUES (?, ?, 0, 'manual')")
      .run(south.id, a.id);
    // The grid: both places carry the other.
    const grid = await day(call, '2026-11-30');
    expect(grid.find('北门', '早班').staff.find((p) => p.id === a.id)?.clashes).toEqual([
      { shiftId: south.id, post: '南门', name: '早班', startsAt: south.startsAt },
    ]);
    expect(grid.find('南门', '早班').staff.find((p) => p.id === a.id)?.clashes).toEqual([
      { shiftId: north.id, post: '北门', name: '早班', startsAt: north.startsAt },
    ]);
    // Nobody else is marked.
    expect(grid.shifts.flatMap((s) => s.staff.filter((p) => p.clashes.length > 0).map((p) => p.id))).toEqual([
      a.id,
      a.id,
    ]);
    // The print marks the name in both cells.
    const print = await call('roster.print', { from: '2026-11-30', days: 1 });
    if (!print.ok) throw new Error(print.error.message);
    const cells = print.value.posts.flatMap((p) => p.cells.filter((c) => c.clashes.length > 0));
    expect(cells.map((c) => [c.template, c.clashes])).toEqual([
      ['早班', [a.name]],
      ['早班', [a.name]],
    ]);
    // The person's schedule.
    const mine = await call('roster.get', { from: '2026-11-30', days: 1, staffId: a.id });
    expect(
      mine.ok && mine.value.shifts.map((s) => s.staff.find((p) => p.id === a.id)?.clashes.length),
    ).toEqual([1, 1]);
    // The overview's duty card lists it.
    const duty = await call('roster.onDuty', {});
    expect(duty.ok && duty.value.doubleBooked.map((d) => [d.name, d.shift.post, d.clashes[0]?.post])).toEqual(
      [
        [a.name, '北门', '南门'],
        [a.name, '南门', '北门'],
      ],
    );
  });
});
