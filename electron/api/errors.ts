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

export type Issue = { path: string; message: string };

/** A field that changed since the caller read the record (a stale save answers CONFLICT with these). */
export type Change = { field: string; yours: unknown; theirs: unknown };

export type ApiFailure = {
  ok: false;
  error: { code: ErrorCode; message: string; issues?: Issue[]; changes?: Change[] };
};
export type Result<T> = { ok: true; value: T } | ApiFailure;

/** An expected failure a handler reports to the user; message is in Chinese. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly changes?: Change[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function fail(code: ErrorCode, message: string, issues?: Issue[], changes?: Change[]): ApiFailure {
  return {
    ok: false,
    error: { code, message, ...(issues ? { issues } : {}), ...(changes ? { changes } : {}) },
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
    readonly audit: { entity: string; entityId?: number | null; summary: string },
  ) {
    super(code, message);
    this.name = 'AuditedRefusal';
  }
}
