// parseOutput (electron/api/output-check.ts) answers what zod's parse answers, for every output
// schema of the contract: on answers made from the schema, and on the same answers broken one place
// at a time (a wrong type, a key too many or missing, undefined, NaN, a hole, a failed check).
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../electron/api/contract';
import { checkedInPlace, parseOutput } from '../../electron/api/output-check';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  keyType?: z.ZodType;
  entries?: Record<string, unknown>;
  values?: unknown[];
};
// zod's public types do not show `_zod.def`: `Def` is the part of it read here.
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

let seed = 20261130;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)] as T;

const STRINGS = [
  '',
  'a',
  'abc',
  'gate_1',
  '王建国',
  ' 林 ',
  'X9',
  '2026-11-30',
  'A'.repeat(300),
  '0'.repeat(32),
  'f'.repeat(64),
  '𠀀𠀀',
];
const NUMBERS = [0, 1, 7, -3, 42, 1.5, 1e6, 2 ** 53, -0.25, 100];

/** An answer made from the schema: leaves are candidates the leaf schema itself accepts when it can. */
function make(s: z.ZodType, depth = 0): unknown {
  const d = defOf(s);
  const accepted = (xs: unknown[]) => {
    const ok = xs.filter((x) => s.safeParse(x).success);
    return ok.length ? pick(ok) : pick(xs);
  };
  switch (d.type) {
    case 'string':
      return accepted(STRINGS);
    case 'number':
      return accepted(NUMBERS);
    case 'boolean':
      return rnd(2) === 0;
    case 'null':
      return null;
    case 'enum':
      return pick(Object.values(d.entries ?? {}));
    case 'literal':
      return pick(d.values ?? []);
    case 'nullable':
      return rnd(4) === 0 ? null : make(d.innerType as z.ZodType, depth);
    case 'optional':
    case 'default':
      return rnd(4) === 0 ? undefined : make(d.innerType as z.ZodType, depth);
    case 'array':
      return Array.from({ length: depth > 3 ? 0 : rnd(4) }, () => make(d.element as z.ZodType, depth + 1));
    case 'record': {
      // A record keyed by an enum has every one of its keys (zod 4 makes it exhaustive).
      const keys =
        d.keyType && defOf(d.keyType).type === 'enum' ? Object.values(defOf(d.keyType).entries ?? {}) : null;
      return Object.fromEntries(
        (keys ?? Array.from({ length: rnd(3) }, (_, i) => `k${i}`)).map((k) => [
          k,
          make(d.valueType as z.ZodType, depth + 1),
        ]),
      );
    }
    case 'union':
      return make(pick(d.options ?? []), depth);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape ?? {})) {
        const x = make(v, depth + 1);
        if (x !== undefined) out[k] = x;
      }
      return out;
    }
    default:
      return null;
  }
}

const BREAKS: ((v: unknown) => unknown)[] = [
  () => undefined,
  () => null,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 1.5,
  () => 'x y',
  () => ({}),
  () => [],
  (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, extra: 1 } : v),
  (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    if (!keys.length) return v;
    const { [pick(keys)]: _gone, ...rest } = v as Record<string, unknown>;
    return rest;
  },
  (v) => {
    if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
    const keys = Object.keys(v);
    return keys.length ? { ...v, [pick(keys)]: undefined } : v;
  },
  // A hole, which zod reads as undefined.
  (v) => (Array.isArray(v) && v.length ? holed(v.length, 0, (i) => v[i]) : v),
  (v) => (typeof v === 'string' ? `${v}!` : v),
  (v) => (typeof v === 'number' ? -v - 1e9 : v),
];

/** An array of `length` with a hole at `at` and `fill` elsewhere (Array(n) leaves holes where nothing is set). */
function holed<T>(length: number, at: number, fill: (i: number) => T): T[] {
  const out = new Array<T>(length);
  for (let i = 0; i < length; i++) if (i !== at) out[i] = fill(i);
  return out;
}

/** The answer with one place (chosen at random, depth first) broken. */
function broken(v: unknown): unknown {
  if (v && typeof v === 'object' && rnd(3) !== 0) {
    if (Array.isArray(v) && v.length) {
      const i = rnd(v.length);
      return v.map((x, j) => (j === i ? broken(x) : x));
    }
    const keys = Object.keys(v);
    if (keys.length) {
      const k = pick(keys);
      return { ...v, [k]: broken((v as Record<string, unknown>)[k]) };
    }
  }
  return pick(BREAKS)(v);
}

function same(schema: z.ZodType, v: unknown): void {
  const want = schema.safeParse(v);
  let got: { ok: true; value: unknown } | { ok: false };
  try {
    got = { ok: true, value: parseOutput(schema, v) };
  } catch {
    got = { ok: false };
  }
  expect(got.ok).toBe(want.success);
  if (got.ok && want.success) expect(got.value).toStrictEqual(want.data);
}

const methods = Object.entries(contract) as [string, { output: z.ZodType }][];

describe('parseOutput gives what zod gives', () => {
  it.each(methods)('%s: made and broken answers', (_m, def) => {
    let valid = 0;
    for (let i = 0; i < 40; i++) {
      const v = make(def.output);
      if (def.output.safeParse(v).success) valid++;
      same(def.output, v);
      for (let j = 0; j < 5; j++) same(def.output, broken(v));
    }
    // The made answers reach the path that hands an answer on as it is.
    expect(valid).toBeGreaterThan(0);
  });

  it('checks nearly every answer in place, and hands a right one on without a copy', () => {
    const inPlace = methods.filter(([, d]) => checkedInPlace(d.output)).length;
    expect(inPlace / methods.length).toBeGreaterThan(0.9);
    const balances = contract['stock.balances'].output;
    expect(checkedInPlace(balances)).toBe(true);
    const row = {
      itemId: 'i1',
      item: '口罩',
      unit: '个',
      lotId: null,
      lotCode: null,
      expiresOn: null,
      place: { id: 'p1', kind: 'store', refId: null, name: '仓库' },
      qty: -2,
      flag: { code: 'count_needed' },
    };
    const answer = [row];
    expect(parseOutput(balances, answer)).toBe(answer);
    // A key the schema does not name is stripped, as zod strips it: a copy without it.
    const extra = [{ ...row, secret: 'x' }];
    expect(parseOutput(balances, extra)).toStrictEqual([row]);
    // A wrong answer fails as zod fails.
    expect(() => parseOutput(balances, [{ ...row, qty: 1.5 }])).toThrow(z.ZodError);
    // A hole is read as undefined, as zod reads it (Array#every would skip it).
    expect(() =>
      parseOutput(
        balances,
        holed(2, 0, () => row),
      ),
    ).toThrow(z.ZodError);
  });

  it('leaves to zod what it cannot check the same way', () => {
    expect(checkedInPlace(z.string().trim())).toBe(false);
    expect(checkedInPlace(z.object({ a: z.string() }).default({ a: 'x' }))).toBe(false);
    expect(checkedInPlace(z.object({ a: z.number() }).transform((o) => o.a))).toBe(false);
    expect(checkedInPlace(z.looseObject({ a: z.number() }))).toBe(false);
    expect(
      checkedInPlace(z.union([z.object({ a: z.number() }), z.object({ a: z.number(), b: z.number() })])),
    ).toBe(false);
    expect(parseOutput(z.string().trim(), ' a ')).toBe('a');
    // Schemas that are checks themselves, refinements, an exact optional: zod's verdict each time.
    const cases: [z.ZodType, unknown][] = [
      [z.int(), 1.5],
      [z.uuid(), 'x'],
      [z.iso.date(), 'x'],
      [z.record(z.uuid(), z.number()), { x: 1 }],
      [z.object({ a: z.number() }).refine(() => false), { a: 1 }],
      [z.enum(['a', 'b']).refine(() => false), 'a'],
      [
        z
          .string()
          .nullable()
          .refine(() => false),
        'a',
      ],
      [z.array(z.string().exactOptional()), [undefined]],
      [z.string().min(2), '𠀀'],
      [z.object({ toString: z.string().optional() }), {}],
      [z.object({ a: z.number() }), Object.assign(Object.create(null), { a: 1 })],
      [z.record(z.string(), z.number()), JSON.parse('{"__proto__": 1, "a": 2}')],
      [z.object({ a: z.number() }), { a: 1, [Symbol('s')]: 2 }],
      // A hole in an array of optional elements: zod fills it.
      [z.array(z.number().optional()), holed(3, 1, (i) => i)],
      [z.object({ a: z.number() }), Object.defineProperty({ b: 2 }, 'a', { value: 1, enumerable: false })],
    ];
    for (const [schema, v] of cases) same(schema, v);
    // A numeric enum's reverse keys are not its values.
    // A TypeScript numeric enum as it is at run time (reverse keys), which z.enum's types do not take.
    const numeric = z.enum({ A: 0, 0: 'A' } as unknown as Record<string, number>);
    same(numeric, 'A');
    same(numeric, 0);
    // zod takes the first option, stripping b.
    const u = z.union([z.object({ a: z.number() }), z.object({ a: z.number(), b: z.number() })]);
    expect(parseOutput(u, { a: 1, b: 2 })).toStrictEqual({ a: 1 });
  });
});
