import { z } from 'zod';
import { ApiError, type Change, refuse } from '../errors';

/**
 * Optimistic concurrency for the forms that edit an existing row (issue 8, finding 4).
 *
 * Each versioned row (households, residents, compound, staff, duty posts, hotels) has an integer
 * `version`, 1 when created and bumped by every update — by its own form and by any other handler
 * that changes the row (a move, an import, a placement). A form sends back the version it was read
 * at; a save from an older version is refused with CONFLICT and the fields where what the caller
 * sends differs from what is stored now, so the form can show "theirs" beside "yours" and offer to
 * reload. The check runs inside the mutation's transaction, before the write, so no other writer
 * can slip in between.
 */

const same = (a: unknown, b: unknown): boolean => (a ?? '') === (b ?? '') || String(a) === String(b);

/** The fields (of those the caller sends) whose stored value is not what the caller sends. */
export function changesOf<S extends object>(
  stored: S,
  sent: object,
  fields: readonly (keyof S & string)[],
): Change[] {
  const yours = sent as Record<string, unknown>;
  return fields
    .filter((f) => f in yours && !same(yours[f], stored[f]))
    .map((f) => ({ field: f, yours: yours[f] ?? null, theirs: stored[f] ?? null }));
}

/**
 * Refuse a save made from a form read at an older version. `record` names the kind of record in the
 * reason the screen words; `what` names the record in the Chinese message kept for logs (这一户, 居民 王建华 …).
 */
export function assertFresh<S extends { version: number }>(
  stored: S,
  sent: { version?: number | undefined },
  fields: readonly (keyof S & string)[],
  what: string,
  record: 'household' | 'resident' | 'compound' | 'hotel' | 'member' | 'post' | 'stock_item',
): void {
  if (sent.version === undefined || sent.version === stored.version) return;
  throw new ApiError(
    'CONFLICT',
    `${what}在你打开之后已被他人修改（第 ${sent.version} 版 → 第 ${stored.version} 版），未保存。请重新载入后再修改`,
    undefined,
    changesOf(stored, sent, fields),
    { code: 'stale_version', params: { record, from: sent.version, to: stored.version } },
  );
}

/** An edit (the input names an existing row) must say which version it was read at. */
export function requireVersion(input: { id?: number | undefined; version?: number | undefined }): void {
  if (input.id && input.version === undefined) {
    throw refuse('VALIDATION', { code: 'version_missing' }, 'version');
  }
}

/** The version a form read a record at and sends back with its save. */
export const Version = z.number().int().positive();
