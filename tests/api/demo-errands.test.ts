import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { writeDemoStory } from '../../electron/demo/demo-story';
import { writeDemoTeam } from '../../electron/demo/demo-team';
import { balancesKept, balancesRebuilt, latestKept, latestRebuilt } from './errands-setup';
import { api, FIXED_NOW, freshDb } from './helpers';
import { kept, rebuilt } from './stock-setup';

describe('demo errands (issue 13)', () => {
  it('a day of errands across the buildings: one stale, one cancelled, one met from stock; two cash books, one reconciled with a difference explained', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    await writeDemoStory(db, FIXED_NOW);
    await writeDemoTeam(db, FIXED_NOW);
    const call = api(db, host);
    const all = await call('errands.list', { scope: 'all' });
    if (!all.ok) throw new Error(all.error.message);
    const rows = all.value.rows;
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(new Set(rows.map((r) => r.buildingId)).size).toBe(6);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(['groceries', 'medicine', 'gas', 'parcel', 'other']),
    );
    const states = rows.map((r) => r.state);
    for (const s of [
      'new',
      'assigned',
      'bought',
      'delivered',
      'confirmed',
      'cancelled',
      'no_answer',
      'duplicate',
    ])
      expect(states, s).toContain(s);
    const stale = await call('errands.list', { scope: 'stale' });
    if (!stale.ok) throw new Error(stale.error.message);
    expect(stale.value.rows.map((r) => [r.kind, r.state])).toEqual([['gas', 'assigned']]);
    const open = await call('errands.list', {});
    if (!open.ok) throw new Error(open.error.message);
    expect(open.value.counts).toMatchObject({ stale: 1, aging: 1 });
    expect(open.value.rows.some((r) => r.medicineOpen)).toBe(true);
    // Rice met from the store: an issue to that household in the ledger.
    const fromStore = db.$client
      .prepare(
        `SELECT t.kind, t.counterparty_kind AS cp, e.household_id = t.counterparty_id AS same FROM errand_steps s
         JOIN stock_tx t ON t.id = s.stock_tx_id JOIN errands e ON e.id = s.errand_id`,
      )
      .all();
    expect(fromStore).toEqual([{ kind: 'issue', cp: 'household', same: 1 }]);
    // Two runners' cash books; one reconciled 0.50 short with its reason.
    const books = await call('cash.book', {});
    if (!books.ok) throw new Error(books.error.message);
    const withMoney = db.$client.prepare('SELECT DISTINCT runner_id FROM cash_entries').all();
    expect(withMoney).toHaveLength(2);
    expect(books.value.runners.filter((r) => r.lastReconciledAt)).toHaveLength(1);
    const rec = db.$client.prepare('SELECT difference_fen AS d, reason FROM cash_reconciliations').all() as {
      d: number;
      reason: string;
    }[];
    expect(rec).toEqual([{ d: -50, reason: '找零时少收 0.5 元' }]);
    expect(latestKept(db)).toEqual(latestRebuilt(db));
    expect(balancesKept(db)).toEqual(balancesRebuilt(db));
    expect(kept(db)).toEqual(rebuilt(db));
    const overview = await call('overview.get', {});
    expect(overview).toMatchObject({ ok: true, value: { counts: { errandsStale: 1 } } });
  });

  it('the runners are on a shift covering now, signed in: the runner view shows them on duty', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    await writeDemoStory(db, FIXED_NOW);
    await writeDemoTeam(db, FIXED_NOW);
    const call = api(db, host);
    const r = await call('errands.runners', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.runners).toHaveLength(6);
    expect(r.value.runners.filter((x) => !x.onDuty).map((x) => x.name)).toEqual([]);
    // Their shift is the runner team's day shift, 08:00–20:00 at the post (FIXED_NOW is 10:00).
    const shifts = db.$client
      .prepare(
        `SELECT DISTINCT p.name AS post, s.starts_at AS startsAt, s.ends_at AS endsAt FROM assignments a
         JOIN shifts s ON s.id = a.shift_id JOIN duty_posts p ON p.id = s.post_id JOIN team_members m ON m.id = a.staff_id
         WHERE m.role = 'runner'`,
      )
      .all();
    expect(shifts).toEqual([
      { post: '跑腿小分队', startsAt: '2026-11-28T00:00:00.000Z', endsAt: '2026-11-28T12:00:00.000Z' },
    ]);
    // The demo's errands were taken before: one still waits for the post to assign it.
    const open = await call('errands.list', {});
    if (!open.ok) throw new Error(open.error.message);
    expect(open.value.rows.filter((x) => x.state === 'new')).toHaveLength(1);
  });

  it('loaded at night, the runners are on the night shift covering it', async () => {
    const night = new Date('2026-11-28T19:30:00.000Z'); // 03:30 on the 29th at the post
    const { db, host } = freshDb();
    writeDemo(db, { now: night });
    await writeDemoStory(db, night);
    await writeDemoTeam(db, night);
    const r = await api(db, { ...host, now: () => night })('errands.runners', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.runners.every((x) => x.onDuty)).toBe(true);
  });
});
