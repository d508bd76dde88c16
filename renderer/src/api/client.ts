import type { ErrorCode, In, Issue, Method, Out, Result } from '../../../electron/api/contract';
import type { Change } from '../../../electron/api/errors';
import { getOperatorId, getSession } from '../app/operator';

type Meta = { operatorId: number | null; session?: string | null; jobId?: string };
type Bridge = { invoke: (method: string, input: unknown, meta: Meta) => Promise<Result<unknown>> };

declare global {
  interface Window {
    api?: Bridge;
  }
}

export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: Issue[] = [],
    readonly changes: Change[] = [],
  ) {
    super(message);
    this.name = 'ApiCallError';
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
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接到 Gatepost 主机，请确认它仍在运行' } };
  }
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `主机返回了无法识别的内容（HTTP ${response.status}）` },
    };
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
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
}
