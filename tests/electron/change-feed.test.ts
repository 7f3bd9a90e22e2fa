// The change feed, for real: a stored change reaches every listener, the browser host streams
// it to a tab that gives the token (and to no one else), and the desktop app's forwarding
// sends it to the app's own windows only.
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { feedFor, type Change } from '../../electron/handlers/change-feed';
import { startWebHost, type WebHost } from '../../electron/web/http-host';
import { forwardFeed, FEED_CHANNEL, type WindowLike } from '../../electron/main/ipc';
import { hostToken, TOKEN_FILE } from '../../electron/web/host-token';
import { call, makeDeps, tempDir } from './helpers';
import { firstItems, itemAt, valueAt } from '../helpers/indexed';

let host: WebHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function openHost() {
  const deps = makeDeps();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Rakor</title>');
  host = await startWebHost({ deps, staticDir, port: 0 });
  return { deps, host };
}

/** Read Server-Sent Events from a fetch response until `count` data messages came. */
async function readEvents(res: Response, count: number, ms = 5000): Promise<unknown[]> {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  const out: unknown[] = [];
  let buffer = '';
  const timer = setTimeout(() => void reader.cancel(), ms);
  try {
    while (out.length < count) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('\n');
        if (data) out.push(JSON.parse(data));
      }
    }
  } finally {
    clearTimeout(timer);
    await reader.cancel().catch(() => undefined);
  }
  return out;
}

describe('the change feed', () => {
  it('publishes every stored change of a meeting, with its revision, and nothing for a refused one', async () => {
    const deps = makeDeps();
    const seen: Change[] = [];
    const off = feedFor(deps.store).subscribe((c) => seen.push(c));
    const demo = await call(deps, 'meetings/load-demo', {});
    await call(deps, 'attendance/set-cells', { id: demo.id, cells: [{ unitCode: '3501', roleId: 'parmas', value: { status: 'hadir' } }] });
    const refused = await (
      await import('../../electron/handlers')
    ).dispatch(deps, 'attendance/set-cells', {
      id: demo.id,
      cells: [{ unitCode: '9999', roleId: 'parmas', value: { status: 'hadir' } }],
    });
    off();
    expect(refused.ok).toBe(false);
    expect(seen.map((c) => (c.type === 'meeting' ? [c.id, c.revision] : c.type))).toEqual([
      [demo.id, 0],
      [demo.id, 1],
    ]);
    const last = itemAt(seen, 1);
    expect(last.type === 'meeting' && valueAt(valueAt(last.meeting.attendance, '3501').cells, 'parmas').status).toBe('hadir');
  });

  it('keeps going when one listener throws', async () => {
    const deps = makeDeps();
    const seen: string[] = [];
    const offBad = feedFor(deps.store).subscribe(() => {
      throw new Error('window gone');
    });
    const off = feedFor(deps.store).subscribe((c) => seen.push(c.type));
    await call(deps, 'meetings/load-demo', {});
    off();
    offBad();
    expect(seen).toEqual(['meeting']);
  });

  it('streams to a browser tab with the token: first a hello, then each change', async () => {
    const { deps, host } = await openHost();
    const res = await fetch(`${host.origin}/api/feed`, { headers: { 'X-Rakor-Token': host.token } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = readEvents(res, 2);
    // Give the stream a moment to be registered before the change is made.
    await new Promise((r) => setTimeout(r, 50));
    const demo = await call(deps, 'meetings/load-demo', {});
    const [hello, change] = firstItems((await events) as Array<{ type: string; id?: string; revision?: number }>, 2);
    expect(hello.type).toBe('hello');
    expect(change).toMatchObject({ type: 'meeting', id: demo.id, revision: 0 });
  });

  it('refuses a tab without the token, with a wrong one, from a foreign Origin, or by POST', async () => {
    const { deps, host } = await openHost();
    const none = await fetch(`${host.origin}/api/feed`);
    const wrong = await fetch(`${host.origin}/api/feed`, { headers: { 'X-Rakor-Token': `x${host.token.slice(1)}` } });
    const foreign = await fetch(`${host.origin}/api/feed`, { headers: { 'X-Rakor-Token': host.token, Origin: 'http://evil.example' } });
    const inUrl = await fetch(`${host.origin}/api/feed?token=${host.token}`);
    const post = await fetch(`${host.origin}/api/feed`, {
      method: 'POST',
      headers: { 'X-Rakor-Token': host.token, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect([none.status, wrong.status, foreign.status, inUrl.status, post.status]).toEqual([401, 401, 403, 401, 405]);
    for (const r of [none, wrong, foreign, inUrl, post]) expect(((await r.json()) as { ok: boolean }).ok).toBe(false);
    // No refused request is left listening.
    expect(feedFor(deps.store).listenerCount).toBe(0);
  });

  it('stops listening when the tab goes away', async () => {
    const { deps, host } = await openHost();
    const controller = new AbortController();
    const res = await fetch(`${host.origin}/api/feed`, { headers: { 'X-Rakor-Token': host.token }, signal: controller.signal });
    await readEvents(res, 1);
    controller.abort();
    const until = Date.now() + 3000;
    while (feedFor(deps.store).listenerCount > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(feedFor(deps.store).listenerCount).toBe(0);
  });
});

describe("the desktop app's windows", () => {
  it('get every change on the feed channel, except a window showing another page or one already closed', async () => {
    const deps = makeDeps();
    const sent: Array<[string, string, unknown]> = [];
    const win = (name: string, url: string, destroyed = false): WindowLike => ({
      webContents: { send: (ch, data) => sent.push([name, ch, data]), isDestroyed: () => destroyed, getURL: () => url },
    });
    const windows = [win('app', 'app://rakor/index.html#/'), win('foreign', 'https://evil.example/'), win('closed', 'app://rakor/index.html', true)];
    const stop = forwardFeed(feedFor(deps.store), () => windows);
    const demo = await call(deps, 'meetings/load-demo', {});
    stop();
    await call(deps, 'attendance/set-note', { id: demo.id, unitCode: '3501', note: 'Sesudah berhenti' });
    expect(sent.map(([name, ch]) => [name, ch])).toEqual([['app', FEED_CHANNEL]]);
    expect(itemAt(sent, 0)[2]).toMatchObject({ type: 'meeting', id: demo.id });
  });
});

describe("the browser host's token", () => {
  it('is kept in the data folder, readable by its owner only, so an open tab survives a restart', () => {
    const dir = tempDir();
    const first = hostToken(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hostToken(dir)).toBe(first);
    const file = path.join(dir, TOKEN_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    // A damaged or emptied file gives a new token.
    fs.writeFileSync(file, 'kurz');
    const second = hostToken(dir);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
