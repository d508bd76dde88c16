import { describe, expect, it } from 'vitest';
import { PROFILE, withOperator } from './helpers';

type Call = Awaited<ReturnType<typeof withOperator>>['call'];

async function steps(call: Call) {
  const r = await call('overview.checklist', {});
  if (!r.ok) throw new Error(r.error.message);
  return { done: Object.fromEntries(r.value.steps.map((s) => [s.key, s.done])), allDone: r.value.allDone };
}

async function must<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>) {
  const r = await p;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('overview.checklist (issue 10 #13: the first day at a new post)', () => {
  it('ticks each setup step, in order, as its data appears', async () => {
    const { call, db } = await withOperator();
    const order = ['compound', 'buildings', 'residents', 'team', 'roster', 'hotels'];
    const first = await must(call('overview.checklist', {}));
    expect(first.steps.map((s) => s.key)).toEqual(order);
    expect(first.allDone).toBe(false);
    // The operator alone is a team member, but there is no post yet: the team step is not done.
    expect(first.steps.every((s) => !s.done)).toBe(true);

    await must(call('compound.update', { ...PROFILE }));
    expect((await steps(call)).done).toMatchObject({ compound: true, buildings: false });

    await must(call('buildings.add', { name: '1栋', floors: 2, unitsCount: 1, roomsPerFloor: 2 }));
    expect((await steps(call)).done).toMatchObject({ buildings: true, residents: false });

    const h = db.$client.prepare('SELECT id FROM households ORDER BY id LIMIT 1').get() as { id: number };
    await must(
      call('residents.save', {
        householdId: h.id,
        name: '钱多多',
        gender: null,
        birthDate: null,
        phone: '',
        relation: '',
        presence: 'in_compound',
        pregnant: false,
        chronicIllness: false,
        disability: false,
        regularMedicine: false,
        notes: '',
      }),
    );
    expect((await steps(call)).done).toMatchObject({ residents: true, team: false });

    await must(
      call('posts.save', {
        name: '西门',
        templates: [{ name: '早班', start: '08:00', hours: 8, headcount: 1, requirements: [] }],
      }),
    );
    expect((await steps(call)).done).toMatchObject({ team: true, roster: false });

    await must(call('roster.generate', { from: '2026-11-30', days: 1 }));
    expect((await steps(call)).done).toMatchObject({ roster: true, hotels: false });

    await must(call('hotels.save', { name: '城东宾馆', address: '', contact: '', phone: '' }));
    expect(await steps(call)).toEqual({
      done: { compound: true, buildings: true, residents: true, team: true, roster: true, hotels: true },
      allDone: true,
    });
  });

  it('a compound with a name but no closure start is not set up yet', async () => {
    const { call } = await withOperator();
    await must(call('compound.update', { ...PROFILE, closureStart: null }));
    expect((await steps(call)).done.compound).toBe(false);
  });
});
