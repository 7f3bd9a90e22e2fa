// The app:// protocol: serves the built renderer to the desktop window. Only the host
// `rakor`, only files inside the renderer folder, with the same CSP as the browser host.
// Kept free of 'electron' (it answers a URL with a web Response) so it runs in plain Node.
import fs from 'node:fs/promises';
import path from 'node:path';
import { CSP, STATIC_TYPES } from '../web/http-host';

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}

export async function appProtocolResponse(requestUrl: string, rendererDir: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return plain(400, 'Bad Request');
  }
  if (url.protocol !== 'app:' || url.host !== 'rakor') return plain(403, 'Forbidden');
  let rel: string;
  try {
    // A malformed escape such as "%E0%A4%A" makes decodeURIComponent throw: that is the
    // request's fault, not a crash of the handler.
    rel = decodeURIComponent(url.pathname);
  } catch {
    return plain(400, 'Bad Request');
  }
  if (rel.includes('\0')) return plain(400, 'Bad Request');
  if (rel === '/' || rel === '') rel = '/index.html';
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep)) return plain(403, 'Forbidden');
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return plain(404, 'Tidak ditemukan');
  }
  return new Response(new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': STATIC_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
