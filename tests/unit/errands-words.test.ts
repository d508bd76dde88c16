import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ageText, errandNo, yuan, yuanToFen } from '../../renderer/src/features/errands/words';
import { I18N_OPTIONS } from '../../renderer/src/i18n/resources';

describe('errand screens: money and numbers', () => {
  it('reads the budget typed in yuan as whole fen (as the cash screens read it)', () => {
    expect(yuanToFen('36.5')).toBe(3650);
    expect(yuanToFen('¥8.9')).toBe(890);
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen('12.555')).toBeNaN();
    expect(yuanToFen('abc')).toBeNaN();
  });
  it('shows fen as yuan, nothing without a budget', () => {
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
