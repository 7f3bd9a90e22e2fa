// The browser host: the same UI and contract as the Electron app, over HTTP on 127.0.0.1
// only. Every API call must carry the token made at launch; foreign Origins and Host
// headers (DNS rebinding) are refused. Every request gets an answer, and no request, with or
// without the token, can end the process (see installProcessNet).
import http from 'node:http';
import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type Logger } from '../handlers';
import { isMethodName } from '../../shared/contract';
import { errors } from '../../shared/errors';
import type { HandlerDeps } from '../handlers/types';
import { feedFor, type Change } from '../handlers/change-feed';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The change feed's address (see openFeed). */
export const FEED_PATH = '/api/feed';
/** Tabs that may listen at once, and how far one may fall behind before it is cut off. */
const MAX_FEEDS = 64;
const MAX_FEED_BACKLOG = 32 * 1024 * 1024;

/** Content types of the built UI's files, for both ways of serving it (this host and app://). */
export const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebHostOptions {
  deps: HandlerDeps;
  staticDir: string;
  port: number;
  token?: string;
  log?: Logger;
}

export interface WebHost {
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** The request being handled, for the process-level net: it can still answer that request. */
interface RequestContext {
  /** What the log may say about the request: the HTTP method and the contract method, never the path or the body. */
  label: string;
  res: http.ServerResponse;
}

const requestContext = new AsyncLocalStorage<RequestContext>();

function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException | undefined;
  const code = typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'Error';
  return code.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40) || 'Error';
}

/** Answer 500 unless an answer is already on its way; a connection already gone is just closed. */
function answerInternal(res: http.ServerResponse) {
  if (res.headersSent || res.writableEnded || res.destroyed) {
    if (!res.writableEnded) res.destroy();
    return;
  }
  const e = errors.internal();
  sendJson(res, 500, { ok: false, error: { code: e.code, message: e.message } });
}

/**
 * The process-level net of the browser host: an exception or a rejected promise that escapes
 * while a request is handled is logged (HTTP method, contract method and error code only: no
 * path, no body, no personal data) and that request is answered with 500. The host keeps
 * running. A fault outside any request (at start) still ends the process, as before.
 */
export function installProcessNet(log: Logger): void {
  const caught = (kind: string) => (err: unknown) => {
    const ctx = requestContext.getStore();
    if (!ctx) {
      console.error(`Rakor berhenti karena kesalahan tak terduga (${errorCode(err)}).`);
      process.exit(1);
    }
    log(`${ctx.label}: ${kind} ${errorCode(err)}`);
    answerInternal(ctx.res);
  };
  process.on('uncaughtException', caught('uncaught'));
  process.on('unhandledRejection', caught('unhandled'));
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendJson(res: http.ServerResponse, status: number, value: unknown) {
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

/** Each change as one event of the stream, made once however many tabs listen (a meeting is tens of KB). */
const feedEvents = new WeakMap<Change, string>();
function feedEvent(change: Change): string {
  let text = feedEvents.get(change);
  if (text === undefined) {
    text = `data: ${JSON.stringify(change)}\n\n`;
    feedEvents.set(change, text);
  }
  return text;
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? crypto.randomBytes(32).toString('base64url');
  const log = opts.log ?? (() => {});
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);
  const staticRoot = path.resolve(opts.staticDir);
  let openFeeds = 0;

  const server = http.createServer((req, res) => {
    const ctx: RequestContext = { label: String(req.method).slice(0, 10), res };
    requestContext.run(ctx, () => {
      try {
        route(req, res, ctx).catch((err: unknown) => {
          log(`${ctx.label}: ${errorCode(err)}`);
          answerInternal(res);
        });
      } catch (err) {
        log(`${ctx.label}: ${errorCode(err)}`);
        answerInternal(res);
      }
    });
  });
  // A request Node cannot parse (bad request line, bad header) gets 400 (431 for headers too
  // large, 408 for one that never finished) and is closed.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });

  async function route(req: http.IncomingMessage, res: http.ServerResponse, ctx: RequestContext) {
    // A client that goes away mid-request (a tab reloaded during an upload) is not an error.
    req.on('error', () => {});
    res.on('error', () => {});
    const host = req.headers.host ?? '';
    if (!allowedHosts().includes(host)) {
      sendJson(res, 403, { ok: false, error: { code: 'forbidden_host', message: 'Akses ditolak.' } });
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `http://${host}`);
    } catch {
      send(res, 400, 'Bad Request', 'text/plain');
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url, ctx);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', 'text/plain');
      return;
    }
    await serveStatic(url.pathname, res);
  }

  async function serveStatic(pathname: string, res: http.ServerResponse) {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      send(res, 400, 'Bad Request', 'text/plain');
      return;
    }
    // A NUL byte makes every file API throw; no file of the UI has one (or a backslash) in its name.
    if (rel.includes('\0') || rel.includes('\\')) {
      send(res, 400, 'Bad Request', 'text/plain');
      return;
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = path.resolve(staticRoot, `.${rel}`);
    if (!file.startsWith(staticRoot + path.sep)) {
      send(res, 403, 'Forbidden', 'text/plain');
      return;
    }
    let data: Buffer;
    try {
      data = await fs.promises.readFile(file);
    } catch {
      send(res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
      return;
    }
    const type = STATIC_TYPES[path.extname(file)] ?? 'application/octet-stream';
    const cache: Record<string, string> = rel.startsWith('/assets/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
    send(res, 200, data, type, { 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY', ...cache });
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, ctx: RequestContext) {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      sendJson(res, 403, { ok: false, error: { code: 'forbidden_origin', message: 'Akses ditolak.' } });
      return;
    }
    const given = req.headers['x-rakor-token'];
    if (typeof given !== 'string' || !safeEqual(given, token)) {
      sendJson(res, 401, {
        ok: false,
        error: { code: 'unauthorized', message: 'Token akses tidak valid. Buka aplikasi dari tautan yang dicetak saat dijalankan.' },
      });
      return;
    }
    if (url.pathname === FEED_PATH) {
      openFeed(req, res, ctx);
      return;
    }
    if (req.method !== 'POST') {
      sendJson(res, 405, { ok: false, error: { code: 'method', message: 'Gunakan POST.' } });
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, { ok: false, error: { code: 'content_type', message: 'Format permintaan tidak didukung.' } });
      return;
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice('/api/'.length));
    } catch {
      method = '';
    }
    if (!isMethodName(method)) {
      sendJson(res, 404, { ok: false, error: { code: 'unknown_method', message: 'Perintah tidak dikenal.' } });
      return;
    }
    ctx.label = `${ctx.label} ${method}`;
    const tooLarge = () => {
      res.setHeader('Connection', 'close');
      sendJson(res, 413, { ok: false, error: { code: 'too_large', message: 'Berkas terlalu besar (maks. 64 MB).' } });
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
      tooLarge();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > MAX_BODY_BYTES) {
          // Stop reading; the answer goes out first, then the connection is closed.
          tooLarge();
          res.once('finish', () => req.destroy());
          return;
        }
        chunks.push(chunk as Buffer);
      }
    } catch (err) {
      // The client reset the connection mid-upload: nobody is left to answer.
      log(`${ctx.label}: ${errorCode(err)}`);
      res.destroy();
      return;
    }
    let input: unknown;
    try {
      input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'bad_json', message: 'Permintaan tidak valid.' } });
      return;
    }
    const result = await dispatch(opts.deps, method, input, log);
    sendJson(res, 200, result);
  }

  /**
   * The change feed of a tab: Server-Sent Events on a response the page reads with fetch, so
   * the token travels in a header as for every other call (EventSource cannot send one, and a
   * token in a URL ends up in logs and history). It starts with a "hello" (the page then
   * catches up with one read), carries every stored change, and a comment every 15 s keeps it
   * open through idle time. A tab that falls far behind is cut off; it reconnects and catches up.
   */
  function openFeed(req: http.IncomingMessage, res: http.ServerResponse, ctx: RequestContext) {
    ctx.label = `${ctx.label} feed`;
    if (req.method !== 'GET') {
      sendJson(res, 405, { ok: false, error: { code: 'method', message: 'Gunakan GET untuk umpan perubahan.' } });
      return;
    }
    if (openFeeds >= MAX_FEEDS) {
      sendJson(res, 429, { ok: false, error: { code: 'too_many', message: 'Terlalu banyak tab terbuka pada Rakor ini.' } });
      return;
    }
    openFeeds++;
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    const write = (chunk: string) => {
      if (res.writableEnded || res.destroyed) return;
      if (res.writableLength > MAX_FEED_BACKLOG) {
        res.destroy();
        return;
      }
      res.write(chunk);
    };
    write(`data: ${JSON.stringify({ type: 'hello' })}\n\n`);
    const unsubscribe = feedFor(opts.deps.store).subscribe((change) => write(feedEvent(change)));
    const ping = setInterval(() => write(': ping\n\n'), 15_000);
    ping.unref();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      openFeeds--;
      clearInterval(ping);
      unsubscribe();
    };
    res.on('close', end);
    req.on('close', end);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
