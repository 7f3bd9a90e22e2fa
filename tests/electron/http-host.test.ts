// The browser host as an attacker on the same machine and an unlucky user meet it: requests
// that once ended the process (a NUL in the path, a bad percent-escape, a connection reset in
// the middle of an upload), faults planted inside request handling, and a bounded fuzz run of
// random requests. Every one is sent over a real socket to the real host process on
// 127.0.0.1; each must be answered, and the process must still be running afterwards.
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../shared/contract';
import { tempDir } from './helpers';
import { startHostProcess, type HostProcess } from './host-process';

interface RawAnswer {
  status: number | null;
  text: string;
}

/** Send raw bytes, return the status of the first answer (null when none came within the time). */
function raw(port: number, request: Buffer | string, timeoutMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (d) => {
      text += d.toString('latin1');
      // The status line is the answer; the rest of the body does not matter here.
      if (/^HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n/.test(text) && !text.startsWith('HTTP/1.1 100')) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.write(request);
  });
}

function request(host: HostProcess, method: string, target: string, headers: Record<string, string> = {}, body = ''): string {
  const all = { Host: new URL(host.origin).host, ...headers, 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' };
  return `${method} ${target} HTTP/1.1\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n')}\r\n\r\n${body}`;
}

async function stillServes(host: HostProcess) {
  expect(host.proc.exitCode).toBeNull();
  expect(host.proc.signalCode).toBeNull();
  const info = await host.call('app/info', {});
  expect(info.ok).toBe(true);
}

describe('requests that used to end the host', () => {
  let host: HostProcess;
  beforeAll(async () => {
    host = await startHostProcess(tempDir());
  });
  afterAll(async () => {
    await host.stop();
  });

  it('a NUL, a bad percent-escape or a strange target gets 400/403/404, with or without the token', async () => {
    const port = Number(new URL(host.origin).port);
    const token = { 'X-Rakor-Token': host.token, 'Content-Type': 'application/json' };
    const cases: Array<[string, string, Record<string, string>, number[]]> = [
      ['GET', '/%00', {}, [400]],
      ['GET', '/index.html%00.png', {}, [400]],
      ['GET', '/assets/%00/../index.html', {}, [400, 404]],
      ['GET', '/assets/%00', {}, [400]],
      ['GET', '/%ff', {}, [400]],
      ['GET', '/%E0%A4%A', {}, [400]],
      ['GET', '/..%2f..%2f..%2fetc%2fpasswd', {}, [403, 404]],
      ['GET', '/%5c..%5c..%5cetc%5cpasswd', {}, [400]],
      ['GET', '/tidak-ada.js', {}, [404]],
      ['POST', '/api/%ff', {}, [401]],
      ['POST', '/api/%ff', token, [404]],
      ['POST', '/api/%00', token, [404]],
      ['POST', '/api/meetings%2Flist%00', token, [404]],
      ['POST', '/api/..%2f..%2fetc', token, [404]],
      ['GET', 'http://[', {}, [400]],
      ['GET', '*', {}, [400, 404]],
    ];
    for (const [method, target, headers, expected] of cases) {
      const answer = await raw(port, request(host, method, target, headers, method === 'POST' ? '{}' : ''));
      expect(expected, `${method} ${target} -> ${answer.status}`).toContain(answer.status);
    }
    // A raw NUL in the request line is refused by the HTTP parser itself, with an answer.
    expect((await raw(port, `GET /\0 HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\n\r\n`)).status).toBe(400);
    expect((await raw(port, `GET / HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\nX-Big: ${'a'.repeat(70_000)}\r\n\r\n`)).status).toBe(431);
    await stillServes(host);
  });

  it('a client that resets the connection in the middle of an upload, and one that announces too much', async () => {
    const port = Number(new URL(host.origin).port);
    for (let round = 0; round < 3; round++) {
      await new Promise<void>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => {
          socket.write(
            `POST /api/backups/import-archive HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\nX-Rakor-Token: ${host.token}\r\n` +
              `Content-Type: application/json\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n{"base64":"`,
          );
          socket.write(Buffer.alloc(2 * 1024 * 1024, 'A'), () => {
            // A tab reloaded mid-upload: the browser resets the connection.
            setTimeout(() => {
              socket.resetAndDestroy();
              resolve();
            }, 50);
          });
        });
        socket.on('error', () => resolve());
      });
    }
    const tooLarge = await raw(
      port,
      `POST /api/backups/import-archive HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\nX-Rakor-Token: ${host.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n\r\n{"base64":"`,
    );
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.text).toContain('Berkas terlalu besar');
    await new Promise((r) => setTimeout(r, 200));
    await stillServes(host);
    expect(host.output()).toMatch(/\[api\] POST backups\/import-archive: (ECONNRESET|ERR_STREAM_PREMATURE_CLOSE|Error)/);
  });
});

describe('the process-level net', () => {
  it('answers 500 to a request whose handling throws from a callback or leaves a rejection, logs no personal data, and keeps running', async () => {
    const host = await startHostProcess(tempDir(), { entry: 'tests/electron/fault-host-entry.ts' });
    try {
      const port = Number(new URL(host.origin).port);
      const headers = { 'X-Rakor-Token': host.token, 'Content-Type': 'application/json' };
      for (const fault of ['throw', 'reject']) {
        const body = JSON.stringify({ url: `https://rahasia.example/${fault}?nama=Budi%20Santoso` });
        const answer = await raw(port, request(host, 'POST', '/api/app%2Fopen-link', headers, body));
        expect(answer.status, fault).toBe(500);
        expect(answer.text).toContain('Terjadi kesalahan di aplikasi');
      }
      await stillServes(host);
      const log = host.output();
      expect(log).toContain('[api] POST app/open-link: uncaught EPLANTED');
      expect(log).toContain('[api] POST app/open-link: unhandled EREJECTED');
      expect(log).not.toMatch(/rahasia|Budi|planted/);
    } finally {
      await host.stop();
    }
  });
});

describe('fuzzing the host with random requests (bounded, 127.0.0.1 only)', () => {
  it('answers every request and is still running afterwards', async () => {
    const host = await startHostProcess(tempDir());
    const port = Number(new URL(host.origin).port);
    const goodHost = new URL(host.origin).host;
    const piece = fc.oneof(
      fc.constantFrom(
        '/',
        '/api/',
        'api',
        'index.html',
        'assets',
        '..',
        '.',
        '%00',
        '%ff',
        '%',
        '%2',
        '%zz',
        '%2e%2e',
        '%2f',
        '%5c',
        '%E0%A4%A',
        '%C0%AF',
        '%0d%0a',
        '?',
        '#',
        ';',
        '~',
        '\\',
      ),
      fc.constantFrom(...METHOD_NAMES, ...METHOD_NAMES.map(encodeURIComponent)),
      fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=:@%-]{0,12}$/),
    );
    const target = fc.oneof(
      fc.array(piece, { maxLength: 6 }).map((parts) => `/${parts.join('')}`),
      fc.constantFrom('*', 'http://[', `http://${goodHost}/`, '//x', ''),
    );
    const method = fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE'), fc.stringMatching(/^[A-Z]{1,8}$/));
    const headerName = fc.oneof(
      fc.constantFrom('Origin', 'Content-Type', 'X-Rakor-Token', 'Cookie', 'Referer', 'Accept', 'Range', 'If-None-Match', 'Accept-Encoding', 'X-Forwarded-For'),
      fc.stringMatching(/^X-[A-Za-z0-9-]{1,16}$/),
    );
    const headerValue = fc.oneof(
      fc.constantFrom('application/json', 'text/plain', 'http://evil.example', `http://${goodHost}`, 'null', 'bytes=0-1,5-', ''),
      fc.stringMatching(/^[\x20-\x7e]{0,40}$/),
    );
    const body = fc.oneof(
      fc.constant(''),
      fc.json({ maxDepth: 3 }),
      fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b).toString('latin1')),
      fc.constantFrom('{"id":"../../etc/passwd"}', '{"base64":"UEsDBA=="}', '{"meeting":null}', '{'),
    );
    const requestArb = fc.record({
      method,
      target,
      host: fc.oneof({ weight: 5, arbitrary: fc.constant(goodHost) }, { weight: 1, arbitrary: fc.constantFrom('evil.example', `localhost:${port}`, '') }),
      token: fc.constantFrom('good', 'none', 'wrong'),
      headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 5 }),
      json: fc.boolean(),
      body,
    });
    const started = Date.now();
    let sent = 0;
    let unanswered = 0;
    try {
      await fc.assert(
        fc.asyncProperty(requestArb, async (r) => {
          const lines = [`${r.method} ${r.target} HTTP/1.1`, `Host: ${r.host}`];
          if (r.token === 'good') lines.push(`X-Rakor-Token: ${host.token}`);
          if (r.token === 'wrong') lines.push(`X-Rakor-Token: ${host.token.slice(1)}x`);
          if (r.json) lines.push('Content-Type: application/json');
          for (const [k, v] of r.headers) lines.push(`${k}: ${v}`);
          const bytes = Buffer.from(r.body, 'latin1');
          lines.push(`Content-Length: ${bytes.length}`, 'Connection: close');
          sent++;
          const answer = await raw(port, Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), bytes]));
          if (answer.status === null) unanswered++;
          expect(answer.status, `${r.method} ${JSON.stringify(r.target)}`).not.toBeNull();
          expect(host.proc.exitCode).toBeNull();
        }),
        // A few thousand requests, and never more than a minute of them on a shared machine.
        { numRuns: 3000, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: false },
      );
    } finally {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.log(`HTTP fuzz: ${sent} requests in ${seconds} s, ${unanswered} unanswered`);
    }
    expect(sent).toBeGreaterThanOrEqual(1000);
    await stillServes(host);
    expect(host.output()).not.toContain('Rakor berhenti');
    await host.stop();
  }, 120_000);
});
