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
  /** Save now and wait (before an export, or when leaving). */
  flush(): Promise<void>;
  /** Reload from storage (after a handler changed the meeting, e.g. an import). */
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

  const saveLoop = useCallback(async () => {
    while (dirty.current && latest.current) {
      dirty.current = false;
      const snapshot = latest.current;
      try {
        await api.call('meetings/save', { meeting: snapshot });
        setSaveError(null);
      } catch (err) {
        // Keep the change on screen and try again with the next edit or flush.
        dirty.current = true;
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
    if (!dirty.current) return;
    running.current = saveLoop().finally(() => {
      running.current = null;
    });
    await running.current;
  }, [saveLoop]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void flush();
    }, SAVE_DELAY_MS);
  }, [flush]);

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

  const reload = useCallback(async () => {
    await flush();
    try {
      const m = await api.call('meetings/get', { id });
      latest.current = m;
      setMeeting(m);
      setLoadError(null);
    } catch (err) {
      setLoadError(err);
    }
  }, [flush, id]);

  const replace = useCallback((m: Meeting) => {
    latest.current = m;
    dirty.current = false;
    setMeeting(m);
    setStatus('saved');
  }, []);

  useEffect(() => {
    void reload();
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, [reload, flush]);

  return { meeting, loadError, status, saveError, update, flush, reload, replace };
}
