// The plain reference residents.search is checked against (search-index and search-walk tests).
import { expect } from 'vitest';
import type { Db } from '../../db/open';
import { searchResidents } from '../../electron/api/residents/search';
import { searchPlan } from '../../electron/api/residents/search-plan';
import { FIXED_NOW } from './helpers';

/** The same condition, scanned: every resident checked, sorted by one statement, counted apart. */
export function plainScan(db: Db, q: string, limit: number) {
  const { where } = searchPlan(q);
  const from =
    'FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id';
  const ids = db.$client
    .prepare(`SELECT r.id ${from} WHERE ${where.sql}
      ORDER BY (r.name = ?) DESC, b.sort_order, h.unit, h.room, r.id LIMIT ?`)
    .pluck()
    .all(...where.params, q.trim(), limit) as number[];
  const count = db.$client.prepare(`SELECT count(*) ${from} WHERE ${where.sql}`).pluck();
  return { ids, total: count.get(...where.params) as number };
}

/** residents.search answers each query at each limit exactly as the plain scan: rows, order, total. */
export function expectSameAsScan(db: Db, qs: string[], limits: (total: number) => number[]): void {
  for (const q of qs)
    for (const limit of limits(plainScan(db, q, 1).total)) {
      const fast = searchResidents(db, q, limit, FIXED_NOW);
      const plain = plainScan(db, q, limit);
      expect({ q, limit, ids: fast.rows.map((x) => x.id), total: fast.total }).toEqual({
        q,
        limit,
        ...plain,
      });
      expect(fast.truncated).toBe(plain.total > limit);
    }
}
