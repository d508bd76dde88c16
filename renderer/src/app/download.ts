import { ApiCallError } from '../api/client';
import { wordReason } from '../i18n/words';
import { getOperatorId, getSession } from './operator';

/** A file the back end wrote to disk for saving (`SavedFile` of the contract): a token, not its bytes. */
export type SavedFile = { fileName: string; file: string };

/**
 * Save a file the back end wrote to disk. In Electron, the main process shows the save dialog and
 * copies it there; in a browser, the web host streams it at `/download/<token>` as a real download
 * (nothing passes through JSON or the page's memory). Either way the token works once.
 */
export async function saveExport(f: SavedFile): Promise<void> {
  if (window.api) {
    const result = await window.api.invoke(
      'shell.saveFile',
      { file: f.file, fileName: f.fileName },
      { operatorId: getOperatorId(), session: getSession() },
    );
    if (!result.ok)
      throw new ApiCallError(result.error.code, result.error.message, [], [], result.error.reason);
    return;
  }
  const a = document.createElement('a');
  a.href = `/download/${encodeURIComponent(f.file)}`;
  a.download = f.fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** Save a small file the back end made in memory (base64: the template, a roster) through the browser's download. */
export function downloadBase64(
  fileName: string,
  dataBase64: string,
  type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
): void {
  const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Read a chosen file as base64, reporting progress (0–1). */
export function readFileBase64(file: File, onProgress: (p: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    reader.onerror = () =>
      reject(new Error(wordReason({ code: 'file_unreadable', params: { file: file.name, detail: '' } })));
    reader.onload = () => {
      const s = String(reader.result);
      resolve(s.slice(s.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
