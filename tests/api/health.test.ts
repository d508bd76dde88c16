import { describe, expect, it } from 'vitest';
import type { Out } from '../../electron/api/contract';
import { healthPost, slotsRebuilt } from './health-setup';
import { count } from './helpers';

type Round = Out<'health.round'>;
const cellOf = (r: Round, name: string, slot: number) => {
  const row = r.rows.find((x) => x.name === name);
  const cell = row?.cells.find((c) => c.slot === slot);
  if (!cell) throw new Error(`no cell ${name} ${slot}`);
  return cell;
};
function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('health: a whole day of rounds', () => {
  it('opens everyone, records a day of checks with a recheck and a fever, and reads the duty screen', async () => {
    const { db, call, at } = await healthPost();
    const opened = ok(await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' }));
    // 赵明 is away: six residents followed, two slots each today.
    expect(opened).toEqual({ opened: 6, id: null });
    expect(count(db, 'health_slots')).toBe(12);

    let round = ok(await call('health.round', { buildingId: 1 }));
    expect(round.rows.map((r) => [r.name, r.room, r.dayNo, r.days])).toEqual([
      ['王建华', '101', 1, 14],
      ['王丽', '101', 1, 14],
      ['王小明', '101', 1, 14],
      ['陈玉兰', '102', 1, 14],
      ['陈伟', '102', 1, 14],
    ]);
    expect(round.completion).toEqual({ due: 0, done: 0 });
    expect(round.slotsMade).toBe(true);
    expect(cellOf(round, '王丽', 0)).toMatchObject({ state: 'due', starts: '07:00' });

    // 07:30, the morning round of 1栋 at the door: 王丽 37.5 asks for a recheck after a rest.
    at('2026-11-28', '07:30');
    const slot = (name: string, s: number) => cellOf(round, name, s).slotId;
    const morning = ok(
      await call('health.record', {
        checks: [
          { slotId: slot('王建华', 0), temperature: 36.5 },
          { slotId: slot('王丽', 0), temperature: 37.5 },
          { slotId: slot('王小明', 0), temperature: 38.4, symptoms: ['cough'] },
        ],
      }),
    );
    expect(morning.results.map((r) => r.result)).toEqual(['normal', 'abnormal', 'abnormal']);
    expect(morning.rechecks).toEqual([slot('王丽', 0), slot('王小明', 0)]);
    expect(morning.alerts).toEqual([]);
    // 陈 reports for both members at once, the WeChat way.
    const household = ok(
      await call('health.record', {
        via: 'household',
        checks: [
          { slotId: slot('陈玉兰', 0), temperature: 36.8, method: 'armpit' },
          { slotId: slot('陈伟', 0), temperature: 36.6, method: 'armpit' },
        ],
      }),
    );
    expect(household.written).toBe(2);
    expect(
      db.$client.prepare("SELECT count(*) AS n FROM health_checks WHERE via = 'household'").get(),
    ).toEqual({
      n: 2,
    });

    // 08:00 the rechecks after a rest: 王丽 37.1 (normal), 王小明 38.2 (a fever alert for the doctor).
    at('2026-11-28', '08:00');
    const rechecks = ok(
      await call('health.record', {
        checks: [
          { slotId: slot('王丽', 0), temperature: 37.1, recheck: true },
          { slotId: slot('王小明', 0), temperature: 38.2, recheck: true },
        ],
      }),
    );
    expect(rechecks.results.map((r) => r.result)).toEqual(['normal', 'abnormal']);
    expect(rechecks.rechecks).toEqual([]);
    expect(rechecks.alerts).toHaveLength(1);
    expect(rechecks.medicalIds).toHaveLength(1);

    // 10:00 the doctor's screen.
    at('2026-11-28', '10:00');
    const duty = ok(await call('health.alerts', {}));
    expect(duty.fevers).toMatchObject([
      {
        name: '王小明',
        place: '1栋 101',
        phone: '13800000001',
        temperature: 38.2,
        firstTemperature: 38.4,
        waitingMinutes: 120,
        medicalId: rechecks.medicalIds[0],
      },
    ]);
    expect(duty.rechecks).toEqual([]);
    // 李建国 (2栋) has not been checked this morning.
    expect(duty.due).toMatchObject({
      total: 1,
      rows: [{ name: '李建国', place: '2栋 201', missed: false, slot: 0 }],
    });
    expect(duty.notSeen.total).toBe(0);
    expect(duty.normal).toBe(4);
    expect(duty.completion).toEqual([
      { kind: 'building', id: 1, name: '1栋', due: 5, done: 5 },
      { kind: 'building', id: 2, name: '2栋', due: 1, done: 0 },
    ]);
    // The overview says it too: one open fever alert, 5 of the 6 slots due this morning taken.
    expect(ok(await call('overview.get', {})).counts).toMatchObject({
      healthFevers: 1,
      roundDue: 6,
      roundDone: 5,
    });
    round = ok(await call('health.round', { buildingId: 1 }));
    expect(cellOf(round, '王丽', 0)).toMatchObject({ state: 'normal', temperature: 37.1, recheckDue: false });
    expect(cellOf(round, '王小明', 0)).toMatchObject({ state: 'abnormal', temperature: 38.2 });
    expect(round.completion).toEqual({ due: 5, done: 5 });

    // 14:00 the afternoon round of 1栋; 李建国 still not reached.
    at('2026-11-28', '14:00');
    const afternoon = ok(
      await call('health.record', {
        checks: ['王建华', '王丽', '王小明', '陈玉兰', '陈伟'].map((n) => ({
          slotId: slot(n, 1),
          temperature: 36.7,
        })),
      }),
    );
    expect(afternoon.written).toBe(5);
    const li = ok(await call('health.round', { buildingId: 2 }));
    ok(
      await call('health.record', {
        checks: [{ slotId: cellOf(li, '李建国', 1).slotId, result: 'not_reached' }],
      }),
    );

    // 20:30: both of 李建国's slots passed with no reading: missed, and not seen for two slots.
    at('2026-11-28', '20:30');
    const evening = ok(await call('health.round', { buildingId: 2 }));
    expect(evening.rows[0]?.cells.map((c) => c.state)).toEqual(['missed', 'not_reached']);
    expect(evening.completion).toEqual({ due: 2, done: 1 });
    const late = ok(await call('health.alerts', {}));
    expect(late.notSeen).toMatchObject({
      total: 1,
      rows: [{ name: '李建国', slotsMissed: 2, lastSeenAt: null }],
    });
    expect(late.due.total).toBe(1);
    expect(late.due.rows[0]).toMatchObject({ name: '李建国', missed: true });
    // The fever alert stays until the doctor acts: nothing here clears it.
    expect(late.fevers).toHaveLength(1);

    // Every slot keeps exactly the checks it has.
    for (const s of slotsRebuilt(db)) expect(s.kept).toBe(s.rebuilt);
    const audit = db.$client
      .prepare(
        "SELECT summary_code AS code FROM audit_log WHERE summary_code LIKE 'audit_health%' ORDER BY id",
      )
      .all();
    expect(audit.map((a) => (a as { code: string }).code)).toEqual([
      'audit_health_open_all',
      ...Array(5).fill('audit_health_record'),
    ]);
  });
});

describe('health: episodes', () => {
  it('a closed episode gets no new slots, keeps its checked ones, and is never closed by itself', async () => {
    const { db, call, at, residentId } = await healthPost();
    const one = ok(
      await call('health.openEpisode', {
        subject: { kind: 'resident', id: residentId('李建国') },
        reason: 'close_contact',
        days: 2,
      }),
    );
    expect(one.opened).toBe(1);
    const again = await call('health.openEpisode', {
      subject: { kind: 'resident', id: residentId('李建国') },
      reason: 'compound',
    });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'health_already_followed' } },
    });
    at('2026-11-28', '08:00');
    const r = ok(await call('health.round', { buildingId: 2 }));
    ok(
      await call('health.record', {
        checks: [{ slotId: r.rows[0]?.cells[0]?.slotId ?? '', temperature: 36.4 }],
      }),
    );
    // Closed at 08:00 (moved to hospital): the afternoon slot goes, the morning's check stays.
    const closed = ok(
      await call('health.closeEpisode', { id: one.id ?? '', reason: 'hospital', note: '120 送医' }),
    );
    expect(closed.id).toBe(one.id);
    expect(count(db, 'health_slots')).toBe(1);
    expect(count(db, 'health_checks')).toBe(1);
    const twice = await call('health.closeEpisode', { id: one.id ?? '', reason: 'left' });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: { code: 'health_episode_closed' } },
    });
    at('2026-11-29', '06:00');
    expect(ok(await call('health.makeSlots', {}))).toEqual({ day: '2026-11-29', made: 0 });
    expect(count(db, 'health_slots')).toBe(1);
    const eps = ok(await call('health.episodes', { scope: 'closed' }));
    expect(eps.rows).toMatchObject([
      { name: '李建国', closeReason: 'hospital', overdue: false, dayNo: 2, days: 2 },
    ]);
    // The database refuses deleting a checked slot, or closing twice, whatever the caller.
    expect(() => db.$client.prepare('DELETE FROM health_slots').run()).toThrow(/slot with a check/);
    expect(() => db.$client.prepare('UPDATE health_checks SET temperature = 36').run()).toThrow(
      /append-only/,
    );
  });

  it('past its last day an open episode is overdue, not closed, and gets no slots', async () => {
    const { db, call, at, residentId } = await healthPost();
    const one = ok(
      await call('health.openEpisode', {
        subject: { kind: 'resident', id: residentId('陈伟') },
        reason: 'home_returnee',
        days: 1,
      }),
    );
    at('2026-11-30', '09:00');
    expect(ok(await call('health.makeSlots', {})).made).toBe(0);
    const eps = ok(await call('health.episodes', {}));
    expect(eps.rows).toMatchObject([{ id: one.id, closedAt: null, overdue: true, dayNo: 3, days: 1 }]);
    expect(count(db, 'health_slots')).toBe(2);
  });
});

describe('health: refusals', () => {
  it('refuses an unknown slot, a slot not yet due, no reading, a mixed household, a recheck not due', async () => {
    const { call, at } = await healthPost();
    ok(await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' }));
    at('2026-11-28', '08:00');
    const r = ok(await call('health.round', { buildingId: 1 }));
    const s = (name: string, i: number) => cellOf(r, name, i).slotId;
    const refused = async (input: Parameters<typeof call<'health.record'>>[1]) => {
      const res = await call('health.record', input);
      if (res.ok) throw new Error('written');
      return { code: res.error.code, reason: res.error.reason?.code, field: res.error.issues?.[0]?.path };
    };
    expect(await refused({ checks: [{ slotId: '999999', temperature: 36.5 }] })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'health_slot_not_found',
    });
    expect(await refused({ checks: [{ slotId: s('王丽', 1), temperature: 36.5 }] })).toMatchObject({
      code: 'CONFLICT',
      reason: 'health_slot_not_started',
    });
    expect(await refused({ checks: [{ slotId: s('王丽', 0) }] })).toMatchObject({
      reason: 'health_no_reading',
    });
    expect(
      await refused({ checks: [{ slotId: s('王丽', 0), temperature: 36.5, recheck: true }] }),
    ).toMatchObject({
      reason: 'health_no_recheck_due',
    });
    expect(
      await refused({
        via: 'household',
        checks: [
          { slotId: s('王丽', 0), temperature: 36.5 },
          { slotId: s('陈伟', 0), temperature: 36.5 },
        ],
      }),
    ).toMatchObject({ reason: 'health_household_mixed' });
    expect(await refused({ checks: [{ slotId: s('王丽', 0), temperature: 45 }] })).toMatchObject({
      code: 'VALIDATION',
    });
    const both = await call('health.round', { buildingId: 1, hotelId: 1 });
    expect(both).toMatchObject({ ok: false, error: { reason: { code: 'health_round_place' } } });
  });
});
