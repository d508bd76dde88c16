import { describe, expect, it } from 'vitest';
import { writeDemo } from '../../electron/demo/demo';
import { writeDemoStory } from '../../electron/demo/demo-story';
import { writeDemoTeam } from '../../electron/demo/demo-team';
import { api, count, FIXED_NOW, freshDb } from './helpers';
import { validateIdNumberForTest } from './id-check';
import { kept, rebuilt } from './stock-setup';

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
    // The gates' and the desk's 112, and the runner team's shift of the day (session 22), all six on it.
    expect(r.value.shifts).toHaveLength(113);
    expect(r.value.shifts.filter((s) => s.post === '跑腿小分队').map((s) => [s.day, s.staff.length])).toEqual(
      [['2026-11-28', 6]],
    );
    // The current week is half past: its first days are rostered too.
    expect(
      r.value.shifts.filter((s) => s.day === '2026-11-23').every((s) => s.staff.length === s.headcount),
    ).toBe(true);
    expect(team.assigned).toBeGreaterThan(180);
  });
});

describe('demo supplies (issue 12)', () => {
  it('stocks the store on closure day 1, meets the hotel guest needs from it, counts a small loss, and leaves the dashboard something to say', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { now: FIXED_NOW });
    await writeDemoStory(db, FIXED_NOW);
    const call = api(db, host);
    const q = <T>(sql: string, ...args: unknown[]) => db.$client.prepare(sql).all(...args) as T[];
    // The town's first delivery on closure day 1 (2026-11-22 at the post): masks, alcohol, thermometers, gloves.
    const town = q<{ day: string; items: string }>(
      `SELECT date(t.happened_at, '+8 hours') AS day, group_concat(DISTINCT i.name) AS items FROM stock_tx t
       JOIN stock_lines x ON x.tx_id = t.id JOIN stock_items i ON i.id = x.item_id
       WHERE t.kind = 'receive' AND t.counterparty_kind = 'town' GROUP BY t.id`,
    );
    expect(town).toHaveLength(1);
    expect(town[0]?.day).toBe('2026-11-22');
    for (const name of ['口罩', '酒精', '体温计', '手套']) expect(town[0]?.items).toContain(name);
    // A donation of rice and oil.
    const donated = q<{ items: string }>(
      `SELECT group_concat(i.name) AS items FROM stock_tx t JOIN stock_lines x ON x.tx_id = t.id
       JOIN stock_items i ON i.id = x.item_id WHERE t.kind = 'receive' AND t.counterparty_kind = 'donor'`,
    );
    // group_concat has no order of its own (migration 0023's covering index changed the plan's).
    expect(donated[0]?.items.split(',').sort()).toEqual(['大米 10kg', '食用油 5L'].sort());
    // The guest's alcohol, thermometer and masks were issued from the store with the handling.
    const given = q<{ kind: string; tx: string | null; cp: string }>(
      `SELECT n.kind, e.stock_tx_id AS tx, t.counterparty_kind AS cp FROM hotel_needs n
       JOIN care_events e ON e.need_id = n.id AND e.kind = 'need_handled'
       LEFT JOIN stock_tx t ON t.id = e.stock_tx_id WHERE n.kind IN ('alcohol', 'thermometer', 'masks')`,
    );
    expect(given.map((g) => g.kind).sort()).toEqual(['alcohol', 'masks', 'thermometer']);
    expect(given.every((g) => g.tx !== null && g.cp === 'hotel_guest')).toBe(true);
    // Vegetables to every household with someone at home, twice, each delivered.
    const rounds = q<{ households: number; delivered: number }>(
      `SELECT count(*) AS households, sum(l.state = 'delivered') AS delivered FROM stock_distributions d
       JOIN stock_distrib_lines l ON l.distribution_id = d.id GROUP BY d.id`,
    );
    expect(rounds).toHaveLength(2);
    for (const r of rounds) {
      expect(r.households).toBeGreaterThan(70);
      expect(r.delivered).toBe(r.households);
    }
    // One count with a small loss: 5 masks fewer than the books, reason "lost".
    const counts = q<{ reason: string; qty: number }>(
      `SELECT t.reason_code AS reason, sum(x.qty) AS qty FROM stock_tx t JOIN stock_lines x ON x.tx_id = t.id
       WHERE t.kind = 'count' GROUP BY t.id`,
    );
    expect(counts).toEqual([{ reason: 'lost', qty: -5 }]);
    const cover = await call('stock.cover', {});
    if (!cover.ok) throw new Error(cover.error.message);
    // Masks below their reorder level (and not below the minimum); a lot of alcohol expiring next week.
    const masks = cover.value.items.find((i) => i.item.includes('口罩'));
    expect(masks?.flags.map((f) => f.code)).toEqual(['below_reorder']);
    expect(masks?.days).toBeGreaterThan(5);
    const expiring = cover.value.expiring.filter((l) => l.item.includes('酒精'));
    expect(expiring).toHaveLength(1);
    expect(expiring[0]?.expiresOn).toBe('2026-12-03');
    expect(expiring[0]?.qty).toBeGreaterThan(0);
    // Issues on every day of the closure so far, for the dashboard's history.
    const daily = await call('stock.daily', {});
    if (!daily.ok) throw new Error(daily.error.message);
    expect(daily.value.days).toHaveLength(7);
    expect(daily.value.days.every((d) => Object.keys(d.issued).length > 0)).toBe(true);
    // The books agree with the ledger summed from scratch; no balance below zero.
    expect(kept(db)).toEqual(rebuilt(db));
    expect(q('SELECT * FROM stock_balances WHERE qty < 0')).toEqual([]);
  });
});
