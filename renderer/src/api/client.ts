import type { ErrorCode, In, Issue, Method, Out, Result } from '../../../electron/api/contract';
import type { Change } from '../../../electron/api/errors';
import type { Reason } from '../../../electron/api/shared/reason';
import { getOperatorId, getSession } from '../app/operator';
import { wordFailure, wordReason } from '../i18n/words';

type Meta = { operatorId: number | null; session?: string | null; jobId?: string };
type Bridge = { invoke: (method: string, input: unknown, meta: Meta) => Promise<Result<unknown>> };

declare global {
  interface Window {
    api?: Bridge;
  }
}

/**
 * A refused call. `message` is worded from the reason in the UI language at the time of the error
 * (the server's Chinese text stays in `serverMessage`); each issue's `message` is its field's words.
 */
export class ApiCallError extends Error {
  readonly issues: Issue[];
  readonly reason: Reason;
  constructor(
    readonly code: ErrorCode,
    readonly serverMessage: string,
    issues: Issue[] = [],
    readonly changes: Change[] = [],
    reason?: Reason,
  ) {
    super(wordFailure(reason, serverMessage));
    this.name = 'ApiCallError';
    this.reason = reason ?? { code: 'unspecified', params: { error: code } };
    this.issues = issues.map((i) => ({
      ...i,
      message: i.reason ? wordReason(i.reason) : wordFailure(undefined, i.message),
    }));
  }
}

async function overHttp(method: string, input: unknown, meta: Meta): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(meta.operatorId ? { 'x-gatepost-operator': String(meta.operatorId) } : {}),
        ...(meta.session ? { 'x-gatepost-session': meta.session } : {}),
        ...(meta.jobId ? { 'x-gatepost-job': meta.jobId } : {}),
      },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    const reason = { code: 'host_unreachable' };
    return { ok: false, error: { code: 'INTERNAL', message: wordReason(reason), reason } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    const reason = { code: 'host_bad_answer', params: { status: response.status } };
    return { ok: false, error: { code: 'INTERNAL', message: wordReason(reason), reason } };
  }
}

/** Call one method of the contract; the same envelope in Electron and in a browser. */
export async function call<M extends Method>(method: M, input: In<M>, jobId?: string): Promise<Out<M>> {
  const meta: Meta = { operatorId: getOperatorId(), session: getSession(), ...(jobId ? { jobId } : {}) };
  const result = window.api
    ? await window.api.invoke(method, input, meta)
    : await overHttp(method, input, meta);
  if (!result.ok)
    throw new ApiCallError(
      result.error.code,
      result.error.message,
      result.error.issues,
      result.error.changes,
      result.error.reason,
    );
  return result.value as Out<M>;
}

export type Progress = NonNullable<Out<'jobs.progress'>>;

/** A long call with its progress: polls jobs.progress while the call runs. */
export async function callWithProgress<M extends Method>(
  method: M,
  input: In<M>,
  onProgress: (p: Progress) => void,
): Promise<Out<M>> {
  const jobId = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  let done = false;
  const poll = async () => {
    while (!done) {
      await new Promise((r) => setTimeout(r, 300));
      if (done) break;
      const p = await call('jobs.progress', { jobId }).catch(() => null);
      if (p && !done) onProgress(p);
    }
  };
  void poll();
  try {
    return await call(method, input, jobId);
  } finally {
    done = true;
  }
}

/** Desktop only: print the current view to a PDF file. Browsers use window.print(). */
export async function printView(fileName: string, landscape = false): Promise<void> {
  if (!window.api) {
    window.print();
    return;
  }
  const result = await window.api.invoke(
    'shell.printToPdf',
    { fileName, landscape },
    { operatorId: getOperatorId(), session: getSession() },
  );
  if (!result.ok)
    throw new ApiCallError(result.error.code, result.error.message, [], [], result.error.reason);
}
