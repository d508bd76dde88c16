/**
 * Errands (issue 13) through the router on a real database: routing to the runner on duty, an
 * errand's whole life, every refusal with its code, the stale `from` of two operators tapping at
 * once, the list by age, and the errand rows' latest step equal to the steps rebuilt.
 */
import { describe, expect, it } from 'vitest';
import { errandsPost, latestKept, latestRebuilt } from './errands-setup';
import { api, count, FIXED_NOW, PROFILE } from './helpers';

const later = (minutes: number) => new Date(FIXED_NOW.getTime() + minutes * 60_000);

describe('errands: routing to the runner on duty', () => {
  it('stays new when no runner of the building is present; goes to the present one with the fewest open errands', async () => {
    const p = await errandsPost();
    // Rostered, but nobody signed in: not on duty.
    expect(await p.add()).toMatchObject({ no: 1, state: 'new', runnerId: null, runnerName: '' });
    await p.signIn(p.zhao);
    await p.signIn(p.qian);
    // 赵 and 钱 cover 1栋, both present with no open errand: the lower id.
    expect(await p.add()).toMatchObject({ no: 2, state: 'assigned', runnerId: p.zhao, runnerName: '赵跑腿' });
    // 赵 now has one open errand, 钱 none.
    expect(await p.add()).toMatchObject({ no: 3, state: 'assigned', runnerId: p.qian });
    // 2栋 is 孙's, who has not signed in: nobody else covers it.
    expect(await p.add(2)).toMatchObject({ state: 'new', runnerId: null });
    // Signed out is not on duty.
    const out = await p.call('attendance.record', { shiftId: 1, staffId: p.zhao, action: 'out' });
    expect(out.ok).toBe(true);
    expect(await p.add()).toMatchObject({ state: 'assigned', runnerId: p.qian });
    expect(latestKept(p.db)).toEqual(latestRebuilt(p.db));
    // The assign dialog's list: who covers 1栋 first, on duty before not, then the least loaded.
    const runners = await p.call('errands.runners', { buildingId: 1 });
    if (!runners.ok) throw new Error(runners.error.message);
    expect(
      runners.value.runners.map((r) => [r.name, r.buildings, r.covers, r.onDuty, r.openErrands]),
    ).toEqual([
      ['钱跑腿', ['1栋'], true, true, 2],
      ['赵跑腿', ['1栋'], true, false, 1],
      ['孙跑腿', ['2栋'], false, false, 0],
    ]);
  });
});

describe('errands: a whole life', () => {
  it('new → assigned → bought → delivered → confirmed, each a step with its time and operator', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const e = await p.add(1, { kind: 'medicine', budgetFen: 5000, channel: 'wechat', note: '降压药' });
    expect(e.state).toBe('assigned');
    const bought = await p.call('errands.step', {
      id: e.id,
      from: 'assigned',
      step: 'bought',
      amountFen: 3550,
      shop: '大参林药店',
      receiptNo: 'R-0091',
    });
    expect(bought.ok).toBe(true);
    const delivered = await p.call('errands.step', {
      id: e.id,
      from: 'bought',
      step: 'delivered',
      deliveredTo: '本人',
      collectedFen: 3550,
    });
    expect(delivered.ok).toBe(true);
    const confirmed = await p.call('errands.step', { id: e.id, from: 'delivered', step: 'confirmed' });
    expect(confirmed.ok).toBe(true);
    const got = await p.call('errands.get', { id: e.id });
    if (!got.ok) throw new Error(got.error.message);
    expect(got.value).toMatchObject({
      no: 1,
      building: '1栋',
      room: '101',
      householdHead: '王建华',
      phone: '13800000001',
      kind: 'medicine',
      channel: 'wechat',
      budgetFen: 5000,
      state: 'confirmed',
      runnerName: '赵跑腿',
      summary: '白菜 ×2, 鸡蛋 ×1',
      note: '降压药',
      medicineOpen: false,
      staleLevel: 'fresh',
    });
    expect(got.value.steps.map((s) => [s.state, s.operatorName, s.runnerName])).toEqual([
      ['new', '林晓梅', ''],
      ['assigned', '林晓梅', '赵跑腿'],
      ['bought', '林晓梅', '赵跑腿'],
      ['delivered', '林晓梅', '赵跑腿'],
      ['confirmed', '林晓梅', '赵跑腿'],
    ]);
    expect(got.value.steps[2]).toMatchObject({ amountFen: 3550, shop: '大参林药店', receiptNo: 'R-0091' });
    expect(got.value.steps[3]).toMatchObject({ deliveredTo: '本人' });
    // The money moved with the steps: spent from the runner's cash, collected from the household.
    expect(got.value.cash.map((c) => [c.kind, c.amountFen, c.balanceFen, c.errandNo])).toEqual([
      ['collected', 3550, 0, 1],
      ['spent', -3550, -3550, 1],
    ]);
    // One audit row per call, worded from codes.
    const audit = p.db.$client
      .prepare(
        "SELECT summary_code AS code FROM audit_log WHERE summary_code LIKE 'audit_errand%' ORDER BY id",
      )
      .all();
    expect(audit.map((a) => (a as { code: string }).code)).toEqual([
      'audit_errand_add',
      'audit_errand_step',
      'audit_errand_step',
      'audit_errand_step',
    ]);
    expect(latestKept(p.db)).toEqual(latestRebuilt(p.db));
    // The steps are append-only in the database itself.
    expect(() => p.db.$client.exec("UPDATE errand_steps SET note = 'x'")).toThrow(/append-only/);
    expect(() => p.db.$client.exec('DELETE FROM errand_steps')).toThrow(/append-only/);
    expect(() => p.db.$client.exec("UPDATE errands SET kind = 'gas'")).toThrow(/written once/);
  });

  it('a parcel from the gate is delivered without buying; cancelled, no answer and duplicate close or wait', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const parcel = await p.add(1, { kind: 'parcel', lines: [{ what: '快递 顺丰' }] });
    expect((await p.call('errands.step', { id: parcel.id, from: 'assigned', step: 'delivered' })).ok).toBe(
      true,
    );
    const a = await p.add();
    const noAnswer = await p.call('errands.step', {
      id: a.id,
      from: 'assigned',
      step: 'no_answer',
      note: '下午再打',
    });
    expect(noAnswer.ok).toBe(true);
    // No answer resumes where it stopped.
    expect(
      (await p.call('errands.step', { id: a.id, from: 'no_answer', step: 'bought', amountFen: 0 })).ok,
    ).toBe(true);
    const b = await p.add();
    const dup = await p.call('errands.step', { id: b.id, from: 'assigned', step: 'duplicate' });
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'errand_duplicate_of_required' } },
    });
    const self = await p.call('errands.step', {
      id: b.id,
      from: 'assigned',
      step: 'duplicate',
      duplicateOf: b.id,
    });
    expect(self).toMatchObject({ ok: false, error: { reason: { code: 'errand_duplicate_of_self' } } });
    expect(
      (await p.call('errands.step', { id: b.id, from: 'assigned', step: 'duplicate', duplicateOf: a.id })).ok,
    ).toBe(true);
    const c = await p.add();
    expect(
      (await p.call('errands.step', { id: c.id, from: 'assigned', step: 'cancelled', note: '家人送来了' }))
        .ok,
    ).toBe(true);
    const list = await p.call('errands.list', { scope: 'all' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.rows.map((r) => [r.no, r.state]).sort()).toEqual([
      [1, 'delivered'],
      [2, 'bought'],
      [3, 'duplicate'],
      [4, 'cancelled'],
    ]);
    const open = await p.call('errands.list', {});
    if (!open.ok) throw new Error(open.error.message);
    expect(open.value.rows.map((r) => r.no)).toEqual([1, 2]);
    expect(latestKept(p.db)).toEqual(latestRebuilt(p.db));
  });
});

describe('errands: refusals', () => {
  it('every illegal step is refused with its code and both states, and writes nothing', async () => {
    const p = await errandsPost();
    const e = await p.add();
    const before = count(p.db, 'errand_steps');
    // new without a runner: not bought, not delivered, not confirmed.
    const illegal = await p.call('errands.step', { id: e.id, from: 'new', step: 'confirmed' });
    expect(illegal).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: { code: 'errand_step_illegal', params: { fromState: 'new', toState: 'confirmed' } },
      },
    });
    const noRunner = await p.call('errands.step', { id: e.id, from: 'new', step: 'bought', amountFen: 100 });
    expect(noRunner).toMatchObject({ ok: false, error: { reason: { code: 'errand_step_illegal' } } });
    expect((await p.call('errands.assign', { id: e.id, from: 'new', runnerId: p.zhao })).ok).toBe(true);
    const noAmount = await p.call('errands.step', { id: e.id, from: 'assigned', step: 'bought' });
    expect(noAmount).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'errand_amount_required' } },
    });
    const same = await p.call('errands.assign', { id: e.id, from: 'assigned', runnerId: p.zhao });
    expect(same).toMatchObject({
      ok: false,
      error: { reason: { code: 'errand_same_runner', params: { runner: '赵跑腿' } } },
    });
    const collect = await p.call('errands.step', {
      id: e.id,
      from: 'assigned',
      step: 'cancelled',
      collectedFen: 100,
    });
    expect(collect).toMatchObject({
      ok: false,
      error: { reason: { code: 'errand_collected_not_delivered' } },
    });
    const future = await p.call('errands.step', {
      id: e.id,
      from: 'assigned',
      step: 'cancelled',
      at: later(30).toISOString(),
    });
    expect(future).toMatchObject({ ok: false, error: { reason: { code: 'errand_in_future' } } });
    const early = await p.call('errands.step', {
      id: e.id,
      from: 'assigned',
      step: 'cancelled',
      at: '2026-11-27T00:00:00.000Z',
    });
    expect(early).toMatchObject({ ok: false, error: { reason: { code: 'errand_before_previous' } } });
    const missing = await p.call('errands.step', {
      id: '00000000-0000-4000-8000-000000000000',
      from: 'new',
      step: 'cancelled',
    });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: { code: 'errand_not_found' } },
    });
    const nobody = await p.call('errands.assign', { id: e.id, from: 'assigned', runnerId: 999 });
    expect(nobody).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: { code: 'errand_runner_not_found' } },
    });
    const badHousehold = await p.call('errands.add', {
      householdId: 99,
      kind: 'gas',
      lines: [{ what: '煤气' }],
    });
    expect(badHousehold).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: { code: 'household_not_found' } },
    });
    const noLines = await p.call('errands.add', { householdId: 1, kind: 'gas', lines: [] });
    expect(noLines).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // Only the assignment was written.
    expect(count(p.db, 'errand_steps')).toBe(before + 1);
    // Closed states go nowhere.
    expect((await p.call('errands.step', { id: e.id, from: 'assigned', step: 'cancelled' })).ok).toBe(true);
    for (const step of ['bought', 'delivered', 'confirmed', 'cancelled', 'no_answer'] as const) {
      const r = await p.call('errands.step', { id: e.id, from: 'cancelled', step, amountFen: 1 });
      expect(r).toMatchObject({
        ok: false,
        error: { reason: { code: 'errand_step_illegal', params: { fromState: 'cancelled', toState: step } } },
      });
    }
    const reopen = await p.call('errands.assign', { id: e.id, from: 'cancelled', runnerId: p.qian });
    expect(reopen).toMatchObject({ ok: false, error: { reason: { code: 'errand_step_illegal' } } });
  });

  it('two operators tapping delivered at once leave one step: the second saw a state that has moved on', async () => {
    const p = await errandsPost();
    await p.signIn(p.zhao);
    const e = await p.add();
    const other = await p.call('team.save', { name: '周海燕', role: 'community_cadre', canOperate: true });
    if (!other.ok) throw new Error(other.error.message);
    const second = api(p.db, p.host, other.value.id);
    const [a, b] = await Promise.all([
      p.call('errands.step', { id: e.id, from: 'assigned', step: 'delivered' }),
      second('errands.step', { id: e.id, from: 'assigned', step: 'delivered' }),
    ]);
    expect(a.ok).toBe(true);
    expect(b).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        reason: {
          code: 'errand_moved_on',
          params: { fromState: 'assigned', state: 'delivered', by: '林晓梅' },
        },
      },
    });
    const delivered = p.db.$client
      .prepare("SELECT count(*) AS n FROM errand_steps WHERE errand_id = ? AND state = 'delivered'")
      .get(e.id) as { n: number };
    expect(delivered.n).toBe(1);
    // The same for two assignments at once: one runner wins.
    const f = await p.add();
    const [x, y] = await Promise.all([
      p.call('errands.assign', { id: f.id, from: 'assigned', fromRunnerId: p.zhao, runnerId: p.qian }),
      second('errands.assign', { id: f.id, from: 'assigned', fromRunnerId: p.zhao, runnerId: p.sun }),
    ]);
    expect(x.ok).toBe(true);
    expect(y).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'errand_runner_moved_on', params: { runner: '钱跑腿' } } },
    });
    expect(latestKept(p.db)).toEqual(latestRebuilt(p.db));
  });
});

describe('errands: the list by age', () => {
  it('oldest in its state first, coloured by the limits in settings; the stale scope; filters; medicine flagged', async () => {
    const p = await errandsPost();
    const at = (minutesAgo: number) => later(-minutesAgo).toISOString();
    const old = await p.add(1, { at: at(400) });
    const mid = await p.add(2, { at: at(150), kind: 'medicine' });
    const fresh = await p.add(1, { at: at(10) });
    // Nobody on duty: all new since they came in. Assigned now, the last one's state is fresh.
    expect(old.state).toBe('new');
    expect((await p.call('errands.assign', { id: fresh.id, from: 'new', runnerId: p.zhao })).ok).toBe(true);
    const list = await p.call('errands.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.value.limits).toEqual({ agingMinutes: 120, staleMinutes: 360 });
    expect(list.value.rows.map((r) => [r.id, r.ageMinutes, r.staleLevel, r.medicineOpen])).toEqual([
      [old.id, 400, 'stale', false],
      [mid.id, 150, 'aging', true],
      [fresh.id, 0, 'fresh', false],
    ]);
    expect(list.value.counts).toEqual({ fresh: 1, aging: 1, stale: 1 });
    // The overview's tile: open errands, and those stale in their state.
    const overview = await p.call('overview.get', {});
    if (!overview.ok) throw new Error(overview.error.message);
    expect(overview.value.counts).toMatchObject({ errandsOpen: 3, errandsStale: 1 });
    const stale = await p.call('errands.list', { scope: 'stale' });
    if (!stale.ok) throw new Error(stale.error.message);
    expect(stale.value.rows.map((r) => r.id)).toEqual([old.id]);
    const b2 = await p.call('errands.list', { buildingId: 2 });
    if (!b2.ok) throw new Error(b2.error.message);
    expect(b2.value.rows.map((r) => [r.building, r.room, r.householdHead])).toEqual([
      ['2栋', '302', '陈玉兰'],
    ]);
    const zhao = await p.call('errands.list', { runnerId: p.zhao });
    if (!zhao.ok) throw new Error(zhao.error.message);
    expect(zhao.value.rows.map((r) => r.id)).toEqual([fresh.id]);
    // Two hours later the fresh one is aging; the limits come from settings.
    const c = await p.call('compound.get', {});
    if (!c.ok) throw new Error(c.error.message);
    const set = await p.call('compound.update', {
      ...c.value,
      ...PROFILE,
      errandAgingMinutes: 60,
      errandStaleMinutes: 140,
    });
    if (!set.ok) throw new Error(JSON.stringify(set.error));
    const atNoon = api(p.db, { ...p.host, now: () => later(120) }, p.operatorId);
    const then = await atNoon('errands.list', {});
    if (!then.ok) throw new Error(then.error.message);
    expect(then.value.rows.map((r) => r.staleLevel)).toEqual(['stale', 'stale', 'aging']);
    expect(then.value.counts).toEqual({ fresh: 0, aging: 1, stale: 2 });
    const overviewThen = await atNoon('overview.get', {});
    expect(overviewThen).toMatchObject({ ok: true, value: { counts: { errandsOpen: 3, errandsStale: 2 } } });
    const bad = await p.call('compound.update', {
      ...c.value,
      ...PROFILE,
      version: c.value.version + 1,
      errandAgingMinutes: 300,
      errandStaleMinutes: 200,
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'errandStaleMinutes', reason: { code: 'errand_stale_after_aging' } }],
      },
    });
    // Only one limit sent: checked against the other as stored (aging is 60 now).
    const { errandAgingMinutes: _a, ...withoutAging } = { ...c.value, ...PROFILE, errandStaleMinutes: 50 };
    const half = await p.call('compound.update', { ...withoutAging, version: c.value.version + 1 });
    expect(half).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'errand_stale_after_aging', params: { aging: 60 } } },
    });
    // Paged.
    const page = await p.call('errands.list', { limit: 1, offset: 1 });
    if (!page.ok) throw new Error(page.error.message);
    expect([page.value.total, page.value.rows.map((r) => r.id)]).toEqual([3, [mid.id]]);
  });
});
