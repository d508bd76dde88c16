import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type Method } from '../../electron/api/contract';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  checks?: { _zod: { def: { check: string } } }[];
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Paths of every array in an input schema that has no upper bound on its length. */
function unboundedArrays(schema: z.ZodType, at: string, out: string[]): string[] {
  const d = defOf(schema);
  if (d.type === 'object')
    for (const [k, v] of Object.entries(d.shape ?? {})) unboundedArrays(v, `${at}.${k}`, out);
  if (d.type === 'array') {
    if (!d.checks?.some((c) => c._zod.def.check === 'max_length')) out.push(at);
    if (d.element) unboundedArrays(d.element, `${at}[]`, out);
  }
  if (d.innerType) unboundedArrays(d.innerType, at, out);
  if (d.in) unboundedArrays(d.in, at, out);
  for (const o of d.options ?? []) unboundedArrays(o, at, out);
  return out;
}

/** Every string field named like a day or an instant, with the schema that parses it. */
function dateFields(schema: z.ZodType, at: string, out: [string, z.ZodType][]): [string, z.ZodType][] {
  const d = defOf(schema);
  if (d.type === 'object')
    for (const [k, v] of Object.entries(d.shape ?? {})) {
      if (
        /^(from|to|day|checkIn|plannedEnd|closureStart|liftedOn|birthDate|quarantineFrom|quarantineTo|at|fromAt|toAt|testAt)$/.test(
          k,
        ) &&
        isString(v)
      )
        out.push([`${at}.${k}`, v]);
      dateFields(v, `${at}.${k}`, out);
    }
  if (d.type === 'array' && d.element) dateFields(d.element, `${at}[]`, out);
  if (d.innerType) dateFields(d.innerType, at, out);
  if (d.in) dateFields(d.in, at, out);
  return out;
}
function isString(s: z.ZodType): boolean {
  const d = defOf(s);
  if (d.type === 'string') return true;
  if (d.innerType) return isString(d.innerType);
  if (d.in) return isString(d.in);
  return false;
}

describe('every array and date in the contract is bounded', () => {
  const methods = Object.keys(contract) as Method[];

  it('gives every input array a maximum length', () => {
    const open = methods.flatMap((m) => unboundedArrays(contract[m].input, m, []));
    expect(open).toEqual([]);
  });

  it('refuses year 0, 9999, +275760 and Feb 30 in every day and instant field', () => {
    const fields = methods.flatMap((m) => dateFields(contract[m].input, m, []));
    expect(fields.length).toBeGreaterThan(15);
    const accepted: string[] = [];
    for (const [path, schema] of fields) {
      for (const bad of [
        '0000-01-01',
        '9999-12-31',
        '+275760-09-13',
        '2026-02-30',
        '+275760-09-13T00:00:00.000Z',
        '0000-01-01T00:00:00Z',
        '9999-12-31T00:00:00Z',
        '2026-02-30T08:00:00Z',
      ])
        if (schema.safeParse(bad).success) accepted.push(`${path} = ${bad}`);
    }
    expect(accepted).toEqual([]);
  });
});
