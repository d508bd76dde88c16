/**
 * Issue 12, speed: a large distribution is written in a worker thread on its own connection (one
 * transaction, its audit row included) with its progress, while the main connection answers reads.
 * It must write exactly what the main thread writes, and refuse with the same codes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../../electron/api/context';
import { contract } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/router';
import { OFFLOAD_FROM, offloadDistribution } from '../../electron/api/stock/distribute-offload';
import { distribPost } from './distrib-setup';
import { count } from './helpers';

const HOUSEHOLDS = 3000;
const ENV = 'GATEPOST_DISTRIB_WORKER_FROM';
afterEach(() => {
  delete process.env[ENV];
});

/** The distribution post with 3栋: 3,000 households, 1 to 3 people in the compound, every 7th nobody. */
async function largePost() {
  const p = await distribPost();
  p.db.$client.exec(`
    INSERT INTO buildings (name, floors, rooms_per_floor, sort_order) VALUES ('3栋', 30, 100, 3);
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${HOUSEHOLDS})
      INSERT INTO households (building_id, unit, room, householder_name, updated_at)
      SELECT 3, CASE WHEN i % 2 = 0 THEN '2' ELSE '' END, printf('%d', 100 + i), '户主' || i, 'x' FROM n;
    INSERT INTO residents (household_id, name, presence, updated_at)
      SELECT id, householder_name, 'in_compound', 'x' FROM households WHERE building_id = 3 AND id % 7 <> 0;
    INSERT INTO residents (household_id, name, presence, updated_at)
      SELECT id, '家人', 'in_compound', 'x' FROM households WHERE building_id = 3 AND id % 7 <> 0 AND id % 3 = 0;
    INSERT INTO residents (household_id, name, presence, updated_at)
      SELECT id, '老人', 'in_hotel', 'x' FROM households WHERE building_id = 3 AND id % 5 = 0;`);
  return p;
}

/** Households of 3栋 with someone in the compound. */
const reached = (p: Awaited<ReturnType<typeof largePost>>) =>
  (
    p.db.$client
      .prepare(
        "SELECT count(DISTINCT household_id) AS n FROM residents r JOIN households h ON h.id = r.household_id WHERE h.building_id = 3 AND r.presence = 'in_compound'",
      )
      .get() as { n: number }
  ).n;

const lines = (p: Awaited<ReturnType<typeof largePost>>, distributionId: string) =>
  p.db.$client
    .prepare(
      `SELECT household_id, building_id, building_name, room, householder, people, qty, state, post_id
       FROM stock_distrib_lines WHERE distribution_id = ? ORDER BY rowid`,
    )
    .all(distributionId);

const head = (p: Awaited<ReturnType<typeof largePost>>, id: string) =>
  p.db.$client
    .prepare(
      `SELECT post_id, item_id, place_id, scope, basis, qty, note, households, total_qty, created_at,
         operator_id, operator_name FROM stock_distributions WHERE id = ?`,
    )
    .get(id);

const audits = (p: Awaited<ReturnType<typeof largePost>>) =>
  p.db.$client
    .prepare(
      "SELECT operator_id, operator_name, area, entity, summary_code, summary_params FROM audit_log WHERE method = 'stock.distribute' ORDER BY id",
    )
    .all() as Record<string, unknown>[];

describe('a large distribution off the main thread', () => {
  it('writes exactly the lines the main thread writes, answering reads meanwhile and a save with BUSY at once', async () => {
    expect(HOUSEHOLDS).toBeGreaterThan(OFFLOAD_FROM);
    const p = await largePost();
    const scope = { itemId: p.veg, buildingIds: [1, 3], basis: 'person' as const, qty: 2 };
    const job = 'distrib-3000';
    const running = dispatch(p.db, 'stock.distribute', scope, p.host, {
      operatorId: p.operatorId,
      jobId: job,
    });
    let finished = false;
    void running.finally(() => {
      finished = true;
    });
    // Observed here, asserted once the call has ended (a failed expectation must not leave the worker writing).
    let started = false;
    let readsWhileWriting = 0;
    let busy: Awaited<ReturnType<typeof dispatch>> | null = null;
    while (!finished) {
      const read = await dispatch(p.db, 'stock.distributions', {}, p.host);
      // Once the worker has reported, it is inside its transaction (it reports only from there) until
      // its answer arrives: this read was answered meanwhile, from the snapshot the main connection holds.
      if (started && read.ok && !finished) readsWhileWriting++;
      const prog = await dispatch(p.db, 'jobs.progress', { jobId: job }, p.host);
      if (prog.ok && prog.value && !finished) {
        started = true;
        busy ??= await dispatch(
          p.db,
          'stock.saveItem',
          { name: '手套', unit: '副', category: 'protection', byLot: false },
          p.host,
          { operatorId: p.operatorId },
        );
      }
      await new Promise((r) => setTimeout(r, 1));
    }
    const offloaded = await running;
    if (!offloaded.ok) throw new Error(offloaded.error.message);
    expect(readsWhileWriting).toBeGreaterThan(0);
    expect(busy && !busy.ok ? busy.error.reason : null).toEqual({ code: 'distrib_writing' });
    expect(count(p.db, 'stock_items')).toBe(4);

    // The same scope another day, written by the main thread.
    process.env[ENV] = String(1_000_000);
    const here = await p.call('stock.distribute', { ...scope, plannedOn: '2026-11-29' });
    if (!here.ok) throw new Error(here.error.message);
    const { id: a, ...outA } = offloaded.value as { id: string; households: number; totalQty: number };
    const { id: b, ...outB } = here.value;
    expect(outA).toEqual(outB);
    expect(outA.households).toBeGreaterThan(2000);
    expect(lines(p, a)).toEqual(lines(p, b));
    expect(lines(p, a)).toHaveLength(outA.households);
    expect(head(p, a)).toEqual(head(p, b));
    const [auditA, auditB] = audits(p);
    expect(auditA).toEqual({
      ...auditB,
      summary_params: String(auditB?.summary_params).replace('2026-11-29', '2026-11-28'),
    });
    expect(count(p.db, 'audit_log')).toBeGreaterThan(0);
    expect(p.db.$client.pragma('foreign_key_check')).toEqual([]);
  });

  it('reports its progress: planning, then lines written, more than once and increasing', async () => {
    const p = await largePost();
    const events: { phase: string; done: number; total: number }[] = [];
    const ctx = {
      ...p.host,
      operator: { id: p.operatorId, name: '林晓梅' },
      describe: () => undefined,
      readOnly: () => undefined,
      requireOperator: () => undefined,
      progress: (phase, done = 0, total = 0) => events.push({ phase, done, total }),
    } satisfies Ctx;
    const input = contract['stock.distribute'].input.parse({ itemId: p.veg, buildingIds: [3], qty: 1 });
    const out = await offloadDistribution(p.db, input, ctx, {
      method: 'stock.distribute',
      operator: ctx.operator,
    });
    expect(out?.households).toBe(reached(p));
    expect(events[0]?.phase).toBe('check');
    const writes = events.filter((e) => e.phase === 'write');
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.every((e) => e.total === out?.households)).toBe(true);
    const done = writes.map((e) => e.done);
    expect(done).toEqual([...done].sort((x, y) => x - y));
    expect(done[0]).toBe(0);
    expect(done.at(-1)).toBe(out?.households);
    // Its one audit row is written in the worker's transaction.
    expect(audits(p)).toHaveLength(1);
  });

  it('refuses with the same codes as the main thread, writing nothing', async () => {
    const p = await largePost();
    process.env[ENV] = '0';
    const reason = (r: { ok: boolean; error?: { code: string; reason?: unknown } }) => [
      r.error?.code,
      r.error?.reason,
    ];
    expect(
      reason(await p.call('stock.distribute', { itemId: '00000000-0000-4000-8000-000000000000', qty: 1 })),
    ).toEqual(['NOT_FOUND', expect.objectContaining({ code: 'stock_item_not_found' })]);
    expect(reason(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [3, 99], qty: 1 }))).toEqual(
      ['NOT_FOUND', { code: 'distrib_building_not_found' }],
    );
    const first = await p.call('stock.distribute', { itemId: p.veg, buildingIds: [3], qty: 1 });
    expect(first.ok).toBe(true);
    const again = await p.call('stock.distribute', { itemId: p.veg, qty: 1 });
    expect(reason(again)).toEqual([
      'CONFLICT',
      {
        code: 'distrib_same_day',
        params: { item: '蔬菜', day: '2026-11-28', households: reached(p) },
      },
    ]);
    p.db.$client.exec(
      `INSERT INTO buildings (name, floors, rooms_per_floor, sort_order) VALUES ('4栋', 1, 1, 4);
       INSERT INTO households (building_id, room, householder_name, updated_at) VALUES (4, '101', '空户', 'x');`,
    );
    expect(reason(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [4], qty: 1 }))).toEqual([
      'CONFLICT',
      { code: 'distrib_no_households' },
    ]);
    expect(count(p.db, 'stock_distributions')).toBe(1);
    expect(audits(p)).toHaveLength(1);
  });
});
