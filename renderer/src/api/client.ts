import type { ErrorCode, In, Issue, Method, Out, Result } from '../../../electron/api/contract';
import { getOperatorId } from '../app/operator';

type Bridge = {
  invoke: (method: string, input: unknown, meta: { operatorId: number | null }) => Promise<Result<unknown>>;
};

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
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

async function overHttp(method: string, input: unknown, operatorId: number | null): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(operatorId ? { 'x-gatepost-operator': String(operatorId) } : {}),
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
export async function call<M extends Method>(method: M, input: In<M>): Promise<Out<M>> {
  const operatorId = getOperatorId();
  const result = window.api
    ? await window.api.invoke(method, input, { operatorId })
    : await overHttp(method, input, operatorId);
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message, result.error.issues);
  return result.value as Out<M>;
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
    { operatorId: getOperatorId() },
  );
  if (!result.ok) throw new ApiCallError(result.error.code, result.error.message);
}
