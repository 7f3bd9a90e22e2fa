// The one way a handler stores a changed meeting: the stale-tab check against the revision
// the caller saw, the rules of shared/domain/meeting-rules.ts, a new revision and time.
import type { Meeting } from '../../shared/domain/meeting';
import { meetingProblems, newProblems, noteSchemaKept } from '../../shared/domain/meeting-rules';
import { errors } from '../../shared/errors';
import type { HandlerDeps } from './types';
import { publishMeeting } from './change-feed';

/** Load a meeting that is not in the bin. */
export function activeMeeting(deps: HandlerDeps, id: string): Meeting {
  const m = deps.store.getMeeting(id);
  if (m.deletedAt) throw errors.notFound('Rapat');
  return m;
}

/**
 * Load a meeting to change it. With `baseRevision` (the revision the page last saw), a record
 * changed meanwhile elsewhere (another tab or window) is refused instead of changed unseen.
 */
export function meetingToChange(deps: HandlerDeps, id: string, baseRevision?: number): Meeting {
  const m = activeMeeting(deps, id);
  if (baseRevision !== undefined && baseRevision !== (m.revision ?? 0)) throw errors.conflict();
  return m;
}

/**
 * Store `next`, the result of a change to `before` (null: a record that comes in whole, which
 * must keep every rule). A change may not bring a problem the stored record did not have.
 * Nothing is written when a rule is broken.
 */
export function commitMeeting(deps: HandlerDeps, before: Meeting | null, next: Meeting): Meeting {
  const roster = deps.store.getRoster();
  const problems = before ? newProblems(before, next, roster) : meetingProblems(next, roster);
  if (problems.length) throw errors.rules(problems);
  // Checked whole or by the parts it changed: with its new revision and time it is still known
  // to keep the schema, so the next intent on this meeting checks only what it changes.
  const saved: Meeting = noteSchemaKept(
    { ...next, revision: before ? (before.revision ?? 0) + 1 : (next.revision ?? 0), updatedAt: deps.clock().toISOString() },
    next,
  );
  deps.store.saveMeeting(saved);
  // Every window and tab on this meeting sees the change (the live-update feed).
  publishMeeting(deps.store, saved);
  return saved;
}
