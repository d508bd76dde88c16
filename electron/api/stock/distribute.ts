/**
 * 发放: a distribution and all its lines, written in the mutation's one transaction. The households are
 * those of the buildings chosen with someone in the compound; per person, each counts its residents
 * in the compound. Lines are inserted with one prepared statement (a district's 100,000 households
 * in well under a second), reporting progress every few thousand.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import { dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { ensurePlace, findPlace } from './books';
import type { DistributionScope } from './distrib-contract';
import { itemOf } from './take';

type Scope = z.output<typeof DistributionScope>;
export type Recipient = {
  id: number;
  buildingId: number;
  buildingName: string;
  room: string;
  householder: string;
  people: number;
};

/** The buildings chosen must exist (an empty list is every building). */
function checkBuildings(db: ReadDb, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const found = db.get<{ n: number }>(
    sql`SELECT count(*) AS n FROM buildings WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`,
  );
  if (found.n !== new Set(ids).size)
    throw refuse('NOT_FOUND', { code: 'distrib_building_not_found' }, 'buildingIds');
}

const RECIPIENTS = sql`SELECT h.id, h.building_id AS buildingId, b.name AS buildingName,
    CASE WHEN h.unit = '' THEN h.room ELSE h.unit || '-' || h.room END AS room,
    h.householder_name AS householder, p.n AS people
  FROM households h JOIN buildings b ON b.id = h.building_id
  JOIN (SELECT household_id, count(*) AS n FROM residents WHERE presence = 'in_compound' GROUP BY household_id) p
    ON p.household_id = h.id`;

/** The households a distribution reaches, building by building, room by room. */
export function recipients(db: ReadDb, buildingIds: readonly number[]): Recipient[] {
  checkBuildings(db, buildingIds);
  const where = buildingIds.length
    ? sql`WHERE h.building_id IN (SELECT value FROM json_each(${JSON.stringify(buildingIds)}))`
    : sql``;
  return db.all<Recipient>(
    sql`${RECIPIENTS} ${where} ORDER BY b.sort_order, b.id, h.unit, length(h.room), h.room`,
  );
}

export const shareOf = (scope: Pick<Scope, 'basis' | 'qty'>, people: number): number =>
  scope.basis === 'person' ? scope.qty * people : scope.qty;

function plan(db: ReadDb, scope: Scope) {
  const item = itemOf(db, scope.itemId, 'itemId');
  const found = recipients(db, scope.buildingIds);
  let people = 0;
  let totalQty = 0;
  for (const r of found) {
    people += r.people;
    totalQty += shareOf(scope, r.people);
  }
  return { item, found, people, totalQty };
}

const LINE_INSERT = `INSERT INTO stock_distrib_lines (id, post_id, distribution_id, household_id, building_id,
  building_name, room, householder, people, qty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const PROGRESS_EVERY = 5000;

export const distributeHandlers: HandlerMap<'stock.distributionPlan' | 'stock.distribute'> = {
  'stock.distributionPlan': (db, input) => {
    const { item, found, people, totalQty } = plan(db, input);
    const place = findPlace(db, input.place);
    const onHand = place
      ? (db.get<{ n: number }>(
          sql`SELECT coalesce(sum(qty), 0) AS n FROM stock_balances WHERE item_id = ${item.id} AND place_id = ${place.id}`,
        )?.n ?? 0)
      : 0;
    return { households: found.length, people, totalQty, onHand, unit: item.unit };
  },

  'stock.distribute': (db, input, ctx) => {
    const { item, found, totalQty } = plan(db, input);
    if (found.length === 0) throw refuse('CONFLICT', { code: 'distrib_no_households' }, 'buildingIds');
    const day = input.plannedOn ?? dayOf(ctx.now());
    const ids = JSON.stringify(found.map((r) => r.id));
    const twice = db.$client
      .prepare(
        `SELECT count(*) AS n FROM stock_distrib_lines l JOIN stock_distributions d ON d.id = l.distribution_id
         WHERE d.item_id = ? AND d.planned_on = ? AND l.household_id IN (SELECT value FROM json_each(?))`,
      )
      .get(item.id, day, ids) as { n: number };
    if (twice.n > 0)
      throw refuse(
        'CONFLICT',
        { code: 'distrib_same_day', params: { item: item.name, day, households: twice.n } },
        'buildingIds',
      );
    const place = ensurePlace(db, input.place);
    const id = eventId();
    const post = postId(db);
    const names = db.$client
      .prepare(
        'SELECT name FROM buildings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sort_order, id',
      )
      .pluck()
      .all(JSON.stringify(input.buildingIds)) as string[];
    db.$client
      .prepare(
        `INSERT INTO stock_distributions (id, post_id, item_id, place_id, scope, basis, qty, planned_on, note,
          households, total_qty, created_at, operator_id, operator_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        post,
        item.id,
        place.id,
        input.buildingIds.length ? JSON.stringify([...new Set(input.buildingIds)]) : null,
        input.basis,
        input.qty,
        day,
        input.note,
        found.length,
        totalQty,
        ctx.now().toISOString(),
        ctx.operator?.id ?? null,
        snapshotName(ctx.operator),
      );
    const insert = db.$client.prepare(LINE_INSERT);
    ctx.progress('write', 0, found.length);
    found.forEach((r, i) => {
      insert.run(
        eventId(),
        post,
        id,
        r.id,
        r.buildingId,
        r.buildingName,
        r.room,
        r.householder,
        r.people,
        shareOf(input, r.people),
      );
      if ((i + 1) % PROGRESS_EVERY === 0) ctx.progress('write', i + 1, found.length);
    });
    ctx.progress('write', found.length, found.length);
    ctx.describe({
      entity: 'stock',
      reason: {
        code: 'audit_stock_distribute',
        params: {
          item: item.name,
          qty: input.qty,
          unit: item.unit,
          basis: input.basis,
          buildings: names.length > 12 ? `${names.slice(0, 12).join(' ')} …` : names.join(' '),
          households: found.length,
          total: totalQty,
          day,
        },
      },
    });
    return { id, households: found.length, totalQty };
  },
};
