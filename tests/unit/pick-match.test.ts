import { describe, expect, it } from 'vitest';
import { matches } from '../../renderer/src/components/pick-match';

const items = ['1栋', '12栋', '112栋', '120栋', '21栋', 'A座', 'B座商铺'].map((name, i) => ({
  id: i + 1,
  name,
}));
const names = (typed: string) => matches(items, typed).map((it) => it.name);

describe('the typed picker finds names', () => {
  it('the same name first, then names starting with what is typed, then names holding it', () => {
    expect(names('12')).toEqual(['12栋', '120栋', '112栋']);
    expect(names('1栋')).toEqual(['1栋', '21栋']);
    expect(names('12栋')).toEqual(['12栋', '112栋']);
  });
  it('ignores case and the spaces around, keeps the list order within each kind', () => {
    expect(names(' a ')).toEqual(['A座']);
    expect(names('座')).toEqual(['A座', 'B座商铺']);
  });
  it('nothing typed lists everything; nothing found lists nothing', () => {
    expect(names('')).toHaveLength(items.length);
    expect(names('9')).toEqual([]);
  });
});
