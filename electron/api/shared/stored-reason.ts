/**
 * A reason as a history row stores it: its code, its parameters as JSON, and its zh-CN wording as
 * the row's text (search, exports and old readers read that). Used by the audit log, the household
 * history and roster changes; read back with `readStored`.
 */
import { z } from 'zod';
import { ParamSchema, type Params, type Reason } from './reason';
import { zhMessage } from './word';

/** The columns of a reason: its code, its params as JSON (null when none), its zh-CN wording. */
export function summaryColumns(reason: Reason): {
  summary: string;
  summaryCode: string;
  summaryParams: string | null;
} {
  const params =
    reason.params && Object.keys(reason.params).length > 0 ? JSON.stringify(reason.params) : null;
  return { summary: zhMessage(reason), summaryCode: reason.code, summaryParams: params };
}

/** null: none; undefined: unreadable. */
function parseParams(json: string | null): Params | null | undefined {
  if (json === null) return null;
  try {
    const v = JSON.parse(json) as unknown;
    const ok = z.record(z.string(), ParamSchema).safeParse(v);
    return ok.success ? ok.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A stored code and its params as a reader hands them out: a row without a code (written before
 * its table had one) or whose params cannot be read has no code, and shows its stored text.
 */
export function readStored(
  code: string | null,
  json: string | null,
): { code: string | null; params: Params | null } {
  const params = parseParams(json);
  if (code === null || params === undefined) return { code: null, params: null };
  return { code, params };
}
