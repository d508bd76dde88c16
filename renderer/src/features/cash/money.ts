/**
 * Money on the screens: typed in yuan ("12", "12.5", "12.50"), sent and stored in whole fen (分), so a
 * cash book never drifts. Pure: the unit tests read it.
 */

/**
 * Yuan as typed to whole fen, by the digits (no float arithmetic: 0.29 × 100 is 28.999…). Empty is
 * `undefined` (the schema says it is required); anything that is not yuan with at most two decimals
 * is NaN (the schema says it is not a number).
 */
export function yuanToFen(v: unknown): number | undefined {
  if (v === null || v === undefined) return undefined;
  const s = String(v)
    .trim()
    .replace(/^[¥￥]/, '')
    .replace(/,/g, '');
  if (s === '') return undefined;
  const m = /^(-?)(\d{1,9})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return Number.NaN;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/** Whole fen as yuan with two decimals, no sign: 1230 → "12.30". */
export function fenToYuan(fen: number): string {
  const a = Math.abs(Math.trunc(fen));
  return `${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** ¥12.30; negative −¥3.00; `signed` puts + before a positive amount (a book's line). */
export function money(fen: number, signed = false): string {
  const sign = fen < 0 ? '−' : signed && fen > 0 ? '+' : '';
  return `${sign}¥${fenToYuan(fen)}`;
}
