import { existsSync, statSync } from 'node:fs';
import { extname, normalize, resolve, sep } from 'node:path';

/**
 * The renderer's Content-Security-Policy: the same text as the meta tag in renderer/index.html
 * (a test keeps the two equal), sent as a header by the web host and by the app:// protocol.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The header adds what only a header can say: no page may frame ours. */
export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const mimeOf = (file: string): string =>
  MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Headers every served renderer file carries, from either transport. */
export function staticHeaders(file: string): Record<string, string> {
  return {
    'content-type': mimeOf(file),
    'content-security-policy': CSP_HEADER,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * The file a URL path names inside `staticDir` ('/' is index.html), or 'bad' for a path that is
 * not validly escaped, or null for anything missing or outside the folder (`..`, `%2F..`).
 */
export function resolveStatic(staticDir: string, urlPath: string): string | null | 'bad' {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return 'bad';
  }
  if (path.includes('\0')) return 'bad';
  const rel = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const root = resolve(staticDir);
  const file = resolve(root, normalize(rel));
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return null;
  return file;
}
