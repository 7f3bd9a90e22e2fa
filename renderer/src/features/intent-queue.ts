// The one way the renderer changes a document (a meeting, the roster): each change is an
// intent, applied on screen at once with the same shared function the core uses, then sent
// to the core one at a time and in order. What the core answers becomes the confirmed state,
// and the intents still waiting are applied on top of it again, so nothing typed while a call
// is in flight is ever dropped. A failed write stays queued and is sent again; an intent the
// core refuses (a broken rule) is taken back and reported.

import { itemAt } from '../../../shared/indexed';

export type QueueStatus = 'saved' | 'pending' | 'error';

export interface IntentQueueOptions<D, I> {
  /** The shared pure function: the document after the intent. May throw when it does not apply. */
  apply(doc: D, intent: I): D;
  /** Send one intent; resolves with the document as stored. `base` is the confirmed document it was made on. */
  send(intent: I, base: D, options: { keepalive: boolean }): Promise<D>;
  /**
   * Send several intents as one call, stored together or not at all: what is still waiting
   * when the page is left. `base` null: another call is still on its way (no stale check).
   */
  sendBatch?(intents: I[], base: D | null, options: { keepalive: boolean }): Promise<D>;
  /** The document's revision, so an answer that arrives late never replaces a newer one. */
  revisionOf?(doc: D): number;
  /**
   * The view rebuilt from a stored document, with every part that did not change taken from
   * the view before (the same objects), so the screen re-renders only what changed.
   */
  keep?(previous: D, next: D): D;
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
  /** Called when intents were stored, before anything else happens (their promises resolve later). */
  onStored?(intents: I[], doc: D): void;
  /** Called when another window's stored document was taken (`before`: the confirmed document it replaced). */
  onReceived?(before: D, after: D): void;
  setTimer?(fn: () => void, ms: number): unknown;
  clearTimer?(handle: unknown): void;
}

interface Waiting<I> {
  intent: I;
  /** A call of its own (an import, finalising) run in the queue's order; its result is the new confirmed document. */
  call?: () => Promise<unknown>;
  resolve: Array<(doc: unknown) => void>;
  reject: Array<(err: unknown) => void>;
}

export class IntentQueue<D, I> {
  private confirmedDoc: D | null = null;
  private viewDoc: D | null = null;
  private readonly waiting: Waiting<I>[] = [];
  /** The call on its way: one intent, or a batch when the page is left. */
  private inFlight: Waiting<I>[] | null = null;
  /** A batch sent while leaving the page beside the call already on its way. */
  private side: Waiting<I>[] | null = null;
  private holdTimer: unknown = null;
  private holding = false;
  /** A newer document from the change feed that arrived while a call was on its way. */
  private held: D | null = null;
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
    return this.waiting.length || this.inFlight || this.side ? 'pending' : 'saved';
  }

  get error(): unknown {
    return this.lastError;
  }

  /** Intents not yet acknowledged (the one in flight first). */
  get unsent(): I[] {
    return this.flying()
      .filter((w) => !w.call)
      .map((w) => w.intent);
  }

  /** Take a document stored by the core (a load, or a call outside the queue); waiting intents stay and apply on top. */
  load(doc: D): void {
    this.confirmedDoc = doc;
    this.rebase();
    this.changed();
  }

  /**
   * Take a newer stored document that another window or tab made (the change feed, or the read
   * after reconnecting): it becomes the confirmed document and every intent still waiting
   * applies on top of it. An older or equal revision (this window's own change coming back) is
   * ignored. While a call of this window is on its way the document is held until its answer:
   * the answer holds every change stored before it, so this window's own change, which the feed
   * usually brings a moment before the answer, costs no second render.
   */
  receive(doc: D): void {
    if (this.confirmedDoc === null || !this.options.revisionOf) return;
    if (this.inFlight || this.side) {
      if (!this.held || this.options.revisionOf(doc) > this.options.revisionOf(this.held)) this.held = doc;
      return;
    }
    this.take(doc);
  }

  private take(doc: D): void {
    const before = this.confirmedDoc;
    const rev = this.options.revisionOf;
    if (before === null || !rev || rev(doc) <= rev(before)) return;
    this.confirmedDoc = doc;
    this.rebase();
    this.options.onReceived?.(before, doc);
    this.changed();
  }

  /** A document the feed brought while a call was on its way: taken if the answer did not already hold it. */
  private takeHeld(): void {
    const held = this.held;
    this.held = null;
    if (held !== null) this.take(held);
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
      const merged = last && !last.call && this.options.coalesce ? this.options.coalesce(last.intent, intent) : null;
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

  /**
   * Run another call on this document in the queue's order (after every intent before it, before
   * every one after it) and take its result as the confirmed document. It is not retried: a
   * failure goes to the caller.
   */
  run(call: () => Promise<D>): Promise<D> {
    if (this.viewDoc === null) return Promise.reject(new Error('Dokumen belum dimuat.'));
    return new Promise<D>((resolve, reject) => {
      this.waiting.push({ intent: undefined as unknown as I, call, resolve: [resolve as (doc: unknown) => void], reject: [reject] });
      this.stopped = false;
      this.cancelHold();
      this.changed();
      this.pump();
    });
  }

  /**
   * Send everything now and wait; rejects when something could not be stored (it stays
   * queued). With `keepalive` (the page is being left) everything waiting goes in one call
   * that may outlive the page, even while another call is still on its way.
   */
  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    if (options.keepalive) this.keepalive = true;
    this.cancelHold();
    this.stopped = false;
    if (options.keepalive && this.inFlight && !this.side && this.waiting.length && !this.waiting[0]!.call && this.options.sendBatch) this.sendSide();
    this.pump();
    await this.whenIdle();
    this.keepalive = false;
    if (this.waiting.length || this.inFlight || this.side) throw this.lastError ?? new Error('Belum tersimpan.');
  }

  /** Send again what failed to be stored. */
  retry(): void {
    this.stopped = false;
    this.cancelHold();
    this.pump();
  }

  private flying(): Waiting<I>[] {
    return [...(this.inFlight ?? []), ...(this.side ?? []), ...this.waiting];
  }

  private whenIdle(): Promise<void> {
    if (!this.inFlight && !this.side && (this.stopped || this.waiting.length === 0)) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  private notifyIdle(): void {
    if (this.inFlight || this.side || (!this.stopped && this.waiting.length)) return;
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
    if (this.inFlight || this.side || this.stopped || this.holding || this.confirmedDoc === null || this.waiting.length === 0) {
      this.notifyIdle();
      return;
    }
    const head = itemAt(this.waiting, 0);
    const batch = !head.call && this.keepalive && this.options.sendBatch && this.waiting.length > 1;
    const items = batch ? this.takeIntents() : [this.waiting.shift()!];
    this.inFlight = items;
    const base = this.confirmedDoc;
    const keepalive = this.keepalive;
    const call = head.call
      ? (head.call() as Promise<D>)
      : batch
        ? this.options.sendBatch!(
            items.map((w) => w.intent),
            base,
            { keepalive },
          )
        : this.options.send(itemAt(items, 0).intent, base, { keepalive });
    call.then(
      (stored) => {
        this.inFlight = null;
        this.stored(stored, items);
      },
      (err: unknown) => {
        this.inFlight = null;
        this.failed(err, items);
      },
    );
  }

  /** The intents at the head of the line, up to the next call of its own. */
  private takeIntents(): Waiting<I>[] {
    const n = this.waiting.findIndex((w) => w.call);
    return this.waiting.splice(0, n < 0 ? this.waiting.length : n);
  }

  /** Leaving the page while a call is on its way: the rest goes at once, in one call beside it. */
  private sendSide(): void {
    const items = this.takeIntents();
    this.side = items;
    this.options.sendBatch!(
      items.map((w) => w.intent),
      null,
      { keepalive: true },
    ).then(
      (stored) => {
        this.side = null;
        this.stored(stored, items);
      },
      (err: unknown) => {
        this.side = null;
        this.failed(err, items);
      },
    );
  }

  private stored(stored: D, items: Waiting<I>[]): void {
    this.lastError = null;
    const older = this.confirmedDoc !== null && this.options.revisionOf && this.options.revisionOf(stored) < this.options.revisionOf(this.confirmedDoc);
    if (!older) this.confirmedDoc = stored;
    this.rebase();
    const intents = items.filter((w) => !w.call).map((w) => w.intent);
    if (intents.length) this.options.onStored?.(intents, stored);
    for (const w of items) for (const r of w.resolve) r(stored);
    this.takeHeld();
    this.changed();
    this.pump();
  }

  private failed(err: unknown, items: Waiting<I>[]): void {
    this.takeHeld();
    const only = items.length === 1 ? items[0] : undefined;
    if (only?.call) {
      // A call of its own reports to its caller, who shows it; the queue goes on.
      for (const r of only.reject) r(err);
      this.rebase();
      this.changed();
      this.pump();
      return;
    }
    if (only && this.options.isRefusal?.(err, only.intent)) {
      // The core said no for good: take the intent back from the screen and go on with the rest.
      this.rebase();
      for (const r of only.reject) r(err);
      this.options.onRefused?.(err, only.intent);
      this.changed();
      this.pump();
      return;
    }
    // Not stored: first in line again, still on screen, sent again with the next change or a retry
    // (a refused batch goes again one intent at a time, so only the refused one is taken back).
    this.waiting.unshift(...items.map((w) => ({ intent: w.intent, resolve: w.resolve, reject: [] })));
    // Calls of their own waiting behind must not act on a document without these changes: their callers are told.
    for (let i = this.waiting.length - 1; i >= 0; i--) {
      const w = itemAt(this.waiting, i);
      if (!w.call) continue;
      this.waiting.splice(i, 1);
      for (const r of w.reject) r(err);
    }
    this.lastError = err;
    this.stopped = true;
    for (const w of items) for (const r of w.reject) r(err);
    this.changed();
    this.notifyIdle();
  }

  /** The view again from the confirmed document: the intent in flight and the waiting ones on top. */
  private rebase(): void {
    if (this.confirmedDoc === null) return;
    let doc: D = this.confirmedDoc;
    for (const w of this.flying()) {
      if (w.call) continue;
      try {
        doc = this.options.apply(doc, w.intent);
      } catch {
        // It no longer applies to the newer document; the core will say why when it arrives.
      }
    }
    this.viewDoc = this.viewDoc !== null && this.options.keep ? this.options.keep(this.viewDoc, doc) : doc;
  }

  private changed(): void {
    this.options.onChange?.();
  }
}
