import { describe, expect, it } from 'vitest';
import type { residents } from '../../db/schema';
import { toResidentView } from '../../electron/api/households/read';
import { addDays } from '../../electron/api/shared/dates';
import {
  checkDigit,
  isMaskedIdNumber,
  MAX_TAIL_DIGITS,
  maskedParts,
  maskIdNumber,
  validateIdNumber,
} from '../../electron/api/shared/id-number';

const TODAY = '2026-11-28';
const HAIKOU_DISTRICTS = ['460100', '460105', '460106', '460107', '460108'];

const withCheck = (body: string) => body + checkDigit(body);

function row(idNumber: string): typeof residents.$inferSelect {
  const check = validateIdNumber(idNumber, TODAY);
  if (!check.ok) throw new Error(check.why.code);
  return {
    id: 1,
    householdId: 1,
    name: '王建华',
    gender: check.gender,
    birthDate: check.birthDate,
    idNumber,
    phone: '',
    relation: '户主',
    presence: 'in_compound',
    pregnant: false,
    chronicIllness: false,
    disability: false,
    regularMedicine: false,
    notes: '',
    updatedAt: '',
    version: 1,
  };
}

/** What one screen shows of a resident's identity: the household file's view of them. */
function screen(idNumber: string) {
  const v = toResidentView(row(idNumber), TODAY);
  return JSON.stringify([v.idNumberMasked, v.birthDate, v.age, v.gender]);
}

/**
 * Every valid ID number in `regions` that shows exactly what the real one shows: a person trying to
 * complete a masked number would have to look up each of these in full.
 */
function candidates(real: string, regions: string[]): number {
  const shown = screen(real);
  const tail = real.slice(-4);
  const age = toResidentView(row(real), TODAY).age ?? 0;
  let n = 0;
  // Every birth date within a year either side of the shown age (the screen check rejects the rest).
  const last = addDays(TODAY, -(age - 1) * 365);
  for (let d = addDays(TODAY, -(age + 2) * 366); d <= last; d = addDays(d, 1)) {
    const date = d.replaceAll('-', '');
    for (const region of regions) {
      const body = `${region}${date}${tail.slice(0, 3)}`;
      const candidate = withCheck(body);
      if (candidate.endsWith(tail) && screen(candidate) === shown) n++;
    }
  }
  return n;
}

const REAL = withCheck('46010619620314123');

describe('the ID mask (issue 8: a masked number must not be a search away)', () => {
  it('shows the last four characters only, and no birth date read from the number', () => {
    expect(maskIdNumber(REAL)).toBe(`**************${REAL.slice(-4)}`);
    expect(maskIdNumber(null)).toBeNull();
    expect(maskIdNumber('123')).toBe('***');
    const v = toResidentView(row(REAL), TODAY);
    expect(v.birthDate).toBeNull();
    expect(v.age).toBe(64);
    expect(JSON.stringify(v)).not.toContain('19620314');
    expect(JSON.stringify(v)).not.toContain(REAL.slice(0, 6));
    // A birth date typed by hand (no ID on file) is still shown.
    expect(toResidentView({ ...row(REAL), idNumber: null }, TODAY).birthDate).toBe('1962-03-14');
  });

  it('leaves thousands of Haikou candidates (hundreds for the real districts), where the old mask left ~10', () => {
    const all4601 = Array.from({ length: 100 }, (_, i) => `4601${String(i).padStart(2, '0')}`);
    const wide = candidates(REAL, all4601);
    const districts = candidates(REAL, HAIKOU_DISTRICTS);
    const oneDistrict = candidates(REAL, ['460106']);
    // Region 4601xx × the ~365 birth dates of a 64-year-old ÷ 11 for the check character.
    expect(wide).toBeGreaterThan(2500);
    expect(districts).toBeGreaterThan(100);
    // Even with the exact district guessed, dozens of full-ID look-ups — each audited and rate limited.
    expect(oneDistrict).toBeGreaterThan(20);

    // The old screen: 4601**********1234 beside the birth date left about ten.
    const old = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}|${id.slice(6, 14)}`;
    const oldShown = old(REAL);
    const oldCount = all4601.filter((r) => old(withCheck(`${r}${REAL.slice(6, 17)}`)) === oldShown).length;
    expect(oldCount).toBeLessThan(20);
    expect(wide).toBeGreaterThan(100 * oldCount);
  });

  it('lets an ID-tail search use no more characters than the mask shows', () => {
    expect(MAX_TAIL_DIGITS).toBe(4);
    expect(maskIdNumber(REAL)?.replaceAll('*', '').length).toBe(MAX_TAIL_DIGITS);
  });

  it('recognises both masked forms in an exported sheet', () => {
    expect(isMaskedIdNumber('**************123X')).toBe(true);
    expect(isMaskedIdNumber('4601**********1234')).toBe(true);
    expect(isMaskedIdNumber(REAL)).toBe(false);
    expect(isMaskedIdNumber('****')).toBe(false);
    expect(maskedParts('**************123x')).toEqual({ head: '', tail: '123X' });
    expect(maskedParts('4601**********1234')).toEqual({ head: '4601', tail: '1234' });
    expect(maskedParts('王建华')).toBeNull();
  });
});
