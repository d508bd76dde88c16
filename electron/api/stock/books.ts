/**
 * The writer of the stock ledger: every movement is one `stock_tx` with its lines, and each line's
 * quantity is added to its balance (item, lot, place) right there, in the mutation's own
 * transaction — so the balances are never stale and never disagree with the lines. Nothing here
 * updates or deletes a ledger row (the database refuses it too).
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, ReadDb } from '../../../db/open';
import { stockBalances, stockLines, stockPlaces, stockTx } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { formatInstant } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import type { PlaceRef } from './contract';

export type PlaceInput = z.output<typeof PlaceRef>;
export type PlaceRow = typeof stockPlaces.$inferSelect;
export type NewLine = { itemId: string; lotId: string | null; placeId: string; qty: number };
export type NewTx = Pick<
  typeof stockTx.$inferInsert,
  | 'kind'
  | 'counterpartyKind'
  | 'counterpartyId'
  | 'counterpartyName'
  | 'reasonCode'
  | 'note'
  | 'short'
  | 'reverses'
> & { happenedAt?: string | undefined };

const NAME_OF: Record<Exclude<PlaceInput['kind'], 'store'>, string> = {
  gate: 'SELECT name FROM duty_posts WHERE id = ?',
  hotel: 'SELECT name FROM hotels WHERE id = ?',
  runner: 'SELECT name FROM team_members WHERE id = ?',
};

/** The place's row, if it has held stock already. */
export function findPlace(db: ReadDb, place: PlaceInput): PlaceRow | undefined {
  const ref = place.kind === 'store' ? null : place.id;
  return db
    .select()
    .from(stockPlaces)
    .where(sql`${stockPlaces.kind} = ${place.kind} AND coalesce(${stockPlaces.refId}, 0) = ${ref ?? 0}`)
    .get();
}

/** The place's row, made the first time stock goes there (the gate, hotel or runner must exist). */
export function ensurePlace(db: Db, place: PlaceInput): PlaceRow {
  const found = findPlace(db, place);
  if (found) return found;
  let name = '';
  if (place.kind !== 'store') {
    const row = db.$client.prepare(NAME_OF[place.kind]).get(place.id) as { name: string } | undefined;
    if (!row) throw refuse('NOT_FOUND', { code: 'stock_place_not_found' }, 'place');
    name = row.name;
  }
  const row: PlaceRow = {
    id: eventId(),
    postId: postId(db),
    kind: place.kind,
    refId: place.kind === 'store' ? null : place.id,
    name,
  };
  db.insert(stockPlaces).values(row).run();
  return row;
}

/** What the books hold of an item (and lot: null for an item not tracked by lot) at a place. */
export function balanceOf(db: ReadDb, itemId: string, lotId: string | null, placeId: string): number {
  const row = db.get<{ qty: number } | undefined>(
    sql`SELECT qty FROM stock_balances WHERE item_id = ${itemId} AND place_id = ${placeId}
        AND coalesce(lot_id, '') = coalesce(${lotId}, '')`,
  );
  return row?.qty ?? 0;
}

/** Every lot of an item at a place with its balance and expiry (for FEFO). */
export function lotsAt(db: ReadDb, itemId: string, placeId: string) {
  return db.all<{ lotId: string; expiresOn: string | null; qty: number }>(
    sql`SELECT b.lot_id AS lotId, l.expires_on AS expiresOn, b.qty AS qty FROM stock_balances b
        JOIN stock_lots l ON l.id = b.lot_id WHERE b.item_id = ${itemId} AND b.place_id = ${placeId}`,
  );
}

/** Add a line's quantity to its balance (same transaction as the line). */
function post(db: Db, line: NewLine): void {
  const changed = db.$client
    .prepare(
      "UPDATE stock_balances SET qty = qty + ? WHERE item_id = ? AND place_id = ? AND coalesce(lot_id, '') = coalesce(?, '')",
    )
    .run(line.qty, line.itemId, line.placeId, line.lotId).changes;
  if (changed === 0)
    db.insert(stockBalances)
      .values({ itemId: line.itemId, lotId: line.lotId, placeId: line.placeId, qty: line.qty })
      .run();
}

/** Write one movement: the transaction row, its lines, and each line into its balance. */
export function writeTx(db: Db, ctx: Ctx, tx: NewTx, lines: readonly NewLine[]): string {
  const id = eventId();
  const post_ = postId(db);
  const now = ctx.now().toISOString();
  if (tx.happenedAt && Date.parse(tx.happenedAt) > Date.parse(now))
    throw refuse(
      'VALIDATION',
      { code: 'stock_in_future', params: { at: formatInstant(tx.happenedAt) } },
      'happenedAt',
    );
  db.insert(stockTx)
    .values({
      ...tx,
      id,
      postId: post_,
      happenedAt: tx.happenedAt ? new Date(tx.happenedAt).toISOString() : now,
      recordedAt: now,
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
    })
    .run();
  for (const line of lines) {
    if (line.qty === 0) continue;
    db.insert(stockLines)
      .values({ ...line, id: eventId(), postId: post_, txId: id })
      .run();
    post(db, line);
  }
  return id;
}
