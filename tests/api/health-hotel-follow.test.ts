/**
 * Hotel guests followed like residents (issue 14): two checks a day, the call filling the slot of
 * its time window; the episode follows the stay (room change, moved planned end); a fever the hotel
 * handled is triaged on the doctor's list; the duty screen names a slot by its episode's rhythm.
 */
import { describe, expect, it } from 'vitest';
import { healthPost, local } from './health-setup';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function hotelPost() {
  const p = await healthPost();
  const { call, db } = p;
  p.at('2026-11-28', '09:00');
  const south = ok(await call('hotels.save', { name: '城南酒店', address: '', contact: '', phone: '' }));
  const east = ok(await call('hotels.save', { name: '城东酒店', address: '', contact: '', phone: '' }));
  ok(await call('hotels.addRooms', { hotelId: south.id, from: 301, to: 302, beds: 2 }));
  ok(await call('hotels.addRooms', { hotelId: east.id, from: 501, to: 501, beds: 2 }));
  const room = (hotelId: number, n: string) =>
    (
      db.$client.prepare('SELECT id FROM hotel_rooms WHERE hotel_id = ? AND number = ?').get(hotelId, n) as {
        id: number;
      }
    ).id;
  const reg = ok(
    await call('returnees.register', {
      fromPlace: '三亚',
      members: [{ residentId: p.residentId('李建国') }],
    }),
  );
  const guest = reg.members[0]?.id ?? 0;
  ok(await call('returnees.decide', { returneeIds: [guest], outcome: 'hotel' }));
  ok(
    await call('hotels.place', {
      assignments: [{ roomId: room(south.id, '301'), returneeIds: [guest] }],
      checkIn: '2026-11-28',
    }),
  );
  const stayId = () =>
    (
      db.$client
        .prepare('SELECT id FROM hotel_stays WHERE returnee_id = ? AND ended_at IS NULL')
        .get(guest) as { id: number }
    ).id;
  const episode = () =>
    db.$client
      .prepare(
        "SELECT seq, checks_per_day AS perDay, hotel_id AS hotelId, place, to_day AS toDay FROM health_episodes WHERE returnee_id = ? AND reason = 'hotel_guest'",
      )
      .get(guest) as { seq: number; perDay: number; hotelId: number; place: string; toDay: string };
  const slots = () =>
    db.$client
      .prepare(
        `SELECT s.day, s.slot, s.starts, s.hotel_id AS hotelId, s.state, s.temperature FROM health_slots s
         JOIN health_episodes e ON e.seq = s.episode_seq WHERE e.returnee_id = ? ORDER BY s.day, s.slot`,
      )
      .all(guest);
  return { ...p, south: south.id, east: east.id, room, guest, stayId, episode, slots };
}

describe('health: hotel guests followed like residents', () => {
  it('two checks a day: a morning call fills the morning slot, an afternoon call the afternoon one', async () => {
    const { call, at, guest, south, episode, slots } = await hotelPost();
    expect(episode()).toMatchObject({ perDay: 2, hotelId: south });
    ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 36.5 }));
    at('2026-11-28', '15:10');
    ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 36.7 }));
    expect(slots()).toEqual([
      { day: '2026-11-28', slot: 0, starts: 420, hotelId: south, state: 'normal', temperature: 36.5 },
      { day: '2026-11-28', slot: 1, starts: 780, hotelId: south, state: 'normal', temperature: 36.7 },
    ]);
    const round = ok(await call('health.round', { hotelId: south }));
    expect(round.slotsPerDay).toBe(2);
    expect(round.completion).toEqual({ due: 2, done: 2 });
    // The board's "not contacted today" keeps its one definition: a reached call today.
    expect(ok(await call('hotels.occupancy', {})).notContacted).toEqual([]);
  });

  it('a room change to another hotel moves the episode and today’s open slots; past checks stay', async () => {
    const { call, at, guest, south, east, room, episode, slots } = await hotelPost();
    ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 36.5 }));
    at('2026-11-28', '11:00');
    ok(
      await call('hotels.moveRoom', {
        returneeId: guest,
        toRoomId: room(east, '501'),
        reason: '空调坏了',
        overfillReason: '',
      }),
    );
    expect(episode()).toMatchObject({ hotelId: east, place: '城东酒店 501' });
    expect(slots()).toMatchObject([
      { slot: 0, hotelId: south, state: 'normal' },
      { slot: 1, hotelId: east, state: 'due' },
    ]);
    at('2026-11-28', '14:00');
    const eastRound = ok(await call('health.round', { hotelId: east }));
    // The morning was taken at the old hotel: the new one's round has the afternoon.
    expect(eastRound.rows).toMatchObject([{ room: '501', cells: [{ slot: 1, state: 'due' }] }]);
    const duty = ok(await call('health.alerts', {}));
    expect(duty.completion.filter((c) => c.kind === 'hotel')).toEqual([
      { kind: 'hotel', id: south, name: '城南酒店', due: 1, done: 1 },
      { kind: 'hotel', id: east, name: '城东酒店', due: 1, done: 0 },
    ]);
    const list = ok(await call('medical.list', {}));
    expect(list.rows).toEqual([]);
    expect(south).not.toBe(east);
  });

  it('a moved planned end moves the episode’s last day: nearer drops later open slots, later makes today’s', async () => {
    const { call, at, stayId, episode, slots } = await hotelPost();
    expect(episode().toDay).toBe('2026-12-12');
    ok(
      await call('hotels.movePlannedEnd', { stayIds: [stayId()], plannedEnd: '2026-12-20', reason: '延长' }),
    );
    expect(episode().toDay).toBe('2026-12-20');
    // Brought back to the check-in day: today is the last day, its slots stay, none tomorrow.
    ok(
      await call('hotels.movePlannedEnd', { stayIds: [stayId()], plannedEnd: '2026-11-28', reason: '提前' }),
    );
    expect(episode().toDay).toBe('2026-11-28');
    at('2026-11-29', '09:00');
    ok(await call('health.makeSlots', {}));
    expect(slots().filter((s) => (s as { day: string }).day === '2026-11-29')).toEqual([]);
    // Extended again the next morning: today's slots are made at once, yesterday's are not remade.
    ok(
      await call('hotels.movePlannedEnd', { stayIds: [stayId()], plannedEnd: '2026-12-05', reason: '延长' }),
    );
    expect(episode().toDay).toBe('2026-12-05');
    expect(
      slots()
        .filter((s) => (s as { day: string }).day === '2026-11-29')
        .map((s) => (s as { slot: number }).slot),
    ).toEqual([0, 1]);
    expect(slots()).toHaveLength(4);
  });

  it('a fever handled at the hotel triages the doctor’s request, and the list names the handling', async () => {
    const { call, guest } = await hotelPost();
    const c = ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 38.2 }));
    const before = ok(await call('medical.list', {})).rows;
    expect(before).toMatchObject([{ source: 'guest', state: 'new', hotelHandled: null }]);
    ok(await call('hotels.handleFever', { contactId: c.id, action: 'referred', note: '已送发热门诊' }));
    const after = ok(await call('medical.list', {})).rows;
    expect(after).toMatchObject([
      {
        id: before[0]?.id,
        state: 'triaged',
        action: 'fever_clinic',
        advice: '已送发热门诊',
        hotelHandled: { action: 'referred', byName: '林晓梅' },
      },
    ]);
    expect(after.filter((r) => r.state === 'new')).toEqual([]);
  });

  it('a recheck at the hotel triages without a doctor’s action; the doctor closes it', async () => {
    const { call, guest } = await hotelPost();
    const c = ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 37.6 }));
    ok(await call('hotels.handleFever', { contactId: c.id, action: 'rechecked', note: '复测 36.9' }));
    const [r] = ok(await call('medical.list', {})).rows;
    expect(r).toMatchObject({ state: 'triaged', action: null, hotelHandled: { action: 'rechecked' } });
    ok(await call('medical.close', { id: r?.id ?? '', outcome: 'resolved', note: '' }));
    expect(ok(await call('medical.list', {})).rows).toEqual([]);
  });

  it('the duty screen names a due slot by its episode’s rhythm (daily with one a day)', async () => {
    const { call, at, residentId } = await hotelPost();
    ok(
      await call('health.openEpisode', {
        subject: { kind: 'resident', id: residentId('王丽') },
        reason: 'close_contact',
        days: 7,
        checksPerDay: 1,
        note: '',
      }),
    );
    at('2026-11-28', '10:00');
    const due = ok(await call('health.alerts', {})).due.rows;
    expect(due.find((d) => d.name === '王丽')).toMatchObject({ slot: 0, perDay: 1 });
    expect(due.find((d) => d.name === '李建国')).toMatchObject({ slot: 0, perDay: 2 });
    expect(local('2026-11-28', '10:00').toISOString()).toBe('2026-11-28T02:00:00.000Z');
  });
});
