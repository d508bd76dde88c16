/**
 * The lists a cadre opens on a district's registry (issue 11, "feels as quick as the demo"): the
 * buildings with their counts, and the audit log page by page. Each answers what a plain query
 * answers on a seeded registry, and reads through an index that hands its rows in order (no count of
 * every household, no sort of every audit row), checked on the statements the call prepared.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { In } from '../../electron/api/contract';
import { writeDemo } from '../../electron/demo/demo';
import { rng } from './fuzz-gen';
import { api, FIXED_NOW, freshDb } from './helpers';

/** The query plans of every statement run while `run` runs, with the parameters it ran with. */
async function plansDuring(db: Db, run: () => Promise<unknown>): Promise<{ sql: string; plan: string }[]> {
  const sqlite = db.$client;
  const ran: { sql: string; args: unknown[] }[] = [];
  const prepare = sqlite.prepare;
  sqlite.prepare = ((source: string) => {
    const st = prepare.call(sqlite, source);
    for (const m of ['all', 'get', 'iterate'] as const) {
      const orig = st[m].bind(st) as (...a: unknown[]) => unknown;
      Object.defineProperty(st, m, {
        value: (...a: unknown[]) => {
          ran.push({ sql: source, args: a });
          return orig(...a);
        },
      });
    }
    return st;
  }) as typeof sqlite.prepare;
  try {
    await run();
  } finally {
    sqlite.prepare = prepare;
  }
  return ran
    .filter((s) => /^\s*(SELECT|WITH)/i.test(s.sql))
    .map((s) => ({
      sql: s.sql,
      plan: (sqlite.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.args) as { detail: string }[])
        .map((p) => p.detail)
        .join(' | '),
    }));
}

/** buildings.list as it was counted before the counters: every household and resident of each building. */
function plainBuildings(db: Db) {
  return db.$client
    .prepare(
      `SELECT b.id, b.name, b.floors, b.units_count AS unitsCount, b.rooms_per_floor AS roomsPerFloor,
        (SELECT count(*) FROM households h WHERE h.building_id = b.id) AS rooms,
        (SELECT count(*) FROM households h WHERE h.building_id = b.id AND h.occupancy = 'occupied') AS households,
        (SELECT count(*) FROM residents r JOIN households h ON h.id = r.household_id WHERE h.building_id = b.id) AS residents,
        (SELECT count(*) FROM households h WHERE h.building_id = b.id AND h.reg_status = 'not_visited') AS notVisited
      FROM buildings b ORDER BY b.sort_order, b.id`,
    )
    .all();
}

describe('buildings.list at district scale', () => {
  it('says what counting the tables says, after visits, moves and removals, without reading households or residents', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { households: 1500, now: FIXED_NOW });
    const call = api(db, host, 1);
    const s = db.$client;
    const r = rng(11);
    const ids = (s.prepare('SELECT id FROM households ORDER BY id').all() as { id: number }[]).map(
      (x) => x.id,
    );
    const pick = () => ids[Math.floor(r() * ids.length)] as number;
    for (let i = 0; i < 200; i++) {
      s.prepare('UPDATE households SET reg_status = ?, occupancy = ? WHERE id = ?').run(
        ['not_visited', 'registered', 'verified'][i % 3],
        ['occupied', 'vacant', 'unknown'][i % 3],
        pick(),
      );
      s.prepare(
        'UPDATE residents SET household_id = ? WHERE id = (SELECT id FROM residents WHERE household_id = ?)',
      ).run(pick(), pick());
      if (i % 4 === 0) s.prepare('DELETE FROM residents WHERE household_id = ?').run(pick());
    }
    const added = await call('buildings.add', { name: '新楼', floors: 3, unitsCount: 2, roomsPerFloor: 2 });
    expect(added.ok).toBe(true);

    let list: unknown;
    const plans = await plansDuring(db, async () => {
      const res = await call('buildings.list', {});
      if (!res.ok) throw new Error(res.error.message);
      list = res.value;
    });
    expect(list).toEqual(plainBuildings(db));
    expect((list as unknown[]).length).toBeGreaterThan(10);
    const reads = plans.filter((p) => /\bbuildings\b/.test(p.sql));
    expect(reads.length).toBeGreaterThan(0);
    for (const p of reads) expect(p.plan).not.toMatch(/households|residents/);
  });
});

type AuditFilter = Omit<In<'audit.list'>, 'beforeId' | 'limit'>;

/** The log's rows for a filter, newest first (the same instant by id): what a plain query answers. */
function plainAudit(db: Db, f: AuditFilter): { ids: number[]; total: number } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const add = (c: string, v: string | number) => {
    where.push(c);
    args.push(v);
  };
  if (f.operatorId) add('operator_id = ?', f.operatorId);
  if (f.area) add('area = ?', f.area);
  if (f.entity) add('entity = ?', f.entity);
  if (f.entityId) add('entity_id = ?', f.entityId);
  // The post's days are Asia/Shanghai: a day starts at 16:00 UTC the day before.
  if (f.from) add('at >= ?', new Date(`${f.from}T00:00:00+08:00`).toISOString());
  if (f.to) add('at < ?', new Date(Date.parse(`${f.to}T00:00:00+08:00`) + 86_400_000).toISOString());
  const rows = db.$client
    .prepare(
      `SELECT id FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC`,
    )
    .all(...args) as { id: number }[];
  return { ids: rows.map((x) => x.id), total: rows.length };
}

/** A log of 3,000 rows over two weeks, written out of time order (a clock set back), many at one instant. */
function seedAudit(db: Db) {
  const r = rng(7);
  const areas = ['stock', 'households', 'hotels', 'cash', 'roster', 'health'];
  const insert = db.$client.prepare(
    `INSERT INTO audit_log (at, operator_id, operator_name, method, area, entity, entity_id, summary)
     VALUES (?, ?, '某人', 'x.y', ?, ?, ?, '')`,
  );
  const base = Date.parse('2026-11-14T00:00:00Z');
  for (let i = 0; i < 3000; i++) {
    const at = new Date(base + Math.floor(r() * 14 * 24) * 3_600_000).toISOString();
    const area = areas[Math.floor(r() * r() * areas.length)] as string;
    insert.run(at, r() < 0.1 ? null : 1 + Math.floor(r() * 5), area, area, 1 + Math.floor(r() * 30));
  }
}

describe('audit.list at district scale', () => {
  it('pages every filter newest first, the same rows and total as a plain query, each page read in index order', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { households: 80, now: FIXED_NOW });
    seedAudit(db);
    const call = api(db, host, 1);
    const filters: AuditFilter[] = [
      {},
      { area: 'stock' },
      { area: 'cash' },
      { operatorId: 3 },
      { operatorId: 2, area: 'households' },
      { from: '2026-11-18', to: '2026-11-20' },
      { area: 'hotels', from: '2026-11-16', to: '2026-11-25' },
      { operatorId: 4, from: '2026-11-20' },
      { entity: 'roster', entityId: 5 },
      { area: 'nothing' },
    ];
    for (const f of filters) {
      const want = plainAudit(db, f);
      const got: number[] = [];
      let beforeId: number | undefined;
      let pages = 0;
      const plans = await plansDuring(db, async () => {
        for (;;) {
          const res = await call('audit.list', { ...f, beforeId, limit: 37 });
          if (!res.ok) throw new Error(res.error.message);
          expect(res.value.total).toBe(want.total);
          got.push(...res.value.rows.map((x) => x.id));
          pages++;
          if (res.value.nextBeforeId === null) break;
          beforeId = res.value.nextBeforeId;
        }
      });
      expect(got, JSON.stringify(f)).toEqual(want.ids);
      expect(pages).toBe(Math.max(1, Math.ceil(want.total / 37)));
      // The pages come in an index's order; only one entity's few rows may be sorted.
      for (const p of plans.filter((x) => /ORDER BY/i.test(x.sql) && /audit_log/.test(x.sql))) {
        if (!f.entity) expect(p.plan, `${JSON.stringify(f)}: ${p.sql}`).not.toMatch(/TEMP B-TREE/);
      }
    }
  });

  it('lists the areas in the log as SELECT DISTINCT does, without walking every row', async () => {
    const { db, host } = freshDb();
    writeDemo(db, { households: 80, now: FIXED_NOW });
    seedAudit(db);
    const call = api(db, host, 1);
    let areas: unknown;
    const plans = await plansDuring(db, async () => {
      const res = await call('audit.areas', {});
      if (!res.ok) throw new Error(res.error.message);
      areas = res.value;
    });
    const plain = (
      db.$client.prepare('SELECT DISTINCT area FROM audit_log ORDER BY area').all() as { area: string }[]
    ).map((x) => x.area);
    expect(areas).toEqual(plain);
    expect(plain.length).toBeGreaterThan(5);
    const read = plans.find((p) => /audit_log/.test(p.sql));
    expect(read?.plan).toMatch(/SEARCH audit_log USING COVERING INDEX audit_area_idx \(area>\?\)/);
  });
});
