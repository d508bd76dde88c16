/**
 * The decisions of the stock ledger (issue 12), pure: which lots an issue takes (FEFO), days of
 * cover, a count's difference, whether a movement may be reversed, whether a take-out is short.
 * Quantities are whole numbers of the item's unit. Answers numbers, or reasons (codes with params).
 */
import type { Reason } from '../shared/reason';

/** A lot's stock at one place, as FEFO sees it. `expiresOn` YYYY-MM-DD, null: never. */
export type LotStock = { lotId: string; expiresOn: string | null; qty: number };
export type Pick = { lotId: string; qty: number };

/**
 * First expiry, first out: lots with stock, earliest expiry first, those that never expire last
 * (ties by lot id, so the choice is stable). A lot expired before `today` is skipped unless
 * `includeExpired`. Answers the picks and what the lots could not cover (`short`).
 */
export function pickFefo(
  lots: readonly LotStock[],
  qty: number,
  today: string,
  includeExpired = false,
): { picks: Pick[]; short: number } {
  const usable = lots
    .filter((l) => l.qty > 0 && (includeExpired || l.expiresOn === null || l.expiresOn >= today))
    .sort(
      (a, b) =>
        (a.expiresOn ?? '9999-99-99').localeCompare(b.expiresOn ?? '9999-99-99') ||
        a.lotId.localeCompare(b.lotId),
    );
  const picks: Pick[] = [];
  let left = qty;
  for (const l of usable) {
    if (left <= 0) break;
    const take = Math.min(l.qty, left);
    picks.push({ lotId: l.lotId, qty: take });
    left -= take;
  }
  return { picks, short: left };
}

/** What days of cover are worked out from. `issuedLastWeek`: units issued over the last 7 days. */
export type CoverInput = {
  onHand: number;
  issuedLastWeek: number;
  dailyNorm: number | null;
  people: number;
};

export const COVER_DAYS = 7;

/**
 * Days the stock on hand lasts: on hand ÷ the average daily issue over the last 7 days; with no
 * issues yet, ÷ (daily norm × people); null when neither says anything. Nothing on hand (or less,
 * a balance below zero) lasts 0 days. One decimal, rounded down: never promise more than there is.
 */
export function daysOfCover(c: CoverInput): number | null {
  const perDay =
    c.issuedLastWeek > 0
      ? c.issuedLastWeek / COVER_DAYS
      : c.dailyNorm && c.dailyNorm > 0 && c.people > 0
        ? c.dailyNorm * c.people
        : 0;
  if (perDay <= 0) return null;
  if (c.onHand <= 0) return 0;
  return Math.floor((c.onHand / perDay) * 10) / 10;
}

/** A count line: the books against the shelf. The difference is posted as an adjustment. */
export function countDifference(systemQty: number, countedQty: number): number {
  return countedQty - systemQty;
}

/** A count with any difference needs a reason for it. */
export function countNeedsReason(differences: readonly number[]): boolean {
  return differences.some((d) => d !== 0);
}

/** A movement may be reversed once, and a reversal never: it is recorded again instead. */
export function checkReverse(tx: { kind: string; reversedBy: string | null }): Reason | null {
  if (tx.kind === 'reversal') return { code: 'stock_reverse_reversal' };
  if (tx.reversedBy) return { code: 'stock_already_reversed' };
  return null;
}

/**
 * Taking out more than the books hold is refused unless a reason is given (the shelf may be right
 * and the books wrong: the balance then goes below zero and asks for a count). Null: allowed.
 */
export function checkShort(
  onHand: number,
  asked: number,
  reason: string | undefined,
  what: { item: string; unit: string; place: string },
): Reason | null {
  if (asked <= onHand || (reason ?? '').trim() !== '') return null;
  return { code: 'stock_short', params: { ...what, onHand, asked } };
}

/** A balance below zero is flagged, never clamped: the books disagree with the shelf until a count. */
export function balanceFlag(qty: number): Reason | null {
  return qty < 0 ? { code: 'count_needed' } : null;
}

/** The flags of an item's total on hand against its levels. */
export function levelFlags(onHand: number, minLevel: number, reorderLevel: number): Reason[] {
  const out: Reason[] = [];
  if (onHand < 0) out.push({ code: 'count_needed' });
  if (minLevel > 0 && onHand < minLevel) out.push({ code: 'below_minimum', params: { level: minLevel } });
  if (reorderLevel > 0 && onHand < reorderLevel)
    out.push({ code: 'below_reorder', params: { level: reorderLevel } });
  return out;
}
