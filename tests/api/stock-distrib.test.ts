import { describe, expect, it } from 'vitest';
import { distribPost } from './distrib-setup';
import { count } from './helpers';
import { kept, rebuilt } from './stock-setup';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('distributions (发放)', () => {
  it('makes one line per household with someone in the compound, per household or per person', async () => {
    const p = await distribPost();
    const plan = must(
      await p.call('stock.distributionPlan', { itemId: p.veg, buildingIds: [1], basis: 'person', qty: 2 }),
    );
    expect(plan).toEqual({ households: 2, people: 5, totalQty: 10, onHand: 100, unit: '份' });
    const made = must(
      await p.call('stock.distribute', { itemId: p.veg, buildingIds: [1], basis: 'person', qty: 2 }),
    );
    expect(made).toMatchObject({ households: 2, totalQty: 10 });
    const one = must(await p.call('stock.distribution', { id: made.id }));
    expect(one.perBuilding).toEqual([
      { buildingId: 1, name: '1栋', households: 2, people: 5, qty: 10, delivered: 0, notHome: 0 },
    ]);
    expect(one.lines.map((l) => [l.room, l.householder, l.people, l.qty, l.state])).toEqual([
      ['101', '王建华', 3, 6, 'pending'],
      ['102', '陈丽', 2, 4, 'pending'],
    ]);
    expect(one).toMatchObject({ buildings: ['1栋'], plannedOn: '2026-11-28', basis: 'person', qty: 2 });
    // Every building, per household: 4 households (201 has nobody), one unit-room written 1-102.
    const all = must(await p.call('stock.distribute', { itemId: p.veg, qty: 1, plannedOn: '2026-11-29' }));
    expect(all).toMatchObject({ households: 4, totalQty: 4 });
    const b2 = must(await p.call('stock.distribution', { id: all.id, buildingId: 2 }));
    expect(b2.lines.map((l) => [l.room, l.qty])).toEqual([
      ['101', 1],
      ['1-102', 1],
    ]);
    expect(b2.buildings).toEqual([]);
    const list = must(await p.call('stock.distributions', {}));
    expect(list.rows.map((r) => r.plannedOn)).toEqual(['2026-11-29', '2026-11-28']);
    const audit = p.db.$client
      .prepare(
        "SELECT summary_code AS code, summary FROM audit_log WHERE method = 'stock.distribute' ORDER BY id",
      )
      .all() as { code: string; summary: string }[];
    expect(audit[0]).toMatchObject({ code: 'audit_stock_distribute' });
    expect(audit[0]?.summary).toContain('每人');
  });

  it('refuses: no households in scope, unknown item, quantity 0, unknown building, the same households the same day', async () => {
    const p = await distribPost();
    p.db.$client.exec(
      "INSERT INTO buildings (name, floors, rooms_per_floor, sort_order) VALUES ('3栋', 1, 1, 3)",
    );
    const reason = (r: { ok: boolean; error?: { reason?: { code: string } } }) => r.error?.reason?.code;
    expect(reason(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [3], qty: 1 }))).toBe(
      'distrib_no_households',
    );
    expect(reason(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [99], qty: 1 }))).toBe(
      'distrib_building_not_found',
    );
    expect(
      reason(await p.call('stock.distribute', { itemId: '00000000-0000-4000-8000-000000000000', qty: 1 })),
    ).toBe('stock_item_not_found');
    const zero = await p.call('stock.distribute', { itemId: p.veg, qty: 0 });
    expect(zero.ok ? null : zero.error.code).toBe('VALIDATION');
    must(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [1], qty: 1 }));
    const again = await p.call('stock.distribute', { itemId: p.veg, qty: 1 });
    expect(again.ok ? null : again.error.reason).toEqual({
      code: 'distrib_same_day',
      params: { item: '蔬菜', day: '2026-11-28', households: 2 },
    });
    // Another day, or another item the same day, is a new distribution.
    must(await p.call('stock.distribute', { itemId: p.veg, qty: 1, plannedOn: '2026-11-29' }));
    must(await p.call('stock.distribute', { itemId: p.rice, buildingIds: [1], qty: 1 }));
    expect(count(p.db, 'stock_distributions')).toBe(3);
  });

  it('the database itself refuses a second line for a household on the same distribution', async () => {
    const p = await distribPost();
    const made = must(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [1], qty: 1 }));
    const insert = () =>
      p.db.$client
        .prepare(
          `INSERT INTO stock_distrib_lines (id, post_id, distribution_id, household_id, building_id, building_name,
            room, householder, people, qty) VALUES (?, 'p', ?, 1, 1, '1栋', '101', '王建华', 3, 1)`,
        )
        .run(crypto.randomUUID(), made.id);
    expect(insert).toThrow(
      /UNIQUE constraint failed: stock_distrib_lines.distribution_id, stock_distrib_lines.household_id/,
    );
    // A line's people and quantity are fixed once written; only its delivery state moves.
    expect(() => p.db.$client.prepare('UPDATE stock_distrib_lines SET qty = 99').run()).toThrow(
      /only its delivery state/,
    );
    expect(() => p.db.$client.prepare('DELETE FROM stock_distrib_lines').run()).toThrow(/append-only/);
    expect(() => p.db.$client.prepare('DELETE FROM stock_distributions').run()).toThrow(/append-only/);
  });

  it('delivering a building issues each household its share from the store; a line is not delivered twice', async () => {
    const p = await distribPost();
    const made = must(
      await p.call('stock.distribute', { itemId: p.veg, buildingIds: [1, 2], basis: 'person', qty: 1 }),
    );
    const one = must(await p.call('stock.distribution', { id: made.id, buildingId: 1 }));
    const [l101, l102] = one.lines;
    if (!l101 || !l102) throw new Error('lines');
    const away = must(
      await p.call('stock.deliver', { distributionId: made.id, lineIds: [l102.id], outcome: 'not_home' }),
    );
    expect(away).toMatchObject({ delivered: 0, notHome: 1, qty: 0, txIds: [] });
    expect(must(await p.call('stock.items', {})).find((i) => i.id === p.veg)?.onHand).toBe(100);

    const done = must(
      await p.call('stock.deliver', {
        distributionId: made.id,
        buildingId: 1,
        runnerId: p.runnerId,
        receivedBy: '本人',
      }),
    );
    expect(done).toMatchObject({ delivered: 2, notHome: 0, qty: 5 });
    expect(must(await p.call('stock.items', {})).find((i) => i.id === p.veg)?.onHand).toBe(95);
    const issues = must(await p.call('stock.ledger', { itemId: p.veg, kind: 'issue' })).rows;
    expect(
      issues.map((t) => [t.counterpartyKind, t.counterpartyId, t.counterpartyName, t.lines[0]?.qty]).sort(),
    ).toEqual([
      ['household', 1, '1栋 101 王建华', -3],
      ['household', 2, '1栋 102 陈丽', -2],
    ]);
    const after = must(await p.call('stock.distribution', { id: made.id, buildingId: 1 }));
    expect(after.lines.map((l) => [l.state, l.runnerName, l.receivedBy])).toEqual([
      ['delivered', '赵跑腿', '本人'],
      ['delivered', '赵跑腿', '本人'],
    ]);
    expect(after).toMatchObject({ delivered: 2, deliveredQty: 5, notHome: 0 });

    const twice = await p.call('stock.deliver', { distributionId: made.id, lineIds: [l101.id] });
    expect(twice.ok ? null : twice.error.reason).toEqual({
      code: 'distrib_already_delivered',
      params: { building: '1栋', room: '101' },
    });
    const whole = await p.call('stock.deliver', { distributionId: made.id, buildingId: 1 });
    expect(whole.ok ? null : whole.error.reason?.code).toBe('distrib_nothing_to_deliver');
    expect(rebuilt(p.db)).toEqual(kept(p.db));
    expect(count(p.db, 'stock_deliveries')).toBe(3);
  });

  it('taking more than the store holds is refused without a reason, and nothing of the building is written', async () => {
    const p = await distribPost();
    const made = must(await p.call('stock.distribute', { itemId: p.veg, basis: 'person', qty: 25 }));
    const before = count(p.db, 'stock_tx');
    const short = await p.call('stock.deliver', { distributionId: made.id, buildingId: 2 });
    expect(short.ok ? null : short.error.reason).toMatchObject({
      code: 'stock_short',
      params: { item: '蔬菜', onHand: 75, asked: 100 },
    });
    expect(count(p.db, 'stock_tx')).toBe(before);
    expect(count(p.db, 'stock_deliveries')).toBe(0);
    must(await p.call('stock.deliver', { distributionId: made.id, buildingId: 2, shortReason: '农场补送' }));
    const [bal] = must(await p.call('stock.balances', { itemId: p.veg }));
    expect(bal).toMatchObject({ qty: -25, flag: { code: 'count_needed' } });
  });

  it('undoing a delivery is the reversal of its issue, with a reason: stock back, line pending, deliverable again', async () => {
    const p = await distribPost();
    const made = must(await p.call('stock.distribute', { itemId: p.veg, buildingIds: [2], qty: 10 }));
    must(await p.call('stock.deliver', { distributionId: made.id, buildingId: 2 }));
    const [line] = must(await p.call('stock.distribution', { id: made.id })).lines;
    if (!line?.txId) throw new Error('no tx');
    expect(must(await p.call('stock.items', {})).find((i) => i.id === p.veg)?.onHand).toBe(80);
    must(await p.call('stock.reverse', { txId: line.txId, reason: '送错楼栋' }));
    expect(must(await p.call('stock.items', {})).find((i) => i.id === p.veg)?.onHand).toBe(90);
    const after = must(await p.call('stock.distribution', { id: made.id }));
    expect(after.lines.map((l) => [l.room, l.state, l.txId])).toEqual([
      ['101', 'pending', null],
      ['1-102', 'delivered', after.lines[1]?.txId],
    ]);
    const events = p.db.$client
      .prepare('SELECT outcome, note, tx_id IS NOT NULL AS tx FROM stock_deliveries ORDER BY rowid')
      .all();
    expect(events).toEqual([
      { outcome: 'delivered', note: '', tx: 1 },
      { outcome: 'delivered', note: '', tx: 1 },
      { outcome: 'undone', note: '送错楼栋', tx: 1 },
    ]);
    const again = must(await p.call('stock.deliver', { distributionId: made.id, lineIds: [line.id] }));
    expect(again).toMatchObject({ delivered: 1, qty: 10 });
    expect(must(await p.call('stock.items', {})).find((i) => i.id === p.veg)?.onHand).toBe(80);
    expect(() => p.db.$client.prepare('UPDATE stock_deliveries SET note = 1').run()).toThrow(/append-only/);
    expect(rebuilt(p.db)).toEqual(kept(p.db));
  });
});
