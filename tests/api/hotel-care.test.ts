/**
 * Issue 10, the hotels: waiting is not placed (counts agree everywhere), planned end follows the
 * closure, a family stays together. Through router.dispatch on a real database with the demo.
 */
import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb, PROFILE } from './helpers';

const ok = <T>(
  r: { ok: true; value: T } | { ok: false; error: { message: string; issues?: unknown } },
): T => {
  if (!r.ok) throw new Error(`${r.error.message} ${JSON.stringify(r.error.issues ?? '')}`);
  return r.value;
};

async function setup() {
  const { db, host } = freshDb();
  writeDemo(db, { now: FIXED_NOW });
  const call = api(db, host, 1);
  const hotel = ok(await call('hotels.save', { name: '城西宾馆', address: '', contact: '', phone: '' }));
  ok(await call('hotels.addRooms', { hotelId: hotel.id, from: 201, to: 206, beds: 2 }));
  /** Residents still at home, two per household. */
  const families = db.$client
    .prepare(
      `SELECT household_id AS householdId, group_concat(id) AS ids FROM residents WHERE presence = 'in_compound'
       GROUP BY household_id HAVING count(*) >= 2 ORDER BY household_id LIMIT 4`,
    )
    .all()
    .map((r) => (r as { ids: string }).ids.split(',').map(Number).slice(0, 2) as [number, number]);
  return { db, call, families };
}
type Call = Awaited<ReturnType<typeof setup>>['call'];

const arriving = (residentId: number) => ({
  residentId,
  name: '',
  quarantineFrom: '2026-11-12',
  quarantineTo: '2026-11-26',
  certificateNo: 'HK-0811',
  testAt: '2026-11-27T08:00:00+08:00',
  testResult: 'negative' as const,
  healthCode: 'green' as const,
  temperature: 36.4,
});

/** Register residents as one arrival group and decide "hotel" for them; their returnee ids. */
async function arriveForHotel(call: Call, residentIds: number[]) {
  const reg = ok(await call('returnees.register', { fromPlace: '三亚', members: residentIds.map(arriving) }));
  const ids = reg.members.map((m) => m.id);
  ok(await call('returnees.decide', { returneeIds: ids, outcome: 'hotel' }));
  return ids;
}

async function place(call: Call, ids: number[]) {
  const sug = ok(await call('hotels.suggest', { returneeIds: ids }));
  return ok(
    await call('hotels.place', {
      assignments: sug.assignments.map((a) => ({ roomId: a.roomId, returneeIds: a.returneeIds })),
      checkIn: '2026-11-28',
    }),
  );
}

describe('waiting is not placed', () => {
  it('counts a returnee decided "hotel" but not placed as awaiting placement, the same everywhere', async () => {
    const { call, families } = await setup();
    const [f1, f2] = families;
    if (!f1 || !f2) throw new Error('demo');
    const before = ok(await call('overview.get', {}));
    const placedIds = await arriveForHotel(call, f1);
    await place(call, placedIds);
    const waiting = await arriveForHotel(call, [f2[0]]);

    const overview = ok(await call('overview.get', {}));
    const stats = ok(await call('households.stats', {}));
    const board = ok(await call('hotels.occupancy', {}));
    const list = ok(await call('returnees.list', { filter: 'awaiting' }));
    const inHotel = ok(await call('returnees.list', { filter: 'in_hotel' }));

    // Two placed, one waits.
    expect(overview.counts.inHotel).toBe(before.counts.inHotel + 2);
    expect(stats.presence.in_hotel).toBe(overview.counts.inHotel);
    expect(board.hotels.reduce((a, h) => a + h.guests.length, 0)).toBe(overview.counts.inHotel);
    expect(inHotel).toHaveLength(overview.counts.inHotel);

    expect(overview.counts.awaitingPlacement).toBe(1);
    expect(stats.presence.awaiting_placement).toBe(1);
    expect(board.awaiting.map((a) => a.returneeId)).toEqual(waiting);
    expect(overview.awaiting.map((a) => a.returneeId)).toEqual(waiting);
    expect(list.map((r) => r.id)).toEqual(waiting);
    expect(list[0]).toMatchObject({ awaitingPlacement: true, outcome: 'hotel', stay: null });

    // Placed: no longer waiting anywhere.
    await place(call, waiting);
    const after = ok(await call('overview.get', {}));
    expect(after.counts.awaitingPlacement).toBe(0);
    expect(after.awaiting).toEqual([]);
    expect(ok(await call('households.stats', {})).presence).toMatchObject({
      awaiting_placement: 0,
      in_hotel: after.counts.inHotel,
    });
  });
});

describe('a family stays together', () => {
  it("suggests the mother's room to her son decided after her, and lets him in", async () => {
    const { call, families } = await setup();
    const [f] = families;
    if (!f) throw new Error('demo');
    const [mother] = await arriveForHotel(call, [f[0]]);
    const placed = await place(call, [mother ?? 0]);
    const room = placed.stays[0]?.roomId;
    // The son comes back the next car (another arrival group, the same household).
    const [son] = await arriveForHotel(call, [f[1]]);
    const sug = ok(await call('hotels.suggest', { returneeIds: [son ?? 0] }));
    expect(sug.assignments).toEqual([{ roomId: room, room: expect.any(String), returneeIds: [son] }]);
    const two = ok(
      await call('hotels.place', {
        assignments: [{ roomId: room ?? 0, returneeIds: [son ?? 0] }],
        checkIn: '2026-11-28',
      }),
    );
    expect(two.warnings).toEqual([]);
    const board = ok(await call('hotels.occupancy', {}));
    const together = board.hotels.flatMap((h) => h.guests).filter((g) => g.roomId === room);
    expect(together.map((g) => g.returneeId).sort()).toEqual([mother, son].sort());
  });

  it('still keeps strangers out of a family room', async () => {
    const { call, families } = await setup();
    const [f, g] = families;
    if (!f || !g) throw new Error('demo');
    const [mother] = await arriveForHotel(call, [f[0]]);
    const room = (await place(call, [mother ?? 0])).stays[0]?.roomId ?? 0;
    const [stranger] = await arriveForHotel(call, [g[0]]);
    expect(
      await call('hotels.place', {
        assignments: [{ roomId: room, returneeIds: [stranger ?? 0] }],
        checkIn: '2026-11-28',
      }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: { code: 'room_other_group' } } });
  });
});

describe('planned end follows the closure', () => {
  it('keeps placed guests on their date, gives new guests the current closure, and moves the chosen ones', async () => {
    const { db, call, families } = await setup();
    const [f1, f2] = families;
    if (!f1 || !f2) throw new Error('demo');
    const version = () =>
      (db.$client.prepare('SELECT version FROM compound').get() as { version: number }).version;
    ok(await call('compound.update', { ...PROFILE, version: version() }));
    const first = await arriveForHotel(call, f1);
    await place(call, first);
    // The closure is extended by a week.
    ok(await call('compound.update', { ...PROFILE, plannedDays: 21, version: version() }));
    const second = await arriveForHotel(call, f2);
    await place(call, second);

    const board = ok(await call('hotels.occupancy', {}));
    expect(board.closureEnd).toBe('2026-12-13');
    const guests = board.hotels.flatMap((h) => h.guests);
    const of = (ids: number[]) => guests.filter((g) => ids.includes(g.returneeId));
    for (const g of of(first)) expect(g).toMatchObject({ plannedEnd: '2026-12-06', offClosure: true });
    for (const g of of(second)) expect(g).toMatchObject({ plannedEnd: '2026-12-13', offClosure: false });

    // Move one of the first family: the other keeps the old date.
    const [chosen, other] = of(first);
    const moved = await call('hotels.movePlannedEnd', {
      stayIds: [chosen?.stayId ?? 0],
      plannedEnd: '2026-12-13',
      reason: '封闭延长一周',
    });
    expect(moved).toEqual({ ok: true, value: { moved: 1 } });
    const after = ok(await call('hotels.occupancy', {})).hotels.flatMap((h) => h.guests);
    expect(after.find((g) => g.stayId === chosen?.stayId)).toMatchObject({
      plannedEnd: '2026-12-13',
      offClosure: false,
    });
    expect(after.find((g) => g.stayId === other?.stayId)).toMatchObject({ plannedEnd: '2026-12-06' });
    const audit = db.$client
      .prepare(
        "SELECT summary_code AS code, summary_params AS params FROM audit_log WHERE method = 'hotels.movePlannedEnd'",
      )
      .get() as { code: string; params: string };
    expect(audit.code).toBe('audit_planned_end_move');
    expect(JSON.parse(audit.params)).toMatchObject({
      count: 1,
      to: '2026-12-13',
      reason: '封闭延长一周',
      names: `${chosen?.name} 2026-12-06 → 2026-12-13`,
    });
    // Not before the check-in; nobody chosen is a field error.
    expect(
      await call('hotels.movePlannedEnd', { stayIds: [other?.stayId ?? 0], plannedEnd: '2026-11-20' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', reason: { code: 'planned_end_before_check_in_of' } },
    });
    expect(await call('hotels.movePlannedEnd', { stayIds: [], plannedEnd: '2026-12-13' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'stayIds', reason: { code: 'choose_guests' } }] },
    });
  });
});
