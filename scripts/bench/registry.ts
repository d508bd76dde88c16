// Overview, stats and the board: the app's call beside hand-written SQL giving the same numbers.

import { PRESENCE } from '../../db/schema/enums';
import { BOARD_PAGE } from '../../electron/api/buildings/contract';
import { bornOnOrBefore, CHILD_AGE, ELDERLY_AGE } from '../../electron/api/residents/rules';
import { dayOf } from '../../electron/api/shared/dates';
import type { Env, Figure } from './harness';
import { OVERVIEW_COUNTS, overviewArgs, STALE_MINUTES_SQL } from './overview-base';

const collator = new Intl.Collator('zh-CN', { numeric: true });
type Count = { k: string; n: number };

function overviewBase(env: Env) {
  const stale = (env.sqlite.prepare(STALE_MINUTES_SQL).get() as { m: number }).m;
  const args = overviewArgs(env.now, stale);
  return Object.fromEntries(
    Object.entries(OVERVIEW_COUNTS).map(([k, c]) => [
      k,
      (env.sqlite.prepare(c.sql).get(...c.args.map((a) => args[a])) as { n: number }).n,
    ]),
  );
}

function statsBase(env: Env) {
  const today = dayOf(env.now);
  const s = env.sqlite;
  const perBuilding = s
    .prepare(
      `SELECT b.id AS buildingId, b.name, count(h.id) AS rooms,
        coalesce(sum(h.reg_status = 'not_visited'), 0) AS notVisited,
        coalesce(sum(h.reg_status = 'registered'), 0) AS registered,
        coalesce(sum(h.reg_status = 'verified'), 0) AS verified,
        coalesce(sum(h.occupancy = 'occupied'), 0) AS occupied,
        coalesce(sum(h.occupancy = 'vacant'), 0) AS vacant,
        coalesce(sum(h.occupancy = 'unknown'), 0) AS unknown, 0 AS residents
      FROM buildings b LEFT JOIN households h ON h.building_id = b.id GROUP BY b.id ORDER BY b.sort_order, b.id`,
    )
    .all() as {
    buildingId: number;
    residents: number;
    notVisited: number;
    registered: number;
    verified: number;
  }[];
  const people = s
    .prepare(
      'SELECT h.building_id AS b, count(*) AS n FROM residents r JOIN households h ON h.id = r.household_id GROUP BY 1',
    )
    .all() as { b: number; n: number }[];
  const byId = new Map(people.map((p) => [p.b, p.n]));
  for (const b of perBuilding) b.residents = byId.get(b.buildingId) ?? 0;
  const sum = (k: 'notVisited' | 'registered' | 'verified') => perBuilding.reduce((a, b) => a + b[k], 0);
  const occ = s.prepare('SELECT occupancy AS k, count(*) AS n FROM households GROUP BY 1').all() as Count[];
  const pres = s.prepare('SELECT presence AS k, count(*) AS n FROM residents GROUP BY 1').all() as Count[];
  const tally = (keys: string[], rows: Count[]) =>
    Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.k === k)?.n ?? 0]));
  const flags = s
    .prepare(
      `SELECT coalesce(sum(birth_date <= ?), 0) AS elderly,
        coalesce(sum(birth_date > ? AND birth_date <= ?), 0) AS children,
        coalesce(sum(pregnant), 0) AS pregnant, coalesce(sum(chronic_illness), 0) AS chronicIllness,
        coalesce(sum(disability), 0) AS disability, coalesce(sum(regular_medicine), 0) AS regularMedicine
      FROM residents`,
    )
    .get(bornOnOrBefore(today, ELDERLY_AGE), bornOnOrBefore(today, CHILD_AGE), today);
  return {
    byBuilding: perBuilding,
    regStatus: { not_visited: sum('notVisited'), registered: sum('registered'), verified: sum('verified') },
    occupancy: tally(['occupied', 'vacant', 'unknown'], occ),
    presence: tally([...PRESENCE], pres),
    flags,
  };
}

type Cell = { householdId: number; unit: string; room: string; residents: number; elderly: number };

/** One building's rooms with their counts, by hand: what the board draws. */
function boardBase(env: Env, buildingId: number) {
  const elderlyBorn = bornOnOrBefore(dayOf(env.now), ELDERLY_AGE);
  const cells = env.sqlite
    .prepare(
      `SELECT h.id AS householdId, h.unit, h.room, count(r.id) AS residents,
        coalesce(sum(r.birth_date <= ?), 0) AS elderly
      FROM households h LEFT JOIN residents r ON r.household_id = h.id
      WHERE h.building_id = ? GROUP BY h.id`,
    )
    .all(elderlyBorn, buildingId) as Cell[];
  const floor = (room: string) => Number(room.match(/^(\d+)\d{2}$/)?.[1] ?? 0);
  return cells
    .sort(
      (x, y) =>
        collator.compare(x.unit, y.unit) || floor(y.room) - floor(x.room) || collator.compare(x.room, y.room),
    )
    .map((c) => [c.householdId, c.residents, c.elderly]);
}

const cellsOf = (b: { cells: Cell[] } | undefined) =>
  (b?.cells ?? []).map((c) => [c.householdId, c.residents, c.elderly]);

/** The ids of a page of buildings, in the board's order (limit -1: all). */
const pageIds = (env: Env, offset: number, limit: number) =>
  env.sqlite
    .prepare('SELECT id FROM buildings ORDER BY sort_order, id LIMIT ? OFFSET ?')
    .pluck()
    .all(limit, offset) as number[];

export const registryFigures: Figure[] = [
  {
    name: 'overview.get',
    goal: { p95Ms: 50 },
    app: async (env) => (await env.call('overview.get', {})).counts,
    base: overviewBase,
  },
  {
    name: 'households.stats',
    goal: { p95Ms: 50 },
    app: (env) => env.call('households.stats', {}),
    base: statsBase,
  },
  {
    name: 'buildings.board, one building',
    goal: { p95Ms: 50 },
    app: async (env) => cellsOf((await env.call('buildings.board', { buildingId: 1 })).buildings[0]),
    base: (env) => boardBase(env, 1),
  },
  {
    name: `buildings.board, a page (${BOARD_PAGE} buildings)`,
    goal: { p95Ms: 50 },
    app: async (env) =>
      (await env.call('buildings.board', { cursor: BOARD_PAGE })).buildings.flatMap(cellsOf),
    base: (env) => pageIds(env, BOARD_PAGE, BOARD_PAGE).flatMap((id) => boardBase(env, id)),
  },
  {
    name: 'buildings.board, every page',
    goal: {},
    runs: 1,
    app: async (env) => {
      const all: unknown[] = [];
      let cursor: number | null = 0;
      while (cursor !== null) {
        const page: { buildings: { cells: Cell[] }[]; next: number | null } = await env.call(
          'buildings.board',
          {
            cursor,
          },
        );
        all.push(...page.buildings.flatMap(cellsOf));
        cursor = page.next;
      }
      return all;
    },
    base: (env) => pageIds(env, 0, -1).flatMap((id) => boardBase(env, id)),
  },
];
