// The one client the UI calls the contract through. It does not know which transport is
// behind it: Electron's preload (window.rakor) or the browser host over HTTP.
import type { ApiResult, FileResult, InputOf, MethodName, OutputOf } from '../../../shared/contract';
import { group } from '../../../shared/indexed';
import { decodeBase64 } from '../../../shared/text/base64';

interface CallOptions {
  /** Let the request outlive the page (sending what is still queued when the tab closes). */
  keepalive?: boolean;
}

interface Transport {
  kind: 'electron' | 'web';
  call(method: string, input: unknown, options?: CallOptions): Promise<ApiResult<unknown>>;
}

declare global {
  interface Window {
    rakor?: {
      call(method: string, input: unknown): Promise<ApiResult<unknown>>;
      /** The change feed (desktop app): every change the core stored; returns the function that stops listening. */
      onFeed?(listener: (change: unknown) => void): () => void;
    };
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: string[] = [],
    /** For a refused change: each broken rule with its field, to show next to the field. */
    readonly problems: { field: string; message: string }[] = [],
  ) {
    super(message);
  }
}

const TOKEN_KEY = 'rakor.token';

/** The browser host puts its token in the URL fragment; keep it for this tab and clean the address bar. */
function takeToken(): string {
  const m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, group(m, 1));
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    return group(m, 1);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * Taken as the page loads, before the app's first navigation replaces the address's fragment:
 * the transport itself is only chosen at the first call, which may come after that.
 */
const tokenAtLoad = typeof window !== 'undefined' && typeof sessionStorage !== 'undefined' && !window.rakor ? takeToken() : '';

function httpTransport(): Transport {
  const token = tokenAtLoad || takeToken();
  return {
    kind: 'web',
    async call(method, input, options) {
      let res: Response;
      const body = JSON.stringify(input ?? {});
      try {
        res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Rakor-Token': token },
          body,
          // Browsers cap keepalive bodies at 64 KB; a larger one goes as an ordinary request.
          keepalive: Boolean(options?.keepalive) && body.length < 60_000,
        });
      } catch {
        return { ok: false, error: { code: 'offline', message: 'Tidak dapat menghubungi Rakor. Pastikan `npm run web` masih berjalan.' } };
      }
      try {
        return (await res.json()) as ApiResult<unknown>;
      } catch {
        return { ok: false, error: { code: 'http', message: `Jawaban tidak valid dari server (${res.status}).` } };
      }
    },
  };
}

/** The browser host's token, for the change feed's request (renderer/src/api/feed.ts). */
export function browserToken(): string {
  return tokenAtLoad || takeToken();
}

function pickTransport(): Transport {
  if (window.rakor) {
    const bridge = window.rakor;
    return { kind: 'electron', call: (m, i) => bridge.call(m, i) };
  }
  return httpTransport();
}

let picked: Transport | null = null;
/** Chosen at the first call, so this module also loads where no page is (the queue's tests). */
function transport(): Transport {
  picked ??= pickTransport();
  return picked;
}

export const api = {
  get transport(): Transport['kind'] {
    return transport().kind;
  },
  async call<M extends MethodName>(method: M, input: InputOf<M>, options?: CallOptions): Promise<OutputOf<M>> {
    const result = await transport().call(method, input, options);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.details ?? [], result.error.problems ?? []);
    return result.value as OutputOf<M>;
  },
};

export { encodeBase64 as bytesToBase64 } from '../../../shared/text/base64';

/**
 * Save an exported file; returns where it went ('' when the save dialog was cancelled). The
 * desktop app saved an export in the export's own call; a file the page made itself goes to
 * its save dialog; the browser downloads the bytes it already has, with no second request.
 */
export async function saveFile(file: FileResult): Promise<string> {
  if (file.savedTo !== undefined) return file.savedTo ?? '';
  if (transport().kind === 'electron') return (await api.call('files/save', file)).savedTo ?? '';
  const bytes = decodeBase64(file.base64);
  if (!bytes) throw new ApiError('invalid_file', 'Isi berkas tidak valid. Buat ulang berkasnya lalu coba lagi.');
  const blob = new Blob([bytes], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}

/**
 * The desktop window follows no link itself (it may only show the app), so a mail link goes
 * through the core to the system's mail program; a browser tab follows it natively.
 */
export function mailLinksGoThroughCore(): boolean {
  return transport().kind === 'electron';
}

/** Open a link from meeting data outside the app (http/https only). */
export async function openLink(url: string): Promise<void> {
  const res = await api.call('app/open-link', { url });
  if (res.openInBrowserTab) window.open(url, '_blank', 'noopener,noreferrer');
}
