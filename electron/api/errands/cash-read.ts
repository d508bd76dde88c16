/**
 * The runners' cash books, read (issue 13): a book's entries newest first with the balance after
 * each (kept on the entry), every runner's balance (the latest entry's, through cash_entries_seq_uq),
 * and the reconciliations.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';
import { refuse } from '../errors';
import type { HandlerMap } from '../handler';
import type { CashKind } from './write';

export type CashRow = {
  id: string;
  runnerId: number;
  kind: CashKind;
  amountFen: number;
  errandId: string | null;
  errandNo: number | null;
  receiptNo: string;
  note: string;
  at: string;
  operatorName: string;
  balanceFen: number;
};

/** Entries matching a condition on `c`, newest first (as written). */
export function cashRows(db: ReadDb, where: SQL, limit: number, offset: number): CashRow[] {
  return db.all<CashRow>(
    sql`SELECT c.id, c.runner_id AS runnerId, c.kind, c.amount_fen AS amountFen, c.errand_id AS errandId,
      e.no AS errandNo, c.receipt_no AS receiptNo, c.note, c.at, c.operator_name AS operatorName,
      c.balance_fen AS balanceFen
      FROM cash_entries c LEFT JOIN errands e ON e.id = c.errand_id
      WHERE ${where} ORDER BY c.runner_id, c.seq DESC LIMIT ${limit} OFFSET ${offset}`,
  );
}

/**
 * Every runner with a book, and every active member whose role is runner: the balance (0 without a
 * book) and when last reconciled.
 */
function runners(db: ReadDb) {
  return db.all<{ runnerId: number; name: string; balanceFen: number; lastReconciledAt: string | null }>(
    sql`SELECT t.id AS runnerId, t.name,
      coalesce((SELECT balance_fen FROM cash_entries c WHERE c.runner_id = t.id ORDER BY c.seq DESC LIMIT 1), 0) AS balanceFen,
      (SELECT max(r.at) FROM cash_reconciliations r WHERE r.runner_id = t.id) AS lastReconciledAt
      FROM team_members t
      WHERE (t.active = 1 AND t.role = 'runner') OR EXISTS (SELECT 1 FROM cash_entries c WHERE c.runner_id = t.id)
      ORDER BY t.name, t.id`,
  );
}

export const cashReadHandlers: HandlerMap<'cash.book'> = {
  'cash.book': (db, input) => {
    const all = runners(db);
    if (!input.runnerId)
      return { runners: all, balanceFen: null, total: 0, entries: [], reconciliations: [] };
    const id = input.runnerId;
    // A book is a team member's (one who has left keeps theirs): an unknown one is not a zero balance.
    if (!all.some((r) => r.runnerId === id) && !db.get(sql`SELECT 1 AS x FROM team_members WHERE id = ${id}`))
      throw refuse('NOT_FOUND', { code: 'errand_runner_not_found' }, 'runnerId');
    const total = db.get<{ n: number }>(
      sql`SELECT count(*) AS n FROM cash_entries WHERE runner_id = ${id}`,
    ).n;
    const balance = db.get<{ b: number } | undefined>(
      sql`SELECT balance_fen AS b FROM cash_entries WHERE runner_id = ${id} ORDER BY seq DESC LIMIT 1`,
    );
    return {
      runners: all,
      balanceFen: balance?.b ?? 0,
      total,
      entries: cashRows(db, sql`c.runner_id = ${id}`, input.limit, input.offset),
      reconciliations: db.all(
        sql`SELECT id, at, book_fen AS bookFen, counted_fen AS countedFen, difference_fen AS differenceFen,
          reason, operator_name AS operatorName FROM cash_reconciliations WHERE runner_id = ${id}
          ORDER BY at DESC, rowid DESC`,
      ),
    };
  },
};
