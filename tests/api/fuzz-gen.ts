import type { z } from 'zod';

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rand = () => number;
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

type Check = {
  _zod: {
    def: { check: string; minimum?: number; maximum?: number; value?: number; format?: string };
  };
};
type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  entries?: Record<string, string>;
  options?: z.ZodType[];
  values?: unknown[];
  checks?: Check[];
};
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Strange dates and instants: year 0, 9999, +275760 (past JavaScript's last date), Feb 30. */
export const STRANGE_DAYS = [
  '0000-01-01',
  '9999-12-31',
  '+275760-09-13',
  '275760-09-13',
  '2026-02-30',
  '2026-02-29',
  '2026-13-01',
  '1900-01-01',
  '2100-01-01',
  '2026-11-28T02:00:00Z',
  '2026-1-1',
];
export const STRANGE_INSTANTS = [
  '+275760-09-13T00:00:00.000Z',
  '-271821-04-20T00:00:00.000Z',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '2026-02-30T10:00:00Z',
  '2026-11-28T25:00:00Z',
  '2026-11-28',
  'Sat Nov 28 2026',
  '1',
  '2026-11-28T02:00:00+99:00',
];

const HUGE = 100_000;
/** Values that are wrong in type, too long, too large, empty or strange. */
export function badValue(r: Rand): unknown {
  switch (int(r, 0, 25)) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return pick(r, [-1, 0, 1.5, -0.5, 2 ** 53, -(2 ** 31), 1e308, Number.MAX_SAFE_INTEGER + 2]);
    case 3:
      return pick(r, [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
    case 4:
      return pick(r, ['', ' ', '\u0000', '\t\n', '0', '-1', '1abc', 'true', 'null']);
    case 5:
      return 'x'.repeat(pick(r, [201, 5_000, 200_000]));
    case 6:
      return pick(r, [
        '😀'.repeat(50),
        '𠀀𠀁𠀂',
        'ǅ\u202e\u200b',
        '\ud800',
        '<script>alert(1)</script>',
        "'; DROP TABLE households;--",
      ]);
    case 7:
      return pick(r, STRANGE_DAYS);
    case 8:
      return pick(r, STRANGE_INSTANTS);
    case 9:
      return [];
    case 10:
      return {};
    case 11:
      return Array.from({ length: HUGE }, (_, i) => i + 1);
    case 12:
      return Array.from({ length: int(r, 21, 600) }, () => int(r, 1, 50));
    case 13:
      return pick(r, [true, false]);
    case 14:
      return { a: { b: { c: { d: [1, { e: null }] } } } };
    case 15:
      return [null, 'x', 1, {}];
    case 16:
      return int(r, 1, 60);
    case 17:
      return 99_999_999;
    case 18:
      return pick(r, ['a'.repeat(20), 'a'.repeat(21), '金'.repeat(61), '  内容  ']);
    case 19:
      return pick(r, ['2026-11-28', '2026-11-27T23:30:00.000Z']);
    case 20:
      return [pick(r, STRANGE_DAYS)];
    case 21:
      return Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, i]));
    case 22:
      return pick(r, ['__proto__', 'constructor', 'toString']);
    case 23:
      return Array.from({ length: 30 }, () => ({ roomId: 1, returneeIds: [1] }));
    case 24:
      return pick(r, ['13800138000', '０８９８－６６１２３４５６', '+8613800138000']);
    default:
      return pick(r, [-2147483648, 2147483648, 4294967296]);
  }
}

const DAY_KEYS =
  /^(from|to|day|checkIn|plannedEnd|closureStart|liftedOn|birthDate|quarantineFrom|quarantineTo)$/;

const LATER = /^(to|plannedEnd|liftedOn|quarantineTo|toAt)$/;
/** Sane mode: no strange values in the sample itself (the sweep adds them one leaf at a time). */
let strangeRate = 0.2;

function sampleString(r: Rand, key: string, checks: Check[]): string {
  const strange = r() < strangeRate;
  if (DAY_KEYS.test(key)) {
    if (strange) return pick(r, STRANGE_DAYS);
    return `2026-11-${LATER.test(key) ? int(r, 26, 30) : int(r, 20, 25)}`;
  }
  if (/At$|^at$/.test(key)) {
    if (strange) return pick(r, STRANGE_INSTANTS);
    return `2026-11-28T0${LATER.test(key) ? int(r, 5, 9) : int(r, 0, 4)}:00:00.000Z`;
  }
  if (key === 'start') return pick(r, ['08:00', '00:00', '16:00', '24:00']);
  if (key === 'phone') return pick(r, ['13800138000', '', '0898-66123456']);
  if (key === 'idNumber') return pick(r, ['', '46010619900101002X', '460106199001010021', '123']);
  if (key === 'dataBase64')
    return pick(r, [Buffer.from('楼栋,单元,房号\n1号楼,1,101\n').toString('base64'), 'AAAA', '!!!']);
  if (key === 'fileName') return pick(r, ['住户.csv', '住户.xlsx', 'x']);
  if (key === 'jobId') return pick(r, ['fuzzjob01', 'x']);
  if (key === 'q') return pick(r, ['张', '1号楼', '4601', '%', '']);
  const min = checks.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
  const base = pick(r, ['测试', '东门', '1号楼', 'A', '王小明', '说明']);
  return base.length >= min ? base : base.padEnd(min, '一');
}

/** Ids that exist in the database, by field name: a valid-shaped input then reaches the handler. */
export type IdPool = (key: string) => readonly number[] | undefined;
let idPool: IdPool = () => undefined;
export function setIdPool(pool: IdPool): void {
  idPool = pool;
}

function sampleNumber(r: Rand, key: string, checks: Check[]): number {
  const known = idPool(key);
  if (known?.length && r() < 0.85) return pick(r, known);
  let lo = -1000;
  let hi = 1000;
  let integer = false;
  for (const c of checks) {
    const d = c._zod.def;
    if (d.check === 'greater_than' && typeof d.value === 'number') lo = Math.max(lo, d.value);
    if (d.check === 'less_than' && typeof d.value === 'number') hi = Math.min(hi, d.value);
    if (d.check === 'number_format') integer = true;
  }
  if (/[iI]d$/.test(key) || key === '') return r() < 0.85 ? int(r, 1, 40) : pick(r, [99_999, 2_147_483_647]);
  const v = lo + r() * (hi - lo);
  return integer ? Math.max(Math.ceil(lo), Math.min(Math.floor(hi), Math.round(v))) : v;
}

/** A valid-looking value for `schema`: sane days and instants, ids that exist. */
export function saneSample(schema: z.ZodType, r: Rand): unknown {
  strangeRate = 0;
  try {
    return sample(schema, r);
  } finally {
    strangeRate = 0.2;
  }
}

/** A plausible value for `schema`: right in shape, often valid, with ids that may not exist. */
export function sample(schema: z.ZodType, r: Rand, key = '', depth = 0): unknown {
  const d = defOf(schema);
  switch (d.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(d.shape ?? {})) {
        const value = sample(v, r, k, depth + 1);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case 'array': {
      const min = d.checks?.find((c) => c._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
      const n = Math.max(min, int(r, 0, 3));
      return d.element
        ? Array.from({ length: n }, () => sample(d.element as z.ZodType, r, key.replace(/s$/, ''), depth + 1))
        : [];
    }
    case 'optional':
    case 'default':
    case 'prefault':
      return r() < 0.75 && d.innerType ? sample(d.innerType, r, key, depth) : undefined;
    case 'nullable':
      return r() < 0.8 && d.innerType ? sample(d.innerType, r, key, depth) : null;
    case 'pipe':
      return d.in ? sample(d.in, r, key, depth) : null;
    case 'enum':
      return pick(r, Object.values(d.entries ?? { x: 'x' }));
    case 'literal':
      return d.values?.[0];
    case 'union':
      return d.options?.length ? sample(pick(r, d.options), r, key, depth) : null;
    case 'boolean':
      return r() < 0.5;
    case 'number':
      return sampleNumber(r, key, d.checks ?? []);
    case 'string':
      return sampleString(r, key, d.checks ?? []);
    case 'record':
      return {};
    default:
      return null;
  }
}

/** Replace one random spot in `value` (the root included) with something wrong. */
export function mutate(value: unknown, r: Rand): unknown {
  if (value === null || typeof value !== 'object' || r() < 0.12) return badValue(r);
  if (Array.isArray(value)) {
    const copy = [...value];
    const roll = r();
    if (roll < 0.15)
      return Array.from({ length: HUGE }, (_, i) => (copy.length ? copy[i % copy.length] : i + 1));
    if (roll < 0.25) return [];
    if (copy.length === 0) return [badValue(r)];
    const i = int(r, 0, copy.length - 1);
    copy[i] = mutate(copy[i], r);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  const roll = r();
  if (roll < 0.1 && keys.length) {
    delete copy[pick(r, keys)];
    return copy;
  }
  if (roll < 0.15) {
    copy[pick(r, ['extra', '__proto__', 'id', 'operatorId'])] = badValue(r);
    return copy;
  }
  if (!keys.length) return badValue(r);
  const k = pick(r, keys);
  copy[k] = mutate(copy[k], r);
  return copy;
}

type Path = (string | number)[];

/** Every leaf (and every array) of a sampled input, as paths from the root. */
export function leafPaths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => leafPaths(v, [...at, i]))];
  if (value !== null && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => leafPaths(v, [...at, k]));
  return [at];
}

export function setAt(value: unknown, path: Path, v: unknown): unknown {
  if (path.length === 0) return v;
  const [head, ...rest] = path as [string | number, ...Path];
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = setAt(copy[head as number], rest, v);
    return copy;
  }
  const obj = { ...(value as Record<string, unknown>) };
  obj[head] = setAt(obj[head], rest, v);
  return obj;
}

/** The edge values a leaf is swept with: strange dates, long text, huge arrays, odd numbers. */
export function edgeValues(leaf: unknown): unknown[] {
  if (Array.isArray(leaf)) {
    const first: unknown = leaf[0] ?? 1;
    return [Array.from({ length: HUGE }, (_, i) => (typeof first === 'number' ? i + 1 : first)), []];
  }
  if (typeof leaf === 'string')
    return [
      '+275760-09-13',
      '0000-01-01',
      '9999-12-31',
      '2026-02-30',
      '+275760-09-13T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      'x'.repeat(5000),
    ];
  if (typeof leaf === 'number') return [-1, 0, 1.5, 2 ** 53, 99_999, 2_147_483_648];
  return [null, 'true', 0];
}

/** One generated input: valid-shaped, mutated (1–3 times), or wholly wrong. */
export function generate(schema: z.ZodType, r: Rand): unknown {
  const roll = r();
  if (roll < 0.1) return badValue(r);
  let v = sample(schema, r);
  if (roll < 0.35) return v;
  for (let i = int(r, 1, 3); i > 0; i--) v = mutate(v, r);
  return v;
}
