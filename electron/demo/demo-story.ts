/**
 * The real story of the returnees (issue 4), written through the API itself so that the demo obeys
 * the same rules as the post: six people who finished hotel quarantine elsewhere come back during the
 * closure, are checked at the gate, placed in the town's hotel, ask for alcohol, thermometers and
 * masks — met from the post's store (demo-stock.ts, the closure's supplies) — and a better-ventilated
 * room, and one of them is moved.
 */

import type { Db } from '../../db/open';
import type { HostContext } from '../api/context';
import type { In, Method, Out } from '../api/contract';
import { dispatch } from '../api/router';
import { addDays, dayOf, dayStartUtc } from '../api/shared/dates';
import { DEMO_GIVE, handOutDays, stockTheStore } from './demo-stock';

type Step = <M extends Method>(method: M, input: In<M>, at: string, operatorId: number) => Promise<Out<M>>;

export function stepper(db: Db): Step {
  return async (method, input, at, operatorId) => {
    const host: HostContext = { now: () => new Date(at), paths: { db: db.$client.name } };
    const r = await dispatch(db, method, input, host, { operatorId });
    if (!r.ok) throw new Error(`示范数据 ${method} 失败：${r.error.message}`);
    return r.value as Out<Method> as never;
  };
}

/** At a post day and hour (Asia/Shanghai), as an instant. */
const at = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(dayStartUtc(day)) + (hour * 60 + minute) * 60_000).toISOString();

export async function writeDemoStory(db: Db, now: Date): Promise<{ returnees: number }> {
  const step = stepper(db);
  const today = dayOf(now);
  const arrival = addDays(today, -3);
  const op = (name: string) =>
    (
      db.$client.prepare('SELECT id FROM team_members WHERE name = ? AND can_operate = 1').get(name) as
        | { id: number }
        | undefined
    )?.id ?? 1;
  const commander = op('黄国栋');
  const doctor = op('符海燕');
  const closureDay1 =
    (db.$client.prepare('SELECT closure_start AS d FROM compound').get() as { d: string | null } | undefined)
      ?.d ?? addDays(today, -6);
  const occupied = (
    db.$client.prepare("SELECT count(*) AS n FROM households WHERE occupancy = 'occupied'").get() as {
      n: number;
    }
  ).n;
  const items = await stockTheStore(step, closureDay1, commander, occupied);
  const pick = db.$client
    .prepare(
      `SELECT r.id, r.household_id AS householdId FROM residents r JOIN households h ON h.id = r.household_id
       WHERE r.presence = 'in_compound' AND h.reg_status = 'verified' AND r.id_number IS NOT NULL
       ORDER BY r.household_id, r.id`,
    )
    .all() as { id: number; householdId: number }[];
  // Three households: a couple, a mother with her son, and a family of two — six people.
  const byHousehold = new Map<number, number[]>();
  for (const p of pick) byHousehold.set(p.householdId, [...(byHousehold.get(p.householdId) ?? []), p.id]);
  const families = [...byHousehold.values()]
    .filter((m) => m.length >= 2)
    .slice(3, 6)
    .map((m) => m.slice(0, 2));
  if (families.length < 3) {
    await handOutDays(db, step, items, { closureDay1, today, now }, commander);
    return { returnees: 0 };
  }

  const hotel = await step(
    'hotels.save',
    { name: '城西宾馆', address: '海口市龙华区城西镇金盘路 8 号', contact: '陈经理', phone: '0898-66661234' },
    at(addDays(today, -5), 9),
    commander,
  );
  await step(
    'hotels.addRooms',
    { hotelId: hotel.id, from: 201, to: 210, beds: 2, accessible: true },
    at(addDays(today, -5), 9, 10),
    commander,
  );
  await step(
    'hotels.addRooms',
    { hotelId: hotel.id, from: 301, to: 306, beds: 2 },
    at(addDays(today, -5), 9, 12),
    commander,
  );
  await step(
    'hotels.addRooms',
    { hotelId: hotel.id, from: 307, to: 310, beds: 2, ventilated: true },
    at(addDays(today, -5), 9, 14),
    commander,
  );

  const qFrom = addDays(arrival, -15);
  const qTo = addDays(arrival, -1);
  const testAt = at(addDays(arrival, -1), 8);
  const placed: number[] = [];
  for (const [i, family] of families.entries()) {
    const gate = at(arrival, 10 + i, 15);
    const reg = await step(
      'returnees.register',
      {
        fromPlace: '海口市美兰区集中隔离酒店（已满 14 天）',
        note: '隔离期满返回，业主和物业不同意入住小区',
        members: family.map((residentId, k) => ({
          residentId,
          name: '',
          quarantineFrom: qFrom,
          quarantineTo: qTo,
          certificateNo: `MLQ-${arrival.replaceAll('-', '')}-${String(i * 2 + k + 1).padStart(3, '0')}`,
          testAt,
          testResult: 'negative' as const,
          healthCode: 'green' as const,
          temperature: 36.3 + k * 0.2,
          wantsVentilation: false,
        })),
      },
      gate,
      commander,
    );
    const ids = reg.members.map((m) => m.id);
    await step(
      'returnees.decide',
      { returneeIds: ids, outcome: 'hotel', reason: '' },
      at(arrival, 10 + i, 30),
      commander,
    );
    const sug = await step('hotels.suggest', { returneeIds: ids }, at(arrival, 10 + i, 35), commander);
    await step(
      'hotels.place',
      {
        assignments: sug.assignments.map((a) => ({ roomId: a.roomId, returneeIds: a.returneeIds })),
        checkIn: arrival,
      },
      at(arrival, 11 + i),
      commander,
    );
    placed.push(...ids);
  }
  const [asker] = placed;
  if (asker !== undefined) {
    const day2 = addDays(arrival, 1);
    await step(
      'hotels.addNeed',
      { returneeId: asker, kinds: ['alcohol', 'thermometer', 'masks'], detail: '' },
      at(day2, 9),
      commander,
    );
    await step(
      'hotels.addNeed',
      { returneeId: asker, kinds: ['room_change'], detail: '房间窗户打不开，想换通风好的房间' },
      at(day2, 9, 5),
      commander,
    );
    const file = await step('returnees.get', { id: asker }, at(day2, 9, 6), commander);
    for (const n of file.needs.filter((x) => x.kind !== 'room_change')) {
      // Met from the post's store: the issue to the guest is written with the handling.
      const give = n.kind in DEMO_GIVE ? DEMO_GIVE[n.kind as keyof typeof DEMO_GIVE] : null;
      await step(
        'hotels.handleNeed',
        {
          needId: n.id,
          done: 'delivered',
          note: '副指挥长送到酒店前台',
          ...(give ? { give: { lines: [{ itemId: items[give.item], qty: give.qty }] } } : {}),
        },
        at(day2, 15),
        commander,
      );
    }
    const occ = await step('hotels.occupancy', {}, at(day2, 15, 30), commander);
    const airy = occ.hotels[0]?.rooms.find((r) => r.ventilated && r.status === 'free');
    if (airy) {
      await step(
        'hotels.moveRoom',
        { returneeId: asker, toRoomId: airy.id, reason: '原房间不通风，本人要求调换' },
        at(day2, 16),
        commander,
      );
      const move = file.needs.find((x) => x.kind === 'room_change');
      if (move)
        await step(
          'hotels.handleNeed',
          { needId: move.id, done: 'arranged', note: `已换到 ${airy.number}` },
          at(day2, 16, 5),
          commander,
        );
    }
  }
  // Daily calls: everyone on the days before today; today only some so far.
  for (let d = addDays(arrival, 1); d <= today; d = addDays(d, 1)) {
    for (const [k, id] of placed.entries()) {
      if (d === today && k % 2 === 1) continue;
      await step(
        'hotels.logContact',
        { returneeId: id, reached: true, temperature: 36.4 + (k % 3) / 10, wellbeing: '情况良好' },
        at(d, 9, k * 5),
        doctor,
      );
    }
  }
  await handOutDays(db, step, items, { closureDay1, today, now }, commander);
  return { returnees: placed.length };
}
