import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Db } from '../../db/open';
import type { HostContext } from '../api/context';
import { type ApiFailure, failWith, type Result, worded } from '../api/errors';
import { parseOperatorId, parseSessionToken } from '../api/meta';
import { dispatch, Payload } from '../api/router';
import { outboxFor } from '../api/shared/outbox';
import { DOWNLOAD_PREFIX, serveDownload } from './download';
import { resolveStatic, staticHeaders } from './static';

export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const STATUS: Record<ApiFailure['error']['code'], number> = {
  VALIDATION: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BUSY: 503,
  RATE_LIMITED: 429,
  DISK_FULL: 507,
  INTERNAL: 500,
};

export type HostOptions = {
  db: Db;
  context: HostContext;
  staticDir: string;
  port: number;
  hostname?: string;
  maxBodyBytes?: number;
};

/** A failure leaves worded (its message made once the words are loaded: api/shared/zh-words.ts). */
async function send(res: ServerResponse, answer: Result<unknown>): Promise<void> {
  const result = await worded(answer);
  const body = JSON.stringify(result);
  res.writeHead(result.ok ? 200 : STATUS[result.error.code], {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * The body's text. The request's listeners outlive the read (as long as the request does), so they
 * hold neither the chunks nor the way to the answer once it is given: a settled promise keeps its
 * value, and one still reachable from a listener kept the whole body for the request's life (issue 11).
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | ApiFailure> {
  return new Promise((resolve) => {
    let done: ((v: string | ApiFailure) => void) | null = resolve;
    let chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    const settle = (v: string | ApiFailure) => {
      const answer = done;
      done = null;
      chunks = [];
      answer?.(v);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks = [];
      } else if (!over) chunks.push(chunk);
    });
    req.on('end', () =>
      settle(
        over
          ? failWith('VALIDATION', { code: 'body_too_large', params: { kb: Math.round(limit / 1024) } })
          : Buffer.concat(chunks).toString('utf8'),
      ),
    );
    req.on('error', () => settle(failWith('VALIDATION', { code: 'body_incomplete' })));
  });
}

/**
 * The request's JSON, handed to the router as a Payload: neither the body's text nor the parsed input
 * stays in a frame of this request while its method runs (an import's file is tens of MB, issue 11).
 */
async function readInput(req: IncomingMessage, limit: number): Promise<Payload | ApiFailure> {
  const body = await readBody(req, limit);
  if (typeof body !== 'string') return body;
  try {
    return new Payload(body.trim() === '' ? {} : JSON.parse(body));
  } catch {
    return failWith('VALIDATION', { code: 'bad_json' });
  }
}

function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://local');
  const file = resolveStatic(staticDir, url.pathname);
  if (file === 'bad') {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('地址编码有误');
    return;
  }
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('未找到');
    return;
  }
  res.writeHead(200, {
    ...staticHeaders(file),
    'x-frame-options': 'DENY',
    'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
  });
  createReadStream(file).pipe(res);
}

/**
 * The web host: the built renderer, POST /api/<method> and GET /download/<token> (a file the back
 * end wrote, once), on loopback only.
 */
export function startHost(opts: HostOptions): Promise<{ server: Server; url: string }> {
  const hostname = opts.hostname ?? '127.0.0.1';
  let port = opts.port;
  const allowed = (): Set<string> => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      console.error('[gatepost] request failed:', e);
      if (!res.headersSent) void send(res, failWith('INTERNAL', { code: 'request_failed' }));
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://local');
    if (url.pathname.startsWith(DOWNLOAD_PREFIX)) {
      // The raw path, never decoded: a token is 32 hex digits, anything else is refused as it came.
      const token = url.pathname.slice(DOWNLOAD_PREFIX.length);
      if (!allowed().has(req.headers.host ?? '')) res.writeHead(403).end();
      else if (req.method !== 'GET') res.writeHead(405).end();
      else serveDownload(outboxFor(opts.context.paths.db), token, res);
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      serveStatic(opts.staticDir, req, res);
      return;
    }
    if (!allowed().has(req.headers.host ?? ''))
      return send(res, failWith('FORBIDDEN', { code: 'foreign_host' }));
    const origin = req.headers.origin;
    if (origin !== undefined && !allowed().has(origin.replace(/^https?:\/\//, ''))) {
      return send(res, failWith('FORBIDDEN', { code: 'foreign_origin' }));
    }
    if (req.method !== 'POST') return send(res, failWith('NOT_FOUND', { code: 'post_only' }));
    const input = await readInput(req, opts.maxBodyBytes ?? MAX_BODY_BYTES);
    if (!(input instanceof Payload)) return send(res, input);
    const operatorId = parseOperatorId(req.headers['x-gatepost-operator']);
    const session = parseSessionToken(req.headers['x-gatepost-session']);
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      return send(res, failWith('VALIDATION', { code: 'bad_method_path' }));
    }
    const job = req.headers['x-gatepost-job'];
    await send(
      res,
      await dispatch(opts.db, method, input, opts.context, {
        operatorId,
        session,
        jobId: typeof job === 'string' ? job : null,
      }),
    );
  }

  return new Promise((ok, ko) => {
    server.once('error', ko);
    server.listen(opts.port, hostname, () => {
      port = (server.address() as AddressInfo).port;
      ok({ server, url: `http://${hostname}:${port}/` });
    });
  });
}

export const defaultStaticDir = (root: string): string => join(root, 'out', 'renderer');
