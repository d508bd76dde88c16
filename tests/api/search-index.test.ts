import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { searchResidents } from '../../electron/api/residents/search';
import { prefixEnd, searchPlan } from '../../electron/api/residents/search-plan';
import { pick, rng } from '../../electron/demo/demo-people';
import { FIXED_NOW, freshDb } from './helpers';
import { expectSameAsScan } from './search-scan';

/**
 * residents.search finds its candidates by index (migration 0009: names from their 1st, 2nd and 3rd
 * character and long names, phone starts and last 3 digits, ID last 3, households by room). The
 * answer must be exactly what a plain scan of the same condition gives — rows, order and total — on
 * a seeded random registry, before and after renames, new numbers, moves and removals.
 */
const CHARS = ['王', '建', '国', '李', '子', '轩', 'a', 'B', 'x', '%', '_', '·', ' ', '😀', '\u{10FFFF}'];

function seed(db: Db, r: () => number): void {
  const s = db.$client;
  s.exec(
    "INSERT INTO buildings (name, floors, units_count, rooms_per_floor) VALUES ('1栋', 9, 2, 4), ('2号楼', 9, 1, 4), ('A', 9, 1, 4)",
  );
  const addH = s.prepare(
    "INSERT INTO households (building_id, unit, room, updated_at) VALUES (?, ?, ?, 'x')",
  );
  for (let i = 0; i < 120; i++)
    addH.run(1 + (i % 3), i % 2 ? '2单元' : '', `${1 + Math.floor(i / 24)}0${1 + (Math.floor(i / 6) % 4)}`);
  const addR = s.prepare(
    "INSERT INTO residents (household_id, name, phone, id_number, updated_at) VALUES (?, ?, ?, ?, 'x')",
  );
  for (let i = 0; i < 900; i++)
    addR.run(1 + Math.floor(r() * 120), randomName(r), randomPhone(r), randomId(r, i));
}

const randomName = (r: () => number) =>
  Array.from({ length: 1 + Math.floor(r() * (r() < 0.05 ? 40 : 4)) }, () => pick(r, CHARS)).join('');
const digits = (r: () => number, n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
const randomPhone = (r: () => number) => (r() < 0.1 ? '' : `1${digits(r, r() < 0.8 ? 10 : 6)}`);
const randomId = (r: () => number, i: number) =>
  r() < 0.2 ? null : `${digits(r, 13)}${String(i).padStart(4, '0')}${r() < 0.2 ? 'X' : digits(r, 1)}`;

function queries(db: Db, r: () => number): string[] {
  const rows = db.$client.prepare('SELECT name, phone, id_number AS idn FROM residents').all() as {
    name: string;
    phone: string;
    idn: string | null;
  }[];
  const qs = new Set<string>([
    ...CHARS.filter((c) => c.trim()),
    '王建',
    '建国',
    'A',
    'b',
    'X',
    '1-101',
    '2号楼 301',
    '101',
    '1',
    '02',
  ]);
  for (let i = 0; i < 150; i++) {
    const row = pick(r, rows);
    const at = Math.floor(r() * row.name.length);
    qs.add(
      [...row.name]
        .slice(at, at + 1 + Math.floor(r() * 3))
        .join('')
        .toLowerCase(),
    );
    if (row.phone) qs.add(row.phone.slice(Math.floor(r() * 8)).slice(0, 3 + Math.floor(r() * 8)));
    if (row.idn) qs.add(row.idn.slice(-3 - Math.floor(r() * 2)));
    qs.add(digits(r, 1 + Math.floor(r() * 8)));
  }
  return [...qs].filter((q) => q.trim());
}

const expectSame = (db: Db, qs: string[]) => expectSameAsScan(db, qs, () => [5, 2000]);

describe('residents.search by index', () => {
  it('answers exactly as a plain scan on a seeded random registry, and still after names, numbers and rooms change', () => {
    const { db } = freshDb();
    const r = rng(20261128);
    seed(db, r);
    const qs = queries(db, r);
    expect(qs.length).toBeGreaterThan(300);
    expectSame(db, qs);
    // Writes the indexes follow: renames, new numbers, moves between rooms, removals.
    const s = db.$client;
    const ids = (s.prepare('SELECT id FROM residents').pluck().all() as number[]).filter(() => r() < 0.3);
    for (const id of ids) {
      const x = r();
      if (x < 0.3) s.prepare('UPDATE residents SET name = ? WHERE id = ?').run(randomName(r), id);
      else if (x < 0.5) s.prepare('UPDATE residents SET phone = ? WHERE id = ?').run(randomPhone(r), id);
      else if (x < 0.65)
        s.prepare('UPDATE residents SET id_number = ? WHERE id = ?').run(randomId(r, 5000 + id), id);
      else if (x < 0.8)
        s.prepare('UPDATE residents SET household_id = ? WHERE id = ?').run(1 + Math.floor(r() * 120), id);
      else s.prepare('DELETE FROM residents WHERE id = ?').run(id);
    }
    s.prepare("UPDATE households SET room = '9999' WHERE id = 7").run();
    expectSame(db, [...qs, ...queries(db, r), '9999']);
  });

  it('never scans the residents: every kind of query is answered through an index, analysed or not', () => {
    // A registry just written has no statistics yet (or stale ones) until SQLite analyses it again.
    for (const analysed of [false, true]) {
      const { db } = freshDb();
      seed(db, rng(7));
      if (analysed) db.$client.exec('ANALYZE');
      const scans = (statement: string, params: readonly (string | number)[]) =>
        db.$client
          .prepare(`EXPLAIN QUERY PLAN ${statement}`)
          .all(...params)
          .map((x) => (x as { detail: string }).detail)
          .filter((d) => /^SCAN (r|residents)\b(?! USING (COVERING )?INDEX residents_long_name_idx)/.test(d));
      for (const q of [
        '王',
        '王建',
        'li ming',
        '138',
        '13812',
        '1234',
        '001X',
        '13812345678',
        '5',
        '1-101',
        '建国王子轩',
      ]) {
        const { candidates, where, name } = searchPlan(q);
        const page = scans(
          `SELECT r.id
          FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
          WHERE ${candidates ? `r.id IN (${candidates.sql}) AND ` : ''}${where.sql}`,
          [...(candidates?.params ?? []), ...where.params],
        );
        const count = name ? scans(name.count.sql, name.count.params) : [];
        expect({ analysed, q, page, count }).toEqual({ analysed, q, page: [], count: [] });
      }
    }
  });

  it('reads a building and a room joined by one dash as an address, however many digits they have', () => {
    const { db } = freshDb();
    const s = db.$client;
    s.exec("INSERT INTO buildings (name, floors, units_count, rooms_per_floor) VALUES ('114栋', 30, 1, 4)");
    s.exec("INSERT INTO households (building_id, unit, room, updated_at) VALUES (1, '', '1304', 'x')");
    s.exec(
      "INSERT INTO residents (household_id, name, phone, updated_at) VALUES (1, '朱志明', '13844981234', 'x')",
    );
    const names = (q: string) => searchResidents(db, q, 10, FIXED_NOW).rows.map((r) => r.name);
    // 7 digits: read as one phone number before, which found no one.
    expect(names('114-1304')).toEqual(['朱志明']);
    expect(names('114 - 1304')).toEqual(['朱志明']);
    expect(names('114-13')).toEqual(['朱志明']);
    // A phone typed in groups is still one number.
    expect(names('138-4498-1234')).toEqual(['朱志明']);
    expect(names('138 4498 1234')).toEqual(['朱志明']);
    expect(names('4498-1234')).toEqual(['朱志明']);
    // Three digits, a dash and four are a building and a room: the phone is not searched.
    expect(names('138-4498')).toEqual([]);
  });

  it('bounds a prefix range above every string that starts with it', () => {
    expect(prefixEnd('王')).toBe('玌');
    expect(prefixEnd('a\u{10FFFF}')).toBe('b');
    expect(prefixEnd('\u{10FFFF}')).toBeNull();
    expect(prefixEnd('\u{D7FF}')).toBe('\u{E000}');
  });
});
