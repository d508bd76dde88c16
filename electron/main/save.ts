import { copyFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SaveDialogOptions } from 'electron';
import type { HostContext } from '../api/context';
import { failWith, type Result } from '../api/errors';
import { outboxFor } from '../api/shared/outbox';

type SaveDeps = {
  dialog: { showSaveDialog: (opts: SaveDialogOptions) => Promise<{ canceled: boolean; filePath?: string }> };
  host: HostContext;
};

/**
 * Save a file the back end wrote to its outbox (a registry export): the save dialog offers its name,
 * and the file is copied where the user chose. The renderer names it only by the token it was given
 * (`{ file, fileName }`); the token is taken once, so the file is removed whether saved or not.
 */
export async function saveRequest(input: unknown, deps: SaveDeps): Promise<Result<unknown>> {
  const { file, fileName } = (input ?? {}) as { file?: unknown; fileName?: unknown };
  const taken = typeof file === 'string' ? outboxFor(deps.host.paths.db).take(file) : null;
  if (!taken) return failWith('NOT_FOUND', { code: 'export_gone' });
  try {
    const name = typeof fileName === 'string' && fileName.trim() ? fileName.trim() : taken.fileName;
    const ext = extname(taken.fileName).slice(1);
    const choice = await deps.dialog.showSaveDialog({
      defaultPath: name,
      ...(ext ? { filters: [{ name: ext.toUpperCase(), extensions: [ext] }] } : {}),
    });
    if (choice.canceled || !choice.filePath) return { ok: true, value: { saved: null } };
    await copyFile(taken.path, choice.filePath);
    return { ok: true, value: { saved: choice.filePath } };
  } catch (e) {
    return failWith('INTERNAL', { code: 'save_failed', params: { detail: (e as Error).message } });
  } finally {
    taken.done();
  }
}
