// The checked rows as the import cache keeps them (import-pack.ts): columns, not objects. Unpacked
// they are the same candidates — every field, undefined and null kept apart, keys in the same order,
// nested values (flags, the export's version tag) whole — and they weigh a fraction of the rows
// serialized object by object (issue 11: 77 MB for 323,000 rows, held while the sheet is kept).

import { isDeepStrictEqual } from 'node:util';
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { packRows, unpackRows } from '../../electron/api/households/import-pack';
import type { Prepared } from '../../electron/api/households/import-plan';
import type { Candidate } from '../../electron/api/households/import-rows';

/** A seeded registry's rows, as the reader hands strings over (two-byte, as XML's text decodes them). */
function registry(n: number, seed = 7): Candidate[] {
  let s = seed;
  const rnd = (k: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % k;
  };
  const names = ['王建国', '李秀英', '张伟', '刘洋', '陈静', '𠮷野家', 'O\u2019Neil', ''];
  const relations = ['户主', '配偶', '子女', '父母', '其他'];
  const wide = (t: string) => `${t}\u4e00`.slice(0, -1);
  return Array.from({ length: n }, (_, i) => {
    const c: Candidate = {
      row: i + 2,
      building: `${1 + rnd(40)}栋`,
      unit: rnd(5) ? `${1 + rnd(3)}单元` : '',
      room: `${1 + rnd(18)}0${1 + rnd(4)}`,
      name: names[rnd(names.length)] as string,
    };
    if (rnd(3))
      c.idNumber = wide(`46010619${70 + rnd(30)}0${1 + rnd(9)}1${rnd(10)}${100 + rnd(900)}${rnd(10)}`);
    else c.idNumber = null;
    if (rnd(4)) c.birthDate = rnd(2) ? '1990-01-01' : null;
    if (rnd(2)) c.gender = rnd(2) ? 'male' : null;
    c.phone = rnd(3) ? wide(`139${String(rnd(1e8)).padStart(8, '0')}`) : '';
    if (rnd(5)) c.relation = relations[rnd(relations.length)] as string;
    if (rnd(6) === 0)
      c.flags = { pregnant: !rnd(2), chronicIllness: !rnd(2), disability: false, regularMedicine: !rnd(2) };
    if (rnd(9) === 0) c.notes = `备注 ${rnd(100)}\n第二行`;
    if (rnd(7) === 0) c.tag = { h: rnd(1000), hv: 1 + rnd(3), r: rnd(5000), rv: 1 + rnd(4) };
    if (rnd(11) === 0) c.maskedId = '4601**********1234';
    if (rnd(2)) c.presence = rnd(2) ? 'in_compound' : 'away';
    if (rnd(13) === 0) c.regStatus = 'registered';
    return c;
  });
}

const prepared = (candidates: Candidate[]): Prepared => ({
  sheet: '住户名单',
  parsed: {
    headerRow: 1,
    columns: ['building', 'unit', 'room', 'name'],
    ignoredColumns: ['备用'],
    candidates,
    issues: [{ row: 9, column: 'phone', code: 'phone_invalid', params: { value: '12' } }],
    rows: candidates.length + 3,
  },
});

describe('import rows packed as columns', () => {
  it('unpacks the very candidates, keys in order, undefined and null apart', () => {
    const p = prepared(registry(5000));
    // An explicit undefined is a key of its own, as a checked row may have it.
    (p.parsed.candidates[3] as Candidate).notes = undefined;
    const back = unpackRows(packRows(p));
    expect(isDeepStrictEqual(back, p)).toBe(true);
    back.parsed.candidates.forEach((c, i) => {
      const was = p.parsed.candidates[i] as Candidate;
      expect(Object.keys(c)).toEqual(Object.keys(was));
    });
    expect(Object.hasOwn(back.parsed.candidates[3] as Candidate, 'notes')).toBe(true);
    expect(JSON.stringify(back)).toBe(JSON.stringify(p));
  });

  it('keeps nothing of one unpacking in another: a plan places its copy in place', () => {
    const packed = packRows(prepared(registry(50)));
    const a = unpackRows(packed);
    const b = unpackRows(packed);
    (a.parsed.candidates[0] as Candidate).unit = '9单元';
    ((a.parsed.candidates.find((c) => c.flags) as Candidate).flags as { pregnant: boolean }).pregnant = true;
    expect(isDeepStrictEqual(b, unpackRows(packed))).toBe(true);
  });

  it('packs an empty sheet and a sheet of one row', () => {
    for (const rows of [[], registry(1)])
      expect(unpackRows(packRows(prepared(rows)))).toEqual(prepared(rows));
  });

  it('weighs well under the rows serialized object by object', () => {
    const p = prepared(registry(20000));
    const packed = packRows(p).byteLength;
    const plain = serialize(p).byteLength;
    // These rows miss many optional fields; the bench's registry sheet, every field filled, packs to 37%.
    expect(packed / plain).toBeLessThan(0.6);
  });
});
