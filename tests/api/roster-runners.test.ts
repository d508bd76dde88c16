// The runner team in the roster (session 23). The generator left runners out of its people: it filled
// a runner post with gate staff, and dropped a runner put on a shift by hand the next time the roster
// was generated (as someone it did not know). Now runners staff the runner team alone, stay off the
// gates, and keep the places they were given.
import { describe, expect, it } from 'vitest';
import { post } from './roster-setup';

async function withRunners() {
  const s = await post();
  const runners: number[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await s.call('team.save', { name: `跑腿${i + 1}`, phone: `1390000000${i}`, role: 'runner' });
    if (!r.ok) throw new Error(r.error.message);
    runners.push(r.value.id);
  }
  return { ...s, runners };
}

/** The runner team's post: one 12-hour day shift of `headcount`, at least one of them a runner. */
async function runnerTeam(call: Awaited<ReturnType<typeof post>>['call'], headcount: number) {
  const team = await call('posts.save', {
    name: '跑腿小分队',
    templates: [
      { name: '白班', start: '08:00', hours: 12, headcount, requirements: [{ roles: ['runner'], min: 1 }] },
    ],
  });
  if (!team.ok) throw new Error(team.error.message);
}

describe('runners in the roster', () => {
  it('staffs the runner team with runners only and keeps them off the gates', async () => {
    const { call, runners } = await withRunners();
    await runnerTeam(call, 2);
    const g = await call('roster.generate', { from: '2026-11-30', days: 7 });
    if (!g.ok) throw new Error(g.error.message);
    const view = await call('roster.get', { from: '2026-11-30', days: 7 });
    if (!view.ok) throw new Error(view.error.message);
    const errands = view.value.shifts.filter((s) => s.post === '跑腿小分队');
    expect(errands).toHaveLength(7);
    for (const s of errands) {
      expect(s.staff).toHaveLength(2);
      for (const p of s.staff) expect(p.role).toBe('runner');
    }
    for (const s of view.value.shifts.filter((x) => x.post !== '跑腿小分队'))
      for (const p of s.staff) expect(runners).not.toContain(p.id);
    // Fourteen places over four runners: within one shift of each other, and said so.
    expect(g.value.spread.find((r) => r.role === 'runner')).toMatchObject({ people: 4, even: true });
  });

  it('keeps a runner put on a shift by hand when the roster is generated again', async () => {
    const { call, runners } = await withRunners();
    await runnerTeam(call, 1);
    await call('roster.generate', { from: '2026-11-30', days: 2 });
    const view = await call('roster.get', { from: '2026-11-30', days: 2 });
    if (!view.ok) throw new Error(view.error.message);
    const shift = view.value.shifts.find((s) => s.post === '跑腿小分队' && s.day === '2026-12-01');
    if (!shift) throw new Error('no runner shift');
    const chosen = runners.find((id) => !shift.staff.some((p) => p.id === id)) as number;
    for (const p of shift.staff)
      await call('roster.assign', { shiftId: shift.id, staffId: p.id, action: 'unassign', reason: '换人' });
    const put = await call('roster.assign', {
      shiftId: shift.id,
      staffId: chosen,
      action: 'assign',
      reason: '换人',
    });
    expect(put.ok).toBe(true);
    const again = await call('roster.generate', { from: '2026-11-30', days: 2 });
    expect(again).toMatchObject({ ok: true, value: { dropped: 0 } });
    const after = await call('roster.get', { from: '2026-11-30', days: 2 });
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.shifts.find((s) => s.id === shift.id)?.staff.map((p) => p.id)).toEqual([chosen]);
  });

  it('leaves runners out of the spread where no post of the period asks for them', async () => {
    const { call } = await withRunners();
    const g = await call('roster.generate', { from: '2026-11-30', days: 3 });
    if (!g.ok) throw new Error(g.error.message);
    expect(g.value.spread.map((r) => r.role)).not.toContain('runner');
    expect(g.value.spread.length).toBeGreaterThan(0);
  });
});

describe('a hand-made assignment outside the post’s roles', () => {
  it('asks a reason for a runner at a gate and for gate staff on the runner team, and records it', async () => {
    const { call, runners } = await withRunners();
    await runnerTeam(call, 1);
    await call('roster.generate', { from: '2026-11-30', days: 2 });
    const view = await call('roster.get', { from: '2026-11-30', days: 2 });
    if (!view.ok) throw new Error(view.error.message);
    const day = view.value.shifts.filter((s) => s.day === '2026-12-01');
    const gate = day.find((s) => s.post !== '跑腿小分队' && s.staff.length > 0);
    if (!gate) throw new Error('no gate shift');
    const free = runners.find((id) => !day.some((s) => s.staff.some((p) => p.id === id))) as number;
    const runnerAtGate = await call('roster.assign', { shiftId: gate.id, staffId: free, action: 'assign' });
    expect(runnerAtGate).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'roster_breaks_rules' } },
    });
    if (runnerAtGate.ok) return;
    expect(String(runnerAtGate.error.reason.params?.breaches).split(',')).toContain('role');
    const withReason = await call('roster.assign', {
      shiftId: gate.id,
      staffId: free,
      action: 'assign',
      reason: '门岗缺人，临时顶班',
    });
    expect(withReason.ok && withReason.value.breaches).toContain('role');
    // Gate staff on the runner team's post: the same breach, the other way round.
    const other = view.value.shifts.find((s) => s.post === '跑腿小分队' && s.day === '2026-11-30');
    if (!other) throw new Error('no runner shift');
    const busy = new Set(
      view.value.shifts.filter((s) => s.day === '2026-11-30').flatMap((s) => s.staff.map((p) => p.id)),
    );
    const gateStaff = view.value.shifts
      .flatMap((s) => s.staff)
      .find((p) => p.role !== 'runner' && !busy.has(p.id));
    if (!gateStaff) throw new Error('no gate staff free that day');
    const staffOnTeam = await call('roster.assign', {
      shiftId: other.id,
      staffId: gateStaff.id,
      action: 'assign',
    });
    expect(staffOnTeam.ok ? [] : String(staffOnTeam.error.reason.params?.breaches).split(',')).toContain(
      'role',
    );
    // A runner on the runner team's post is no breach.
    const another = runners.find((id) => id !== free && !other.staff.some((p) => p.id === id)) as number;
    const fits = await call('roster.assign', { shiftId: other.id, staffId: another, action: 'assign' });
    const said = fits.ok ? fits.value.breaches : String(fits.error.reason.params?.breaches).split(',');
    expect(said).not.toContain('role');
  });
});
