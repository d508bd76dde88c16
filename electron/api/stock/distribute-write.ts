/**
 * 发放: who a distribution reaches, and the writes of stock.distribute. The households are those of the
 * buildings chosen with someone in the compound; per person, each counts its residents in the
 * compound. A distribution and its lines are written by one function inside the caller's one
 * transaction — the router's on the main thread, or a worker's on its own connection
 * (distribute-offload.ts) — with one prepared statement, reporting progress every thousand lines.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, ReadDb } from '../../../db/open';
import type { AuditEntry, Ctx } from '../context';
import type { Out, Parsed } from '../contract';
import { refuse } from '../errors';
import { dayOf } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { ensurePlace } from './books';
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

export function plan(db: ReadDb, scope: Scope) {
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
const PROGRESS_EVERY = 1000;

/** What writing a distribution needs of the request: the clock, who, and where its progress goes. */
export type WriteCtx = Pick<Ctx, 'now' | 'operator' | 'progress'>;

/**
 * Write a distribution and its lines (inside the caller's transaction: the router's, or the worker's),
 * or refuse with the codes of the contract. Answers the output and the audit row's entry.
 */
export function writeDistribution(
  db: Db,
  input: Parsed<'stock.distribute'>,
  ctx: WriteCtx,
): { out: Out<'stock.distribute'>; entry: AuditEntry } {
  ctx.progress('check');
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
  const entry: AuditEntry = {
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
  };
  return { out: { id, households: found.length, totalQty }, entry };
}
