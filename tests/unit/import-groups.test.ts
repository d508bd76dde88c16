// The plan's rows by household as apply walks them (import-groups.ts): households in the order of
// their first row, each household's rows in sheet order — when a household's rows are apart too —
// and each row handed out once, then let go.
import { describe, expect, it } from 'vitest';
import { householdGroups } from '../../electron/api/households/import-groups';
import type { Valid } from '../../electron/api/households/import-match';

const row = (row: number, buildingId: number, unit: string, room: string) =>
  ({ row, building: `${buildingId}栋`, buildingId, unit, room, name: `住户${row}` }) as Valid;

/** What the plan did before: a Map of the household's key to its rows, in insertion order. */
function reference(valid: Valid[]): number[][] {
  const groups = new Map<string, Valid[]>();
  for (const c of valid) {
    const k = `${c.buildingId}|${c.unit}|${c.room}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()].map((g) => g.map((c) => c.row));
}

describe('household groups', () => {
  it('gives each household its rows, in the order the map of keys gave them, apart or together', () => {
    let s = 5;
    const rnd = (k: number) => {
      s = (s * 1103515245 + 12345) % 2 ** 31;
      return s % k;
    };
    const valid: Valid[] = [];
    for (let i = 0; i < 3000; i++) {
      // Mostly runs of one household (as a sheet lists them), sometimes a row of an earlier one.
      const h = rnd(5) ? Math.floor(i / 3) : rnd(Math.floor(i / 3) + 1);
      valid.push(row(i + 2, 1 + (h % 7), h % 2 ? '1单元' : '', `${100 + h}`));
    }
    const got = [...householdGroups(valid)()].map((g) => g.map((c) => c.row));
    expect(got).toEqual(reference(valid));
    expect(got.flat().sort((a, b) => a - b)).toEqual(valid.map((c) => c.row));
  });

  it('tells households apart by building, unit and room, not by the text joined', () => {
    const valid = [row(2, 1, '1', '1|2'), row(3, 1, '1|1', '2'), row(4, 11, '', '1'), row(5, 1, '1', '1|2')];
    expect([...householdGroups(valid)()].map((g) => g.map((c) => c.row))).toEqual(reference(valid));
  });

  it('hands each row out once: an empty plan gives nothing', () => {
    expect([...householdGroups([])()]).toEqual([]);
    const walk = householdGroups([row(2, 1, '', '101'), row(3, 1, '', '101')]);
    expect([...walk()].map((g) => g.length)).toEqual([2]);
    expect([...walk()]).toEqual([]);
  });
});
