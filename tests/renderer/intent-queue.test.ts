// The renderer's one write path, run against the real handlers and real files: the meeting's
// intent queue goes through the renderer's API client and a bridge shaped like Electron's
// preload (window.rakor.call) into dispatch. The bridge can hold a call (to type while it is
// in flight) or fail it once as a lost connection does; everything else is the real thing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/handlers';
import type { HandlerDeps } from '../../electron/handlers/types';
import type { Meeting } from '../../shared/domain/meeting';
import { speakerChangeIntents, type MeetingIntent } from '../../shared/domain/meeting-intents';
import { feedFor } from '../../electron/handlers/change-feed';
import { ReplacedStore } from '../../renderer/src/features/meeting-doc';
import { createMeetingQueue } from '../../renderer/src/features/meeting-queue';
import { IntentQueue } from '../../renderer/src/features/intent-queue';
import { call, makeDeps } from '../electron/helpers';
import { itemAt, valueAt } from '../helpers/indexed';

interface Bridge {
  calls: Array<{ method: string; input: Record<string, unknown> }>;
  /** While set, calls wait for release(). */
  hold: boolean;
  release(): void;
  /** Fail the next n calls as an unreachable host does. */
  failNext: number;
  call(method: string, input: Record<string, unknown>): Promise<unknown>;
}

/** The API client picks its transport once, so one bridge is installed and each test gets a fresh state and data folder. */
let active: { deps: HandlerDeps; bridge: Bridge } | null = null;
(globalThis as { window?: unknown }).window = {
  rakor: {
    call: (method: string, input: Record<string, unknown>) => active!.bridge.call(method, input),
  },
};

function newBridge(deps: HandlerDeps): Bridge {
  let waiters: Array<() => void> = [];
  const bridge: Bridge = {
    calls: [],
    hold: false,
    failNext: 0,
    release() {
      bridge.hold = false;
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    },
    async call(method: string, input: Record<string, unknown>) {
      bridge.calls.push({ method, input });
      if (bridge.hold) await new Promise<void>((r) => waiters.push(r));
      if (bridge.failNext > 0) {
        bridge.failNext--;
        return { ok: false, error: { code: 'offline', message: 'Tidak dapat menghubungi Rakor.' } };
      }
      return dispatch(deps, method, input);
    },
  };
  return bridge;
}

const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 2));
  }
};

const cells = (unitCode: string, status: 'hadir' | 'izin' = 'hadir'): MeetingIntent => ({
  method: 'attendance/set-cells',
  input: { cells: [{ unitCode, roleId: 'parmas', value: { status } }] },
});

let deps: HandlerDeps;
let bridge: Bridge;
let demo: Meeting;
let refused: unknown[];

async function openQueue(
  typingDelayMs = 20,
  hooks: { onStored?(intents: MeetingIntent[]): void; onReceived?(before: Meeting, after: Meeting): void } = {},
): Promise<IntentQueue<Meeting, MeetingIntent>> {
  refused = [];
  const q = createMeetingQueue(demo.id, { onChange: () => {}, onRefused: (err) => refused.push(err), typingDelayMs, ...hooks });
  q.load(await call(deps, 'meetings/get', { id: demo.id }));
  return q;
}

const stored = () => call(deps, 'meetings/get', { id: demo.id });

beforeEach(async () => {
  deps = makeDeps();
  bridge = newBridge(deps);
  active = { deps, bridge };
  demo = await call(deps, 'meetings/load-demo', {});
});

afterEach(() => {
  bridge.release();
  active = null;
});

describe('the meeting intent queue', () => {
  it('sends intents one at a time in the order they were made, and the view ends equal to what is stored', async () => {
    const q = await openQueue();
    const units = ['3501', '3502', '3503', '3505', '3506'];
    const acks = units.map((u) => q.push(cells(u)));
    // Shown at once, before any answer.
    for (const u of units) expect(valueAt(valueAt(q.view!.attendance, u).cells, 'parmas').status).toBe('hadir');
    await Promise.all(acks);
    expect(bridge.calls.map((c) => itemAt(c.input.cells as Array<{ unitCode: string }>, 0).unitCode)).toEqual(units);
    // No call names a revision: each applies to the meeting as stored (other tabs' changes are kept).
    expect(bridge.calls.map((c) => c.input.baseRevision)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    const s = await stored();
    expect(s.revision).toBe(5);
    expect(q.view).toEqual(s);
    expect(q.status).toBe('saved');
  });

  it('drops nothing typed while a call is in flight, also when a handler result is taken in meanwhile', async () => {
    const q = await openQueue();
    bridge.hold = true;
    const first = q.push(cells('3501'));
    await until(() => bridge.calls.length === 1);
    // Typed while the first call waits for its answer.
    void q.push(cells('3502', 'izin'));
    void q.push({ method: 'minutes/update', input: { patch: { conclusions: ['Disepakati bersama'] } } });
    // A call of its own (an import, say) goes in the same line; its result becomes the confirmed state.
    const own = q.run(() => call(deps, 'attendance/set-note', { id: demo.id, unitCode: '3504', note: 'dari impor' }));
    void q.push(cells('3503'));
    expect(valueAt(valueAt(q.view!.attendance, '3502').cells, 'parmas').status).toBe('izin');
    expect(q.view!.minutes.conclusions).toEqual(['Disepakati bersama']);
    expect(q.status).toBe('pending');
    bridge.release();
    await first;
    await own;
    await q.flush();
    const s = await stored();
    expect(valueAt(valueAt(s.attendance, '3501').cells, 'parmas').status).toBe('hadir');
    expect(valueAt(valueAt(s.attendance, '3503').cells, 'parmas').status).toBe('hadir');
    expect(valueAt(valueAt(s.attendance, '3502').cells, 'parmas').status).toBe('izin');
    expect(valueAt(s.attendance, '3504').note).toBe('dari impor');
    expect(s.minutes.conclusions).toEqual(['Disepakati bersama']);
    expect(q.view).toEqual(s);
  });

  it('keeps a change whose write failed on screen, with the error, and stores it on retry', async () => {
    const q = await openQueue();
    bridge.failNext = 1;
    await expect(q.push(cells('3501'))).rejects.toThrow('Tidak dapat menghubungi Rakor.');
    expect(q.status).toBe('error');
    expect(valueAt(valueAt(q.view!.attendance, '3501').cells, 'parmas').status).toBe('hadir');
    expect((await stored()).attendance['3501']).toBeUndefined();
    // The next change sends the failed one first, in order.
    await q.push(cells('3502'));
    await q.flush();
    const s = await stored();
    expect([valueAt(valueAt(s.attendance, '3501').cells, 'parmas').status, valueAt(valueAt(s.attendance, '3502').cells, 'parmas').status]).toEqual([
      'hadir',
      'hadir',
    ]);
    expect(q.status).toBe('saved');

    // Flushing tries again; when that fails too, the caller (an export) is told and nothing is lost.
    bridge.failNext = 2;
    await expect(q.push(cells('3503'))).rejects.toThrow();
    await expect(q.flush()).rejects.toThrow('Tidak dapat menghubungi Rakor.');
    expect(q.unsent).toHaveLength(1);
    q.retry();
    await until(() => q.status === 'saved');
    expect(valueAt(valueAt((await stored()).attendance, '3503').cells, 'parmas').status).toBe('hadir');
  });

  it('takes back only what the core refused and goes on with the rest', async () => {
    const q = await openQueue();
    const bad = q.push({ method: 'attendance/set-cells', input: { cells: [{ unitCode: '9999', roleId: 'parmas', value: { status: 'hadir' } }] } });
    const good = q.push(cells('3501'));
    await expect(bad).rejects.toMatchObject({ code: 'invalid_input' });
    await good;
    expect(refused).toHaveLength(1);
    expect(q.view!.attendance['9999']).toBeUndefined();
    expect(valueAt(valueAt(q.view!.attendance, '3501').cells, 'parmas').status).toBe('hadir');
    expect(q.status).toBe('saved');
  });

  it('merges typing in one field into few calls and loses no keystroke', async () => {
    const q = await openQueue(30);
    const speakerId = itemAt(demo.speakers, 0).id;
    const text = 'Evaluasi penulisan berita website KPU Kab/Kota';
    const acks: Promise<Meeting>[] = [];
    for (let i = 1; i <= text.length; i++) acks.push(q.push({ method: 'speakers/set-points', input: { speakerId, points: [text.slice(0, i)] } }));
    expect(bridge.calls).toHaveLength(0);
    await Promise.all(acks);
    expect(bridge.calls.length).toBeLessThanOrEqual(2);
    expect(itemAt((await stored()).speakers, 0).points).toEqual([text]);
  });

  it('on leaving the page sends everything still waiting at once, also while a call is in flight', async () => {
    const q = await openQueue(10_000);
    bridge.hold = true;
    void q.push(cells('3501'));
    await until(() => bridge.calls.length === 1);
    const speakerId = itemAt(demo.speakers, 0).id;
    void q.push({ method: 'speakers/update', input: { speakerId, patch: { name: 'Rochani' } } });
    void q.push({ method: 'speakers/set-points', input: { speakerId, points: ['Kerja sama dengan divisi hukum'] } });
    const left = q.flush({ keepalive: true });
    // The rest went at once, in one call, without waiting for the first answer or the typing pause.
    await until(() => bridge.calls.length === 2);
    expect(itemAt(bridge.calls, 1).method).toBe('meetings/apply-intents');
    bridge.release();
    await left;
    const s = await stored();
    expect(valueAt(valueAt(s.attendance, '3501').cells, 'parmas').status).toBe('hadir');
    expect([itemAt(s.speakers, 0).name, itemAt(s.speakers, 0).points]).toEqual(['Rochani', ['Kerja sama dengan divisi hukum']]);
  });
});

describe('IntentQueue without a document loaded', () => {
  it('refuses a change rather than losing it silently', async () => {
    const q = new IntentQueue<number, number>({ apply: (d, i) => d + i, send: async (i) => i });
    await expect(q.push(1)).rejects.toThrow('Dokumen belum dimuat.');
  });
});

describe('two windows on one meeting (live updates)', () => {
  /** Each queue takes what the core publishes, as meeting-doc.ts does with the change feed. */
  function follow(q: IntentQueue<Meeting, MeetingIntent>) {
    return feedFor(deps.store).subscribe((c) => {
      if (c.type === 'meeting' && c.id === demo.id) q.receive(c.meeting);
    });
  }
  /** A queue with its ReplacedStore wired as meeting-doc.ts wires them. */
  async function openWithNotices() {
    let store: ReplacedStore | null = null;
    const q = await openQueue(20, { onStored: (i) => store?.stored(i), onReceived: (b, a) => store?.received(b, a) });
    store = new ReplacedStore(q);
    return { q, store };
  }
  const points = (m: Meeting | null, i = 0) => itemAt(m!.speakers, i).points;
  const setPoints = (m: Meeting, speaker: number, edit: (p: string[]) => string[]): MeetingIntent =>
    itemAt(speakerChangeIntents(itemAt(m.speakers, speaker), { ...itemAt(m.speakers, speaker), points: edit([...itemAt(m.speakers, speaker).points]) }), 0);

  it("each sees the other's change without reloading, and both changes are stored", async () => {
    const a = await openQueue();
    const b = await openQueue();
    const offA = follow(a);
    const offB = follow(b);
    try {
      await a.push(cells('3501'));
      await b.push(setPoints(b.view!, 0, (p) => [...p, 'Poin dari jendela B']));
      expect(valueAt(valueAt(b.view!.attendance, '3501').cells, 'parmas').status).toBe('hadir');
      expect(points(a.view).at(-1)).toBe('Poin dari jendela B');
      const s = await stored();
      expect(a.view).toEqual(s);
      expect(b.view).toEqual(s);
    } finally {
      offA();
      offB();
    }
  });

  it('keeps both when two windows type in different points of one speaker at the same moment', async () => {
    const a = await openQueue();
    const b = await openQueue();
    // Neither has seen the other's change when it sends its own.
    const fromA = setPoints(a.view!, 0, (p) => ((p[0] = `${p[0]} (A)`), p));
    const fromB = setPoints(b.view!, 0, (p) => ((p[1] = `${p[1]} (B)`), p));
    await a.push(fromA);
    await b.push(fromB);
    const s = await stored();
    expect(points(s)[0]).toMatch(/ \(A\)$/);
    expect(points(s)[1]).toMatch(/ \(B\)$/);
  });

  it('lets the later edit of the same point win and tells the window whose text was replaced, which can put it back', async () => {
    const { q: a, store: replacedA } = await openWithNotices();
    const b = await openQueue();
    const offA = follow(a);
    try {
      await a.push(setPoints(a.view!, 0, (p) => ((p[0] = 'Teks dari jendela A'), p)));
      expect(replacedA.get('points:' + itemAt(demo.speakers, 0).id + ':0')).toBeUndefined();
      await b.push(setPoints(b.view!, 0, (p) => ((p[0] = 'Teks dari jendela B'), p)));
      const key = `points:${itemAt(demo.speakers, 0).id}:0`;
      expect(points(a.view)[0]).toBe('Teks dari jendela B');
      expect(replacedA.get(key)).toEqual({ key, mine: 'Teks dari jendela A', theirs: 'Teks dari jendela B' });
      await replacedA.restore(key);
      expect(replacedA.get(key)).toBeUndefined();
      expect(points(await stored())[0]).toBe('Teks dari jendela A');
    } finally {
      offA();
    }
  });

  it('takes no older or equal revision, so its own change coming back changes nothing', async () => {
    const received: number[] = [];
    const a = await openQueue(20, { onReceived: (_b, after) => received.push(after.revision ?? 0) });
    const s = await a.push(cells('3501'));
    a.receive(s);
    a.receive({ ...s, revision: (s.revision ?? 0) - 1 });
    expect(received).toEqual([]);
    expect(a.view).toEqual(s);
    a.receive({ ...s, revision: (s.revision ?? 0) + 1 });
    expect(received).toEqual([(s.revision ?? 0) + 1]);
  });

  it('holds what the feed brings while its own call is on its way, and takes it after the answer only if newer', async () => {
    const received: number[] = [];
    const a = await openQueue(20, { onReceived: (_b, after) => received.push(after.revision ?? 0) });
    const offA = follow(a);
    try {
      // Its own change comes back through the feed before the answer: no second take.
      await a.push(cells('3501'));
      expect(received).toEqual([]);
      // Another window's change lands while this window's call is held on its way: taken after the answer.
      bridge.hold = true;
      const mine = a.push(cells('3502'));
      await until(() => bridge.calls.length > 0 && bridge.calls.at(-1)!.method === 'attendance/set-cells');
      await dispatch(deps, 'attendance/set-note', { id: demo.id, unitCode: '3505', note: 'Dari jendela lain' });
      expect(received).toEqual([]);
      bridge.release();
      await mine;
      const s = await stored();
      expect(a.view).toEqual(s);
      expect(valueAt(a.view!.attendance, '3505').note).toBe('Dari jendela lain');
    } finally {
      offA();
    }
  });

  it("keeps what is typed while another window's change arrives, and sends it on top", async () => {
    const a = await openQueue(60_000);
    const b = await openQueue();
    const offA = follow(a);
    try {
      // Typing waits in A's queue (a long typing delay) while B stores a cell.
      void a.push(setPoints(a.view!, 1, (p) => [...p, 'Sedang diketik di A']));
      await b.push(cells('3502', 'izin'));
      expect(valueAt(valueAt(a.view!.attendance, '3502').cells, 'parmas').status).toBe('izin');
      expect(points(a.view, 1).at(-1)).toBe('Sedang diketik di A');
      await a.flush();
      const s = await stored();
      expect(points(s, 1).at(-1)).toBe('Sedang diketik di A');
      expect(valueAt(valueAt(s.attendance, '3502').cells, 'parmas').status).toBe('izin');
    } finally {
      offA();
    }
  });
});
