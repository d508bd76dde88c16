/**
 * The rounds at district scale (issue 14's speed): everyone opened in one statement gives the same
 * episodes as one person at a time; a day's slots are what the rule says for each episode (none for
 * a closed one), made once; a day is "made" only when it was made for everyone (health_days), not
 * because a hotel guest's call or a late episode put a slot on it; the day's counts per place stay
 * equal to the slots counted.
 */
import { describe, expect, it } from 'vitest';
import type { Ctx } from '../../electron/api/context';
import { insertEpisode, nextSeq } from '../../electron/api/health/episodes';
import { slotsForDay } from '../../electron/api/health/rules';
import { whereabouts } from '../../electron/api/health/subject';
import { postId } from '../../electron/api/shared/events';
import { writeDemo } from '../../electron/demo/demo';
import { healthPost } from './health-setup';
import { api, count, FIXED_NOW, freshDb } from './helpers';

function ok<T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** The episodes' columns that say who, where and how (not the key, made anew each time). */
const episodes = (db: ReturnType<typeof freshDb>['db']) =>
  db.$client
    .prepare(
      `SELECT seq, subject_kind, resident_id, returnee_id, household_id, building_id, hotel_id, place, reason, from_day,
        to_day, checks_per_day, note, opened_at, opened_by_name, closed_at, last_read_pos, last_read_at
      FROM health_episodes ORDER BY seq`,
    )
    .all();

/** The counts kept per day, place and window, against the slots counted. */
const counts = (db: ReturnType<typeof freshDb>['db']) => ({
  kept: db.$client
    .prepare(
      'SELECT day, building_id, hotel_id, starts, total, done, normal FROM health_slot_counts WHERE total > 0 ORDER BY 1, 2, 3, 4',
    )
    .all(),
  counted: db.$client
    .prepare(
      `SELECT day, coalesce(building_id, 0) AS building_id, coalesce(hotel_id, 0) AS hotel_id, starts, count(*) AS total,
        sum(state <> 'due') AS done, sum(state = 'normal') AS normal FROM health_slots GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    )
    .all(),
});

describe('health at scale: everyone at once', () => {
  it('opens the same episodes, in the same order, as one person at a time did', async () => {
    const a = freshDb();
    writeDemo(a.db, { now: FIXED_NOW });
    const opened = ok(
      await api(
        a.db,
        a.host,
        1,
      )('health.openEpisode', {
        everyoneInCompound: true,
        reason: 'compound',
        fromDay: '2026-11-26',
      }),
    );
    // The old way, person by person: whereabouts, then one insert each, in household order.
    const b = freshDb();
    writeDemo(b.db, { now: FIXED_NOW });
    const operator = b.db.$client.prepare('SELECT id, name FROM team_members WHERE id = 1').get() as {
      id: number;
      name: string;
    };
    const ctx = { now: () => FIXED_NOW, operator } as unknown as Ctx;
    const ids = b.db.$client
      .prepare("SELECT id FROM residents WHERE presence = 'in_compound' ORDER BY household_id, id")
      .pluck()
      .all() as number[];
    let seq = nextSeq(b.db);
    const o = { reason: 'compound' as const, fromDay: '2026-11-26', days: 14, checksPerDay: 2, note: '' };
    for (const id of ids)
      insertEpisode(b.db, ctx, whereabouts(b.db, { kind: 'resident', id }), o, seq++, postId(b.db));
    expect(opened.opened).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(200);
    expect(episodes(a.db)).toEqual(episodes(b.db));
    const keys = a.db.$client.prepare('SELECT id FROM health_episodes').pluck().all() as string[];
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys)
      expect(k).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Its three days so far were made for everyone, and counted.
    expect(a.db.$client.prepare('SELECT day FROM health_days ORDER BY day').pluck().all()).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
    ]);
    expect(count(a.db, 'health_slots')).toBe(ids.length * 2 * 3);
    const c = counts(a.db);
    expect(c.kept).toEqual(c.counted);
  });
});

describe('health at scale: a day made', () => {
  it("makes each open episode's slots by the rule, none for a closed one, once", async () => {
    const { db, call, at, residentId } = await healthPost();
    ok(await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound', days: 3 }));
    ok(
      await call('health.openEpisode', {
        subject: { kind: 'resident', id: residentId('赵明') },
        reason: 'home_returnee',
        checksPerDay: 3,
        fromDay: '2026-11-29',
        days: 1,
      }),
    );
    const chen = ok(await call('health.episodes', { subject: { kind: 'resident', id: residentId('陈伟') } }));
    ok(await call('health.closeEpisode', { id: chen.rows[0]?.id ?? '', reason: 'left' }));
    at('2026-11-29', '06:00');
    const made = ok(await call('health.makeSlots', {}));
    const eps = db.$client
      .prepare(
        `SELECT seq, from_day AS fromDay, to_day AS toDay, checks_per_day AS checksPerDay, closed_at AS closedAt
        FROM health_episodes ORDER BY seq`,
      )
      .all() as {
      seq: number;
      fromDay: string;
      toDay: string;
      checksPerDay: number;
      closedAt: string | null;
    }[];
    const expected = eps.flatMap((e) => slotsForDay(e, '2026-11-29').map((slot) => [e.seq, slot]));
    const got = db.$client
      .prepare("SELECT episode_seq, slot FROM health_slots WHERE day = '2026-11-29' ORDER BY 1, 2")
      .raw()
      .all();
    expect(got).toEqual(expected);
    // Five residents twice, 赵明 three times; 陈伟 (closed) none.
    expect(made).toEqual({ day: '2026-11-29', made: 13 });
    expect(ok(await call('health.makeSlots', {}))).toEqual({ day: '2026-11-29', made: 0 });
    // 陈伟's two slots of today went with his closing (neither had begun).
    expect(count(db, 'health_slots')).toBe(12 - 2 + 13);
    const c = counts(db);
    expect(c.kept).toEqual(c.counted);
  });

  it("a hotel guest's call first in the morning does not make the day look made for everyone", async () => {
    const { db, call, at, residentId } = await healthPost();
    ok(await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' }));
    const hotel = ok(await call('hotels.save', { name: '城南酒店', address: '', contact: '', phone: '' }));
    ok(await call('hotels.addRooms', { hotelId: hotel.id, from: 301, to: 301, beds: 1 }));
    const roomId = db.$client.prepare('SELECT id FROM hotel_rooms LIMIT 1').pluck().get() as number;
    const reg = ok(
      await call('returnees.register', {
        fromPlace: '三亚',
        members: [{ residentId: residentId('李建国') }],
      }),
    );
    const guest = reg.members[0]?.id ?? 0;
    ok(await call('returnees.decide', { returneeIds: [guest], outcome: 'hotel' }));
    ok(
      await call('hotels.place', { assignments: [{ roomId, returneeIds: [guest] }], checkIn: '2026-11-28' }),
    );
    // Next morning the hotel calls its guest before anyone has touched the rounds: a slot of the
    // day exists (the call's), yet the day was not made for everyone.
    at('2026-11-29', '07:10');
    ok(await call('hotels.logContact', { returneeId: guest, reached: true, temperature: 36.5 }));
    expect(ok(await call('health.round', { buildingId: 1 })).slotsMade).toBe(false);
    // The first write of the rounds (here: 赵明 followed) makes the day for everyone.
    ok(
      await call('health.openEpisode', {
        subject: { kind: 'resident', id: residentId('赵明') },
        reason: 'home_returnee',
      }),
    );
    const after = ok(await call('health.round', { buildingId: 1 }));
    expect(after.slotsMade).toBe(true);
    expect(after.rows.map((r) => [r.name, r.cells.length])).toEqual([
      ['王建华', 2],
      ['王丽', 2],
      ['王小明', 2],
      ['赵明', 2],
      ['陈玉兰', 2],
      ['陈伟', 2],
    ]);
    const c = counts(db);
    expect(c.kept).toEqual(c.counted);
  });

  it('a person followed after a day was made ahead still gets that day', async () => {
    const { db, call, at, residentId } = await healthPost();
    ok(await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' }));
    // Tomorrow made ahead tonight; then 赵明 comes home and is followed from today.
    at('2026-11-28', '21:00');
    expect(ok(await call('health.makeSlots', { day: '2026-11-29' })).made).toBe(12);
    ok(
      await call('health.openEpisode', {
        subject: { kind: 'resident', id: residentId('赵明') },
        reason: 'home_returnee',
      }),
    );
    // Next morning the first check of the round (its write makes sure today is made: it was).
    at('2026-11-29', '08:00');
    const first = ok(await call('health.round', { buildingId: 1 }));
    const wang = first.rows.find((r) => r.name === '王建华')?.cells[0]?.slotId ?? '';
    ok(await call('health.record', { checks: [{ slotId: wang, temperature: 36.6 }] }));
    const round = ok(await call('health.round', { buildingId: 1 }));
    expect(round.rows.find((r) => r.name === '赵明')?.cells.map((c) => c.slot)).toEqual([0, 1]);
    const c = counts(db);
    expect(c.kept).toEqual(c.counted);
  });
});

describe('health at scale: the day’s counts', () => {
  it('follow checks and closing: the duty screen’s totals equal the slots counted', async () => {
    const { db, call, at, residentId } = await healthPost();
    ok(await call('health.openEpisode', { everyoneInCompound: true, reason: 'compound' }));
    at('2026-11-28', '08:00');
    const round = ok(await call('health.round', { buildingId: 1 }));
    const slot = (name: string) => round.rows.find((r) => r.name === name)?.cells[0]?.slotId ?? '';
    ok(
      await call('health.record', {
        checks: [
          { slotId: slot('王建华'), temperature: 36.5 },
          { slotId: slot('王丽'), temperature: 37.6 },
          { slotId: slot('王小明'), result: 'not_reached' },
        ],
      }),
    );
    at('2026-11-28', '08:30');
    ok(await call('health.record', { checks: [{ slotId: slot('王丽'), temperature: 36.9, recheck: true }] }));
    const li = ok(await call('health.episodes', { subject: { kind: 'resident', id: residentId('李建国') } }));
    ok(await call('health.closeEpisode', { id: li.rows[0]?.id ?? '', reason: 'hospital' }));
    const c = counts(db);
    expect(c.kept).toEqual(c.counted);
    const duty = ok(await call('health.alerts', {}));
    expect(duty.normal).toBe(2);
    expect(duty.due.total).toBe(2);
    expect(duty.completion).toEqual([{ kind: 'building', id: 1, name: '1栋', due: 5, done: 3 }]);
  });
});
