import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { I18N_OPTIONS, type Tree } from '../../renderer/src/i18n/resources';

/** English counts read right: "1 valid row", "2 valid rows" (i18next plurals, `<key>_one`). */
const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ ...I18N_OPTIONS, lng: 'en' });
});

const en = (key: string, params: Record<string, unknown>) => i18n.t(key, { ...params, lng: 'en' });
const zh = (key: string, params: Record<string, unknown>) => i18n.t(key, { ...params, lng: 'zh-CN' });

describe('plurals in English', () => {
  it('the import preview says 1 valid row, 2 valid rows, and Chinese stays as it was', () => {
    expect(en('io.valid', { count: 1 })).toBe('1 valid row');
    expect(en('io.valid', { count: 2 })).toBe('2 valid rows');
    expect(en('io.valid', { count: 0 })).toBe('0 valid rows');
    expect(en('io.invalid', { count: 1 })).toBe('1 row with errors');
    expect(en('io.sheet', { sheet: 'S', row: 1, count: 1 })).toBe('Sheet “S”, header on row 1, 1 data row');
    expect(en('io.sheet', { sheet: 'S', row: 1, count: 3 })).toBe('Sheet “S”, header on row 1, 3 data rows');
    expect(en('io.exported', { count: 1 })).toBe('1 resident exported');
    expect(zh('io.valid', { count: 1 })).toBe(zh('io.valid', { count: 2 }).replace('2', '1'));
    expect(zh('io.exported', { count: 1 })).toBe('已导出 1 人');
  });

  it('every English text that counts a plural noun has its singular, and every singular its plural', () => {
    const english = I18N_OPTIONS.resources.en.translation;
    const missing: string[] = [];
    const walk = (tree: Tree, path: string) => {
      for (const [k, v] of Object.entries(tree)) {
        if (typeof v !== 'string') walk(v, `${path}${k}.`);
        else if (k.endsWith('_one')) {
          if (typeof tree[k.slice(0, -4)] !== 'string') missing.push(`${path}${k} without its plural`);
        } else if (
          /\{\{count(?:, *number)?\}\} (?!of\b)(\w+ )?(\w+s|people)\b/.test(v) &&
          typeof tree[`${k}_one`] !== 'string'
        )
          missing.push(`${path}${k}: ${v}`);
      }
    };
    walk(english, '');
    expect(missing).toEqual([]);
  });
});
