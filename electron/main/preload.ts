// Preload: exposes exactly the contract to the page, as one `call(method, input)` that
// refuses any name the contract does not have, and the change feed as `onFeed(listener)`.
// Nothing else of Electron reaches the page.
import { contextBridge, ipcRenderer } from 'electron';

// The contract's method names, written in by scripts/build.mjs from shared/contract: the
// sandboxed preload needs only the names, not the schemas (and so not zod).
declare const __RAKOR_METHOD_NAMES__: readonly string[];

const allowed = new Set<string>(__RAKOR_METHOD_NAMES__);

contextBridge.exposeInMainWorld('rakor', {
  call(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !allowed.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: 'Perintah tidak dikenal.' } });
    }
    return ipcRenderer.invoke(`rakor:${method}`, input);
  },
  /** The change feed: every change the core stored, from this window or another. */
  onFeed(listener: (change: unknown) => void): () => void {
    const forward = (_event: unknown, change: unknown) => listener(change);
    ipcRenderer.on('rakor:feed', forward);
    return () => {
      ipcRenderer.removeListener('rakor:feed', forward);
    };
  },
});
