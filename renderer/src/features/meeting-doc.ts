// A meeting being edited: every change is an intent (attendance/set-cells, speakers/add,
// minutes/update, ...) that shows at once and goes through the meeting's one intent queue to
// the core, which applies the same shared function and checks the rules. Typing in a field is
// merged for a quarter of a second; nothing waits for a save button and nothing is dropped.
// Other windows' changes arrive through the change feed and show within a moment.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { api } from '../api/client';
import { listenToFeed } from '../api/feed';
import type { Meeting } from '../../../shared/domain/meeting';
import type { MeetingIntent } from '../../../shared/domain/meeting-intents';
import { fieldsOfIntent, intentToSetField, replacedFields, type ReplacedField } from '../../../shared/domain/meeting-fields';
import type { IntentQueue, QueueStatus } from './intent-queue';
import { createMeetingQueue } from './meeting-queue';
import { notifyError } from '../components/notify';

export { SAVE_DELAY_MS } from './meeting-queue';

export type SaveStatus = QueueStatus;

export interface MeetingDoc {
  meeting: Meeting | null;
  loadError: unknown;
  status: SaveStatus;
  saveError: unknown;
  /** The meeting as shown right now (also between renders, for quick successive keys). */
  current(): Meeting | null;
  /** Apply an intent on screen now and send it; resolves when stored, rejects when refused. */
  apply(intent: MeetingIntent): Promise<Meeting>;
  /** Run another call on the meeting (an import, finalising, marking invitations sent) in the queue's order and take its result. */
  run(call: () => Promise<Meeting>): Promise<Meeting>;
  /** Send everything now and wait (before an export or an action on the stored meeting); rejects when a change is not stored. */
  flush(): Promise<void>;
  /** Load the meeting as stored, dropping changes not saved (the user's choice after a conflict). */
  reload(): Promise<void>;
  /** Take what a handler returned (already stored); changes still waiting are kept on top of it. */
  replace(m: Meeting): void;
  /** Text of this window that another window's later change replaced, by field (see meeting-fields.ts). */
  replaced: ReplacedStore;
  /**
   * Be told of every change of the meeting on screen, in the same render as the page: for a
   * part of the page that reads current() apart from it (useSyncExternalStore).
   */
  subscribe(listener: () => void): () => void;
}

/** How many fields a window remembers having stored, newest kept. */
const REMEMBERED_FIELDS = 1000;

/**
 * What this window last stored in each text field, and the fields whose text another
 * window's later change replaced. Kept outside React's state so a notice re-renders only the
 * field it belongs to (useReplacedField), never the whole meeting.
 */
export class ReplacedStore {
  private readonly mine = new Map<string, string>();
  private readonly notices = new Map<string, ReplacedField>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly queue: IntentQueue<Meeting, MeetingIntent>) {}

  /** This window's intents were stored: remember the text they put in each field. */
  stored(intents: MeetingIntent[]): void {
    for (const f of intents.flatMap(fieldsOfIntent)) {
      this.mine.delete(f.key);
      this.mine.set(f.key, f.value);
      // Typing in the field again answers its notice.
      if (this.notices.delete(f.key)) this.changed();
    }
    while (this.mine.size > REMEMBERED_FIELDS) this.mine.delete(this.mine.keys().next().value!);
  }

  /** Another window's change took the meeting from `before` to `after`. */
  received(before: Meeting, after: Meeting): void {
    // A field this window is still sending is its own later change: it wins, no notice here.
    const sending = new Set(this.queue.unsent.flatMap((i) => fieldsOfIntent(i).map((f) => f.key)));
    const hits = replacedFields(this.mine, before, after).filter((r) => !sending.has(r.key));
    if (!hits.length) return;
    for (const r of hits) {
      this.mine.delete(r.key);
      this.notices.set(r.key, r);
    }
    this.changed();
  }

  get(key: string): ReplacedField | undefined {
    return this.notices.get(key);
  }

  dismiss(key: string): void {
    if (this.notices.delete(key)) this.changed();
  }

  /** Put this window's text back into the field (a change like any other, so the other window is told in turn). */
  restore(key: string): Promise<unknown> | null {
    const notice = this.notices.get(key);
    const m = this.queue.view;
    if (!notice || !m) return null;
    const intent = intentToSetField(m, key, notice.mine);
    this.dismiss(key);
    if (!intent) return null;
    return this.queue.push(intent);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  private changed(): void {
    for (const l of [...this.listeners]) l();
  }
}

export function useMeetingDoc(id: string): MeetingDoc {
  const [, render] = useReducer((n: number) => n + 1, 0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const make = (forId: string) => {
    let store: ReplacedStore | null = null;
    const listeners = new Set<() => void>();
    const onChange = () => {
      render();
      for (const l of [...listeners]) l();
    };
    const q = createMeetingQueue(forId, {
      onChange,
      onRefused: (err) => notifyError(err),
      onStored: (intents) => store?.stored(intents),
      onReceived: (before, after) => store?.received(before, after),
    });
    store = new ReplacedStore(q);
    return { id: forId, listeners, queue: q, replaced: store };
  };
  const [holder, setHolder] = useState(() => make(id));
  let { queue, replaced, listeners } = holder;
  if (holder.id !== id) {
    // Another meeting in the same page: a queue of its own.
    const next = make(id);
    setHolder(next);
    ({ queue, replaced, listeners } = next);
  }

  const apply = useCallback((intent: MeetingIntent) => queue.push(intent), [queue]);
  const current = useCallback(() => queue.view, [queue]);
  const run = useCallback((call: () => Promise<Meeting>) => queue.run(call), [queue]);
  const flush = useCallback(() => queue.flush(), [queue]);
  const replace = useCallback((m: Meeting) => queue.load(m), [queue]);
  const subscribe = useCallback(
    (listener: () => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    [listeners],
  );

  const reload = useCallback(async () => {
    try {
      queue.reset(await api.call('meetings/get', { id }));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [id, queue]);

  useEffect(() => {
    void api.call('meetings/get', { id }).then(
      (m) => queue.load(m),
      (err) => setLoadError(err),
    );
    // Leaving the page or the app sends what is still waiting at once; keepalive lets the
    // request outlive the page.
    const leave = () => {
      queue.flush({ keepalive: true }).catch(() => {
        // The error is on screen (status badge); the change stays queued for the next try.
      });
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);

    // Live updates: another window's or tab's change arrives through the change feed and
    // becomes the confirmed meeting, with this page's waiting changes on top.
    const stopFeed = listenToFeed({
      onChange(change) {
        if (change.type === 'meeting' && change.id === id) queue.receive(change.meeting);
        else if (change.type === 'reset')
          void api.call('meetings/get', { id }).then(
            (m) => queue.load(m),
            () => undefined,
          );
      },
      onConnect() {
        // (Re)connected: catch up with what was stored meanwhile, then send what waited.
        void api.call('meetings/get', { id }).then(
          (m) => {
            if (queue.confirmed === null) queue.load(m);
            else queue.receive(m);
            if (queue.status === 'error') queue.retry();
          },
          () => undefined,
        );
      },
    });
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      stopFeed();
      leave();
    };
  }, [id, queue]);

  const meeting = queue.view;
  const status = queue.status;
  const saveError = status === 'error' ? queue.error : null;
  return useMemo(
    () => ({ meeting, loadError, status, saveError, current, apply, run, flush, reload, replace, subscribe, replaced }),
    [meeting, loadError, status, saveError, current, apply, run, flush, reload, replace, subscribe, replaced],
  );
}
