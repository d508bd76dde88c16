/** The distributions' queries: the list with progress, one distribution per building with its lines. */
import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';

type Progress = { delivered: number; deliveredQty: number; notHome: number };
type SummaryRow = Progress & {
  id: string;
  itemId: string;
  item: string;
  unit: string;
  placeKind: 'store' | 'gate' | 'hotel' | 'runner';
  placeName: string;
  scope: string | null;
  basis: 'household' | 'person';
  qty: number;
  plannedOn: string;
  note: string;
  households: number;
  totalQty: number;
  createdAt: string;
  operatorName: string;
};

/** A distribution with how far it has got (its lines summed). */
function summaryOf(db: ReadDb, id: string) {
  const row = db.get<Omit<SummaryRow, keyof Progress> | undefined>(
    sql`SELECT d.id, d.item_id AS itemId, i.name AS item, i.unit, p.kind AS placeKind, p.name AS placeName,
        d.scope, d.basis, d.qty, d.planned_on AS plannedOn, d.note, d.households, d.total_qty AS totalQty,
        d.created_at AS createdAt, d.operator_name AS operatorName
      FROM stock_distributions d JOIN stock_items i ON i.id = d.item_id JOIN stock_places p ON p.id = d.place_id
      WHERE d.id = ${id}`,
  );
  if (!row) return undefined;
  const progress = db.get<Progress>(
    sql`SELECT coalesce(sum(state = 'delivered'), 0) AS delivered,
        coalesce(sum(CASE WHEN state = 'delivered' THEN qty ELSE 0 END), 0) AS deliveredQty,
        coalesce(sum(state = 'not_home'), 0) AS notHome
      FROM stock_distrib_lines WHERE distribution_id = ${id}`,
  );
  const { placeKind, placeName, scope, ...rest } = { ...row, ...progress };
  const buildings = scope
    ? db
        .all<{ name: string }>(
          sql`SELECT name FROM buildings WHERE id IN (SELECT value FROM json_each(${scope})) ORDER BY sort_order, id`,
        )
        .map((b) => b.name)
    : [];
  return { ...rest, place: { kind: placeKind, name: placeName }, buildings };
}

type LineRow = {
  id: string;
  householdId: number;
  room: string;
  householder: string;
  people: number;
  qty: number;
  state: 'pending' | 'delivered' | 'not_home';
  at: string | null;
  runnerName: string | null;
  receivedBy: string | null;
  txId: string | null;
};

export const distribReadHandlers: HandlerMap<'stock.distributions' | 'stock.distribution'> = {
  'stock.distributions': (db, input) => {
    const total = db.get<{ n: number }>(sql`SELECT count(*) AS n FROM stock_distributions`).n;
    // Progress is summed from the lines only for the page shown.
    const page = db.all<{ id: string }>(
      sql`SELECT id FROM stock_distributions ORDER BY planned_on DESC, created_at DESC
          LIMIT ${input.limit} OFFSET ${input.offset}`,
    );
    return { total, rows: page.flatMap((r) => summaryOf(db, r.id) ?? []) };
  },
  'stock.distribution': (db, input) => {
    const summary = summaryOf(db, input.id);
    if (!summary) throw refuse('NOT_FOUND', { code: 'distrib_not_found' }, 'id');
    const perBuilding = db.all<{
      buildingId: number;
      name: string;
      households: number;
      people: number;
      qty: number;
      delivered: number;
      notHome: number;
    }>(
      sql`SELECT l.building_id AS buildingId, l.building_name AS name, count(*) AS households,
          sum(l.people) AS people, sum(l.qty) AS qty, sum(l.state = 'delivered') AS delivered,
          sum(l.state = 'not_home') AS notHome
        FROM stock_distrib_lines l LEFT JOIN buildings b ON b.id = l.building_id
        WHERE l.distribution_id = ${input.id} GROUP BY l.building_id ORDER BY b.sort_order, l.building_id`,
    );
    const buildingId = input.buildingId ?? perBuilding[0]?.buildingId ?? null;
    const lineTotal = perBuilding.find((b) => b.buildingId === buildingId)?.households ?? 0;
    const lines = db
      .all<LineRow>(
        sql`SELECT l.id, l.household_id AS householdId, l.room, l.householder, l.people, l.qty, l.state,
            e.happened_at AS at, e.runner_name AS runnerName, e.received_by AS receivedBy,
            CASE WHEN l.state = 'delivered' THEN e.tx_id END AS txId
          FROM stock_distrib_lines l LEFT JOIN stock_deliveries e ON e.id = l.last_delivery_id
          WHERE l.distribution_id = ${input.id} AND l.building_id = ${buildingId}
          ORDER BY l.rowid LIMIT ${input.limit} OFFSET ${input.offset}`,
      )
      .map((l) => {
        const pending = l.state === 'pending';
        return {
          ...l,
          at: pending ? null : l.at,
          runnerName: pending ? '' : (l.runnerName ?? ''),
          receivedBy: pending ? '' : (l.receivedBy ?? ''),
        };
      });
    return { ...summary, perBuilding, buildingId, lineTotal, lines };
  },
};
