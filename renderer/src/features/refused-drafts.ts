// What the user typed that the app refused (an email such as "sri.wahyuni@kpu", a time that
// is no time), kept outside the components that show it: leaving the row, the unit or the
// screen does not throw it away, the save badges say it is not stored, and closing or
// reloading the page asks first.
import { useSyncExternalStore } from 'react';

export interface RefusedDraft {
  /** Which field: e.g. "roster:<person row id>:email". */
  key: string;
  /** Where it is, for the user: "Kab. Tulungagung · Email Divisi Parmas". */
  where: string;
  /** What was typed. */
  text: string;
  /** Why it was refused (Indonesian). */
  message: string;
  /** Screen to go back to (a hash route), when known. */
  href?: string;
}

const drafts = new Map<string, RefusedDraft>();
const listeners = new Set<() => void>();
let snapshot: RefusedDraft[] = [];

function changed() {
  snapshot = [...drafts.values()];
  for (const l of listeners) l();
}

export function keepRefused(draft: RefusedDraft): void {
  drafts.set(draft.key, draft);
  changed();
}

export function clearRefused(key: string): void {
  if (drafts.delete(key)) changed();
}

export function refusedDraft(key: string): RefusedDraft | undefined {
  return drafts.get(key);
}

export function refusedDrafts(): RefusedDraft[] {
  return snapshot;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The refused drafts, optionally only those whose key starts with `prefix`. */
export function useRefusedDrafts(prefix = ''): RefusedDraft[] {
  const all = useSyncExternalStore(subscribe, refusedDrafts, refusedDrafts);
  return prefix ? all.filter((d) => d.key.startsWith(prefix)) : all;
}

// Closing the tab or reloading while something typed is refused: the browser asks first.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeunload', (e) => {
    if (drafts.size === 0) return;
    e.preventDefault();
    e.returnValue = '';
  });
}
