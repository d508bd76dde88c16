/**
 * A reason is what the server says instead of a sentence: a code with parameters
 * (`{ code: 'quarantine_short', params: { days: 9, required: 14 } }`). The renderer words it in the
 * current language (shared/word.ts). Pure: zod only, importable by the renderer.
 */
import { z } from 'zod';

export type Param = string | number | boolean | null;
export type Params = Record<string, Param>;
export type Reason = { code: string; params?: Params };

export const ParamSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ReasonSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/),
  params: z.record(z.string(), ParamSchema).optional(),
});

/** A reason with its params left out when there are none. */
export function reason(code: string, params?: Params): Reason {
  return params && Object.keys(params).length > 0 ? { code, params } : { code };
}

const CODE = /^[a-z][a-z0-9_]*$/;

/**
 * A zod message that carries a code: `name_required` or `too_long|{"max":60}`. Zod messages are
 * strings, so a schema's message and the global error map both write codes in this form.
 */
export function msg(code: string, params?: Params): string {
  return params && Object.keys(params).length > 0 ? `${code}|${JSON.stringify(params)}` : code;
}

/** The reason a zod message carries, or null for a message that is a sentence (not a code). */
export function parseMsg(message: string): Reason | null {
  const bar = message.indexOf('|');
  const code = bar < 0 ? message : message.slice(0, bar);
  if (!CODE.test(code)) return null;
  if (bar < 0) return { code };
  try {
    const params = JSON.parse(message.slice(bar + 1)) as unknown;
    if (typeof params !== 'object' || params === null || Array.isArray(params)) return { code };
    const ok = ParamSchema.array().safeParse(Object.values(params));
    return ok.success ? { code, params: params as Params } : { code };
  } catch {
    return { code };
  }
}
