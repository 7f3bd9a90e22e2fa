// The roster and the settings as stored, for a screen that shows them: read when the screen
// opens, through this one hook, with one way to show a failure (a message in Indonesian that
// says which could not be read, and why). The screen decides what it shows meanwhile.
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import type { OutputOf } from '../../../shared/contract';
import { notifyError } from '../components/notify';
import { t } from '../i18n';

export type StoredMethod = 'roster/get' | 'settings/get';

export interface Stored<M extends StoredMethod> {
  /** Null until it has come, and when it could not be read. */
  value: OutputOf<M> | null;
  /** Why it could not be read (already shown to the user), or null. */
  error: unknown;
}

export function useStored<M extends StoredMethod>(method: M): Stored<M> {
  const [state, setState] = useState<Stored<M>>({ value: null, error: null });
  useEffect(() => {
    let live = true;
    api.call<StoredMethod>(method, {}).then(
      (value) => {
        if (live) setState({ value, error: null });
      },
      (error: unknown) => {
        if (!live) return;
        notifyError(error, t.common.storedLoadFailed[method]);
        setState({ value: null, error });
      },
    );
    return () => {
      live = false;
    };
  }, [method]);
  return state;
}
