import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ageText, errandNo, yuan, yuanToFen } from '../../renderer/src/features/errands/words';
import { I18N_OPTIONS } from '../../renderer/src/i18n/resources';

describe('errand screens: money typed in yuan, sent in fen', () => {
  it('reads yuan as typed into whole fen', () => {
    expect(yuanToFen('12')).toBe(1200);
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('12.05')).toBe(1205);
    expect(yuanToFen(' ¥8.9 ')).toBe(890);
    expect(yuanToFen('0.01')).toBe(1);
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen(undefined)).toBeUndefined();
  });
  it('refuses what is not an amount (NaN, so the schema says not a number)', () => {
    for (const bad of ['12.555', 'abc', '-3', '1,5', '12.']) {
      if (bad === '12.') expect(yuanToFen(bad)).toBe(1200);
      else expect(yuanToFen(bad)).toBeNaN();
    }
  });
  it('shows fen as yuan, a minus before the sign', () => {
    expect(yuan(1250)).toBe('¥12.50');
    expect(yuan(5)).toBe('¥0.05');
    expect(yuan(-300)).toBe('−¥3.00');
    expect(yuan(null)).toBe('');
  });
  it('numbers an errand E-0042', () => {
    expect(errandNo(42)).toBe('E-0042');
    expect(errandNo(12345)).toBe('E-12345');
  });
});

describe('errand screens: an age in both languages', () => {
  beforeAll(async () => {
    await i18next.init({ ...I18N_OPTIONS, lng: 'zh-CN' });
  });
  it('minutes, hours and minutes, days and hours', async () => {
    await i18next.changeLanguage('zh-CN');
    expect(ageText(i18next.t, 45)).toBe('45 分钟');
    expect(ageText(i18next.t, 125)).toBe('2 小时 05 分');
    expect(ageText(i18next.t, 1500)).toBe('1 天 1 小时');
    await i18next.changeLanguage('en');
    expect(ageText(i18next.t, 0)).toBe('0 min');
    expect(ageText(i18next.t, 360)).toBe('6 h 00 min');
  });
});
