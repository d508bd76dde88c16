import type { TFunction } from 'i18next';

/** The errand's short number as said on the phone and printed on the slip: E-0042. */
export const errandNo = (no: number): string => `E-${String(no).padStart(4, '0')}`;

/**
 * Yuan as typed ("12", "12.5", "12.50", "¥12") to whole fen; '' is absent. Anything else is NaN, which
 * the method's schema refuses as not a number (the typed text stays in the field).
 */
export function yuanToFen(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? Math.round(v * 100) : Number.NaN;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().replace(/^[¥￥]\s*/, '');
  if (s === '') return undefined;
  const m = /^(\d{1,9})(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return Number.NaN;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Fen as yuan for reading: ¥12.50 (a minus sign before the ¥ when negative). */
export function yuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  const abs = Math.abs(fen);
  return `${fen < 0 ? '−' : ''}¥${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** How long an errand has been in its state: 45 分钟, 2 小时 05 分, 1 天 3 小时. */
export function ageText(t: TFunction, minutes: number): string {
  const m = Math.max(0, minutes);
  if (m < 60) return t('errands.minutes', { m });
  if (m < 24 * 60) return t('errands.hours', { h: Math.floor(m / 60), m: String(m % 60).padStart(2, '0') });
  return t('errands.days', { d: Math.floor(m / 1440), h: Math.floor((m % 1440) / 60) });
}
