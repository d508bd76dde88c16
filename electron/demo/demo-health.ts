/**
 * The demo's temperature rounds (issue 14), written through the API like the rest of the story:
 * everyone in 金南苑 followed for the closure's 14 days from its first, two rounds a day so far with
 * a few slots missed, one resident's 37.5 rechecked at 37.1 after a rest, yesterday one fever (38.3,
 * rechecked 38.1) referred by the doctor to the fever clinic and the follow-up closed (hospital), a
 * chronic patient's medicine delivered by errand with the next refill, and the hotel guests' calls
 * (morning and afternoon) as checks. This morning's round is done in every building but the last, so the duty screen
 * has someone due. Every time is counted from `now`.
 */
import type { Db } from '../../db/open';
import { addDays, dayOf, dayStartUtc } from '../api/shared/dates';
import { stepper } from './demo-story';

const at = (day: string, hour: number, minute = 0) =>
  new Date(Date.parse(dayStartUtc(day)) + (hour * 60 + minute) * 60_000).toISOString();

export async function writeDemoHealth(db: Db, now: Date): Promise<{ checks: number }> {
  const step = stepper(db);
  const today = dayOf(now);
  const q = <T>(sql: string, ...p: unknown[]) => db.$client.prepare(sql).all(...p) as T[];
  const idOf = (name: string) =>
    q<{ id: number }>('SELECT id FROM team_members WHERE name = ? AND can_operate = 1', name)[0]?.id ?? 1;
  const op = idOf('林晓梅');
  const doctor = idOf('符海燕');
  const from = q<{ d: string | null }>('SELECT closure_start AS d FROM compound')[0]?.d ?? addDays(today, -6);
  await step(
    'health.openEpisode',
    { everyoneInCompound: true, reason: 'compound', fromDay: from, days: 14 },
    at(from, 6, 30),
    op,
  );
  const buildings = q<{ id: number }>('SELECT id FROM buildings ORDER BY sort_order, id');
  const people = q<{ id: number; name: string; regular: number }>(
    `SELECT r.id, r.name, r.regular_medicine AS regular FROM health_episodes e JOIN residents r ON r.id = e.resident_id
     ORDER BY e.seq`,
  );
  const index = new Map(people.map((p, i) => [p.id, i]));
  // 王 of the recheck (day 3), 李 of the fever (yesterday): the 5th and the 40th followed.
  const rechecked = people[4]?.id ?? 0;
  const fever = people[39]?.id ?? 0;
  let checks = 0;
  const days: string[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) days.push(d);
  for (const [dayNo, day] of days.entries()) {
    // The day's slots, made at 06:00 (the demo writes days in the past, after the hotel's placements).
    await step('health.makeSlots', { day }, at(day, 6), op);
    for (const slot of [0, 1]) {
      const when = at(day, slot === 0 ? 7 : 14, 40);
      if (when > now.toISOString()) continue;
      for (const [bi, b] of buildings.entries()) {
        if (day === today && bi === buildings.length - 1) continue;
        const round = await step('health.round', { buildingId: b.id, day }, when, op);
        const due = round.rows.flatMap((row) => {
          const cell = row.cells.find((c) => c.slot === slot && c.state === 'due');
          if (!cell || row.subject.kind !== 'resident') return [];
          const i = index.get(row.subject.id) ?? 0;
          // A few slots missed: nobody answered the door.
          if ((i * 7 + dayNo * 3 + slot) % 211 === 0) return [];
          const special =
            (row.subject.id === rechecked && dayNo === 2 && slot === 0) ||
            (row.subject.id === fever && day === addDays(today, -1) && slot === 0);
          const temperature = special
            ? row.subject.id === fever
              ? 38.3
              : 37.5
            : Math.round((36.2 + ((i * 13 + dayNo * 5 + slot * 3) % 8) / 10) * 10) / 10;
          return [{ slotId: cell.slotId, temperature, special }];
        });
        for (let k = 0; k < due.length; k += 200) {
          const part = due.slice(k, k + 200);
          await step(
            'health.record',
            { checks: part.map(({ slotId, temperature }) => ({ slotId, temperature })) },
            when,
            op,
          );
          checks += part.length;
        }
        // The recheck after a rest, half an hour later.
        for (const s of due.filter((x) => x.special)) {
          const temperature = s.temperature >= 38 ? 38.1 : 37.1;
          const later = at(day, 8, 10);
          const r = await step(
            'health.record',
            { checks: [{ slotId: s.slotId, temperature, recheck: true }] },
            later,
            op,
          );
          checks++;
          const medicalId = r.medicalIds[0];
          if (medicalId) {
            await step(
              'medical.triage',
              { id: medicalId, action: 'fever_clinic', advice: '发热伴咳嗽，120 负压车转运发热门诊' },
              at(day, 8, 40),
              doctor,
            );
            await step('medical.close', { id: medicalId, outcome: 'referred' }, at(day, 11), doctor);
            const e = q<{ id: string }>(
              'SELECT id FROM health_episodes WHERE resident_id = ? AND closed_at IS NULL',
              fever,
            )[0];
            if (e)
              await step(
                'health.closeEpisode',
                { id: e.id, reason: 'hospital', note: '发热门诊留观' },
                at(day, 11, 5),
                op,
              );
          }
        }
      }
    }
  }
  // A chronic patient's medicine running out: the doctor has it bought and delivered by errand.
  const chronic = people.find((p) => p.regular);
  if (chronic) {
    const asked = at(addDays(today, -2), 9);
    const req = await step(
      'medical.add',
      {
        subject: { kind: 'resident', id: chronic.id },
        kind: 'medicine',
        urgency: 'today',
        note: '降压药还剩两天',
      },
      asked,
      op,
    );
    await step(
      'medical.triage',
      {
        id: req.id,
        action: 'medicine_delivered',
        advice: '硝苯地平缓释片 按原剂量',
        errand: { what: '硝苯地平缓释片', qty: 2 },
        daysSupply: 14,
      },
      at(addDays(today, -2), 9, 30),
      doctor,
    );
    // The errand the triage opened: the building's runner buys the medicine and brings it that day.
    const errand = q<{ id: string; runner: number | null }>(
      `SELECT e.id, (SELECT rb.member_id FROM runner_buildings rb WHERE rb.building_id = e.building_id
         ORDER BY rb.member_id LIMIT 1) AS runner
       FROM medical_events m JOIN errands e ON e.id = m.errand_id WHERE m.errand_id IS NOT NULL LIMIT 1`,
    )[0];
    const runner =
      errand?.runner ??
      q<{ id: number }>("SELECT id FROM team_members WHERE role = 'runner' ORDER BY id")[0]?.id;
    if (errand && runner) {
      const d = addDays(today, -2);
      await step('errands.assign', { id: errand.id, from: 'new', runnerId: runner }, at(d, 9, 40), op);
      await step(
        'errands.step',
        {
          id: errand.id,
          from: 'assigned',
          step: 'bought',
          amountFen: 5680,
          shop: '益康大药房',
          receiptNo: 'YK-0371',
        },
        at(d, 11),
        op,
      );
      await step(
        'errands.step',
        { id: errand.id, from: 'bought', step: 'delivered', deliveredTo: '本人' },
        at(d, 11, 40),
        op,
      );
      await step('errands.step', { id: errand.id, from: 'delivered', step: 'confirmed' }, at(d, 12), op);
    }
  }
  // The hotel guests' calls, twice a day like the residents' rounds (morning and afternoon), from
  // their check-in to yesterday, where the story made none (today the story has called only some so
  // far: the hotel board shows who is still to be called).
  const called = new Set(
    q<{ k: string }>(
      "SELECT returnee_id || '/' || day || '/' || (CAST(strftime('%H', at, '+8 hours') AS INTEGER) >= 13) AS k FROM hotel_contacts",
    ).map((r) => r.k),
  );
  const guests = q<{ id: number; checkIn: string }>(
    'SELECT returnee_id AS id, min(check_in) AS checkIn FROM hotel_stays WHERE ended_at IS NULL GROUP BY returnee_id',
  );
  for (const [i, g] of guests.entries()) {
    for (let d = g.checkIn; d < today; d = addDays(d, 1)) {
      for (const pm of [0, 1]) {
        const when = at(d, pm ? 15 : 9, 30 + i);
        if (when > now.toISOString() || called.has(`${g.id}/${d}/${pm}`)) continue;
        const temperature = Math.round((36.3 + ((i + pm + d.charCodeAt(9)) % 5) / 10) * 10) / 10;
        await step(
          'hotels.logContact',
          { returneeId: g.id, reached: true, temperature, wellbeing: '' },
          when,
          op,
        );
        checks++;
      }
    }
  }
  return { checks };
}
