export const ERROR_CODES = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type Issue = { path: string; message: string };

export type ApiFailure = { ok: false; error: { code: ErrorCode; message: string; issues?: Issue[] } };
export type Result<T> = { ok: true; value: T } | ApiFailure;

/** An expected failure a handler reports to the user; message is in Chinese. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function fail(code: ErrorCode, message: string, issues?: Issue[]): ApiFailure {
  return { ok: false, error: issues ? { code, message, issues } : { code, message } };
}
