// The browser host: the same UI and contract as the Electron app, over HTTP on 127.0.0.1
// only. Every API call must carry the token made at launch; foreign Origins and Host
// headers (DNS rebinding) are refused.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { dispatch, type Logger } from '../handlers';
import type { HandlerDeps } from '../handlers/types';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

const MAX_BODY_BYTES = 64 * 1024 * 1024;

const TYPES: Record<string, string> = {
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

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const token = opts.token ?? crypto.randomBytes(32).toString('base64url');
  const log = opts.log ?? (() => {});
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];
  const allowedOrigins = () => allowedHosts().map((h) => `http://${h}`);
  const staticRoot = path.resolve(opts.staticDir);

  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (!allowedHosts().includes(host)) {
      sendJson(res, 403, { ok: false, error: { code: 'forbidden_host', message: 'Akses ditolak.' } });
      return;
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith('/api/')) {
      void handleApi(req, res, url);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method Not Allowed', 'text/plain');
      return;
    }
    serveStatic(url.pathname, res);
  });

  function serveStatic(pathname: string, res: http.ServerResponse) {
    let rel: string;
    try {
      rel = decodeURIComponent(pathname);
    } catch {
      send(res, 400, 'Bad Request', 'text/plain');
      return;
    }
    if (rel === '/' || rel === '') rel = '/index.html';
    const file = path.resolve(staticRoot, `.${rel}`);
    if (!file.startsWith(staticRoot + path.sep)) {
      send(res, 403, 'Forbidden', 'text/plain');
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        send(res, 404, 'Tidak ditemukan', 'text/plain; charset=utf-8');
        return;
      }
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const cache: Record<string, string> = rel.startsWith('/assets/') ? { 'Cache-Control': 'public, max-age=31536000, immutable' } : {};
      send(res, 200, data, type, { 'Content-Security-Policy': CSP, 'X-Frame-Options': 'DENY', ...cache });
    });
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().includes(origin)) {
      sendJson(res, 403, { ok: false, error: { code: 'forbidden_origin', message: 'Akses ditolak.' } });
      return;
    }
    const given = req.headers['x-rakor-token'];
    if (typeof given !== 'string' || !safeEqual(given, token)) {
      sendJson(res, 401, { ok: false, error: { code: 'unauthorized', message: 'Token akses tidak valid. Buka aplikasi dari tautan yang dicetak saat dijalankan.' } });
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
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        sendJson(res, 413, { ok: false, error: { code: 'too_large', message: 'Berkas terlalu besar (maks. 64 MB).' } });
        req.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let input: unknown;
    try {
      input = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
    } catch {
      sendJson(res, 400, { ok: false, error: { code: 'bad_json', message: 'Permintaan tidak valid.' } });
      return;
    }
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    const result = await dispatch(opts.deps, method, input, log);
    sendJson(res, 200, result);
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
