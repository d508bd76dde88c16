import type { TFunction } from 'i18next';
import { money } from '../cash/money';

/** Yuan typed, fen sent: the cash screens' reading (by the digits, never through a float). */
export { yuanToFen } from '../cash/money';

/** The errand's short number as said on the phone and printed on the slip: E-0042. */
export const errandNo = (no: number): string => `E-${String(no).padStart(4, '0')}`;

/** Fen as yuan for reading (¥12.50); nothing when there is no amount (no budget given). */
export const yuan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '' : money(fen);

/** How long an errand has been in its state: 45 分钟, 2 小时 05 分, 1 天 3 小时. */
export function ageText(t: TFunction, minutes: number): string {
  const m = Math.max(0, minutes);
  if (m < 60) return t('errands.minutes', { m });
  if (m < 24 * 60) return t('errands.hours', { h: Math.floor(m / 60), m: String(m % 60).padStart(2, '0') });
  return t('errands.days', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}
