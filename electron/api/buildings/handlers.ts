import { eq, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { buildings, households } from '../../../db/schema';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { bornOnOrBefore } from '../residents/rules';
import { dayOf } from '../shared/dates';
import type { BoardBuilding, BuildingRow, buildingsContract, RoomCell } from './contract';

const collator = new Intl.Collator('zh-CN', { numeric: true });

export const roomNumber = (floor: number, index: number): string =>
  `${floor}${String(index).padStart(2, '0')}`;
export const unitName = (u: number, count: number): string => (count > 1 ? `${u}单元` : '');
export const floorOf = (room: string): number => {
  const digits = room.match(/^(\d+)\d{2}$/);
  return digits ? Number(digits[1]) : 0;
};

/**
 * Buildings with their rooms, households, residents and rooms not visited, read from
 * `building_counts` (kept by triggers in the same transaction as every write, migration 0013): a
 * district's hundreds of buildings used to count 100,000 households and their residents on every
 * screen that lists them (issue 11).
 */
function listBuildings(db: ReadDb, id?: number): BuildingRow[] {
  return db.all<BuildingRow>(sql`
    SELECT b.id, b.name, b.floors, b.units_count AS unitsCount, b.rooms_per_floor AS roomsPerFloor,
      coalesce(c.rooms, 0) AS rooms, coalesce(c.occupied, 0) AS households,
      coalesce(c.residents, 0) AS residents, coalesce(c.not_visited, 0) AS notVisited
    FROM buildings b LEFT JOIN building_counts c ON c.building_id = b.id
    ${id ? sql`WHERE b.id = ${id}` : sql``}
    ORDER BY b.sort_order, b.id`);
}

/** The rooms of these buildings with their people counted, by building (one statement). */
function boardCells(db: ReadDb, ids: number[], today: string): Map<number, RoomCell[]> {
  const byBuilding = new Map<number, RoomCell[]>();
  if (ids.length === 0) return byBuilding;
  const elderlyBorn = bornOnOrBefore(today, 65);
  const cells = db.all<Omit<RoomCell, 'floor'> & { buildingId: number }>(sql`
    SELECT h.id AS householdId, h.building_id AS buildingId, h.unit, h.room, h.occupancy, h.reg_status AS regStatus,
      h.householder_name AS householder,
      count(r.id) AS residents,
      coalesce(sum(r.birth_date <= ${elderlyBorn}), 0) AS elderly,
      coalesce(sum(r.pregnant OR r.chronic_illness OR r.disability OR r.regular_medicine), 0) AS flagged,
      coalesce(sum(r.presence <> 'in_compound'), 0) AS away
    FROM households h LEFT JOIN residents r ON r.household_id = h.id
    WHERE h.building_id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})
    GROUP BY h.id`);
  for (const { buildingId, ...c } of cells) {
    const list = byBuilding.get(buildingId) ?? [];
    list.push({ ...c, floor: floorOf(c.room) });
    byBuilding.set(buildingId, list);
  }
  return byBuilding;
}

export const buildingsHandlers: HandlerMap<keyof typeof buildingsContract> = {
  'buildings.list': (db) => listBuildings(db),
  'buildings.add': (db, input, ctx) => {
    if (db.select({ id: buildings.id }).from(buildings).where(eq(buildings.name, input.name)).get()) {
      throw refuse('CONFLICT', { code: 'building_exists', params: { name: input.name } }, 'name');
    }
    const order = db.get<{ n: number }>(sql`SELECT coalesce(max(sort_order), 0) + 1 AS n FROM buildings`).n;
    const b = db
      .insert(buildings)
      .values({ ...input, sortOrder: order })
      .returning({ id: buildings.id })
      .get();
    const at = ctx.now().toISOString();
    const rows: (typeof households.$inferInsert)[] = [];
    for (let u = 1; u <= input.unitsCount; u++) {
      for (let f = 1; f <= input.floors; f++) {
        for (let k = 1; k <= input.roomsPerFloor; k++) {
          rows.push({
            buildingId: b.id,
            unit: unitName(u, input.unitsCount),
            room: roomNumber(f, k),
            updatedAt: at,
          });
        }
      }
    }
    for (let i = 0; i < rows.length; i += 500)
      db.insert(households)
        .values(rows.slice(i, i + 500))
        .run();
    ctx.describe({
      entity: 'building',
      entityId: b.id,
      reason: {
        code: 'audit_building_add',
        params: { name: input.name, floors: input.floors, households: rows.length },
      },
    });
    const row = listBuildings(db, b.id)[0];
    if (!row) throw new Error('building vanished');
    return row;
  },
  'buildings.board': (db, input, ctx) => {
    const page = db.all<Omit<BuildingRow, 'rooms' | 'households' | 'residents' | 'notVisited'>>(sql`
      SELECT id, name, floors, units_count AS unitsCount, rooms_per_floor AS roomsPerFloor FROM buildings
      ${input.buildingId ? sql`WHERE id = ${input.buildingId}` : sql``}
      ORDER BY sort_order, id LIMIT ${input.limit} OFFSET ${input.buildingId ? 0 : input.cursor}`);
    const total = input.buildingId
      ? page.length
      : db.get<{ n: number }>(sql`SELECT count(*) AS n FROM buildings`).n;
    const byBuilding = boardCells(
      db,
      page.map((b) => b.id),
      dayOf(ctx.now()),
    );
    const buildings = page.map((b): BoardBuilding => {
      const cells = byBuilding.get(b.id) ?? [];
      return {
        ...b,
        rooms: cells.length,
        households: cells.filter((c) => c.occupancy === 'occupied').length,
        residents: cells.reduce((n, c) => n + c.residents, 0),
        notVisited: cells.filter((c) => c.regStatus === 'not_visited').length,
        cells: cells.sort(
          (x, y) => collator.compare(x.unit, y.unit) || y.floor - x.floor || collator.compare(x.room, y.room),
        ),
      };
    });
    const end = input.cursor + page.length;
    return { buildings, next: !input.buildingId && end < total ? end : null, total };
  },
};
