/**
 * The router parses every answer by its contract's output schema (router.ts). zod's parse builds a
 * copy of the answer — every object and array again, and a result object per field — which for a
 * query of a few hundred rows cost as much as its SQL (issue 11: `stock.balances` 1 ms of SQL, 0.25
 * ms of parse and the collections it left). Most answers are already exactly what the schema
 * describes: the same value would come out. This checks that in place, reading without copying, and
 * hands the answer on as it is; anything else goes to zod, which gives its own answer or its own
 * error — so the caller sees what `schema.parse` would have given.
 *
 * A schema is compiled once into a check. The check says yes only when zod's parse would succeed
 * and return a value deep-equal to the input: no key zod would strip, no value it would replace (a
 * default, a transform, a trim), no check it makes that this one does not make the same way. A
 * schema with a part it does not know (a transform, a pipe, a default, a format other than a plain
 * pattern, a refinement…) is not compiled: its answers always go to zod.
 *
 * An answer handed on is the handler's own: a handler never returns a module's constant or a cache
 * it keeps (backups/service.ts returns a copy of its defaults).
 */
import type { z } from 'zod';

type Check = (v: unknown) => boolean;

/** The parts of zod's schema definition this reads (zod 4's `_zod.def`). */
type Def = {
  type: string;
  coerce?: boolean;
  /** Set on a schema that is itself a check (z.int(), z.uuid(), z.iso.date()…). */
  check?: string;
  format?: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, unknown>;
  values?: unknown[];
};
type CheckDef = {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
};
type Schema = {
  _zod: { def: Def; optin?: string; optout?: string; traits: Set<string>; values?: Set<unknown> };
};

/** Not compiled: answers of this schema go to zod. */
class Unknown extends Error {}

/**
 * An object zod would copy as it is: a plain one (zod's copy is one), without symbol keys (zod drops
 * them) and without an own `__proto__` key (zod's copy cannot hold one).
 */
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  Object.getPrototypeOf(v) === Object.prototype &&
  !Object.hasOwn(v, '__proto__') &&
  Object.getOwnPropertySymbols(v).length === 0;

function checksOf(def: Def): Check[] {
  const text = def.type === 'string';
  return (def.checks ?? []).map(({ _zod: { def: c } }): Check => {
    switch (c.check) {
      case 'string_format': {
        const pattern = c.pattern;
        if (c.format !== 'regex' || !pattern) throw new Unknown(c.format);
        return (v) => {
          pattern.lastIndex = 0;
          return pattern.test(v as string);
        };
      }
      case 'number_format':
        if (c.format !== 'safeint') throw new Unknown(c.format);
        return (v) => Number.isSafeInteger(v);
      case 'greater_than': {
        const { value = 0, inclusive } = c;
        return inclusive ? (v) => (v as number) >= value : (v) => (v as number) > value;
      }
      case 'less_than': {
        const { value = 0, inclusive } = c;
        return inclusive ? (v) => (v as number) <= value : (v) => (v as number) < value;
      }
      case 'min_length': {
        const min = c.minimum ?? 0;
        // zod counts a string's code points: two UTF-16 units may be one character (𠀀).
        if (text && min > 1) return (v) => [...(v as string)].length >= min;
        return (v) => (v as { length: number }).length >= min;
      }
      case 'max_length': {
        // UTF-16 units are never fewer than code points: within them, within zod's.
        const max = c.maximum ?? Number.POSITIVE_INFINITY;
        return (v) => (v as { length: number }).length <= max;
      }
      default:
        // `overwrite` (trim, case) changes the value; a refinement is code this cannot run.
        throw new Unknown(c.check);
    }
  });
}

/** A type's own test, then its checks. */
function withChecks(def: Def, is: Check): Check {
  if (def.coerce) throw new Unknown('coerce');
  const checks = checksOf(def);
  if (checks.length === 0) return is;
  return (v) => is(v) && checks.every((c) => c(v));
}

/** Only strings, numbers, booleans, null or fixed values: no union option of these can strip or replace. */
const SCALARS = new Set(['string', 'number', 'boolean', 'null', 'enum', 'literal']);
const scalarOnly = (s: Schema): boolean => {
  const d = s._zod.def;
  return SCALARS.has(d.type) || (d.type === 'nullable' && !!d.innerType && scalarOnly(d.innerType));
};

/** Only the types that take checks (`withChecks`) may carry them: elsewhere a check is a refinement. */
const TAKES_CHECKS = new Set(['string', 'number', 'boolean', 'array']);

/**
 * A schema that is itself a check (z.int(), z.uuid(), z.iso.date()): its type is 'number' or 'string'
 * and its check sits on itself, not in `checks`.
 */
const isCheck = (s: Schema): boolean =>
  !!s._zod.def.check || !!s._zod.def.format || s._zod.traits.has('$ZodCheck');

function compile(s: Schema): Check {
  const def = s._zod.def;
  // An exact optional refuses undefined.
  if (isCheck(s) || s._zod.traits.has('$ZodExactOptional'))
    throw new Unknown(def.check ?? def.format ?? 'check');
  if (def.checks?.length && !TAKES_CHECKS.has(def.type)) throw new Unknown(`${def.type} checks`);
  switch (def.type) {
    case 'string':
      return withChecks(def, (v) => typeof v === 'string');
    case 'number':
      return withChecks(def, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return withChecks(def, (v) => typeof v === 'boolean');
    case 'null':
      return (v) => v === null;
    case 'enum':
    case 'literal': {
      // zod's own set of values (an enum's, without a numeric enum's reverse keys).
      const values = s._zod.values;
      if (!values) throw new Unknown(def.type);
      return (v) => values.has(v);
    }
    case 'nullable': {
      const inner = compile(def.innerType as Schema);
      return (v) => v === null || inner(v);
    }
    case 'optional': {
      const inner = compile(def.innerType as Schema);
      return (v) => v === undefined || inner(v);
    }
    case 'array': {
      const element = compile(def.element as Schema);
      return withChecks(def, (v) => {
        if (!Array.isArray(v)) return false;
        // Not `every`: it skips holes. A hole is refused here; zod reads it as undefined, and fills it.
        for (let i = 0; i < v.length; i++) if (!(i in v) || !element(v[i])) return false;
        return true;
      });
    }
    case 'object':
      return objectCheck(def);
    case 'record': {
      const key = def.keyType as Schema;
      // zod makes a record keyed by an enum exhaustive, and checks a key's format: plain strings only.
      if (key._zod.def.type !== 'string' || key._zod.def.checks?.length || isCheck(key))
        throw new Unknown('record key');
      const value = compile(def.valueType as Schema);
      return (v) => isPlainObject(v) && Object.values(v).every((x) => value(x));
    }
    case 'union': {
      const options = def.options ?? [];
      // zod takes the first option that parses, stripping as it goes: of objects, an earlier
      // option may take the value with keys dropped. Of scalars, whichever passes gives it unchanged.
      if (!options.every(scalarOnly)) throw new Unknown('union');
      const checks = options.map(compile);
      return (v) => checks.some((c) => c(v));
    }
    default:
      throw new Unknown(def.type);
  }
}

function objectCheck(def: Def): Check {
  // A catchall (loose or strict) handles unknown keys its own way.
  if (def.catchall) throw new Unknown('catchall');
  const fields = Object.entries(def.shape ?? {}).map(([key, s]) => ({
    key,
    check: compile(s),
    // An optional key may be absent; zod then leaves it out too.
    mayLack: s._zod.optin === 'optional' && s._zod.optout === 'optional',
  }));
  const known = new Set(fields.map((f) => f.key));
  return (v) => {
    if (!isPlainObject(v)) return false;
    let present = 0;
    for (const f of fields) {
      if (!Object.hasOwn(v, f.key)) {
        // zod asks `key in input`: an inherited key (toString) is there to it.
        if (!f.mayLack || f.key in v) return false;
        continue;
      }
      present++;
      const x = v[f.key];
      // A key present as undefined: zod's treatment of it depends on the schema; let zod answer.
      if (x === undefined || !f.check(x)) return false;
    }
    // A key the schema does not name would be stripped; a shape key not enumerable would be copied as one.
    const keys = Object.keys(v);
    if (keys.length !== present) return false;
    for (const k of keys) if (!known.has(k)) return false;
    return true;
  };
}

const compiled = new WeakMap<object, Check | null>();

function checkOf(schema: z.ZodType): Check | null {
  let check = compiled.get(schema);
  if (check === undefined) {
    try {
      // zod's public types do not show `_zod.def`: `Schema` is the part of it read here.
      check = compile(schema as unknown as Schema);
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      check = null;
    }
    compiled.set(schema, check);
  }
  return check;
}

/**
 * What `schema.parse(value)` gives: `value` itself when it is already exactly that (checked in place),
 * else zod's parse — its copy, or its error.
 */
export function parseOutput<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const check = checkOf(schema);
  // Checked: zod's parse would give this same value back.
  if (check?.(value)) return value as z.output<T>;
  return schema.parse(value);
}

/** Whether answers of this schema are checked in place (tests). */
export const checkedInPlace = (schema: z.ZodType): boolean => checkOf(schema) !== null;
