// The change feed on the page's side: one connection per page, shared by everyone who listens
// (the meeting page, the meetings list). In the desktop app the preload hands the core's
// messages over (window.rakor.onFeed); in the browser it is a fetch of /api/feed read as a
// stream of Server-Sent Events, with the token in a header like every other call. A feed that
// drops (the host restarted, the laptop slept) reconnects by itself, sooner at first, and
// every (re)connection is announced, so each listener reads once what it may have missed.
import type { Meeting } from '../../../shared/domain/meeting';
import { browserToken } from './client';

export type FeedChange = { type: 'meeting'; doc: string; id: string; revision: number; meeting: Meeting } | { type: 'reset' };

export interface FeedListener {
  /** A change stored by the core (also this page's own, which the queue recognises by its revision). */
  onChange(change: FeedChange): void;
  /** The feed is (again) connected: read what may have changed meanwhile. */
  onConnect?(): void;
  /** The feed dropped; it reconnects by itself. */
  onDisconnect?(): void;
}

const listeners = new Set<FeedListener>();
let stop: (() => void) | null = null;
let connected = false;

function emit(fn: (l: FeedListener) => void) {
  for (const l of [...listeners]) {
    try {
      fn(l);
    } catch {
      // One listener's failure does not stop the others.
    }
  }
}

function isChange(v: unknown): v is FeedChange {
  const c = v as { type?: unknown; id?: unknown; meeting?: unknown } | null;
  return Boolean(c && (c.type === 'reset' || (c.type === 'meeting' && typeof c.id === 'string' && c.meeting && typeof c.meeting === 'object')));
}

function startElectron(onFeed: (listener: (change: unknown) => void) => () => void): () => void {
  const off = onFeed((change) => {
    if (isChange(change)) emit((l) => l.onChange(change));
  });
  connected = true;
  // The window may have missed changes before it listened.
  queueMicrotask(() => emit((l) => l.onConnect?.()));
  return off;
}

/** Reconnect delays: quick at first, at most every 5 s while the host is away. */
const RETRY_MS = [250, 500, 1000, 2000, 5000];

function startBrowser(): () => void {
  let stopped = false;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;

  const handle = (block: string) => {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    if (!data) return;
    let value: unknown;
    try {
      value = JSON.parse(data);
    } catch {
      return;
    }
    if ((value as { type?: unknown })?.type === 'hello') {
      attempt = 0;
      connected = true;
      emit((l) => l.onConnect?.());
    } else if (isChange(value)) {
      emit((l) => l.onChange(value));
    }
  };

  const connect = async () => {
    controller = new AbortController();
    try {
      const res = await fetch('/api/feed', { headers: { 'X-Rakor-Token': browserToken() }, signal: controller.signal, cache: 'no-store' });
      if (!res.ok || !res.body) throw new Error(`feed ${res.status}`);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Dropped or refused: try again below.
    }
    if (stopped) return;
    if (connected) {
      connected = false;
      emit((l) => l.onDisconnect?.());
    }
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)];
    attempt++;
    timer = setTimeout(() => void connect(), delay);
  };

  void connect();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    controller?.abort();
  };
}

/** Listen to the change feed until the returned function is called. */
export function listenToFeed(listener: FeedListener): () => void {
  listeners.add(listener);
  if (!stop) {
    const onFeed = typeof window !== 'undefined' ? window.rakor?.onFeed : undefined;
    if (typeof window !== 'undefined' && window.rakor) stop = onFeed ? startElectron(onFeed.bind(window.rakor)) : () => {};
    else stop = startBrowser();
  } else if (connected) {
    // Joining a feed that is already up: read once what this listener has not seen.
    queueMicrotask(() => listener.onConnect?.());
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stop) {
      stop();
      stop = null;
      connected = false;
    }
  };
}

/** Whether the feed is connected now (the page shows when it is not). */
export function feedConnected(): boolean {
  return connected;
}
