// The roster being edited: every change shows at once (the same pure edit the handler makes)
// and is sent in the background, one call at a time and in order, so quick Tab-Tab typing
// never races itself. The server's answer replaces the local copy only when nothing newer is
// still waiting, so fields never flicker back.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Roster } from '../../../../shared/domain/roster';
import { savePerson, type PersonPatch } from '../../../../shared/domain/roster-ops';

export type RosterStatus = 'saved' | 'pending' | 'error';

type Op = () => Promise<Roster>;

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

export function useRoster(): RosterDoc {
  const [roster, setRoster] = useState<Roster | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [status, setStatus] = useState<RosterStatus>('saved');
  const [saveError, setSaveError] = useState<unknown>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const waiting = useRef(0);
  const failed = useRef<Op[]>([]);

  useEffect(() => {
    api.call('roster/get', {}).then(setRoster, setLoadError);
  }, []);

  /** `isSave`: a failure means an edit is not stored yet; otherwise it is a refusal the caller shows. */
  const enqueue = useCallback((op: Op, isSave: boolean): Promise<Roster> => {
    waiting.current++;
    if (isSave) setStatus('pending');
    const result = chain.current.then(async () => {
      try {
        const r = await op();
        waiting.current--;
        // While an edit waits for "Simpan ulang", the screen keeps it rather than the server's older copy.
        if (waiting.current === 0 && failed.current.length === 0) {
          setRoster(r);
          setStatus('saved');
          setSaveError(null);
        }
        return r;
      } catch (err) {
        waiting.current--;
        if (isSave) {
          setSaveError(err);
          setStatus('error');
        }
        throw err;
      }
    });
    chain.current = result.catch(() => undefined);
    return result;
  }, []);

  const save = useCallback(
    (id: string, unitCode: string, roleId: string, patch: PersonPatch) => {
      setRoster((r) => (r ? savePerson(r, { id, unitCode, roleId, patch }).roster : r));
      const op: Op = async () => (await api.call('roster/save-person', { id, unitCode, roleId, patch })).roster;
      enqueue(op, true).catch(() => {
        // The edit stays on screen; "Simpan ulang" sends it again.
        failed.current.push(op);
      });
    },
    [enqueue],
  );

  const retry = useCallback(() => {
    const ops = failed.current.splice(0);
    for (const op of ops) enqueue(op, true).catch(() => failed.current.push(op));
  }, [enqueue]);

    const run = useCallback((op: Op) => enqueue(op, false), [enqueue]);

  return { roster, loadError, status, saveError, savePerson: save, run, retry, replace: setRoster };
}
