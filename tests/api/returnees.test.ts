import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { api, FIXED_NOW, freshDb } from './helpers';

function setup() {
  const { db, host } = freshDb();
  writeDemo(db, { now: FIXED_NOW });
  const call = api(db, host, 1);
  const people = db.$client
    .prepare(
      "SELECT id, name, household_id AS householdId FROM residents WHERE presence = 'in_compound' ORDER BY id LIMIT 3",
    )
    .all() as { id: number; name: string; householdId: number }[];
  return { db, host, call, people };
}

const arriving = (residentId: number, over: Record<string, unknown> = {}) => ({
  residentId,
  name: 'x',
  quarantineFrom: '2026-11-12',
  quarantineTo: '2026-11-26',
  certificateNo: 'HK-0811',
  testAt: '2026-11-27T08:00:00+08:00',
  testResult: 'negative' as const,
  healthCode: 'green' as const,
  temperature: 36.4,
  ...over,
});

async function hotelWithRooms(call: ReturnType<typeof api>) {
  const h = await call('hotels.save', {
    name: '城西宾馆',
    address: '城西镇金盘路 1 号',
    contact: '陈经理',
    phone: '0898-66660000',
  });
  if (!h.ok) throw new Error(h.error.message);
  const added = await call('hotels.addRooms', { hotelId: h.value.id, from: 201, to: 205, beds: 2 });
  expect(added).toEqual({ ok: true, value: { added: 5 } });
  await call('hotels.addRooms', { hotelId: h.value.id, from: 301, to: 301, beds: 2, ventilated: true });
  return h.value.id;
}

describe('returnees and hotels', () => {
  it('checks a group at the gate and records why', async () => {
    const { call, people } = setup();
    const [a, b] = people;
    if (!a || !b) throw new Error('demo');
    const r = await call('returnees.register', {
      fromPlace: '海口市美兰区隔离酒店',
      members: [
        arriving(a.id),
        arriving(b.id, { temperature: 37.8 }),
        { name: '访客张三', temperature: 36.5 },
      ],
    });
    if (!r.ok) throw new Error(r.error.message);
    const [m1, m2, m3] = r.value.members;
    expect(m1).toMatchObject({ name: a.name, recommendation: 'hotel', residentId: a.id });
    expect(m1?.checks.find((c) => c.rule === 'sealed')).toMatchObject({ status: 'fail' });
    expect(m1?.checks.find((c) => c.rule === 'quarantine')).toMatchObject({
      status: 'pass',
      reason: { code: 'quarantine_done', params: { days: expect.any(Number) } },
    });
    expect(m2).toMatchObject({ recommendation: 'medical' });
    expect(m3).toMatchObject({ name: '访客张三', residentId: null, recommendation: 'refuse' });
    const bad = await call('returnees.register', {
      fromPlace: 'x',
      members: [{ name: '错号', idNumber: '460106198503121231' }],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'members.0.idNumber', reason: { code: 'id_bad_checksum', params: { person: 1 } } }],
      },
    });
  });

  it('lives a whole stay: decide, place, need, move, contact, release — with the history intact', async () => {
    const { db, host, call, people } = setup();
    const [a, b] = people;
    if (!a || !b) throw new Error('demo');
    await hotelWithRooms(call);
    const reg = await call('returnees.register', {
      fromPlace: '三亚',
      members: [arriving(a.id), arriving(b.id, { wantsVentilation: false })],
    });
    if (!reg.ok) throw new Error(reg.error.message);
    const ids = reg.value.members.map((m) => m.id);

    // Against the recommendation without a reason: refused.
    expect(await call('returnees.decide', { returneeIds: ids, outcome: 'admit' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // Placing before a decision: refused.
    const early = await call('hotels.place', {
      assignments: [{ roomId: 1, returneeIds: ids }],
      checkIn: '2026-11-28',
    });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const dec = await call('returnees.decide', { returneeIds: ids, outcome: 'hotel' });
    expect(dec.ok && dec.value.map((v) => v.outcome)).toEqual(['hotel', 'hotel']);
    // Decided for a hotel is not yet in one: awaiting placement until a room is given.
    expect(db.$client.prepare('SELECT presence FROM residents WHERE id = ?').get(a.id)).toEqual({
      presence: 'awaiting_placement',
    });

    const sug = await call('hotels.suggest', { returneeIds: ids });
    expect(sug).toMatchObject({
      ok: true,
      value: { assignments: [{ returneeIds: expect.arrayContaining(ids) }] },
    });
    const roomId = sug.ok ? (sug.value.assignments[0]?.roomId ?? 0) : 0;
    const placed = await call('hotels.place', {
      assignments: [{ roomId, returneeIds: ids }],
      checkIn: '2026-11-28',
    });
    expect(placed).toMatchObject({ ok: true, value: { warnings: [] } });
    // Once in the hotel, no new decision until they leave.
    expect(await call('returnees.decide', { returneeIds: ids, outcome: 'hotel' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('请先办理离店') },
    });
    // The planned end defaults to the day the compound is lifted: 2026-11-22 + 14.
    const occ = await call('hotels.occupancy', {});
    if (!occ.ok) throw new Error(occ.error.message);
    expect(occ.value.hotels[0]).toMatchObject({
      counts: { occupied: 1, free: 5 },
      beds: { used: 2, total: 12 },
    });
    expect(occ.value.hotels[0]?.guests[0]).toMatchObject({
      plannedEnd: '2026-12-06',
      day: 1,
      contactedToday: false,
    });
    expect(occ.value.notContacted).toHaveLength(2);

    // A third person into the full room: refused without a reason, allowed with one.
    // A stranger: another household, another car (a later member of the same household would be family).
    const stranger = db.$client
      .prepare(
        "SELECT id FROM residents WHERE presence = 'in_compound' AND household_id NOT IN (?, ?) LIMIT 1",
      )
      .get(a.householdId, b.householdId) as { id: number };
    const c = await call('returnees.register', {
      fromPlace: '三亚',
      members: [arriving(stranger.id)],
    });
    const cid = c.ok ? (c.value.members[0]?.id ?? 0) : 0;
    await call('returnees.decide', { returneeIds: [cid], outcome: 'hotel' });
    const full = await call('hotels.place', {
      assignments: [{ roomId, returneeIds: [cid] }],
      checkIn: '2026-11-28',
    });
    expect(full).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('不同批次不能同住') },
    });

    const [first] = ids as [number];
    await call('hotels.addNeed', { returneeId: first, kinds: ['alcohol'], detail: '75% 酒精 2 瓶' });
    await call('hotels.addNeed', { returneeId: first, kinds: ['room_change'], detail: '房间不通风' });
    const file = await call('returnees.get', { id: first });
    const needId = file.ok ? (file.value.needs.find((n) => n.kind === 'alcohol')?.id ?? 0) : 0;
    expect(
      await call('hotels.handleNeed', { needId, done: 'delivered', note: '跑腿员已送到' }),
    ).toMatchObject({
      ok: true,
    });
    expect(await call('hotels.handleNeed', { needId, done: 'delivered' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const ventilated = db.$client.prepare("SELECT id FROM hotel_rooms WHERE number = '301'").get() as {
      id: number;
    };
    const moved = await call('hotels.moveRoom', {
      returneeId: first,
      toRoomId: ventilated.id,
      reason: '原房间不通风，按本人要求调换',
    });
    expect(moved).toMatchObject({ ok: true });
    const contact = await call('hotels.logContact', {
      returneeId: first,
      reached: true,
      temperature: 36.6,
      wellbeing: '状态良好',
    });
    expect(contact).toMatchObject({ ok: true, value: { fever: false } });

    // Home while the compound is sealed: only the commander, with a reason (issue 10.2).
    const commander = db.$client.prepare("SELECT id FROM team_members WHERE role = 'commander'").get() as {
      id: number;
    };
    const rel = await api(
      db,
      host,
      commander.id,
    )('hotels.release', {
      returneeId: first,
      to: 'home',
      reason: '解除隔离',
      overrideReason: '已在外完成隔离，持证明',
    });
    expect(rel).toMatchObject({ ok: true, value: { override: true } });
    expect(db.$client.prepare('SELECT presence FROM residents WHERE id = ?').get(a.id)).toEqual({
      presence: 'in_compound',
    });
    const rooms = db.$client
      .prepare('SELECT number, status FROM hotel_rooms WHERE id IN (?, ?) ORDER BY number')
      .all(roomId, ventilated.id);
    expect(rooms).toEqual([
      { number: expect.any(String), status: 'occupied' },
      { number: '301', status: 'cleaning' },
    ]);
    expect(await call('hotels.setRoom', { roomId: ventilated.id, status: 'free' })).toMatchObject({
      ok: true,
      value: { status: 'free' },
    });

    // Who was in which room, since when and why: the whole history.
    const history = await call('returnees.get', { id: first });
    if (!history.ok) throw new Error(history.error.message);
    expect(history.value.stays.map((s) => [s.room, s.endKind, s.endReason])).toEqual([
      [expect.any(String), 'moved', '原房间不通风，按本人要求调换'],
      ['301', 'released', '解除隔离'],
    ]);
    expect(history.value.stays[1]?.checkIn).toBe('2026-11-28');
    expect(history.value.decisions).toHaveLength(1);
    expect(history.value.needs.find((n) => n.kind === 'alcohol')).toMatchObject({
      handledBy: '黄国栋',
      handledNote: '跑腿员已送到',
    });
    expect(history.value.contacts[0]).toMatchObject({ reached: true, temperature: 36.6 });
    const events = db.$client
      .prepare('SELECT summary FROM household_events WHERE household_id = ? ORDER BY id')
      .all(a.householdId) as { summary: string }[];
    expect(
      events
        .map((e) => e.summary)
        .filter((e) => e.startsWith(a.name))
        .slice(-3),
    ).toEqual([
      expect.stringContaining('入住 城西宾馆'),
      expect.stringContaining('换到 城西宾馆 301'),
      expect.stringContaining('离开 城西宾馆 301：回家'),
    ]);
  });

  it('refuses to overfill a room without a reason and records the reason when given', async () => {
    const { call, people } = setup();
    await hotelWithRooms(call);
    const reg = await call('returnees.register', {
      fromPlace: '三亚',
      members: people.map((p) => arriving(p.id)),
    });
    const ids = reg.ok ? reg.value.members.map((m) => m.id) : [];
    await call('returnees.decide', { returneeIds: ids, outcome: 'hotel' });
    const refused = await call('hotels.place', {
      assignments: [{ roomId: 1, returneeIds: ids }],
      checkIn: '2026-11-28',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('只有 2 张床'),
        reason: { code: 'room_overfill', params: { beds: 2, adding: 3 } },
        issues: [{ path: 'overfillReason' }],
      },
    });
    const forced = await call('hotels.place', {
      assignments: [{ roomId: 1, returneeIds: ids }],
      checkIn: '2026-11-28',
      overfillReason: '一家三口，孩子 3 岁与父母同床',
    });
    expect(forced).toMatchObject({
      ok: true,
      value: {
        warnings: [{ code: 'room_overfilled', params: { beds: 2, reason: '一家三口，孩子 3 岁与父母同床' } }],
      },
    });
  });
});
