// A meeting being edited: changes apply on screen at once and are saved in the background
// within a fraction of a second, one save at a time, the newest state last. Every section
// of the meeting page edits through this, so nothing typed waits for a save button.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import type { Meeting } from '../../../shared/domain/meeting';

export type SaveStatus = 'saved' | 'pending' | 'error';

export interface MeetingDoc {
  meeting: Meeting | null;
  loadError: unknown;
  status: SaveStatus;
  saveError: unknown;
  /** Apply a change; it is saved within SAVE_DELAY_MS. */
  update(change: (m: Meeting) => Meeting): void;
  /** Save now and wait (before an export or an action on the stored meeting); rejects when the save failed. */
  flush(): Promise<void>;
  /** Load the meeting as stored, dropping changes not saved (the user's choice after a conflict). */
  reload(): Promise<void>;
  /** Replace the local copy with what a handler returned (already saved). */
  replace(m: Meeting): void;
}

export const SAVE_DELAY_MS = 250;

export function useMeetingDoc(id: string): MeetingDoc {
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const latest = useRef<Meeting | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<void> | null>(null);
  /** The stored record's updatedAt this page last saw: a save based on an older one is refused. */
  const serverStamp = useRef<string | undefined>(undefined);
  const lastError = useRef<unknown>(null);

  const saveLoop = useCallback(async () => {
    while (dirty.current && latest.current) {
      dirty.current = false;
      const snapshot = latest.current;
      try {
        const saved = await api.call('meetings/save', { meeting: snapshot, baseUpdatedAt: serverStamp.current });
        serverStamp.current = saved.updatedAt;
        lastError.current = null;
        setSaveError(null);
      } catch (err) {
        // Keep the change on screen and try again with the next edit or flush.
        dirty.current = true;
        lastError.current = err;
        setSaveError(err);
        setStatus('error');
        return;
      }
    }
    setStatus('saved');
  }, []);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (running.current) await running.current;
    if (dirty.current) {
      running.current = saveLoop().finally(() => {
        running.current = null;
      });
      await running.current;
    }
    // Callers go on to act on the stored meeting; they must not when this page's changes are not in it.
    if (dirty.current) throw lastError.current;
  }, [saveLoop]);

  const flushQuietly = useCallback(() => {
    flush().catch(() => {
      // The error is on screen (status badge); the change stays in memory for the next try.
    });
  }, [flush]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      flushQuietly();
    }, SAVE_DELAY_MS);
  }, [flushQuietly]);

  const update = useCallback(
    (change: (m: Meeting) => Meeting) => {
      if (!latest.current) return;
      const next = change(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      dirty.current = true;
      setMeeting(next);
      setStatus('pending');
      schedule();
    },
    [schedule],
  );

  const replace = useCallback((m: Meeting) => {
    latest.current = m;
    serverStamp.current = m.updatedAt;
    dirty.current = false;
    lastError.current = null;
    setMeeting(m);
    setSaveError(null);
    setStatus('saved');
  }, []);

  const reload = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    while (running.current) await running.current;
    try {
      replace(await api.call('meetings/get', { id }));
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [id, replace]);

  useEffect(() => {
    void reload();
    window.addEventListener('pagehide', flushQuietly);
    document.addEventListener('visibilitychange', flushQuietly);
    return () => {
      window.removeEventListener('pagehide', flushQuietly);
      document.removeEventListener('visibilitychange', flushQuietly);
      flushQuietly();
    };
  }, [reload, flushQuietly]);

  return { meeting, loadError, status, saveError, update, flush, reload, replace };
}
