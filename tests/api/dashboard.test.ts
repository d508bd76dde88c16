import { describe, expect, it } from 'vitest';
import { affectedAreas } from '../../electron/api/affects';
import { dashAlerts } from '../../electron/api/dashboard/alerts';
import { errandsPost } from './errands-setup';
import { api, FIXED_NOW, PROFILE, withOperator } from './helpers';

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/**
 * A small post, counted by hand (now: 2026-11-28 10:00 Shanghai, closure from 11-22):
 * - residents: 4 in the compound, 1 in a hotel, 1 in hospital, 2 away; households: 1 not visited,
 *   1 registered; a hotel with a 2-bed room (1 guest) and a 2-bed room out of service.
 * - posts: 跑腿 with a shift now of 3 (赵 on time, 钱 late, 孙 missing) and one at 20:00 with 1 of 3;
 *   东门 with nobody.
 * - masks (口罩, reorder 500): 300 in on 11-26, 50 out on 11-27, 20 out today: 230 on hand.
 * - hotel stays: A 11-24 to 11-26, B from 11-25 (not called today);
 *   returnee C undecided.
 * - errands: one delivered on 11-27, one open since 06:00 today.
 * - rounds: abnormal readings 1 on 11-27, 1 today, whose recheck raised a fever alert nobody acted on.
 */
async function dashPost() {
  const p = await errandsPost();
  const { db } = p;
  let clock = FIXED_NOW;
  const call = api(db, { ...p.host, now: () => clock }, p.operatorId);
  const at = (iso: string) => {
    clock = new Date(iso);
  };
  must(await call('compound.update', PROFILE));
  db.$client.exec(`
    UPDATE households SET reg_status = 'registered' WHERE id = 2;
    INSERT INTO residents (household_id, name, presence, updated_at) VALUES
      (1, '甲', 'in_compound', 'x'), (1, '乙', 'in_compound', 'x'), (2, '丙', 'in_compound', 'x'), (2, '丁', 'in_compound', 'x'),
      (1, '戊', 'in_hotel', 'x'), (2, '己', 'in_hospital', 'x'), (1, '庚', 'away', 'x'), (2, '辛', 'away', 'x');
    INSERT INTO duty_posts (name) VALUES ('东门');
    INSERT INTO shift_templates (post_id, name, start, hours, headcount) VALUES (1, '夜班', '20:00', 12, 3);
    INSERT INTO shifts (template_id, post_id, day, starts_at, ends_at)
      VALUES (2, 1, '2026-11-28', '2026-11-28T12:00:00.000Z', '2026-11-29T00:00:00.000Z');
    INSERT INTO assignments (shift_id, staff_id, source) VALUES (2, ${p.zhao}, 'manual');
    INSERT INTO hotels (name) VALUES ('椰林酒店');
    INSERT INTO hotel_rooms (hotel_id, number, floor, beds, status) VALUES (1, '101', 1, 2, 'occupied'), (1, '102', 1, 2, 'out_of_service');
    INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-24T02:00:00.000Z', '海口', 'x');
    INSERT INTO returnees (group_id, name, check_json, recommendation, registered_at, outcome) VALUES
      (1, '甲归', '{}', 'hotel', '2026-11-24T02:00:00.000Z', 'hotel'),
      (1, '乙归', '{}', 'hotel', '2026-11-24T02:00:00.000Z', 'hotel'),
      (1, '丙归', '{}', 'hotel', '2026-11-24T02:00:00.000Z', NULL);
    INSERT INTO returnee_decisions (returnee_id, outcome, recommendation, decided_by, at) VALUES
      (1, 'hotel', 'hotel', 'x', '2026-11-24T02:00:00.000Z'), (2, 'hotel', 'hotel', 'x', '2026-11-25T02:00:00.000Z');
    INSERT INTO hotel_stays (returnee_id, room_id, check_in, planned_end, started_at, ended_at, end_kind) VALUES
      (1, 1, '2026-11-24', '2026-12-08', '2026-11-24T03:00:00.000Z', '2026-11-26T04:00:00.000Z', 'released'),
      (2, 1, '2026-11-25', '2026-12-09', '2026-11-25T03:00:00.000Z', NULL, NULL);`);
  // Attendance on the shift now (grace 15 minutes by default): 赵 on time, 钱 late, 孙 never.
  await p.signIn(p.zhao, '2026-11-28T00:05:00.000Z');
  await p.signIn(p.qian, '2026-11-28T00:50:00.000Z');
  const masks = must(
    await call('stock.saveItem', {
      name: '口罩',
      unit: '个',
      category: 'protection',
      byLot: false,
      reorderLevel: 500,
    }),
  ).id;
  const rice = must(
    await call('stock.saveItem', { name: '大米', unit: '袋', category: 'food', byLot: false }),
  ).id;
  at('2026-11-26T02:00:00.000Z');
  must(
    await call('stock.receive', {
      source: 'town',
      lines: [
        { itemId: masks, qty: 300 },
        { itemId: rice, qty: 10 },
      ],
    }),
  );
  at('2026-11-27T02:00:00.000Z');
  must(await call('stock.issue', { to: { kind: 'household', id: 1 }, lines: [{ itemId: masks, qty: 50 }] }));
  const done = must(
    await call('errands.add', { householdId: 1, kind: 'groceries', lines: [{ what: '白菜', qty: 1 }] }),
  );
  must(await call('errands.assign', { id: done.id, from: 'new', runnerId: p.zhao }));
  must(await call('errands.step', { id: done.id, from: 'assigned', step: 'delivered', deliveredTo: '本人' }));
  at('2026-11-27T22:00:00.000Z');
  must(await call('errands.add', { householdId: 2, kind: 'gas', lines: [{ what: '煤气', qty: 1 }] }));
  at(FIXED_NOW.toISOString());
  must(await call('stock.issue', { to: { kind: 'household', id: 1 }, lines: [{ itemId: masks, qty: 20 }] }));
  // Abnormal readings: one on 11-27, two today (the rounds' slots).
  db.$client.exec(`
    INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, building_id, reason, from_day, to_day,
      checks_per_day, opened_at, opened_by_name, last_read_pos)
      VALUES ('e1', 'p', 1, 'resident', 1, 1, 'returned', '2026-11-26', '2026-12-09', 2, '2026-11-26T00:00:00.000Z', 'x', 0);
    INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, state) VALUES
      (1, '2026-11-27', 0, 420, 1, 'abnormal'), (1, '2026-11-27', 1, 900, 1, 'normal'),
      (1, '2026-11-28', 0, 420, 1, 'abnormal'), (1, '2026-11-28', 1, 900, 1, 'due');
    INSERT INTO health_days (id, post_id, day, made_at, made) VALUES
      ('d1', 'p', '2026-11-27', '2026-11-26T23:00:00.000Z', 2), ('d2', 'p', '2026-11-28', '2026-11-27T23:00:00.000Z', 2);
    INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, result, via, alert, at, recorded_at, operator_name)
      VALUES ('c1', 'p', 3, 'e1', 38.1, 'forehead', 'abnormal', 'round', 1, '2026-11-28T00:30:00.000Z', '2026-11-28T00:30:00.000Z', 'x');`);
  return { ...p, call, at, masks, rice };
}

describe('dashboard.get: every figure against a hand-counted post', () => {
  it('occupancy, shifts, stock, health and the alerts in order', async () => {
    const p = await dashPost();
    const d = must(await p.call('dashboard.get', {}));
    expect(d.today).toBe('2026-11-28');
    expect(d.occupancy.residents).toEqual({ inCompound: 4, inHotel: 1, inHospital: 1, away: 2, awaiting: 0 });
    expect(d.occupancy.households).toEqual({ notVisited: 1, registered: 1, verified: 0 });
    expect(d.occupancy.hotels).toEqual([{ id: 1, name: '椰林酒店', used: 1, total: 2 }]);
    expect(d.shifts.posts).toEqual([
      expect.objectContaining({ post: '跑腿', present: 2, late: 1, missing: 1, rostered: 3 }),
      expect.objectContaining({ post: '东门', present: 0, late: 0, missing: 0, rostered: 0 }),
    ]);
    expect(d.shifts.next24h).toEqual({ shifts: 1, covered: 0, short: 1 });
    const mask = d.stock.items.find((i) => i.item === '口罩');
    expect(mask).toMatchObject({ onHand: 230, reorderLevel: 500, belowReorder: true });
    // 70 issued over the last 7 days: 10 a day, 230 on hand lasts 23 days (stock.cover's figure).
    expect(mask?.days).toBe(23);
    expect(d.stock.items.find((i) => i.item === '大米')).toMatchObject({
      onHand: 10,
      belowReorder: false,
      days: null,
    });
    expect(d.health).toMatchObject({ slotsMade: true, abnormalToday: 1, openFevers: 1 });
    expect(d.alerts.map((a) => [a.kind, a.count, a.subject])).toEqual([
      ['fever', 1, ''],
      ['gate_unguarded', 1, '东门'],
      ['shift_uncovered', 1, '跑腿 · 夜班'],
      ['stock_below_reorder', 1, '口罩'],
      // The gas errand new since 06:00, past the age limit: the overview's stale count.
      ['errand_stale', 1, ''],
      ['guest_not_contacted', 1, ''],
      ['returnee_undecided', 1, ''],
    ]);
  });

  it('the trends over the closure days', async () => {
    const p = await dashPost();
    const d = must(await p.call('dashboard.get', {}));
    expect(d.trends.from).toBe('2026-11-22');
    expect(d.trends.maskItem).toBe('口罩');
    const rows = d.trends.days.map((x) => [x.day.slice(5), x.inHotels, x.abnormal, x.errandsDone, x.masks]);
    expect(rows).toEqual([
      ['11-22', 0, 0, 0, 0],
      ['11-23', 0, 0, 0, 0],
      ['11-24', 1, 0, 0, 0],
      ['11-25', 2, 0, 0, 0],
      ['11-26', 1, 0, 0, 300],
      ['11-27', 1, 1, 1, 250],
      ['11-28', 1, 1, 0, 230],
    ]);
  });

  it('a post with no data raises nothing; masks not kept is null, not 0', async () => {
    const empty = await withOperator();
    const d = must(await empty.call('dashboard.get', {}));
    expect(d.alerts).toEqual([]);
    expect(d.trends.maskItem).toBeNull();
    expect(d.trends.days.every((x) => x.masks === null)).toBe(true);
    expect(d.health.slotsMade).toBe(false);
    expect(d.trends.days).toHaveLength(14);
  });
});

describe('dashboard: refreshed by what changes its figures', () => {
  it('a stock issue, a reading, a stay and attendance list the dashboard among the areas they affect', () => {
    for (const m of [
      'stock.issue',
      'health.record',
      'hotels.place',
      'attendance.record',
      'errands.step',
    ] as const)
      expect(affectedAreas(m)).toContain('dashboard');
    expect(affectedAreas('team.signIn')).not.toContain('dashboard');
  });
});

describe('dashAlerts', () => {
  it('sorts by urgency whatever order the parts come in', () => {
    const a = dashAlerts({
      fevers: 0,
      posts: [],
      shortShifts: [],
      belowReorder: [],
      errandsStale: 3,
      notContacted: 0,
      undecided: 2,
      awaitingRoom: 1,
    });
    expect(a.map((x) => x.kind)).toEqual(['errand_stale', 'returnee_undecided', 'returnee_no_room']);
    expect(a[0]?.href).toBe('errands?scope=stale');
  });
});
