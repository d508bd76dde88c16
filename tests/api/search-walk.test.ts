import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { addressWalk, searchResidents, walk, walkBudget } from '../../electron/api/residents/search';
import { searchPlan } from '../../electron/api/residents/search-plan';
import { pick, rng } from '../../electron/demo/demo-people';
import { FIXED_NOW, freshDb } from './helpers';
import { expectSameAsScan, plainScan } from './search-scan';

/**
 * A name many residents hold is counted from the indexes alone and its page walked in address order
 * (migration 0027) rather than sorted whole; a rarer one is sorted from its candidates. Either way the
 * answer — rows, order, total — must be exactly a plain scan's, at every page size around the total,
 * whatever order the buildings are kept in (two sharing a sort_order cannot be walked).
 */
// 王 starts a third of the names and 华 ends many; the rest are rarer: Latin in both cases, a
// full-width letter (searched as its half-width), LIKE's own characters, a space, astral, the last code point.
const RARE = ['建', '国', '李', '轩', 'a', 'B', 'x', 'Ａ', '%', '_', '·', ' ', '😀', '\u{10FFFF}'];

function randomName(r: () => number): string {
  const length = r() < 0.06 ? 4 + Math.floor(r() * (r() < 0.2 ? 37 : 6)) : 1 + Math.floor(r() * 3);
  const chars = Array.from({ length }, () => (r() < 0.25 ? '华' : r() < 0.15 ? '王' : pick(r, RARE)));
  if (r() < 0.33) chars[0] = '王';
  return chars.join('');
}

/** Buildings kept in an order other than their ids', rooms in two units, 1,500 residents. */
function seed(db: Db, r: () => number): void {
  const s = db.$client;
  const addB = s.prepare(
    'INSERT INTO buildings (name, floors, units_count, rooms_per_floor, sort_order) VALUES (?, 9, 2, 4, ?)',
  );
  [5, 2, 9, 1, 7, 3].forEach((order, i) => {
    addB.run(`${i + 1}栋`, order);
  });
  const addH = s.prepare(
    "INSERT INTO households (building_id, unit, room, updated_at) VALUES (?, ?, ?, 'x')",
  );
  // Inserted out of address order, so the walk's order is not the ids'.
  const rooms = Array.from({ length: 240 }, (_, i) => i).sort(() => r() - 0.5);
  for (const i of rooms)
    addH.run(
      1 + (i % 6),
      i % 2 ? '2单元' : '1单元',
      `${1 + Math.floor(i / 24)}0${1 + (Math.floor(i / 6) % 4)}`,
    );
  const addR = s.prepare("INSERT INTO residents (household_id, name, updated_at) VALUES (?, ?, 'x')");
  for (let i = 0; i < 1500; i++) addR.run(1 + Math.floor(r() * 240), randomName(r));
}

function queries(db: Db, r: () => number): string[] {
  const names = db.$client.prepare('SELECT name FROM residents').pluck().all() as string[];
  const qs = new Set<string>([
    '王',
    '华',
    ' 王 ',
    '王王',
    '王华',
    '华华',
    '华王',
    'ａ',
    'A',
    'Ａ',
    '龘',
    ...RARE,
  ]);
  for (let i = 0; i < 60; i++) {
    const name = [...pick(r, names)];
    // Whole names (found exactly, so first) and pieces of them.
    const at = i % 3 ? Math.floor(r() * name.length) : 0;
    qs.add(name.slice(at, i % 3 ? at + 1 + Math.floor(r() * 3) : undefined).join(''));
  }
  return [...qs].filter((q) => q.trim() && searchPlan(q).name);
}

/** Page sizes: small, around the total (just below, at, just above), and the search page's. */
const LIMITS = (total: number) => [1, 7, 60, Math.max(1, total - 1), Math.max(1, total), total + 1, 2000];

/** How many of the queries, at those page sizes, the search walks and how many it sorts. */
function paths(db: Db, qs: string[]) {
  let walked = 0;
  let sorted = 0;
  for (const q of qs) {
    const { total } = plainScan(db, q, 1);
    for (const limit of LIMITS(total))
      if (total > 0 && walkBudget(db, total, limit) !== null) walked++;
      else sorted++;
  }
  return { walked, sorted };
}

describe('residents.search of a name many hold', () => {
  it('answers exactly as a plain scan, walked or sorted, whatever order the buildings are kept in', () => {
    const { db } = freshDb();
    const r = rng(20261130);
    seed(db, r);
    const s = db.$client;
    const qs = queries(db, r);
    expect(plainScan(db, '王', 1).total).toBeGreaterThan(500);
    expect(plainScan(db, '王', 1).total).toBeLessThan(1500);
    // Both ways are taken, and both are checked.
    expect(paths(db, qs).walked).toBeGreaterThan(40);
    expect(paths(db, qs).sorted).toBeGreaterThan(40);
    expectSameAsScan(db, qs, LIMITS);

    // Two buildings share a sort_order: their rooms interleave by unit and room, which the walk
    // cannot follow, so every page is sorted.
    s.prepare('UPDATE buildings SET sort_order = 2 WHERE id = 4').run();
    expect(paths(db, qs).walked).toBe(0);
    expectSameAsScan(db, qs, LIMITS);

    // Reordered, renamed, moved and removed: the walk follows the new order and the indexes.
    s.prepare('UPDATE buildings SET sort_order = 10 - sort_order WHERE id <> 4').run();
    const ids = (s.prepare('SELECT id FROM residents').pluck().all() as number[]).filter(() => r() < 0.3);
    for (const id of ids) {
      const x = r();
      if (x < 0.4) s.prepare('UPDATE residents SET name = ? WHERE id = ?').run(randomName(r), id);
      else if (x < 0.7)
        s.prepare('UPDATE residents SET household_id = ? WHERE id = ?').run(1 + Math.floor(r() * 240), id);
      else s.prepare('DELETE FROM residents WHERE id = ?').run(id);
    }
    s.prepare(
      "INSERT INTO residents (household_id, name, updated_at) VALUES (1, '王', 'x'), (2, '王', 'x')",
    ).run();
    expect(paths(db, qs).walked).toBeGreaterThan(40);
    expectSameAsScan(db, [...qs, ...queries(db, r)], LIMITS);
  });

  it('puts those named exactly as typed first, then the rest in address order', () => {
    const { db } = freshDb();
    seed(db, rng(11));
    const s = db.$client;
    // Named exactly 王 in the last building in order, and in a room of the first.
    s.prepare("INSERT INTO residents (household_id, name, updated_at) VALUES (?, '王', 'x')").run(
      s
        .prepare(
          'SELECT h.id FROM households h JOIN buildings b ON b.id = h.building_id ORDER BY b.sort_order DESC LIMIT 1',
        )
        .pluck()
        .get(),
    );
    const named = s.prepare("SELECT count(*) FROM residents WHERE name = '王'").pluck().get() as number;
    const { total } = plainScan(db, '王', 1);
    const limit = named + 20;
    expect(walkBudget(db, total, limit)).not.toBeNull();
    const found = searchResidents(db, ' 王 ', limit, FIXED_NOW);
    expect(found.rows.slice(0, named).every((x) => x.name === '王')).toBe(true);
    expect(found.rows.slice(named).some((x) => x.name === '王')).toBe(false);
    expect(found.rows).toHaveLength(limit);
    expect(found.rows.map((x) => x.id)).toEqual(plainScan(db, ' 王 ', limit).ids);
  });

  it('sorts after all a name held only in the last buildings of the order, once the walk has passed its budget', () => {
    const { db } = freshDb();
    seed(db, rng(5));
    const s = db.$client;
    // A clan living together: 姜 in every room of the building last in the order, nowhere else (and
    // no one named just 姜, who would fill the page first).
    const last = s.prepare('SELECT id FROM buildings ORDER BY sort_order DESC LIMIT 1').pluck().get();
    const rooms = s.prepare('SELECT id FROM households WHERE building_id = ?').pluck().all(last) as number[];
    const add = s.prepare("INSERT INTO residents (household_id, name, updated_at) VALUES (?, ?, 'x')");
    for (const [i, id] of rooms.entries()) {
      add.run(id, `姜${RARE[i % RARE.length]}`);
      add.run(id, `姜${i}`);
    }
    // 华 is spread over every building: the walk fills its page within its budget.
    for (const [q, walked] of [
      ['姜', false],
      ['华', true],
    ] as const) {
      const { total } = plainScan(db, q, 1);
      for (const limit of [1, 7]) {
        const budget = walkBudget(db, total, limit);
        expect({ q, limit, budget: budget !== null }).toEqual({ q, limit, budget: true });
        const page = walk(db, `%${q}%`, q, limit, budget ?? 0);
        expect({ q, limit, walked: page !== null }).toEqual({ q, limit, walked });
      }
    }
    expectSameAsScan(db, ['姜', '华', '姜华', ' 姜'], LIMITS);
  });

  it('walks through indexes in the order asked: nothing sorted, a resident read only when it matches', () => {
    for (const analysed of [false, true]) {
      const { db } = freshDb();
      seed(db, rng(3));
      if (analysed) db.$client.exec('ANALYZE');
      const sql = addressWalk('%王%', '王', 10, [3, 2]);
      const explain = (how: string) => db.$client.prepare(`${how} ${sql.sql}`).all(...sql.params);
      const steps = (explain('EXPLAIN QUERY PLAN') as { detail: string }[]).map((x) => x.detail);
      expect({ analysed, steps }).toEqual({
        analysed,
        steps: [
          'SEARCH b USING INDEX buildings_order_idx ((sort_order,rowid)<(?,?))',
          'SEARCH h USING COVERING INDEX households_addr_uq (building_id=?)',
          'SEARCH r USING INDEX residents_household_idx (household_id=?)',
        ],
      });
      // The residents' table is reached by a deferred seek: the name is checked in the index, and the
      // row read only for a name that matches.
      const root = db.$client
        .prepare("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'residents'")
        .pluck()
        .get();
      const code = explain('EXPLAIN') as { opcode: string; p1: number; p2: number; p3: number }[];
      const table = code.find((op) => op.opcode === 'OpenRead' && op.p2 === root)?.p1;
      expect(table).toBeDefined();
      expect(code.some((op) => op.opcode === 'DeferredSeek' && op.p3 === table)).toBe(true);
      expect(code.some((op) => op.opcode === 'SeekRowid' || op.opcode === 'NotExists')).toBe(false);
    }
  });
});
