import type { AuditEntry } from './context';
import type { Reason } from './shared/reason';
import { loadZhWords, zhOr } from './shared/zh-words';

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  /** The database is busy with another writer: nothing was written, try again in a moment. */
  'BUSY',
  /** Too many sensitive look-ups in a row (full ID numbers): wait, then try again. */
  'RATE_LIMITED',
  /** The disk is full: nothing was written. */
  'DISK_FULL',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A field the input got wrong: `reason` is what the screen words; `message` is the Chinese fallback. */
export type Issue = { path: string; message: string; reason?: Reason };

/** A field that changed since the caller read the record (a stale save answers CONFLICT with these). */
export type Change = { field: string; yours: unknown; theirs: unknown };

export type ApiFailure = {
  ok: false;
  error: { code: ErrorCode; message: string; reason: Reason; issues?: Issue[]; changes?: Change[] };
};
export type Result<T> = { ok: true; value: T } | ApiFailure;

/**
 * An expected failure a handler reports to the user. `reason` is the code the screen words in its
 * language (shared/codes.ts); `message` is the Chinese text kept for logs. Prefer `refuse()`, which
 * makes both from the reason.
 */
export class ApiError extends Error {
  readonly reason: Reason;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly changes?: Change[],
    reason?: Reason,
  ) {
    super(message);
    this.name = 'ApiError';
    this.reason = reason ?? { code: 'unspecified', params: { error: code } };
  }
}

/** An ApiError from a reason; `field` puts the same reason on that field of the input. */
export function refuse(code: ErrorCode, why: Reason, field?: string, changes?: Change[]): ApiError {
  const message = zhOr(why);
  return new ApiError(
    code,
    message,
    field ? [{ path: field, message, reason: why }] : undefined,
    changes,
    why,
  );
}

export function fail(
  code: ErrorCode,
  message: string,
  issues?: Issue[],
  changes?: Change[],
  reason: Reason = { code: 'unspecified', params: { error: code } },
): ApiFailure {
  return {
    ok: false,
    error: { code, message, reason, ...(issues ? { issues } : {}), ...(changes ? { changes } : {}) },
  };
}

/** A failure worded from its reason. */
export const failWith = (code: ErrorCode, why: Reason, issues?: Issue[]): ApiFailure =>
  fail(code, zhOr(why), issues, undefined, why);

/**
 * An answer as it leaves the server: a failure made before the words were loaded has an empty message
 * (shared/zh-words.ts); it is worded here from its reason, and so are its fields'.
 */
export async function worded<T>(result: Result<T>): Promise<Result<T>> {
  if (result.ok) return result;
  const { error } = result;
  if (error.message !== '' && !error.issues?.some((i) => i.message === '')) return result;
  await loadZhWords();
  const issues = error.issues?.map((i) =>
    i.message === '' && i.reason ? { ...i, message: zhOr(i.reason) } : i,
  );
  return {
    ok: false,
    error: {
      ...error,
      message: error.message === '' ? zhOr(error.reason) : error.message,
      ...(issues ? { issues } : {}),
    },
  };
}

/**
 * A refusal that must still leave a line in the audit log (a full-ID look-up that was rate limited,
 * a save with an ID number that belongs to someone else). The mutation's writes roll back; the router
 * then writes `audit` as the request's one audit row, marked 已拒绝, in a transaction of its own.
 */
export class AuditedRefusal extends ApiError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly audit: AuditEntry,
    reason?: Reason,
    issues?: Issue[],
  ) {
    super(code, message, issues, undefined, reason);
    this.name = 'AuditedRefusal';
  }
}
