// Handlers of the meeting intents (attendance cells and notes, speakers, minutes): load the
// stored meeting, apply the same pure function the renderer applied, check the rules, store.
import type { intentsContract } from '../../shared/contract/intents';
import { applyMeetingIntent, MEETING_INTENT_NAMES, type MeetingIntent } from '../../shared/domain/meeting-intents';
import type { Meeting } from '../../shared/domain/meeting';
import { commitMeeting, meetingToChange } from './meeting-write';
import type { HandlerDeps, HandlerMap } from './types';

type IntentMethods = keyof typeof intentsContract;

async function applyIntent(deps: HandlerDeps, method: IntentMethods, raw: { id: string; baseRevision?: number } & Record<string, unknown>): Promise<Meeting> {
  const { id, baseRevision, ...input } = raw;
  const current = meetingToChange(deps, id, baseRevision);
  const next = applyMeetingIntent(current, { method, input } as MeetingIntent);
  // An intent that changes nothing (the same status again) writes nothing.
  if (next === current) return current;
  return commitMeeting(deps, current, next);
}

/** Several intents in order, stored together or not at all. */
async function applyBatch(deps: HandlerDeps, input: { id: string; baseRevision?: number; intents: MeetingIntent[] }): Promise<Meeting> {
  const current = meetingToChange(deps, input.id, input.baseRevision);
  const next = input.intents.reduce((m, intent) => applyMeetingIntent(m, intent), current);
  if (next === current) return current;
  return commitMeeting(deps, current, next);
}

export const intentHandlers = {
  ...Object.fromEntries(
    MEETING_INTENT_NAMES.map((name) => [
      name,
      (input: { id: string; baseRevision?: number } & Record<string, unknown>, deps: HandlerDeps) => applyIntent(deps, name, input),
    ]),
  ),
  'meetings/apply-intents': (input: { id: string; baseRevision?: number; intents: MeetingIntent[] }, deps: HandlerDeps) => applyBatch(deps, input),
} as unknown as HandlerMap<IntentMethods>;
