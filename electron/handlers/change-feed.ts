// The change feed of one data folder: after every stored change of a meeting the core
// publishes the meeting as stored, with its revision, to every window and tab that listens
// (Electron: webContents.send to each window; the browser host: a stream per tab). A page
// on the same meeting takes it as the newer confirmed state and keeps its own waiting
// changes on top; see renderer/src/features/meeting-doc.ts.
import type { Meeting } from '../../shared/domain/meeting';

export interface MeetingChange {
  type: 'meeting';
  /** The document changed: "meeting:<id>", the same key the per-document queue uses. */
  doc: string;
  id: string;
  revision: number;
  /** The meeting as stored after the change. */
  meeting: Meeting;
}

/** Everything was replaced at once (a restore): every page loads again what it shows. */
export interface ResetChange {
  type: 'reset';
}

export type Change = MeetingChange | ResetChange;

export type ChangeListener = (change: Change) => void;

export class ChangeFeed {
  private readonly listeners = new Set<ChangeListener>();

  /** Listen until the returned function is called. */
  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Tell every listener; one that throws (a window closing) never stops the others or the write. */
  publish(change: Change): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch {
        // A listener's failure is its own; the change is stored either way.
      }
    }
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

const feeds = new WeakMap<object, ChangeFeed>();

/** The feed of one data folder's store; both transports share it, being in one process. */
export function feedFor(store: object): ChangeFeed {
  let f = feeds.get(store);
  if (!f) {
    f = new ChangeFeed();
    feeds.set(store, f);
  }
  return f;
}

/** Publish a meeting as stored. */
export function publishMeeting(store: object, meeting: Meeting): void {
  feedFor(store).publish({ type: 'meeting', doc: `meeting:${meeting.id}`, id: meeting.id, revision: meeting.revision ?? 0, meeting });
}
