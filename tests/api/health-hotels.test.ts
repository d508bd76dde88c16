/**
 * Hotel guests in the rounds' one model (issue 14): a placement opens a hotel_guest episode, the
 * daily call's reading is a check via hotel_call, a fever on a call is one alert on the hotel board
 * and the doctor's duty screen (one definition), and a release closes the episode with a reason.
 */
import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb } from './helpers';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

async function placedGuest() {
  const { db, host } = freshDb();
  writeDemo(db, { now: FIXED_NOW });
  const call = api(db, host, 1);
  const hotel = ok(await call('hotels.save', { name: '城南酒店', address: '', contact: '', phone: '' }));
  ok(await call('hotels.addRooms', { hotelId: hotel.id, from: 301, to: 302, beds: 2 }));
  const roomId = (
    db.$client.prepare('SELECT id FROM hotel_rooms WHERE hotel_id = ? ORDER BY id LIMIT 1').get(hotel.id) as {
      id: number;
    }
  ).id;
  const resident = db.$client
    .prepare("SELECT id FROM residents WHERE presence = 'in_compound' ORDER BY id DESC LIMIT 1")
    .get() as { id: number };
  const reg = ok(
    await call('returnees.register', { fromPlace: '三亚', members: [{ residentId: resident.id }] }),
  );
  const guest = reg.members[0]?.id ?? 0;
  ok(await call('returnees.decide', { returneeIds: [guest], outcome: 'hotel' }));
  ok(await call('hotels.place', { assignments: [{ roomId, returneeIds: [guest] }], checkIn: '2026-11-28' }));
  return { db, call, guest, hotelId: hotel.id };
}

describe('health: hotel guests', () => {
  it('a placement opens the episode; calls are checks; a fever is one alert on both screens until handled', async () => {
    const { db, call, guest, hotelId } = await placedGuest();
    const eps = ok(await call('health.episodes', { subject: { kind: 'returnee', id: guest } }));
    expect(eps.rows).toMatchObject([
      { reason: 'hotel_guest', checksPerDay: 2, fromDay: '2026-11-28', closedAt: null },
    ]);
    expect(eps.rows[0]?.place).toMatch(/^城南酒店 301$/);
    const c = ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 37.9 }));
    expect(c.fever).toBe(true);
    const check = db.$client
      .prepare('SELECT via, result, alert, temperature FROM health_checks WHERE hotel_contact_id = ?')
      .get(c.id);
    expect(check).toEqual({ via: 'hotel_call', result: 'abnormal', alert: 1, temperature: 37.9 });
    const round = ok(await call('health.round', { hotelId }));
    // Two checks a day like residents: the 10:00 call filled the morning slot.
    expect(round.rows).toMatchObject([
      {
        room: '301',
        cells: [
          { slot: 0, state: 'abnormal', temperature: 37.9 },
          { slot: 1, state: 'due' },
        ],
      },
    ]);
    const duty = ok(await call('health.alerts', {}));
    const board = ok(await call('hotels.occupancy', {}));
    expect(board.feverAlerts).toMatchObject([
      { contactId: c.id, returneeId: guest, temperature: 37.9, room: '301' },
    ]);
    const mine = duty.fevers.filter((f) => f.subject.kind === 'returnee' && f.subject.id === guest);
    expect(mine).toMatchObject([{ temperature: 37.9, place: '城南酒店 301' }]);
    // The doctor's request came with the alert (source: the guest); the hotel's handling clears both screens.
    const req = ok(await call('medical.list', {})).rows.find((r) => r.checkId === mine[0]?.checkId);
    expect(req).toMatchObject({ kind: 'fever', source: 'guest' });
    ok(await call('hotels.handleFever', { contactId: c.id, action: 'called_doctor' }));
    expect(ok(await call('hotels.occupancy', {})).feverAlerts).toEqual([]);
    expect(ok(await call('health.alerts', {})).fevers.filter((f) => f.checkId === mine[0]?.checkId)).toEqual(
      [],
    );
    // A call not reached is a check too.
    const u = ok(await call('hotels.logContact', { returneeId: guest, reached: false }));
    expect(
      db.$client.prepare('SELECT result FROM health_checks WHERE hotel_contact_id = ?').get(u.id),
    ).toEqual({
      result: 'not_reached',
    });
  });

  it('the doctor triaging the request clears the hotel board’s alert too', async () => {
    const { call, guest } = await placedGuest();
    const c = ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 38.1 }));
    const req = ok(await call('medical.list', {})).rows.find((r) => r.source === 'guest');
    ok(await call('medical.triage', { id: req?.id ?? '', action: 'fever_clinic' }));
    expect(ok(await call('hotels.occupancy', {})).feverAlerts.filter((a) => a.contactId === c.id)).toEqual(
      [],
    );
  });

  it('a release closes the episode with its reason: hospital', async () => {
    const { call, guest } = await placedGuest();
    const asCommander = call;
    const r = await asCommander('hotels.release', { returneeId: guest, to: 'hospital', reason: '120 送医' });
    if (!r.ok) throw new Error(r.error.message);
    const eps = ok(await call('health.episodes', { scope: 'all', subject: { kind: 'returnee', id: guest } }));
    expect(eps.rows).toMatchObject([{ reason: 'hotel_guest', closeReason: 'hospital' }]);
    expect(eps.rows[0]?.closedAt).not.toBeNull();
  });
});
