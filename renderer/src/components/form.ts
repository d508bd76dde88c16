/**
 * One way to build a form: react-hook-form with the method's own zod input schema. `worded()` wraps
 * the zod resolver so its message codes (shared/zod-codes.ts) are worded in the UI language, and
 * `landServerErrors()` puts a refused call's issues on the fields they name.
 */
import type { FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import { ApiCallError } from '../api/client';
import { wordMessage } from '../i18n/words';

type Node = { message?: unknown; ref?: unknown; [k: string]: unknown };

function wordAll(node: unknown, depth = 0): void {
  if (!node || typeof node !== 'object' || depth > 8) return;
  const n = node as Node;
  if (typeof n.message === 'string') n.message = wordMessage(n.message);
  for (const [k, v] of Object.entries(n)) if (k !== 'ref' && k !== 'message') wordAll(v, depth + 1);
}

/** A resolver whose field messages are worded from their codes. */
export function worded<T extends FieldValues, C, R>(base: Resolver<T, C, R>): Resolver<T, C, R> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    wordAll(result.errors);
    return result;
  };
}

/**
 * Put a refused call's issues on the form's fields (`fields` lists those the form shows). Returns
 * whether any issue landed on a field; when none did, the caller shows the error another way.
 */
export function landServerErrors<T extends FieldValues>(
  e: unknown,
  setError: UseFormSetError<T>,
  fields: readonly string[],
): boolean {
  if (!(e instanceof ApiCallError)) return false;
  const known = new Set(fields);
  const onFields = e.issues.filter((i) => known.has(i.path));
  for (const i of onFields)
    setError(i.path as Path<T>, { type: 'server', message: i.message }, { shouldFocus: true });
  return onFields.length > 0;
}
