// The one way the renderer changes a document (a meeting, the roster): each change is an
// intent, applied on screen at once with the same shared function the core uses, then sent
// to the core one at a time and in order. What the core answers becomes the confirmed state,
// and the intents still waiting are applied on top of it again, so nothing typed while a call
// is in flight is ever dropped. A failed write stays queued and is sent again; an intent the
// core refuses (a broken rule) is taken back and reported.

export type QueueStatus = 'saved' | 'pending' | 'error';

export interface IntentQueueOptions<D, I> {
  /** The shared pure function: the document after the intent. May throw when it does not apply. */
  apply(doc: D, intent: I): D;
  /** Send one intent; resolves with the document as stored. `base` is the confirmed document it was made on. */
  send(intent: I, base: D, options: { keepalive: boolean }): Promise<D>;
  /** Merge two waiting intents into one (typing in the same field), or null to keep both. */
  coalesce?(earlier: I, later: I): I | null;
  /** Intents from typing wait this long (ms) for the next keystroke before they are sent. */
  typingDelay?(intent: I): number;
  /** Whether an error means the core refused the intent for good (a rule), rather than failed to store it. */
  isRefusal?(err: unknown, intent: I): boolean;
  /** Called after every change of the view, the status or the error. */
  onChange?(): void;
  /** Called when the core refused an intent; the view no longer shows it. */
  onRefused?(err: unknown, intent: I): void;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

interface Waiting<I> {
  intent: I;
  resolve: Array<(doc: unknown) => void>;
  reject: Array<(err: unknown) => void>;
}

export class IntentQueue<D, I> {
  private confirmedDoc: D | null = null;
  private viewDoc: D | null = null;
  private readonly waiting: Waiting<I>[] = [];
  private inFlight: Waiting<I> | null = null;
  private holdTimer: unknown = null;
  private holding = false;
  private keepalive = false;
  private lastError: unknown = null;
  private stopped = false;
  private idle: Array<() => void> = [];

  constructor(private readonly options: IntentQueueOptions<D, I>) {}

  /** What the screen shows: the confirmed document with every intent not yet stored applied. */
  get view(): D | null {
    return this.viewDoc;
  }

  /** The document as the core last returned it. */
  get confirmed(): D | null {
    return this.confirmedDoc;
  }

  get status(): QueueStatus {
    if (this.stopped && this.lastError !== null) return 'error';
    return this.waiting.length || this.inFlight ? 'pending' : 'saved';
  }

  get error(): unknown {
    return this.lastError;
  }

  /** Intents not yet acknowledged (the one in flight first). */
  get unsent(): I[] {
    return [...(this.inFlight ? [this.inFlight.intent] : []), ...this.waiting.map((w) => w.intent)];
  }

  /** Take a document stored by the core (a load, or a call outside the queue); waiting intents stay and apply on top. */
  load(doc: D): void {
    this.confirmedDoc = doc;
    this.rebase();
    this.changed();
  }

  /** Start over from a stored document, dropping every intent not yet stored (the user's choice after a conflict). */
  reset(doc: D): void {
    const dropped = this.waiting.splice(0);
    this.cancelHold();
    this.stopped = false;
    this.lastError = null;
    this.confirmedDoc = doc;
    this.rebase();
    for (const w of dropped) for (const r of w.reject) r(new Error('dropped'));
    this.changed();
    this.notifyIdle();
  }

  /**
   * Apply an intent now and queue it. Resolves with the stored document once the core has it;
   * rejects when the intent does not apply or the core refuses it (or, for the caller that
   * waits, when a write failed: the intent itself stays queued and is sent again).
   */
  push(intent: I): Promise<D> {
    if (this.viewDoc === null) return Promise.reject(new Error('Dokumen belum dimuat.'));
    let next: D;
    try {
      next = this.options.apply(this.viewDoc, intent);
    } catch (err) {
      return Promise.reject(err);
    }
    return new Promise<D>((resolve, reject) => {
      const last = this.waiting.at(-1);
      const merged = last && this.options.coalesce ? this.options.coalesce(last.intent, intent) : null;
      if (last && merged) {
        last.intent = merged;
        last.resolve.push(resolve as (doc: unknown) => void);
        last.reject.push(reject);
      } else {
        this.waiting.push({ intent, resolve: [resolve as (doc: unknown) => void], reject: [reject] });
      }
      this.viewDoc = next;
      // A write that failed is tried again with the next change.
      this.stopped = false;
      const delay = this.options.typingDelay?.(intent) ?? 0;
      if (delay > 0) this.hold(delay);
      else this.cancelHold();
      this.changed();
      this.pump();
    });
  }

  /** Send everything now and wait; rejects when something could not be stored (it stays queued). */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (options.keepalive) this.keepalive = true;
    this.cancelHold();
    this.stopped = false;
    this.pump();
    await this.whenIdle();
    this.keepalive = false;
    if (this.waiting.length || this.inFlight) throw this.lastError ?? new Error('Belum tersimpan.');
  }

  /** Send again what failed to be stored. */
  retry(): void {
    this.stopped = false;
    this.cancelHold();
    this.pump();
  }

  private whenIdle(): Promise<void> {
    if (!this.inFlight && (this.stopped || this.waiting.length === 0)) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private notifyIdle(): void {
    if (this.inFlight || (!this.stopped && this.waiting.length)) return;
    const waiters = this.idle.splice(0);
    for (const w of waiters) w();
  }

  private hold(ms: number): void {
    this.cancelHold();
    this.holding = true;
    const set = this.options.setTimer ?? ((fn: () => void, t: number) => setTimeout(fn, t));
    this.holdTimer = set(() => {
      this.holdTimer = null;
      this.holding = false;
      this.pump();
    }, ms);
  }

  private cancelHold(): void {
    if (this.holdTimer !== null) {
      const clear = this.options.clearTimer ?? ((h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>));
      clear(this.holdTimer);
      this.holdTimer = null;
    }
    this.holding = false;
  }

  private pump(): void {
    if (this.inFlight || this.stopped || this.holding || this.confirmedDoc === null) {
      this.notifyIdle();
      return;
    }
    const item = this.waiting.shift();
    if (!item) {
      this.notifyIdle();
      return;
    }
    this.inFlight = item;
    const base = this.confirmedDoc;
    this.options.send(item.intent, base, { keepalive: this.keepalive }).then(
      (stored) => {
        this.inFlight = null;
        this.lastError = null;
        this.confirmedDoc = stored;
        this.rebase();
        for (const r of item.resolve) r(stored);
        this.changed();
        this.pump();
      },
      (err: unknown) => {
        this.inFlight = null;
        if (this.options.isRefusal?.(err, item.intent)) {
          // The core said no for good: take the intent back from the screen and go on with the rest.
          this.rebase();
          for (const r of item.reject) r(err);
          this.options.onRefused?.(err, item.intent);
          this.changed();
          this.pump();
          return;
        }
        // Not stored: it stays first in line, on screen, and is sent again with the next change or a retry.
        this.waiting.unshift({ intent: item.intent, resolve: item.resolve, reject: [] });
        this.lastError = err;
        this.stopped = true;
        for (const r of item.reject) r(err);
        this.changed();
        this.notifyIdle();
      },
    );
  }

  /** The view again from the confirmed document: the intent in flight and the waiting ones on top. */
  private rebase(): void {
    if (this.confirmedDoc === null) return;
    let doc: D = this.confirmedDoc;
    for (const w of [...(this.inFlight ? [this.inFlight] : []), ...this.waiting]) {
      try {
        doc = this.options.apply(doc, w.intent);
      } catch {
        // It no longer applies to the newer document; the core will say why when it arrives.
      }
    }
    this.viewDoc = doc;
  }

  private changed(): void {
    this.options.onChange?.();
  }
}
