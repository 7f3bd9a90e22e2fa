// The intent queue of one meeting: the shared function for the preview, the contract call
// for each intent (and one call for all of them when the page is left), merging of typing.
// Kept apart from React so it runs in tests against the real handlers.
import { ApiError, api } from '../api/client';
import type { Meeting } from '../../../shared/domain/meeting';
import { applyMeetingIntent, coalesceIntents, isTypingIntent, type MeetingIntent } from '../../../shared/domain/meeting-intents';
import { keepIdentity } from '../../../shared/domain/keep-identity';
import { IntentQueue } from './intent-queue';

/** How long typing in one field is merged before it is sent. */
export const SAVE_DELAY_MS = 250;

/** Errors by which the core refused an intent for good: sending it again would not help. */
const REFUSALS = new Set(['invalid_input', 'locked', 'not_found', 'unknown_method']);

export function isRefusal(err: unknown): boolean {
  return err instanceof ApiError && REFUSALS.has(err.code);
}

/**
 * The contract call of one meeting intent. It names no revision: the core applies it to the
 * meeting as stored now (one at a time per meeting), and the change feed brings every other
 * window's changes, so a change made in another tab meanwhile is kept, not refused.
 */
export function sendMeetingIntent(id: string, intent: MeetingIntent, keepalive = false): Promise<Meeting> {
  const input = { ...intent.input, id };
  return api.call(intent.method, input as never, { keepalive }) as Promise<Meeting>;
}

export function createMeetingQueue(
  id: string,
  hooks: {
    onChange(): void;
    onRefused?(err: unknown): void;
    onReceived?(before: Meeting, after: Meeting): void;
    onStored?(intents: MeetingIntent[]): void;
    typingDelayMs?: number;
  },
): IntentQueue<Meeting, MeetingIntent> {
  return new IntentQueue<Meeting, MeetingIntent>({
    apply: (m, intent) => applyMeetingIntent(m, intent),
    send: (intent, _base, { keepalive }) => sendMeetingIntent(id, intent, keepalive),
    sendBatch: (intents, _base, { keepalive }) => api.call('meetings/apply-intents', { id, intents } as never, { keepalive }) as Promise<Meeting>,
    revisionOf: (m) => m.revision ?? 0,
    // A stored answer is parsed from JSON: without this every speaker card would render again.
    keep: (previous, next) => keepIdentity(previous, next),
    coalesce: coalesceIntents,
    typingDelay: (intent) => (isTypingIntent(intent) ? (hooks.typingDelayMs ?? SAVE_DELAY_MS) : 0),
    isRefusal,
    onChange: hooks.onChange,
    onRefused: hooks.onRefused,
    onReceived: hooks.onReceived,
    onStored: hooks.onStored ? (intents) => hooks.onStored!(intents) : undefined,
  });
}
