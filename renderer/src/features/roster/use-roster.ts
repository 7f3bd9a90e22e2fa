// The roster being edited, through the same intent queue as a meeting: a person edit shows at
// once (the same pure savePerson the handler runs) and is sent in order, one call at a time,
// so quick Tab-Tab typing never races itself; the roster the core returns is confirmed and
// edits still waiting stay on top of it. Role changes and imports go through the same queue.
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { api } from '../../api/client';
import type { Roster } from '../../../../shared/domain/roster';
import { savePerson, type PersonPatch } from '../../../../shared/domain/roster-ops';
import { IntentQueue, type QueueStatus } from '../intent-queue';
import { isRefusal } from '../meeting-queue';
import { notifyError } from '../../components/notify';
import { useStored } from '../use-stored';

export type RosterStatus = QueueStatus;

type Op = () => Promise<Roster>;

/** A person edit (optimistic, retried until stored) or another roster call (its result is shown when it comes). */
export type RosterIntent = { kind: 'save-person'; input: { id: string; unitCode: string; roleId: string; patch: PersonPatch } } | { kind: 'call'; op: Op };

export interface RosterDoc {
  roster: Roster | null;
  loadError: unknown;
  status: RosterStatus;
  saveError: unknown;
  /** Applies a person edit locally now and saves it; the patch must already be checked. */
  savePerson(id: string, unitCode: string, roleId: string, patch: PersonPatch): void;
  /** Runs a roster call after the pending saves and takes its result. */
  run(op: Op): Promise<Roster>;
  /** Sends again what failed (e.g. after the disk had no room). */
  retry(): void;
  replace(r: Roster): void;
}

export function createRosterQueue(onChange: () => void): IntentQueue<Roster, RosterIntent> {
  return new IntentQueue<Roster, RosterIntent>({
    apply: (r, intent) => (intent.kind === 'save-person' ? savePerson(r, intent.input).roster : r),
    send: async (intent) => (intent.kind === 'save-person' ? (await api.call('roster/save-person', intent.input)).roster : intent.op()),
    // A role change or an import that fails is the caller's to show; a person edit waits for "Simpan ulang".
    isRefusal: (err, intent) => intent.kind === 'call' || isRefusal(err),
    onChange,
    onRefused: (err, intent) => {
      if (intent.kind === 'save-person') notifyError(err);
    },
  });
}

export function useRoster(): RosterDoc {
  const [, render] = useReducer((n: number) => n + 1, 0);
  const [queue] = useState(() => createRosterQueue(render));
  const { value: stored, error: loadError } = useStored('roster/get');

  useEffect(() => {
    if (stored) queue.load(stored);
  }, [queue, stored]);

  const save = useCallback(
    (id: string, unitCode: string, roleId: string, patch: PersonPatch) => {
      queue.push({ kind: 'save-person', input: { id, unitCode, roleId, patch } }).catch(() => {
        // The edit stays on screen with the reason in the status badge; "Simpan ulang" sends it again.
      });
    },
    [queue],
  );
  const run = useCallback((op: Op) => queue.push({ kind: 'call', op }), [queue]);
  const retry = useCallback(() => queue.retry(), [queue]);
  const replace = useCallback((r: Roster) => queue.load(r), [queue]);

  const roster = queue.view;
  const status = queue.status;
  const saveError = status === 'error' ? queue.error : null;
  return useMemo(
    () => ({ roster, loadError, status, saveError, savePerson: save, run, retry, replace }),
    [roster, loadError, status, saveError, save, run, retry, replace],
  );
}
