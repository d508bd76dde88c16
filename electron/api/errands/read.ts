/**
 * The errands queries (issue 13). The open list by age reads the errand rows' latest-step columns
 * through errands_open_age_idx (or errands_open_building_idx for one building): one indexed range,
 * oldest first, then a page of rows joined to their household — never the steps.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadDb } from '../../../db/open';
import type { HandlerMap } from '../handler';
import { readCompound } from '../shared/compound';
import { cashRows } from './cash-read';
import type { errandsContract } from './contract';
import { type AgeLimits, ageCuts, ageMinutes, type ErrandState, staleLevel } from './rules';
import { errandOf } from './write';

type ListIn = z.output<(typeof errandsContract)['errands.list']['input']>;
type RowOut = z.output<(typeof errandsContract)['errands.list']['output']>['rows'][number];

export const limitsOf = (db: ReadDb): AgeLimits => {
  const c = readCompound(db);
  return { agingMinutes: c.errandAgingMinutes, staleMinutes: c.errandStaleMinutes };
};

type Raw = Omit<RowOut, 'ageMinutes' | 'staleLevel' | 'medicineOpen' | 'state'> & {
  state: ErrandState;
  open: number;
  medicineOpen: number;
};

/** The columns of a row of the list (household joined; the lines summed up as text). */
const ROW = sql`e.id AS id, e.no AS no, e.household_id AS householdId, e.building_id AS buildingId,
  b.name AS building, CASE WHEN h.unit = '' THEN h.room ELSE h.unit || '-' || h.room END AS room,
  h.householder_name AS householdHead, h.phone AS phone, e.kind AS kind, e.urgency AS urgency,
  e.channel AS channel, e.payer AS payer, e.budget_fen AS budgetFen, e.state AS state,
  e.state_since AS stateSince, e.open AS open, e.runner_id AS runnerId, e.runner_name AS runnerName,
  e.created_at AS createdAt,
  coalesce((SELECT group_concat(x.what || ' ×' || x.qty, ', ') FROM
    (SELECT what, qty FROM errand_lines WHERE errand_id = e.id ORDER BY seq) x), '') AS summary,
  EXISTS (SELECT 1 FROM errands m WHERE m.household_id = e.household_id AND m.open = 1
    AND m.kind = 'medicine') AS medicineOpen,
  (SELECT s.shop FROM errand_steps s WHERE s.errand_id = e.id AND s.state = 'bought' AND s.undoes IS NULL
    ORDER BY s.seq DESC LIMIT 1) AS shop,
  (SELECT count(*) FROM errand_steps s WHERE s.errand_id = e.id AND s.state = 'no_answer' AND s.undoes IS NULL
    AND s.seq > coalesce((SELECT max(z.seq) FROM errand_steps z WHERE z.errand_id = e.id
      AND z.state <> 'no_answer' AND z.undoes IS NULL
      AND NOT EXISTS (SELECT 1 FROM errand_steps u WHERE u.undoes = z.id)), 0)) AS noAnswers`;

const FROM = sql`FROM errands e JOIN households h ON h.id = e.household_id JOIN buildings b ON b.id = e.building_id`;

function finish(r: Raw, now: string, limits: AgeLimits): RowOut {
  const age = ageMinutes(r.stateSince, now);
  const { open, medicineOpen, ...rest } = r;
  return {
    ...rest,
    ageMinutes: age,
    // A closed errand waits for nothing: it is never aging or stale.
    staleLevel: open ? staleLevel(age, limits) : 'fresh',
    medicineOpen: medicineOpen === 1,
  };
}

/** The filter of errands.list as conditions on `e` (the scope, then each field given). */
export function listFilter(f: ListIn, cuts: { aging: string; stale: string }): SQL[] {
  const parts: SQL[] = [];
  if (f.scope !== 'all') parts.push(sql`e.open = 1`);
  if (f.scope === 'stale') parts.push(sql`e.state_since <= ${cuts.stale}`);
  if (f.buildingId) parts.push(sql`e.building_id = ${f.buildingId}`);
  if (f.state) parts.push(sql`e.state = ${f.state}`);
  if (f.runnerId) parts.push(sql`e.runner_id = ${f.runnerId}`);
  if (f.householdId) parts.push(sql`e.household_id = ${f.householdId}`);
  if (f.kind) parts.push(sql`e.kind = ${f.kind}`);
  return parts;
}

const whereOf = (parts: SQL[]): SQL => (parts.length ? sql`WHERE ${sql.join(parts, sql` AND `)}` : sql``);

/**
 * The counts by colour: each a range of state_since in the open errands' index (a closed errand,
 * listed only in scope `all`, is fresh), never an expression summed over every open row.
 */
function countsOf(db: ReadDb, f: ListIn, parts: SQL[], cuts: { aging: string; stale: string }) {
  const n = (...more: SQL[]) =>
    db.get<{ n: number }>(sql`SELECT count(*) AS n FROM errands e ${whereOf([...parts, ...more])}`).n;
  const open = sql`e.open = 1`;
  const fresh = n(open, sql`e.state_since > ${cuts.aging}`) + (f.scope === 'all' ? n(sql`e.open = 0`) : 0);
  const aging = n(open, sql`e.state_since <= ${cuts.aging}`, sql`e.state_since > ${cuts.stale}`);
  const stale = n(open, sql`e.state_since <= ${cuts.stale}`);
  return { total: fresh + aging + stale, counts: { fresh, aging, stale } };
}

export const errandsReadHandlers: HandlerMap<'errands.list' | 'errands.get'> = {
  'errands.list': (db, f, ctx) => {
    const now = ctx.now().toISOString();
    const limits = limitsOf(db);
    const cuts = ageCuts(now, limits);
    const parts = listFilter(f, cuts);
    const where = whereOf(parts);
    const c = countsOf(db, f, parts, cuts);
    const rows = db.all<Raw>(
      sql`SELECT ${ROW} ${FROM} ${where} ORDER BY e.state_since, e.no LIMIT ${f.limit} OFFSET ${f.offset}`,
    );
    return {
      ...c,
      limits,
      rows: rows.map((r) => finish(r, now, limits)),
    };
  },

  'errands.get': (db, input, ctx) => {
    const e = errandOf(db, input.id);
    const now = ctx.now().toISOString();
    const row = db.get<Raw>(sql`SELECT ${ROW} ${FROM} WHERE e.id = ${e.id}`);
    const steps = db.all<{
      id: string;
      state: ErrandState;
      at: string;
      operatorName: string;
      runnerId: number | null;
      runnerName: string;
      amountFen: number | null;
      shop: string;
      receiptNo: string;
      deliveredTo: string;
      duplicateOf: string | null;
      duplicateOfNo: number | null;
      note: string;
      stockTxId: string | null;
      undoes: string | null;
    }>(
      sql`SELECT s.id, s.state, s.at, s.operator_name AS operatorName, s.runner_id AS runnerId, s.runner_name AS runnerName,
        s.amount_fen AS amountFen, s.shop, s.receipt_no AS receiptNo, s.delivered_to AS deliveredTo,
        s.duplicate_of AS duplicateOf, d.no AS duplicateOfNo, s.note, s.stock_tx_id AS stockTxId,
        s.undoes
        FROM errand_steps s LEFT JOIN errands d ON d.id = s.duplicate_of WHERE s.errand_id = ${e.id} ORDER BY s.seq`,
    );
    // No answer again: each unanswered call is a step (a fact, with its time), counted in a row. A
    // delivery undone and its undo are not calls: the count goes on across them.
    const undoneIds = new Set(steps.map((s) => s.undoes));
    let tries = 0;
    const attempts = steps.map((s) => {
      if (s.undoes || undoneIds.has(s.id)) return null;
      tries = s.state === 'no_answer' ? tries + 1 : 0;
      return s.state === 'no_answer' ? tries : null;
    });
    // The latest delivery that issued from the store (and was not undone) met the lines that name an item.
    const issued =
      steps.filter((s) => s.stockTxId && !s.undoes && !undoneIds.has(s.id)).at(-1)?.stockTxId ?? null;
    const lines = db
      .all<{ what: string; qty: number; note: string; itemId: string | null }>(
        sql`SELECT what, qty, note, item_id AS itemId FROM errand_lines WHERE errand_id = ${e.id} ORDER BY seq`,
      )
      .map((l) => ({ ...l, stockTxId: l.itemId ? issued : null }));
    return {
      ...finish(row, now, limitsOf(db)),
      note: e.note,
      lines,
      steps: steps.map(({ stockTxId: _s, ...s }, i) => ({ ...s, attempt: attempts[i] ?? null })),
      cash: cashRows(db, sql`c.errand_id = ${e.id}`, 500, 0),
    };
  },
};
