import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { type Outbox, TOKEN } from '../api/shared/outbox';

export const DOWNLOAD_PREFIX = '/download/';

const TYPES: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.pdf': 'application/pdf',
  '.csv': 'text/csv; charset=utf-8',
};

/** RFC 5987: a UTF-8 file name for `filename*` (encodeURIComponent leaves ' ( ) * as they are). */
export function contentDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/**
 * `GET /download/<token>`: stream a file the outbox holds, once. The token is only ever a key of the
 * outbox's own map (32 hex digits it made); nothing the client sends becomes a path, so `..`, a
 * slash or an encoded one is refused before any look-up. The file is removed once it was sent (or
 * the download broke off: the user asks for a new export).
 */
export function serveDownload(box: Outbox, token: string, res: ServerResponse): void {
  if (!TOKEN.test(token)) {
    refuse(res, 400, 'bad_download_token');
    return;
  }
  const file = box.take(token);
  if (!file) {
    refuse(res, 404, 'download_not_found');
    return;
  }
  const stream = createReadStream(file.path);
  res.once('close', () => {
    stream.destroy();
    file.done();
  });
  stream.once('error', () => {
    if (!res.headersSent) refuse(res, 404, 'download_not_found');
    else res.destroy();
  });
  stream.once('open', () => {
    res.writeHead(200, {
      'content-type': TYPES[extname(file.fileName).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(file.bytes),
      'content-disposition': contentDisposition(file.fileName),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    stream.pipe(res);
  });
}
