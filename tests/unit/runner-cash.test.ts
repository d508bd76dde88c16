import { describe, expect, it } from 'vitest';
import { fenToYuan, money, yuanToFen } from '../../renderer/src/features/cash/money';
import { ageParts, errandNo, groupRun, type RunRow } from '../../renderer/src/features/errands-run/groups';

describe('yuan typed, fen sent (the runners cash, issue 13)', () => {
  it('reads yuan by its digits, never through a float', () => {
    expect(yuanToFen('12')).toBe(1200);
    expect(yuanToFen('12.5')).toBe(1250);
    expect(yuanToFen('12.50')).toBe(1250);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 is 28.999… in floats
    expect(yuanToFen('1.1')).toBe(110);
    expect(yuanToFen(' ¥86.40 ')).toBe(8640);
    expect(yuanToFen('1,234.56')).toBe(123456);
    expect(yuanToFen('-3')).toBe(-300);
    expect(yuanToFen('.5')).toBeNaN();
    expect(yuanToFen('12.345')).toBeNaN();
    expect(yuanToFen('12元')).toBeNaN();
    expect(yuanToFen('abc')).toBeNaN();
  });

  it('leaves an empty box empty, so the schema says it is required', () => {
    expect(yuanToFen('')).toBeUndefined();
    expect(yuanToFen('  ')).toBeUndefined();
    expect(yuanToFen(undefined)).toBeUndefined();
  });

  it('shows fen as yuan with two decimals and a sign where asked', () => {
    expect(fenToYuan(1230)).toBe('12.30');
    expect(fenToYuan(5)).toBe('0.05');
    expect(money(0)).toBe('¥0.00');
    expect(money(-300)).toBe('−¥3.00');
    expect(money(500, true)).toBe('+¥5.00');
    expect(money(-500, true)).toBe('−¥5.00');
    expect(money(0, true)).toBe('¥0.00');
  });

  it('round-trips every amount up to 1,000 yuan', () => {
    for (let fen = 0; fen <= 100_000; fen += 7) expect(yuanToFen(fenToYuan(fen))).toBe(fen);
  });
});

describe("the runner's list, grouped as it is walked", () => {
  const row = (id: string, building: string, state: string, shop: string | null = null): RunRow => ({
    id,
    buildingId: Number(building.replace(/\D/g, '')),
    building,
    state,
    shop,
  });

  it('by building in natural order, then not bought yet first, then by shop; rows keep their order', () => {
    const groups = groupRun([
      row('a', '10栋', 'assigned'),
      row('b', '2栋', 'bought', '永辉超市'),
      row('c', '2栋', 'assigned'),
      row('d', '2栋', 'delivered', '大药房'),
      row('e', '2栋', 'no_answer'),
      row('f', '2栋', 'bought', '永辉超市'),
      row('g', '2栋', 'bought', ''),
    ]);
    expect(groups.map((g) => [g.building, g.count])).toEqual([
      ['2栋', 6],
      ['10栋', 1],
    ]);
    const two = groups[0]?.shops.map((s) => [s.bought, s.shop, s.rows.map((r) => r.id)]);
    expect(two).toEqual([
      [false, '', ['c', 'e']],
      [true, '大药房', ['d']],
      [true, '永辉超市', ['b', 'f']],
      [true, '', ['g']],
    ]);
  });

  it('an errand called back after it was bought stays with its shop, or with the unnamed shop', () => {
    const [b] = groupRun([row('x', '3栋', 'no_answer', '菜市场'), row('y', '3栋', 'no_answer', '')]);
    expect(b?.shops.map((s) => [s.bought, s.shop, s.rows.map((r) => r.id)])).toEqual([
      [true, '菜市场', ['x']],
      [true, '', ['y']],
    ]);
  });

  it('words an age and a number the same way everywhere', () => {
    expect(ageParts(125)).toEqual({ h: 2, m: 5 });
    expect(ageParts(-3)).toEqual({ h: 0, m: 0 });
    expect(errandNo(42)).toBe('E-0042');
    expect(errandNo(12345)).toBe('E-12345');
  });
});
