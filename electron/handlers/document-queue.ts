// One queue per document (a meeting, the roster, the settings): calls that touch the same
// document run one after another in the order they arrived, whichever window sent them;
// calls on different documents do not wait for each other.

export class DocumentQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Run `task` after every earlier task with the same key has finished (failed or not). */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Keys with work queued or running (for tests and diagnostics). */
  get busyKeys(): string[] {
    return [...this.tails.keys()];
  }
}

const MEETING_PREFIXES = ['meetings/', 'attendance/', 'speakers/', 'minutes/', 'invitations/', 'news/', 'report/', 'unit-reports/'];

/**
 * The document a call reads or changes, or null for calls that stand alone (creating a new
 * meeting, listing, app info). Reads of a document queue too, so they see every write sent
 * before them.
 */
export function documentKey(method: string, input: unknown): string | null {
  const id = input && typeof input === 'object' ? (input as { id?: unknown }).id : undefined;
  if (typeof id === 'string' && MEETING_PREFIXES.some((p) => method.startsWith(p))) return `meeting:${id}`;
  if (method.startsWith('roster/')) return 'roster';
  // The follow-up tracker is one document, whichever meeting a change comes from.
  if (method.startsWith('followups/')) return 'followups';
  if (method.startsWith('settings/') || method === 'templates/save') return 'settings';
  return null;
}

const queues = new WeakMap<object, DocumentQueue>();

/** The queue of one data folder's store; both transports share it, being in one process. */
export function queueFor(store: object): DocumentQueue {
  let q = queues.get(store);
  if (!q) {
    q = new DocumentQueue();
    queues.set(store, q);
  }
  return q;
}
