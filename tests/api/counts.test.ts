import { describe, expect, it } from 'vitest';
import {
  BIRTH_MONTH_TRIGGERS,
  birthMonthsFromTables,
  COUNT_TRIGGERS,
  countedFromTables,
  storedBirthMonths,
  storedCounts,
} from '../../db/counts';
import type { Db } from '../../db/open';
import { PRESENCE } from '../../db/schema/enums';
import { bornOnOrBefore, CHILD_AGE, ELDERLY_AGE } from '../../electron/api/residents/rules';
import { dayOf } from '../../electron/api/shared/dates';
import { writeDemo } from '../../electron/demo/demo';
import { writeDemoStory } from '../../electron/demo/demo-story';
import { rng } from './fuzz-gen';
import { FIXED_NOW, freshDb, withOperator } from './helpers';
import { importSheet } from './import-call';
import { residentRows } from './sheet-gen';
import { workbook } from './xlsx-build';

const TODAY = dayOf(FIXED_NOW);
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** households.stats as it was counted before the counters (a plain scan of the tables). */
function plainStats(db: Db) {
  const s = db.$client;
  const byBuilding = s
    .prepare(
      `SELECT b.id AS buildingId, b.name, count(h.id) AS rooms,
        coalesce(sum(h.reg_status = 'not_visited'), 0) AS notVisited,
        coalesce(sum(h.reg_status = 'registered'), 0) AS registered,
        coalesce(sum(h.reg_status = 'verified'), 0) AS verified,
        coalesce(sum(h.occupancy = 'occupied'), 0) AS occupied,
        coalesce(sum(h.occupancy = 'vacant'), 0) AS vacant,
        coalesce(sum(h.occupancy = 'unknown'), 0) AS unknown,
        (SELECT count(*) FROM residents r JOIN households x ON x.id = r.household_id WHERE x.building_id = b.id) AS residents
      FROM buildings b LEFT JOIN households h ON h.building_id = b.id
      GROUP BY b.id ORDER BY b.sort_order, b.id`,
    )
    .all();
  const tally = (sql: string, keys: readonly string[]) => {
    const rows = s.prepare(sql).all() as { k: string; n: number }[];
    return Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.k === k)?.n ?? 0]));
  };
  return {
    byBuilding,
    regStatus: tally('SELECT reg_status AS k, count(*) AS n FROM households GROUP BY 1', [
      'not_visited',
      'registered',
      'verified',
    ]),
    occupancy: tally('SELECT occupancy AS k, count(*) AS n FROM households GROUP BY 1', [
      'occupied',
      'vacant',
      'unknown',
    ]),
    presence: tally('SELECT presence AS k, count(*) AS n FROM residents GROUP BY 1', PRESENCE),
    flags: s
      .prepare(
        `SELECT coalesce(sum(birth_date <= ?), 0) AS elderly,
          coalesce(sum(birth_date > ? AND birth_date <= ?), 0) AS children,
          coalesce(sum(pregnant), 0) AS pregnant, coalesce(sum(chronic_illness), 0) AS chronicIllness,
          coalesce(sum(disability), 0) AS disability, coalesce(sum(regular_medicine), 0) AS regularMedicine
        FROM residents`,
      )
      .get(bornOnOrBefore(TODAY, ELDERLY_AGE), bornOnOrBefore(TODAY, CHILD_AGE), TODAY) as {
      elderly: number;
      children: number;
    } & Record<string, number>,
  };
}

type Call = Awaited<ReturnType<typeof withOperator>>['call'];

/** The counters equal a rebuild from the tables, and stats and the overview equal a plain scan. */
async function expectInStep(db: Db, call: Call, step: string) {
  expect(storedCounts(db.$client), step).toEqual(countedFromTables(db.$client));
  expect(storedBirthMonths(db.$client), step).toEqual(birthMonthsFromTables(db.$client));
  const stats = await call('households.stats', {});
  expect(stats.ok && stats.value, step).toEqual(plainStats(db));
  const overview = await call('overview.get', {});
  if (!overview.ok) throw new Error(overview.error.message);
  const one = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
  expect(overview.value.counts, step).toMatchObject({
    households: one("SELECT count(*) AS n FROM households WHERE occupancy = 'occupied'"),
    vacantRooms: one("SELECT count(*) AS n FROM households WHERE occupancy = 'vacant'"),
    unknownRooms: one("SELECT count(*) AS n FROM households WHERE occupancy = 'unknown'"),
    notVisited: one("SELECT count(*) AS n FROM households WHERE reg_status = 'not_visited'"),
    residents: one('SELECT count(*) AS n FROM residents'),
    elderly: plainStats(db).flags.elderly,
    children: plainStats(db).flags.children,
  });
}

describe('building counters (issue 11)', () => {
  it('every counter trigger is in the schema a new database gets', () => {
    const { db } = freshDb();
    const names = db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'building_counts_%'")
      .pluck()
      .all();
    expect([...names].sort()).toEqual([...COUNT_TRIGGERS].sort());
  });

  it('every birth-month trigger is in the schema a new database gets', () => {
    const { db } = freshDb();
    const names = db.$client
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'resident_birth_months_%'",
      )
      .pluck()
      .all();
    expect([...names].sort()).toEqual([...BIRTH_MONTH_TRIGGERS].sort());
  });

  it('equal a rebuild from the tables after a seeded random run of the app’s writes', async () => {
    const { db, call } = await withOperator();
    writeDemo(db, { now: FIXED_NOW });
    await writeDemoStory(db, FIXED_NOW);
    await expectInStep(db, call, 'demo');
    const r = rng(20261128);
    const ids = (sql: string) => db.$client.prepare(sql).pluck().all() as number[];
    let serial = 0;
    for (let i = 0; i < 120; i++) {
      const kind = pick(r, ['household', 'household', 'add', 'edit', 'edit', 'move', 'source', 'building']);
      const households = ids('SELECT id FROM households');
      const residents = ids('SELECT id FROM residents');
      let answer: { ok: boolean; error?: { message: string } };
      if (kind === 'household') {
        const id = pick(r, households);
        const h = db.$client
          .prepare('SELECT householder_name, phone, notes, version FROM households WHERE id = ?')
          .get(id) as { householder_name: string; phone: string; notes: string; version: number };
        answer = await call('households.update', {
          id,
          householderName: h.householder_name,
          phone: h.phone,
          occupancy: pick(r, ['occupied', 'vacant', 'unknown'] as const),
          regStatus: pick(r, ['not_visited', 'registered', 'verified'] as const),
          notes: h.notes,
          version: h.version,
        });
      } else if (kind === 'add' || kind === 'edit') {
        const row =
          kind === 'edit'
            ? (db.$client
                .prepare('SELECT id, version, household_id, name, birth_date FROM residents WHERE id = ?')
                .get(pick(r, residents)) as {
                id: number;
                version: number;
                household_id: number;
                name: string;
                birth_date: string | null;
              })
            : null;
        answer = await call('residents.save', {
          ...(row ? { id: row.id, version: row.version } : {}),
          householdId: row ? row.household_id : pick(r, households),
          name: row ? row.name : `测试${++serial}`,
          gender: null,
          // An edit keeps the birth date (it must agree with the ID number on file).
          birthDate: row ? row.birth_date : pick(r, [null, '1940-03-01', '1990-06-15', '2020-01-01', TODAY]),
          phone: '',
          relation: '子女',
          presence: pick(r, PRESENCE),
          pregnant: r() < 0.3,
          chronicIllness: r() < 0.3,
          disability: r() < 0.3,
          regularMedicine: r() < 0.3,
          notes: '',
        });
      } else if (kind === 'move') {
        answer = await call('residents.move', {
          id: pick(r, residents),
          toHouseholdId: pick(r, households),
          reason: '搬迁',
        });
      } else if (kind === 'source') {
        answer = await call('households.addSource', {
          householdId: pick(r, households),
          method: 'door_visit',
          day: TODAY,
          note: '',
          verify: r() < 0.7,
        });
      } else {
        answer = await call('buildings.add', {
          name: `新${++serial}栋`,
          floors: 1 + Math.floor(r() * 3),
          unitsCount: 1,
          roomsPerFloor: 2,
        });
      }
      // A refusal (moving someone to their own household, a stale version …) is fine: it wrote nothing.
      if (!answer.ok && !/CONFLICT|VALIDATION/.test(JSON.stringify(answer.error)))
        throw new Error(JSON.stringify(answer.error));
      expect(storedCounts(db.$client), `${i} ${kind}`).toEqual(countedFromTables(db.$client));
    }
    // The registry import writes on its worker's own connection: its triggers count there too.
    const sheet = workbook(residentRows(60, 3)).toString('base64');
    const imported = await importSheet(call, {
      fileName: '名单.xlsx',
      dataBase64: sheet,
      commit: true,
      createPlaces: true,
    });
    expect(imported).toMatchObject({ ok: true, value: { committed: true } });
    await expectInStep(db, call, 'after the import');
  });

  it('follow raw writes the app does not make: deletes, and a household moved to another building', () => {
    const { db } = freshDb();
    const s = db.$client;
    const r = rng(7);
    s.exec(
      `INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('甲', 3, 2), ('乙', 3, 2), ('丙', 3, 2)`,
    );
    const status = ['not_visited', 'registered', 'verified', 'odd'];
    const occupancy = ['occupied', 'vacant', 'unknown'];
    let room = 0;
    for (let i = 0; i < 400; i++) {
      const buildings = s.prepare('SELECT id FROM buildings').pluck().all() as number[];
      const households = s.prepare('SELECT id FROM households').pluck().all() as number[];
      const residents = s.prepare('SELECT id FROM residents').pluck().all() as number[];
      const roll = r();
      if (roll < 0.2 || households.length === 0) {
        s.prepare(
          'INSERT INTO households (building_id, room, occupancy, reg_status, updated_at) VALUES (?, ?, ?, ?, ?)',
        ).run(pick(r, buildings), String(++room), pick(r, occupancy), pick(r, status), 'x');
      } else if (roll < 0.45) {
        s.prepare('INSERT INTO residents (household_id, name, updated_at) VALUES (?, ?, ?)').run(
          pick(r, households),
          `人${i}`,
          'x',
        );
      } else if (roll < 0.55 && residents.length > 0) {
        s.prepare('DELETE FROM residents WHERE id = ?').run(pick(r, residents));
      } else if (roll < 0.65 && residents.length > 0) {
        s.prepare('UPDATE residents SET household_id = ? WHERE id = ?').run(
          pick(r, households),
          pick(r, residents),
        );
      } else if (roll < 0.75) {
        s.prepare('UPDATE households SET building_id = ? WHERE id = ?').run(
          pick(r, buildings),
          pick(r, households),
        );
      } else if (roll < 0.9) {
        s.prepare('UPDATE households SET occupancy = ?, reg_status = ? WHERE id = ?').run(
          pick(r, occupancy),
          pick(r, status),
          pick(r, households),
        );
      } else if (roll < 0.95) {
        const id = pick(r, households);
        s.transaction(() => {
          s.prepare('DELETE FROM residents WHERE household_id = ?').run(id);
          s.prepare('DELETE FROM households WHERE id = ?').run(id);
        })();
      } else {
        s.prepare('INSERT INTO buildings (name, floors, rooms_per_floor) VALUES (?, 1, 1)').run(`楼${i}`);
      }
      expect(storedCounts(s), String(i)).toEqual(countedFromTables(s));
    }
    // A building with no rooms left may go: its counters go with it.
    const empty = s
      .prepare(
        'SELECT id FROM buildings b WHERE NOT EXISTS (SELECT 1 FROM households h WHERE h.building_id = b.id)',
      )
      .pluck()
      .get() as number;
    s.prepare('DELETE FROM buildings WHERE id = ?').run(empty);
    expect(storedCounts(s)).toEqual(countedFromTables(s));
  });

  it('birth months follow raw writes of any birth date, and the ages counted from them are exact at their boundaries', async () => {
    const { db, call } = await withOperator();
    const s = db.$client;
    const r = rng(11);
    s.exec(`INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('甲', 3, 2)`);
    s.prepare('INSERT INTO households (building_id, room, updated_at) VALUES (1, ?, ?)').run('101', 'x');
    const elderlyBorn = bornOnOrBefore(TODAY, ELDERLY_AGE);
    const childBorn = bornOnOrBefore(TODAY, CHILD_AGE);
    const nextDay = (d: string) => dayOf(new Date(Date.parse(`${d}T12:00:00+08:00`) + 86_400_000));
    // Each boundary, the day after it, its month's first day, the months around it; no date; and
    // texts the registry never writes but a hand-edited file might hold.
    const dates = [
      ...[elderlyBorn, childBorn, TODAY].flatMap((d) => [
        d,
        nextDay(d),
        `${d.slice(0, 7)}-01`,
        d.slice(0, 7),
      ]),
      null,
      '1940-03-01',
      '2099-12-31',
      '1961',
      '1961-1',
      '',
      '19611128',
    ];
    for (let i = 0; i < 300; i++) {
      const residents = s.prepare('SELECT id FROM residents').pluck().all() as number[];
      const roll = r();
      if (roll < 0.45 || residents.length === 0) {
        s.prepare(
          'INSERT INTO residents (household_id, name, birth_date, updated_at) VALUES (1, ?, ?, ?)',
        ).run(`人${i}`, pick(r, dates), 'x');
      } else if (roll < 0.6) {
        s.prepare('DELETE FROM residents WHERE id = ?').run(pick(r, residents));
      } else if (roll < 0.9) {
        s.prepare('UPDATE residents SET birth_date = ? WHERE id = ?').run(pick(r, dates), pick(r, residents));
      } else {
        s.prepare('UPDATE residents SET name = ? WHERE id = ?').run(`改${i}`, pick(r, residents));
      }
      expect(storedBirthMonths(s), String(i)).toEqual(birthMonthsFromTables(s));
    }
    const overview = await call('overview.get', {});
    const stats = await call('households.stats', {});
    if (!overview.ok || !stats.ok) throw new Error('overview or stats failed');
    const { elderly, children } = plainStats(db).flags;
    expect(elderly).toBeGreaterThan(0);
    expect(children).toBeGreaterThan(0);
    expect(overview.value.counts).toMatchObject({ elderly, children });
    expect(stats.value.flags).toMatchObject({ elderly, children });
  });
});
