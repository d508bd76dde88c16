import { describe, expect, it } from 'vitest';
import { EntryForm, parseEntry } from '../../renderer/src/features/health/entry';

describe('a round cell read from the keyboard', () => {
  it('reads three digits as a temperature with one decimal, and the usual forms', () => {
    expect(parseEntry('365')).toEqual({ temperature: 36.5 });
    expect(parseEntry(' 37.3 ')).toEqual({ temperature: 37.3 });
    expect(parseEntry('37')).toEqual({ temperature: 37 });
    expect(parseEntry('380')).toEqual({ temperature: 38 });
  });

  it('reads the keys for a slot with no reading', () => {
    expect(parseEntry('/')).toEqual({ result: 'not_reached' });
    expect(parseEntry('N')).toEqual({ result: 'not_reached' });
    expect(parseEntry('*')).toEqual({ result: 'refused' });
    expect(parseEntry('r')).toEqual({ result: 'refused' });
  });

  it('refuses what is not a temperature within 34–43 ℃', () => {
    for (const s of ['', '3', '3650', '36.55', '33.9', '435', '12', 'abc', '36,5', '-36'])
      expect(parseEntry(s), s).toBeNull();
  });

  it('the form says the range when it cannot read the entry', () => {
    const bad = EntryForm.safeParse({ entry: '99' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('temperature_range|{"min":34,"max":43}');
    expect(EntryForm.safeParse({ entry: '365' }).success).toBe(true);
  });
});
