import { z } from 'zod';
import { msg } from '../../../../electron/api/shared/reason';

/**
 * What a person types in a round cell, read: a temperature (`365` is 36.5, `36.5`, `37`), or a key
 * for a slot with no reading (`/` or `n`: not reached; `*` or `r`: refused). The numpad has all of
 * them. Null when it is none of these, or a temperature outside 34–43 ℃.
 */
export type Entry = { temperature: number } | { result: 'not_reached' | 'refused' };

export const MIN_C = 34;
export const MAX_C = 43;

export function parseEntry(text: string): Entry | null {
  const s = text.trim().toLowerCase();
  if (s === '/' || s === 'n') return { result: 'not_reached' };
  if (s === '*' || s === 'r') return { result: 'refused' };
  let v: number;
  if (/^\d{3}$/.test(s)) v = Number(s) / 10;
  else if (/^\d{2}(\.\d)?$/.test(s)) v = Number(s);
  else return null;
  if (v < MIN_C || v > MAX_C) return null;
  return { temperature: Math.round(v * 10) / 10 };
}

/** A round cell's form: one text, read by `parseEntry`; what cannot be read says the range. */
export const EntryForm = z.object({
  entry: z
    .string()
    .refine((s) => parseEntry(s) !== null, msg('temperature_range', { min: MIN_C, max: MAX_C })),
});
export type EntryValues = z.input<typeof EntryForm>;
