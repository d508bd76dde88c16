import { describe, expect, it } from 'vitest';
import {
  excelSerialToDay,
  findHeaderRow,
  matchHeader,
  matchHeaders,
  parseDateCell,
  parseFlags,
  parseGender,
  parsePresence,
} from '../../electron/api/households/import-rules';
import { ageOn, derivedFlags } from '../../electron/api/residents/rules';
import { checkDigit, isDay, maskIdNumber, validateIdNumber } from '../../electron/api/shared/id-number';
import { canonicalRelation, LABELS_EN, relationLabel } from '../../electron/api/shared/labels';

const GOOD = '11010519491231002X'; // the standard's own example
const body = '46010619850312123';
const good2 = body + checkDigit(body);

describe('ID numbers', () => {
  it('accepts a good number, with X in either case, full-width digits and spaces', () => {
    expect(validateIdNumber(GOOD)).toEqual({ ok: true, id: GOOD, birthDate: '1949-12-31', gender: 'female' });
    expect(validateIdNumber(GOOD.toLowerCase())).toMatchObject({ ok: true, id: GOOD });
    expect(validateIdNumber(` ${good2.slice(0, 6)} ${good2.slice(6)} `)).toMatchObject({
      ok: true,
      birthDate: '1985-03-12',
      gender: 'male',
    });
    const fullWidth = good2.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect(validateIdNumber(fullWidth)).toMatchObject({ ok: true, id: good2 });
  });
  it('refuses a bad checksum, a wrong length, letters, an impossible or future birth date', () => {
    const badCheck = good2.slice(0, 17) + (good2[17] === '1' ? '2' : '1');
    expect(validateIdNumber(badCheck)).toMatchObject({ ok: false, reason: 'checksum' });
    expect(validateIdNumber(good2.slice(0, 17))).toMatchObject({
      ok: false,
      reason: 'length',
      why: { code: 'id_bad_length', params: { length: 17 } },
    });
    expect(validateIdNumber(`${good2.slice(0, 16)}AB`)).toMatchObject({ ok: false, reason: 'chars' });
    const feb30 = `46010619850230123`;
    expect(validateIdNumber(feb30 + checkDigit(feb30))).toMatchObject({ ok: false, reason: 'birthdate' });
    const future = `46010620300101123`;
    expect(validateIdNumber(future + checkDigit(future), '2026-11-28')).toMatchObject({
      ok: false,
      reason: 'birthdate',
    });
  });
  it('masks all but the last four (see tests/unit/id-mask.test.ts for why)', () => {
    expect(maskIdNumber(GOOD)).toBe('**************002X');
    expect(maskIdNumber(null)).toBeNull();
  });
});

describe('header matching', () => {
  it('knows the usual variants', () => {
    for (const h of ['楼栋', '楼号', '栋', ' 楼 栋 ']) expect(matchHeader(h)).toBe('building');
    for (const h of ['房号', '房间号', '门牌号']) expect(matchHeader(h)).toBe('room');
    for (const h of ['身份证号', '身份证号码', '证件号码', '身份证号（必填）'])
      expect(matchHeader(h)).toBe('idNumber');
    for (const h of ['联系电话', '手机号', '电话', '*电话']) expect(matchHeader(h)).toBe('phone');
    expect(matchHeader('宠物')).toBeNull();
  });
  it('reads the English template headers too, in any case', () => {
    expect(matchHeaders(Object.values(LABELS_EN.field).slice(0, 12))).toEqual({
      building: 0,
      unit: 1,
      room: 2,
      name: 3,
      gender: 4,
      birthDate: 5,
      idNumber: 6,
      phone: 7,
      relation: 8,
      presence: 9,
      flags: 10,
      notes: 11,
    });
    expect(matchHeader('ID NUMBER')).toBe('idNumber');
    expect(matchHeader('date of birth')).toBe('birthDate');
  });
  it('finds the header below a title row and maps columns', () => {
    const rows = [['金南苑住户登记表'], [], ['序号', '楼号', '门牌号', '姓名', '手机号']];
    expect(findHeaderRow(rows)).toBe(2);
    expect(matchHeaders(rows[2] ?? [])).toEqual({ building: 1, room: 2, name: 3, phone: 4 });
    expect(findHeaderRow([['姓名', '电话']])).toBe(-1);
  });
});

describe('date cells', () => {
  it('reads the forms people type and Excel dates', () => {
    for (const s of [
      '1985-03-12',
      '1985.03.12',
      '1985/3/12',
      '19850312',
      '1985年3月12日',
      ' １９８５-０３-１２ ',
    ]) {
      expect(parseDateCell(s)).toEqual({ ok: true, day: '1985-03-12' });
    }
    expect(parseDateCell(new Date(Date.UTC(1985, 2, 12)))).toEqual({ ok: true, day: '1985-03-12' });
    expect(parseDateCell(31118)).toEqual({ ok: true, day: '1985-03-12' });
    expect(excelSerialToDay(25569)).toBe('1970-01-01');
    expect(parseDateCell(19850312)).toEqual({ ok: true, day: '1985-03-12' });
  });
  it('refuses impossible and unreadable dates with a code', () => {
    expect(parseDateCell('1985-02-30')).toEqual({
      ok: false,
      why: { code: 'date_not_exist', params: { day: '1985-02-30' } },
    });
    expect(parseDateCell('三月')).toEqual({
      ok: false,
      why: { code: 'date_unrecognized', params: { value: '三月' } },
    });
  });
});

describe('cells with meaning', () => {
  it('reads gender, presence and flags', () => {
    expect(parseGender(' 女 ')).toBe('female');
    expect(parseGender('未知')).toBe('bad');
    expect(parsePresence('在隔离酒店')).toBe('in_hotel');
    expect(parsePresence('')).toBeNull();
    expect(parseFlags('孕妇，高血压慢性病，需定期用药')).toEqual({
      pregnant: true,
      chronicIllness: true,
      disability: false,
      regularMedicine: true,
    });
  });
  it('reads the English words the English template names', () => {
    expect(parsePresence('In hotel')).toBe('in_hotel');
    expect(parsePresence('in compound')).toBe('in_compound');
    expect(parsePresence('In hospital')).toBe('in_hospital');
    expect(parsePresence('Away')).toBe('away');
    expect(parsePresence('somewhere')).toBe('bad');
    expect(parseFlags('Chronic illness, Disability')).toEqual({
      pregnant: false,
      chronicIllness: true,
      disability: true,
      regularMedicine: false,
    });
  });
  it('stores a usual relation typed in English as its Chinese word, and shows it in the UI language', () => {
    expect(canonicalRelation(' householder ')).toBe('户主');
    expect(canonicalRelation('Spouse')).toBe('配偶');
    expect(canonicalRelation('儿子')).toBe('儿子');
    expect(canonicalRelation('Grandmother')).toBe('Grandmother');
    expect(relationLabel('en', '户主')).toBe('Householder');
    expect(relationLabel('zh-CN', '户主')).toBe('户主');
    expect(relationLabel('en', '儿子')).toBe('儿子');
  });
});

describe('age flags', () => {
  it('counts whole years and flags 65+ and under 14', () => {
    expect(ageOn('1961-11-28', '2026-11-28')).toBe(65);
    expect(ageOn('1961-11-29', '2026-11-28')).toBe(64);
    expect(derivedFlags('1961-11-28', '2026-11-28')).toEqual({ age: 65, elderly: true, child: false });
    expect(derivedFlags('2012-11-29', '2026-11-28')).toEqual({ age: 13, elderly: false, child: true });
    expect(derivedFlags('2012-11-28', '2026-11-28')).toEqual({ age: 14, elderly: false, child: false });
    expect(derivedFlags(null, '2026-11-28')).toEqual({ age: null, elderly: false, child: false });
  });
});

describe("an ID number's birth date is a day of the calendar", () => {
  it('says what a Date parsed and printed back says, for every month and day around the edges', () => {
    const viaDate = (y: number, m: number, d: number) => {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const at = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === text && y >= 1880;
    };
    let days = 0;
    for (const y of [0, 1879, 1880, 1896, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999])
      for (let m = 0; m <= 13; m++)
        for (let d = 0; d <= 32; d++) {
          expect(isDay(y, m, d), `${y}-${m}-${d}`).toBe(viaDate(y, m, d));
          if (isDay(y, m, d)) days++;
        }
    // Ten years from 1880 on (1879 and year 0 are before it), five of them leap: 1880, 1896, 2000, 2024, 2400.
    expect(days).toBe(365 * 10 + 5);
  });
});
