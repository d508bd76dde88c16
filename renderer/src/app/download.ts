import { wordReason } from '../i18n/words';
/** Save a file the back end made (base64) through the browser's download. */
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
