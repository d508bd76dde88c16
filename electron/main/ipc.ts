import type { IpcMain, IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import type { Db } from '../../db/open';
import type { HostContext } from '../api/context';
import { failWith, type Result, worded } from '../api/errors';
import { parseOperatorId, parseSessionToken } from '../api/meta';
import { dispatch, type RequestMeta } from '../api/router';
import { printToPdf } from './print';
import { saveRequest } from './save';

export const INVOKE_CHANNEL = 'gatepost:invoke';
/** Handled here, not by the router: only the desktop shell can print to PDF. */
export const PRINT_METHOD = 'shell.printToPdf';
/** Handled here too: save a file the back end wrote (`{ file, fileName }`) where the user says. */
export const SAVE_METHOD = 'shell.saveFile';

export type IpcDeps = {
  ipcMain: IpcMain;
  dialog: { showSaveDialog: (opts: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }> };
  db: Db;
  host: HostContext;
  /** The app's own page (APP_URL, app://gatepost/index.html); a #route after it is allowed. */
  ownUrl: string;
  mainContents: () => WebContents | null;
};

export function isTrustedSender(
  event: IpcMainInvokeEvent,
  ownUrl: string,
  main: WebContents | null,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !main || event.sender !== main) return false;
  if (frame !== main.mainFrame) return false;
  return frame.url.split('#')[0] === ownUrl;
}

export function registerIpc(deps: IpcDeps): void {
  deps.ipcMain.handle(
    INVOKE_CHANNEL,
    // A failure leaves worded (its message made once the words are loaded: api/shared/zh-words.ts).
    async (event, method: unknown, input: unknown, meta: unknown): Promise<Result<unknown>> =>
      worded(await invoke(event, method, input, meta, deps)),
  );
}

async function invoke(
  event: IpcMainInvokeEvent,
  method: unknown,
  input: unknown,
  meta: unknown,
  deps: IpcDeps,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event, deps.ownUrl, deps.mainContents()))
    return failWith('FORBIDDEN', { code: 'foreign_frame' });
  if (typeof method !== 'string') return failWith('VALIDATION', { code: 'bad_method_name' });
  if (method === PRINT_METHOD) return printRequest(event.sender, input, deps);
  if (method === SAVE_METHOD) return saveRequest(input, deps);
  const { operatorId, session, jobId } = (meta ?? {}) as RequestMeta;
  return dispatch(deps.db, method, input, deps.host, {
    operatorId: parseOperatorId(operatorId),
    session: parseSessionToken(session),
    jobId: typeof jobId === 'string' ? jobId : null,
  });
}

async function printRequest(contents: WebContents, input: unknown, deps: IpcDeps): Promise<Result<unknown>> {
  const { fileName, landscape } = (input ?? {}) as { fileName?: unknown; landscape?: unknown };
  const name = typeof fileName === 'string' && fileName.trim() ? fileName.trim() : 'gatepost.pdf';
  const choice = await deps.dialog.showSaveDialog({
    defaultPath: name.endsWith('.pdf') ? name : `${name}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: null } };
  try {
    const saved = await printToPdf(contents, choice.filePath, { landscape: landscape === true });
    return { ok: true, value: { saved } };
  } catch (e) {
    return failWith('INTERNAL', { code: 'print_failed', params: { detail: (e as Error).message } });
  }
}
