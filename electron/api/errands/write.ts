/**
 * The writers of errands and the runners' cash books, as plain functions of (db, ctx, …) so that one
 * mutation writes a step, its errand's latest-step columns, and its cash entry in its own single
 * transaction. Nothing here updates or deletes a step or a cash entry (the database refuses it too).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, ReadDb } from '../../../db/open';
import { cashEntries, errandSteps, errands, teamMembers } from '../../../db/schema';
import type { CASH_ENTRY_KINDS } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { refuse } from '../errors';
import { formatInstant } from '../shared/dates';
import { eventId, postId } from '../shared/events';
import { snapshotName } from '../shared/who';
import { type ErrandState, isOpen } from './rules';

export type ErrandRow = typeof errands.$inferSelect;
export type CashKind = (typeof CASH_ENTRY_KINDS)[number];

export function errandOf(db: ReadDb, id: string, field = 'id'): ErrandRow {
  const row = db.select().from(errands).where(eq(errands.id, id)).get();
  if (!row) throw refuse('NOT_FOUND', { code: 'errand_not_found' }, field);
  return row;
}

/** An active team member who can carry an errand (and a cash book). */
export function runnerOf(db: ReadDb, id: number, field = 'runnerId') {
  const row = db
    .select({ id: teamMembers.id, name: teamMembers.name })
    .from(teamMembers)
    .where(and(eq(teamMembers.id, id), eq(teamMembers.active, true)))
    .get();
  if (!row) throw refuse('NOT_FOUND', { code: 'errand_runner_not_found' }, field);
  return row;
}

/** When a step or entry happened: now when not given; never in the future. */
export function happenedAt(ctx: Ctx, at: string | undefined, field = 'at'): string {
  const now = ctx.now().toISOString();
  if (!at) return now;
  const iso = new Date(at).toISOString();
  if (iso > now)
    throw refuse('VALIDATION', { code: 'errand_in_future', params: { at: formatInstant(iso) } }, field);
  return iso;
}

export type NewStep = {
  state: ErrandState;
  at: string;
  runnerId: number | null;
  runnerName: string;
  amountFen?: number | null;
  shop?: string;
  receiptNo?: string;
  deliveredTo?: string;
  duplicateOf?: string | null;
  note?: string;
  stockTxId?: string | null;
  undoes?: string | null;
};

/**
 * Append a step and move the errand's latest-step columns with it. The update names the step count
 * it read, so a step written in between (which BEGIN IMMEDIATE already prevents) could never be lost.
 */
export function writeStep(db: Db, ctx: Ctx, errand: ErrandRow, step: NewStep): string {
  if (errand.steps > 0 && step.at < errand.stateSince)
    throw refuse(
      'VALIDATION',
      {
        code: 'errand_before_previous',
        params: { at: formatInstant(step.at), previous: formatInstant(errand.stateSince) },
      },
      'at',
    );
  const id = eventId();
  const seq = errand.steps + 1;
  db.insert(errandSteps)
    .values({
      ...step,
      id,
      postId: errand.postId,
      errandId: errand.id,
      seq,
      recordedAt: ctx.now().toISOString(),
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
    })
    .run();
  const moved = db
    .update(errands)
    .set({
      state: step.state,
      stateSince: step.at,
      open: isOpen(step.state),
      runnerId: step.runnerId,
      runnerName: step.runnerName,
      steps: seq,
    })
    .where(and(eq(errands.id, errand.id), eq(errands.steps, errand.steps)))
    .run();
  if (moved.changes !== 1) throw new Error(`errand ${errand.id} moved while a step was written`);
  return id;
}

/** Which way each kind moves the cash a runner carries. */
export const CASH_SIGN: Record<Exclude<CashKind, 'difference'>, 1 | -1> = {
  advance: 1,
  collected: 1,
  spent: -1,
  refund: -1,
  handback: -1,
};

/** A runner's balance and entry count: the latest entry's (one read of cash_entries_seq_uq). */
export function bookOf(db: ReadDb, runnerId: number): { balanceFen: number; seq: number } {
  const row = db.get<{ balanceFen: number; seq: number } | undefined>(
    sql`SELECT balance_fen AS balanceFen, seq FROM cash_entries WHERE runner_id = ${runnerId}
        ORDER BY seq DESC LIMIT 1`,
  );
  return row ?? { balanceFen: 0, seq: 0 };
}

export type NewEntry = {
  runnerId: number;
  kind: CashKind;
  /** Signed: what the entry does to the runner's cash. */
  amountFen: number;
  errandId?: string | null;
  receiptNo?: string;
  note?: string;
  at: string;
};

/** Append a line to a runner's cash book, with the balance after it. */
export function writeCash(db: Db, ctx: Ctx, entry: NewEntry): { id: string; balanceFen: number } {
  const book = bookOf(db, entry.runnerId);
  const id = eventId();
  const balanceFen = book.balanceFen + entry.amountFen;
  db.insert(cashEntries)
    .values({
      ...entry,
      id,
      postId: postId(db),
      seq: book.seq + 1,
      balanceFen,
      recordedAt: ctx.now().toISOString(),
      operatorId: ctx.operator?.id ?? null,
      operatorName: snapshotName(ctx.operator),
    })
    .run();
  return { id, balanceFen };
}
