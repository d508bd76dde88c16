import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { writeDemoStory } from '../../electron/demo/demo-story';
import { writeDemoTeam } from '../../electron/demo/demo-team';
import { api, count, FIXED_NOW, freshDb } from './helpers';
import { validateIdNumberForTest } from './id-check';

describe('demo community', () => {
  it('writes 金南苑 as in the real case: 77 households, 249 residents, closure day 7 of 14', async () => {
    const { db, host } = freshDb();
    const s = writeDemo(db, { now: FIXED_NOW });
    expect(s).toMatchObject({ households: 77, residents: 249 });
    const o = await api(db, host)('overview.get', {});
    expect(o).toMatchObject({
      ok: true,
      value: {
        compound: {
          name: '金南苑',
          town: '城西镇',
          district: '龙华区',
          city: '海口市',
          closureStart: '2026-11-22',
        },
        closure: { state: 'in_progress', day: 7, of: 14 },
        counts: { households: 77, residents: 249, vacantRooms: 4, unknownRooms: 3 },
      },
    });
    expect(count(db, 'team_members')).toBeGreaterThanOrEqual(5);
    const sizes = db.$client
      .prepare('SELECT count(*) AS n FROM residents GROUP BY household_id')
      .all()
      .map((r) => (r as { n: number }).n);
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    const ids = db.$client.prepare('SELECT id_number FROM residents WHERE id_number IS NOT NULL').all() as {
      id_number: string;
    }[];
    expect(ids.length).toBeGreaterThan(200);
    for (const { id_number } of ids) expect(validateIdNumberForTest(id_number)).toBe(true);
  });

  it('is deterministic for a seed and differs for another seed', () => {
    const dump = (seed: number) => {
      const { db } = freshDb();
      writeDemo(db, { now: FIXED_NOW, seed });
      return JSON.stringify(
        db.$client.prepare('SELECT name, birth_date, id_number FROM residents ORDER BY id').all(),
      );
    };
    expect(dump(7)).toBe(dump(7));
    expect(dump(7)).not.toBe(dump(8));
  });

  it('scales for benchmarks and refuses a database that already has households', () => {
    const { db } = freshDb();
    const s = writeDemo(db, { now: FIXED_NOW, households: 2000, seed: 1 });
    expect(s.households).toBe(2000);
    expect(count(db, 'residents')).toBe(Math.round((2000 * 249) / 77));
    expect(() => writeDemo(db, { now: FIXED_NOW })).toThrow('已有住户数据');
  });

  it('tells the returnees story: six people placed in the town hotel of 20 rooms, one moved to a ventilated room', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    expect(await writeDemoStory(db, FIXED_NOW)).toEqual({ returnees: 6 });
    const occ = await api(db, host)('hotels.occupancy', {});
    if (!occ.ok) throw new Error(occ.error.message);
    const [hotel] = occ.value.hotels;
    expect(hotel?.rooms).toHaveLength(20);
    expect(hotel?.guests).toHaveLength(6);
    expect(hotel?.counts).toEqual({ free: 16, occupied: 4, cleaning: 0, out_of_service: 0 });
    const moved = db.$client.prepare("SELECT count(*) AS n FROM hotel_stays WHERE end_kind = 'moved'").get();
    expect(moved).toEqual({ n: 1 });
    expect(
      db.$client.prepare("SELECT count(*) AS n FROM residents WHERE presence = 'in_hotel'").get(),
    ).toEqual({ n: 6 });
    expect(occ.value.notContacted.length).toBe(3);
  });

  it('staffs two gates and the desk: the commander and 24 people, a runner per building, two weeks rostered from Monday', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    const team = await writeDemoTeam(db, FIXED_NOW);
    expect(team.staff).toBe(31);
    const r = await api(db, host)('roster.get', { from: '2026-11-23', days: 14 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.runnersMissing).toEqual([]);
    expect(r.value.shifts).toHaveLength(112);
    // The current week is half past: its first days are rostered too.
    expect(
      r.value.shifts.filter((s) => s.day === '2026-11-23').every((s) => s.staff.length === s.headcount),
    ).toBe(true);
    expect(team.assigned).toBeGreaterThan(180);
  });
});
