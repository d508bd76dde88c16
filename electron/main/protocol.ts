import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { resolveStatic, staticHeaders } from '../host/static';

/**
 * The renderer is served from app://gatepost/ rather than file:// (Electron's security
 * checklist): a file:// page may read any file the user can, and every file:// page shares one
 * origin. A standard, secure scheme gives the page its own origin, and only out/renderer is served.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'gatepost';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The app's one page; lockDown and the IPC sender check accept exactly this (plus a #route). */
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const text = (status: number, body: string): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** Answer one app:// request from the built renderer folder, never from outside it. */
export async function serveApp(rendererDir: string, requestUrl: string, method = 'GET'): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return text(400, '地址有误');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return text(404, '未找到');
  if (method !== 'GET' && method !== 'HEAD') return text(405, '只接受 GET');
  const file = resolveStatic(rendererDir, url.pathname);
  if (file === 'bad') return text(400, '地址编码有误');
  if (!file) return text(404, '未找到');
  const body = method === 'HEAD' ? null : await readFile(file);
  return new Response(body, {
    status: 200,
    headers: { ...staticHeaders(file), 'cache-control': 'no-cache' },
  });
}

/** Serve app:// from `rendererDir` (after the app is ready). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveApp(rendererDir, request.url, request.method));
}
