// Preload: exposes exactly the contract to the page, as one `call(method, input)` that
// refuses any name the contract does not have. Nothing else of Electron reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { METHOD_NAMES } from '../../shared/contract';

const allowed = new Set<string>(METHOD_NAMES);

contextBridge.exposeInMainWorld('rakor', {
  call(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !allowed.has(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: 'Perintah tidak dikenal.' } });
    }
    return ipcRenderer.invoke(`rakor:${method}`, input);
  },
});
