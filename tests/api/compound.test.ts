import { describe, expect, it } from 'vitest';
import { PROFILE, withOperator } from './helpers';

const BASE = PROFILE;

describe('compound profile and overview', () => {
  it('saves the profile and shows the closure day on the overview', async () => {
    const { call } = await withOperator();
    expect((await call('compound.update', BASE)).ok).toBe(true);
    const o = await call('overview.get', {});
    expect(o).toMatchObject({
      ok: true,
      value: {
        today: '2026-11-28',
        closure: { state: 'in_progress', day: 7, of: 14 },
        compound: { name: '金南苑' },
      },
    });
  });

  it('requires a lift date once lifted, not before the closure began', async () => {
    const { call } = await withOperator();
    const r = await call('compound.update', { ...BASE, status: 'lifted', liftedOn: null });
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'liftedOn' }] } });
    const r2 = await call('compound.update', { ...BASE, status: 'lifted', liftedOn: '2026-11-01' });
    expect(r2).toMatchObject({ ok: false, error: { issues: [{ message: '解封日期不能早于封闭开始日期' }] } });
    const future = await call('compound.update', { ...BASE, status: 'lifted', liftedOn: '2026-12-25' });
    expect(future).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'liftedOn', message: '解封日期不能晚于今天' }] },
    });
    const ancient = await call('compound.update', { ...BASE, closureStart: '1990-01-01' });
    expect(ancient).toMatchObject({ ok: false, error: { issues: [{ path: 'closureStart' }] } });
    const r3 = await call('compound.update', { ...BASE, status: 'lifted', liftedOn: '2026-11-27' });
    expect(r3.ok).toBe(true);
    const o = await call('overview.get', {});
    expect(o).toMatchObject({ value: { closure: { state: 'lifted', day: 6 } } });
  });

  it('filters the audit log by operator, area and day', async () => {
    const { call, db, host } = await withOperator();
    await call('compound.update', BASE);
    await call('compound.update', { ...BASE, plannedDays: 21 });
    const { api } = await import('./helpers');
    const second = await api(
      db,
      host,
      null,
    )('team.save', { name: '王立军', role: 'police_officer', canOperate: true });
    if (!second.ok) throw new Error('setup');
    const all = await call('audit.list', {});
    expect(all).toMatchObject({ value: { total: 4 } });
    const byArea = await call('audit.list', { area: 'compound' });
    expect(byArea.ok && byArea.value.rows.map((r) => r.summary)).toEqual([
      '修改小区信息：计划天数 14 → 21',
      expect.stringContaining('小区名称 （空） → 金南苑'),
    ]);
    const byOp = await call('audit.list', { operatorId: 1 });
    expect(byOp.ok && byOp.value.total).toBe(2);
    const today = await call('audit.list', { from: '2026-11-28', to: '2026-11-28' });
    expect(today.ok && today.value.total).toBe(4);
    const yesterday = await call('audit.list', { to: '2026-11-27' });
    expect(yesterday.ok && yesterday.value.total).toBe(0);
    const paged = await call('audit.list', { limit: 3 });
    expect(paged.ok && paged.value.rows).toHaveLength(3);
    const rest = await call('audit.list', {
      limit: 3,
      beforeId: paged.ok ? (paged.value.nextBeforeId ?? 0) : 0,
    });
    expect(rest.ok && rest.value.rows).toHaveLength(1);
    expect(await call('audit.areas', {})).toEqual({ ok: true, value: ['compound', 'team'] });
  });
});
