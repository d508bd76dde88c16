/** 居民身份证号 (GB 11643-1999): 18 characters, the last a checksum digit or X. Pure. */
import type { Reason } from './reason';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCheck =
  | { ok: true; id: string; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; reason: 'length' | 'chars' | 'checksum' | 'birthdate'; why: Reason };

/** Full-width digits and letters to half-width, spaces out, x to X. */
export function normalizeIdNumber(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

const WIDE = /[\uff01-\uff5e\u3000]/;

export function toHalfWidth(s: string): string {
  // Most text has nothing full-width: a test is far cheaper than two replaces (an import calls this
  // for every cell of 300,000 rows).
  if (!WIDE.test(s)) return s;
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

export function checkDigit(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * Whether year-month-day is a day of the calendar from 1880 on (a leap year's 29 February too):
 * arithmetic, not a Date parsed and printed back — an import checks 300,000 of these.
 */
export function isDay(year: number, month: number, day: number): boolean {
  if (year < 1880 || month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (DAYS_IN[month - 1] ?? 0) + (leap ? 1 : 0);
}

export function validateIdNumber(raw: string, today?: string): IdCheck {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18)
    return { ok: false, reason: 'length', why: { code: 'id_bad_length', params: { length: id.length } } };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, reason: 'chars', why: { code: 'id_bad_chars' } };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isDay(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) {
    return { ok: false, reason: 'birthdate', why: { code: 'id_bad_birth', params: { birth } } };
  }
  if (today && birth > today) {
    return { ok: false, reason: 'birthdate', why: { code: 'id_future_birth', params: { birth } } };
  }
  if (checkDigit(id.slice(0, 17)) !== id[17]) {
    return { ok: false, reason: 'checksum', why: { code: 'id_bad_checksum' } };
  }
  return { ok: true, id, birthDate: birth, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/**
 * How much of an ID number a screen may show: `**************1234`, the last 4 characters only.
 *
 * The layout is RRRRRR YYYYMMDD SSS C: 6 region digits, the birth date, 3 sequence digits (the last
 * odd for men), 1 check character. Whatever the mask hides must not be recoverable from the rest of
 * the screen plus a few full-ID searches (issue 8: with `4601**********1234` and the birth date on
 * the same screen only region digits 5–6 were unknown, the checksum kept ~1 in 11 of the 100
 * choices, and ~10 audited-nowhere searches found every number).
 *
 * - Shown: the last 4 (sequence + check), which is what people at a gate compare against a card.
 *   The sex they imply is on the screen anyway.
 * - Hidden: the region and the birth date. Where a birth date comes from the ID on file, screens show
 *   the age, not the date (ResidentView.birthDate is null then), because the birth date would give
 *   back the 8 middle digits.
 * - What is left for someone guessing a Haikou resident's number from one screen (name, sex, age,
 *   last 4): region 4601xx × ~365 birth dates for the age ÷ 11 for the check ≈ 3,300 candidates; with
 *   the exact district guessed, ~33 — each a full-ID look-up that is audited and rate limited
 *   (residents/lookup-limit.ts). Pinned by tests/unit/id-mask.test.ts.
 * - The ID-tail search takes at most 4 digits (MAX_TAIL_DIGITS): a 5- or 6-digit tail would answer
 *   for digits the mask hides.
 */
export const SHOWN_TAIL = 4;
export const MAX_TAIL_DIGITS = SHOWN_TAIL;

export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  if (id.length <= SHOWN_TAIL) return '*'.repeat(id.length);
  return `${'*'.repeat(id.length - SHOWN_TAIL)}${id.slice(-SHOWN_TAIL)}`;
}

/** A masked number as exported: today's form (`**************1234`) or the old one (`4601**********1234`). */
export const isMaskedIdNumber = (s: string): boolean => /^(\d{4})?\*{6,}[\dX]{4}$/i.test(s.trim());

/** The characters a masked number still shows: the last 4, and the first 4 of an old export. */
export function maskedParts(s: string): { head: string; tail: string } | null {
  const m = s
    .trim()
    .toUpperCase()
    .match(/^(\d{4})?\*{6,}([\dX]{4})$/);
  return m ? { head: m[1] ?? '', tail: m[2] ?? '' } : null;
}
