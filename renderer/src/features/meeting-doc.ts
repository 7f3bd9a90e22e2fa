// A meeting being edited: every change is an intent (attendance/set-cells, speakers/add,
// minutes/update, ...) that shows at once and goes through the meeting's one intent queue to
// the core, which applies the same shared function and checks the rules. Typing in a field is
// merged for a quarter of a second; nothing waits for a save button and nothing is dropped.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { api } from '../api/client';
import type { Meeting } from '../../../shared/domain/meeting';
import type { MeetingIntent } from '../../../shared/domain/meeting-intents';
import type { QueueStatus } from './intent-queue';
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
  /**
   * Be told of every change of the meeting on screen, in the same render as the page: for a
   * part of the page that reads current() apart from it (useSyncExternalStore).
   */
  subscribe(listener: () => void): () => void;
}

export function useMeetingDoc(id: string): MeetingDoc {
  const [, render] = useReducer((n: number) => n + 1, 0);
  const [loadError, setLoadError] = useState<unknown>(null);
  const make = (forId: string) => {
    const listeners = new Set<() => void>();
    const onChange = () => {
      render();
      for (const l of [...listeners]) l();
    };
    return { id: forId, listeners, queue: createMeetingQueue(forId, { onChange, onRefused: (err) => notifyError(err) }) };
  };
  const [holder, setHolder] = useState(() => make(id));
  let queue = holder.queue;
  let listeners = holder.listeners;
  if (holder.id !== id) {
    // Another meeting in the same page: a queue of its own.
    const next = make(id);
    setHolder(next);
    queue = next.queue;
    listeners = next.listeners;
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
    () => ({ meeting, loadError, status, saveError, current, apply, run, flush, reload, replace, subscribe }),
    [meeting, loadError, status, saveError, current, apply, run, flush, reload, replace, subscribe],
  );
}
