/**
 * An issue and a reversal as plain functions of (db, ctx, …), so that another area's mutation can
 * write them inside its own transaction (a hotel guest's need met from stock, issue 12): the
 * handlers in handlers.ts and hotels/needs.ts call these and write their own audit row.
 */
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { stockTx } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { dayOf } from '../shared/dates';
import { balanceOf, ensurePlace, type NewLine, writeTx } from './books';
import type { stockContract } from './contract';
import { checkReverse } from './rules';
import { itemOf, lotFor, Pending, takeOut } from './take';

type IssueInput = z.output<(typeof stockContract)['stock.issue']['input']>;

/** Who receives an issue, by name as it is now (kept on the transaction as a snapshot). */
export function recipient(db: Db, to: IssueInput['to']): string {
  const q = {
    household: sql`SELECT trim(b.name || ' ' || CASE WHEN h.unit = '' THEN '' ELSE h.unit || '-' END || h.room
        || ' ' || h.householder_name) AS name FROM households h JOIN buildings b ON b.id = h.building_id WHERE h.id = ${to.id}`,
    hotel_guest: sql`SELECT name FROM returnees WHERE id = ${to.id}`,
    runner: sql`SELECT name FROM team_members WHERE id = ${to.id}`,
  }[to.kind];
  const row = db.get<{ name: string } | undefined>(q);
  const missing = {
    household: 'household_not_found',
    hotel_guest: 'returnee_not_found',
    runner: 'member_not_found',
  };
  if (!row) throw refuse('NOT_FOUND', { code: missing[to.kind] }, 'to');
  return row.name;
}

/**
 * Hand out from a place (the lot expiring first when none is named). `fieldPrefix` names the form's
 * field of the lines (`lines`, or `give.lines` in another area's form) in a refusal.
 */
export function issueStock(db: Db, ctx: Ctx, input: IssueInput, fieldPrefix = 'lines') {
  const place = ensurePlace(db, input.place);
  const name = recipient(db, input.to);
  const pending = new Pending();
  const today = dayOf(ctx.now());
  let short = false;
  const lines = input.lines.flatMap((l, i) => {
    const item = itemOf(db, l.itemId, `${fieldPrefix}.${i}.itemId`);
    const taken = takeOut(db, pending, {
      item,
      place,
      qty: l.qty,
      lotId: lotFor(db, item, l.lotId, `${fieldPrefix}.${i}.lotId`),
      today,
      includeExpired: input.includeExpired,
      shortReason: input.shortReason,
      field: `${fieldPrefix}.${i}.qty`,
    });
    short ||= taken.short;
    return taken.lines;
  });
  const txId = writeTx(
    db,
    ctx,
    {
      kind: 'issue',
      happenedAt: input.happenedAt,
      counterpartyKind: input.to.kind,
      counterpartyId: input.to.id,
      counterpartyName: name,
      note: short ? (input.shortReason ?? '') : input.note,
      short,
    },
    lines,
  );
  return { txId, place, name };
}

/** Undo a movement: a reversal with the opposite lines, naming what it reverses, with the reason. */
export function reverseStock(db: Db, ctx: Ctx, id: string, reason: string, field = 'txId') {
  const tx = db.select().from(stockTx).where(eq(stockTx.id, id)).get();
  if (!tx) throw refuse('NOT_FOUND', { code: 'stock_tx_not_found' }, field);
  const reversedBy = db.select({ id: stockTx.id }).from(stockTx).where(eq(stockTx.reverses, tx.id)).get();
  const wrong = checkReverse({ kind: tx.kind, reversedBy: reversedBy?.id ?? null });
  if (wrong) throw refuse('CONFLICT', wrong, field);
  const lines = db.all<NewLine>(
    sql`SELECT item_id AS itemId, lot_id AS lotId, place_id AS placeId, -qty AS qty FROM stock_lines
        WHERE tx_id = ${tx.id} ORDER BY rowid`,
  );
  const txId = writeTx(
    db,
    ctx,
    {
      kind: 'reversal',
      counterpartyKind: tx.counterpartyKind,
      counterpartyId: tx.counterpartyId,
      counterpartyName: tx.counterpartyName,
      reasonCode: tx.reasonCode,
      note: reason,
      reverses: tx.id,
      short: lines.some((l) => l.qty < 0 && balanceOf(db, l.itemId, l.lotId, l.placeId) + l.qty < 0),
    },
    lines,
  );
  return { txId, reversed: tx };
}

/** The id of the movement that reverses this one, if any. */
export function reversalOf(db: Db, id: string): string | null {
  return db.select({ id: stockTx.id }).from(stockTx).where(eq(stockTx.reverses, id)).get()?.id ?? null;
}
