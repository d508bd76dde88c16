/**
 * A small post with a hand-counted day for the daily report (issue 15): the day is 2026-11-28 (the
 * helpers' FIXED_NOW, 10:00 in Shanghai), the closure began 2026-11-26. Rows are written as the
 * areas keep them; stock through its API (its per-day counters are kept by triggers).
 */
import type { Db } from '../../db/open';
import { withOperator } from './helpers';

/**
 * The slots' counts per day, place and window, as the app keeps them with the slots it makes
 * (health/slots.ts), for slots written here by hand: counted afresh.
 */
export function countSlots(db: Db): void {
  db.$client.exec(`DELETE FROM health_slot_counts;
    INSERT INTO health_slot_counts (day, building_id, hotel_id, starts, total, done, normal)
      SELECT day, coalesce(building_id, 0), coalesce(hotel_id, 0), starts, count(*), sum(state <> 'due'), sum(state = 'normal')
      FROM health_slots GROUP BY 1, 2, 3, 4;`);
}

export async function reportPost() {
  const ctx = await withOperator();
  const { db, call } = ctx;
  db.$client.exec(`
    UPDATE compound SET closure_start = '2026-11-26', errand_stale_minutes = 240, name = '金南苑';
    INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
    INSERT INTO households (building_id, room, householder_name, occupancy, updated_at)
      VALUES (1, '101', '王建华', 'occupied', 'x'), (1, '102', '陈玉兰', 'occupied', 'x'), (1, '201', '', 'vacant', 'x');
    INSERT INTO residents (household_id, name, presence, updated_at) VALUES (1, '王建华', 'in_compound', 'x'),
      (1, '王丽', 'in_compound', 'x'), (2, '陈玉兰', 'in_hotel', 'x'), (2, '陈伟', 'away', 'x');
    INSERT INTO duty_posts (name) VALUES ('东门');
    -- The gate: on the day 3 in (1 fever) and 1 out; the day before 2 in; before the closure 5 in.
    INSERT INTO gate_log (post_id, at, direction, kind, who, fever, recorded_by) VALUES
      (1, '2026-11-28T00:10:00.000Z', 'in', 'delivery', 'a', 0, 'x'), (1, '2026-11-28T00:20:00.000Z', 'in', 'staff', 'b', 1, 'x'),
      (1, '2026-11-27T16:30:00.000Z', 'in', 'other', 'c', 0, 'x'), (1, '2026-11-28T01:00:00.000Z', 'out', 'other', 'd', 0, 'x'),
      (1, '2026-11-27T03:00:00.000Z', 'in', 'other', 'e', 0, 'x'), (1, '2026-11-27T04:00:00.000Z', 'in', 'other', 'f', 0, 'x'),
      (1, '2026-11-25T03:00:00.000Z', 'in', 'other', 'g', 0, 'x'), (1, '2026-11-25T03:01:00.000Z', 'in', 'other', 'g', 0, 'x'),
      (1, '2026-11-25T03:02:00.000Z', 'in', 'other', 'g', 0, 'x'), (1, '2026-11-25T03:03:00.000Z', 'in', 'other', 'g', 0, 'x'),
      (1, '2026-11-25T03:04:00.000Z', 'in', 'other', 'g', 0, 'x');
    -- Returnees: on the day R1 home, R2 turned away; the day before R3 to a hotel, R5 undecided; R4 on the 26th to a hotel.
    INSERT INTO arrival_groups (arrived_at, from_place, registered_by) VALUES ('2026-11-26T02:00:00.000Z', '海口', 'x');
    INSERT INTO returnees (group_id, name, check_json, recommendation, outcome, quarantine_to, registered_at) VALUES
      (1, 'R1', '{}', 'admit', 'admit', '2026-12-05', '2026-11-28T01:00:00.000Z'),
      (1, 'R2', '{}', 'refuse', 'refuse', NULL, '2026-11-28T01:10:00.000Z'),
      (1, 'R3', '{}', 'hotel', 'hotel', NULL, '2026-11-27T02:00:00.000Z'),
      (1, 'R4', '{}', 'hotel', 'hotel', NULL, '2026-11-26T02:00:00.000Z'),
      (1, 'R5', '{}', 'hotel', NULL, NULL, '2026-11-27T05:00:00.000Z');
    INSERT INTO hotels (name) VALUES ('椰林酒店');
    INSERT INTO hotel_rooms (hotel_id, number, floor, beds) VALUES (1, '301', 3, 1), (1, '302', 3, 1);
    -- R3 moved rooms on the day (09:00 Shanghai); R4 released on the day.
    INSERT INTO hotel_stays (returnee_id, room_id, check_in, planned_end, started_at, ended_at, end_kind) VALUES
      (3, 1, '2026-11-27', '2026-12-10', '2026-11-27T03:00:00.000Z', '2026-11-28T01:00:00.000Z', 'moved'),
      (3, 2, '2026-11-27', '2026-12-10', '2026-11-28T01:00:00.000Z', NULL, NULL),
      (4, 1, '2026-11-26', '2026-12-09', '2026-11-26T03:00:00.000Z', '2026-11-28T01:30:00.000Z', 'released');
    -- Errands: two opened on the day (one delivered), one the day before and stale (open since then).
    INSERT INTO errands (id, post_id, no, household_id, building_id, kind, urgency, channel, payer, created_at, recorded_at,
      created_by_name, state, state_since, open, steps) VALUES
      ('e1', 'p', 1, 1, 1, 'groceries', 'today', 'phone', 'household', '2026-11-28T01:00:00.000Z', 'x', 'x', 'new', '2026-11-28T01:00:00.000Z', 1, 1),
      ('e2', 'p', 2, 1, 1, 'medicine', 'today', 'phone', 'household', '2026-11-28T00:00:00.000Z', 'x', 'x', 'delivered', '2026-11-28T01:30:00.000Z', 1, 2),
      ('e3', 'p', 3, 2, 1, 'gas', 'any', 'wechat', 'household', '2026-11-27T01:00:00.000Z', 'x', 'x', 'new', '2026-11-27T01:00:00.000Z', 1, 1);
    INSERT INTO errand_steps (id, post_id, errand_id, seq, state, at, recorded_at, operator_name) VALUES
      ('s1', 'p', 'e1', 1, 'new', '2026-11-28T01:00:00.000Z', 'x', 'x'), ('s2', 'p', 'e2', 1, 'new', '2026-11-28T00:00:00.000Z', 'x', 'x'),
      ('s3', 'p', 'e2', 2, 'delivered', '2026-11-28T01:30:00.000Z', 'x', 'x'), ('s4', 'p', 'e3', 1, 'new', '2026-11-27T01:00:00.000Z', 'x', 'x');
    -- Rounds: ep 1 twice a day, ep 2 four times. On the day: ep1 slot 0 normal, slot 1 due; ep2 slot 0 due
    -- (its window 06–10 ended at 10:00: missed), slot 1 abnormal. The day before: ep1 slot 0 abnormal.
    INSERT INTO health_episodes (id, post_id, seq, subject_kind, resident_id, reason, from_day, to_day, checks_per_day,
      opened_at, opened_by_name, last_read_pos) VALUES
      ('h1', 'p', 1, 'resident', 1, 'compound', '2026-11-26', '2026-12-09', 2, 'x', 'x', 0),
      ('h2', 'p', 2, 'resident', 2, 'compound', '2026-11-26', '2026-12-09', 4, 'x', 'x', 0);
    INSERT INTO health_slots (id, episode_seq, day, slot, starts, state) VALUES
      (1, 1, '2026-11-28', 0, 420, 'normal'), (2, 1, '2026-11-28', 1, 780, 'due'),
      (3, 2, '2026-11-28', 0, 360, 'due'), (4, 2, '2026-11-28', 1, 600, 'abnormal'), (5, 1, '2026-11-27', 0, 420, 'abnormal');
    INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, result, via, alert, at, recorded_at, operator_name) VALUES
      ('c0', 'p', 1, 'h1', 36.5, 'forehead', 'normal', 'round', 0, '2026-11-27T23:30:00.000Z', 'x', 'x'),
      ('c1', 'p', 4, 'h2', 37.8, 'forehead', 'abnormal', 'round', 0, '2026-11-28T01:40:00.000Z', 'x', 'x'),
      ('c2', 'p', 4, 'h2', 37.9, 'armpit', 'abnormal', 'round', 1, '2026-11-28T01:50:00.000Z', 'x', 'x'),
      ('c3', 'p', 5, 'h1', 38.2, 'armpit', 'abnormal', 'round', 1, '2026-11-27T00:30:00.000Z', 'x', 'x');
    INSERT INTO medical_requests (id, post_id, subject_kind, resident_id, kind, urgency, source, check_id, created_at,
      created_by_name, state, action, events) VALUES
      ('m1', 'p', 'resident', 1, 'fever', 'today', 'round', 'c3', '2026-11-27T00:31:00.000Z', 'x', 'triaged', 'fever_clinic', 2);
    INSERT INTO medical_events (id, post_id, request_id, seq, kind, action, at, operator_name) VALUES
      ('me1', 'p', 'm1', 1, 'added', NULL, '2026-11-27T00:31:00.000Z', 'x'),
      ('me2', 'p', 'm1', 2, 'triaged', 'fever_clinic', '2026-11-27T01:00:00.000Z', 'x');`);
  countSlots(db);
  const saved = await call('stock.saveItem', {
    name: '口罩',
    unit: '个',
    category: 'protection',
    byLot: false,
    reorderLevel: 1000,
    dailyNorm: 1,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  const masks = saved.value.id;
  const must = async (p: Promise<{ ok: boolean; error?: { message: string } }>) => {
    const r = await p;
    if (!r.ok) throw new Error(r.error?.message);
  };
  // Received 500 the day before and 100 on the day; issued 5 the day before and 10 on the day.
  await must(
    call('stock.receive', {
      source: 'town',
      happenedAt: '2026-11-27T02:00:00.000Z',
      lines: [{ itemId: masks, qty: 500 }],
    }),
  );
  await must(
    call('stock.receive', {
      source: 'town',
      happenedAt: '2026-11-28T01:00:00.000Z',
      lines: [{ itemId: masks, qty: 100 }],
    }),
  );
  const issue = (at: string, qty: number) =>
    must(
      call('stock.issue', {
        to: { kind: 'household', id: 1 },
        happenedAt: at,
        lines: [{ itemId: masks, qty }],
      }),
    );
  await issue('2026-11-27T03:00:00.000Z', 5);
  await issue('2026-11-28T01:10:00.000Z', 10);
  return { ...ctx, masks };
}
