// A meeting being edited: every change is an intent (attendance/set-cells, speakers/add,
// minutes/update, ...) that shows at once and goes through the meeting's one intent queue to
// the core, which applies the same shared function and checks the rules. Typing in a field is
// merged for a quarter of a second; nothing waits for a save button and nothing is dropped.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { Meeting } from '../../../shared/domain/meeting';
import { applyMeetingIntent, coalesceIntents, isTypingIntent, type MeetingIntent } from '../../../shared/domain/meeting-intents';
import { IntentQueue, type QueueStatus } from './intent-queue';
import { notifyError } from '../components/notify';

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
  /** Send everything now and wait (before an export or an action on the stored meeting); rejects when a change is not stored. */
  flush(): Promise<void>;
  /** Load the meeting as stored, dropping changes not saved (the user's choice after a conflict). */
  reload(): Promise<void>;
  /** Take what a handler returned (already stored); changes still waiting are kept on top of it. */
  replace(m: Meeting): void;
}

/** How long typing in one field is merged before it is sent. */
export const SAVE_DELAY_MS = 250;

/** Errors by which the core refused an intent for good: sending it again would not help. */
const REFUSALS = new Set(['invalid_input', 'locked', 'not_found', 'unknown_method']);

export function isRefusal(err: unknown): boolean {
  return err instanceof ApiError && REFUSALS.has(err.code);
}

/** The contract call of one meeting intent, on the revision the page last had confirmed. */
export function sendMeetingIntent(id: string, intent: MeetingIntent, base: Meeting, keepalive = false): Promise<Meeting> {
  const input = { ...intent.input, id, baseRevision: base.revision ?? 0 };
  return api.call(intent.method, input as never, { keepalive }) as Promise<Meeting>;
}

export function createMeetingQueue(id: string, hooks: { onChange(): void; onRefused?(err: unknown): void }): IntentQueue<Meeting, MeetingIntent> {
  return new IntentQueue<Meeting, MeetingIntent>({
    apply: (m, intent) => applyMeetingIntent(m, intent),
    send: (intent, base, { keepalive }) => sendMeetingIntent(id, intent, base, keepalive),
    sendBatch: (intents, base, { keepalive }) =>
      api.call('meetings/apply-intents', { id, intents, ...(base ? { baseRevision: base.revision ?? 0 } : {}) } as never, { keepalive }) as Promise<Meeting>,
    revisionOf: (m) => m.revision ?? 0,
    coalesce: coalesceIntents,
    typingDelay: (intent) => (isTypingIntent(intent) ? SAVE_DELAY_MS : 0),
    isRefusal,
    onChange: hooks.onChange,
    onRefused: hooks.onRefused,
  });
}

export function useMeetingDoc(id: string): MeetingDoc {
  const [, render] = useReducer((n: number) => n + 1, 0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const make = (forId: string) => ({ id: forId, queue: createMeetingQueue(forId, { onChange: render, onRefused: (err) => notifyError(err) }) });
  const [holder, setHolder] = useState(() => make(id));
  let queue = holder.queue;
  if (holder.id !== id) {
    // Another meeting in the same page: a queue of its own.
    const next = make(id);
    setHolder(next);
    queue = next.queue;
  }

  const apply = useCallback((intent: MeetingIntent) => queue.push(intent), [queue]);
  const current = useCallback(() => queue.view, [queue]);
  const flush = useCallback(() => queue.flush(), [queue]);
  const replace = useCallback((m: Meeting) => queue.load(m), [queue]);

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
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
      leave();
    };
  }, [id, queue]);

  const meeting = queue.view;
  const status = queue.status;
  const saveError = status === 'error' ? queue.error : null;
  return useMemo(
    () => ({ meeting, loadError, status, saveError, current, apply, flush, reload, replace }),
    [meeting, loadError, status, saveError, current, apply, flush, reload, replace],
  );
}
