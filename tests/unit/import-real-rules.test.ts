/** The import's rules for cells as towns type them: rooms with their unit, months, quotes, separators. */
import { describe, expect, it } from 'vitest';
import { csvSeparator } from '../../electron/api/households/csv-reader';
import {
  isSummaryCell,
  oldIdTo18,
  parseDateCell,
  splitUnitRoom,
  stripQuotePrefix,
} from '../../electron/api/households/import-rules';
import { parseMerge } from '../../electron/api/households/xlsx-scan';
import { isMonthFormat } from '../../electron/api/households/xlsx-styles';
import { checkDigit, validateIdNumber } from '../../electron/api/shared/id-number';

describe('import rules for real sheets', () => {
  it('a room that carries its unit gives it, unless the unit column disagrees or the number is the building’s', () => {
    expect(splitUnitRoom('', '3-301')).toEqual({ unit: '3单元', room: '301' });
    expect(splitUnitRoom('', '3单元301室')).toEqual({ unit: '3单元', room: '301' });
    expect(splitUnitRoom('三单元', '3-301')).toEqual({ unit: '三单元', room: '301' });
    expect(splitUnitRoom('2单元', '3-301')).toEqual({ unit: '2单元', room: '3-301' });
    expect(splitUnitRoom('', '3-301', '3栋')).toEqual({ unit: '', room: '3-301' });
    expect(splitUnitRoom('', '3单元301', '3栋')).toEqual({ unit: '3单元', room: '301' });
    expect(splitUnitRoom('', '2-301', '3栋')).toEqual({ unit: '2单元', room: '301' });
    expect(splitUnitRoom('', '301')).toEqual({ unit: '', room: '301' });
    expect(splitUnitRoom('', 'A-101')).toEqual({ unit: '', room: 'A-101' });
  });

  it('a month alone is named as such; a time after a date is left out', () => {
    expect(parseDateCell('1985.03')).toMatchObject({
      ok: false,
      month: '1985-03',
      why: { code: 'date_month_only' },
    });
    expect(parseDateCell('1985年3月')).toMatchObject({ ok: false, month: '1985-03' });
    expect(parseDateCell('198503')).toMatchObject({ ok: false, month: '1985-03' });
    expect(parseDateCell('1985.13')).toMatchObject({ ok: false, why: { code: 'date_unrecognized' } });
    expect(parseDateCell('1985-3-12 08:30')).toEqual({ ok: true, day: '1985-03-12' });
    expect(isMonthFormat('yyyy"年"m"月"')).toBe(true);
    expect(isMonthFormat('yyyy.mm')).toBe(true);
    expect(isMonthFormat('yyyy-mm-dd')).toBe(false);
    expect(isMonthFormat('h:mm')).toBe(false);
  });

  it('quotes typed to keep a number text, 合计 rows, a 15-digit number’s successor, merges, CSV separators', () => {
    expect(stripQuotePrefix("'460106")).toBe('460106');
    expect(stripQuotePrefix('’13800000001')).toBe('13800000001');
    expect(isSummaryCell('合 计')).toBe(true);
    expect(isSummaryCell('小计：3户')).toBe(true);
    expect(isSummaryCell('王合计')).toBe(false);
    const next = oldIdTo18('460106850312123', checkDigit);
    expect(next.slice(0, 17)).toBe('46010619850312123');
    expect(validateIdNumber(next).ok).toBe(true);
    expect(parseMerge('A3:B10')).toEqual({ r1: 3, c1: 0, r2: 10, c2: 1 });
    expect(parseMerge('$C$2:$C$2')).toBeNull();
    expect(csvSeparator('楼栋,房号,姓名\n1栋,101,王')).toBe(',');
    expect(csvSeparator('楼栋;房号;姓名\n1栋;101;"王,李"')).toBe(';');
    expect(csvSeparator('楼栋\t房号\t姓名\n')).toBe('\t');
    expect(csvSeparator('只有一列\n')).toBe(',');
  });
});
