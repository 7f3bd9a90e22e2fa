// Registers every contract method on ipcMain, answering only the app's own page. Takes the
// ipcMain-like object as a parameter so the sender check is tested without Electron.
import { METHOD_NAMES, type ApiResult } from '../../shared/contract';
import { dispatch, type Logger } from '../handlers';
import type { HandlerDeps } from '../handlers/types';
import { isTrustedSender } from '../security/url-guard';
import type { ChangeFeed } from '../handlers/change-feed';

export interface IpcEventLike {
  senderFrame?: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, input: unknown) => Promise<ApiResult<unknown>> | ApiResult<unknown>): void;
}

export const IPC_PREFIX = 'rakor:';

export function registerContract(ipcMain: IpcMainLike, deps: HandlerDeps, log: Logger = () => {}): string[] {
  const channels = METHOD_NAMES.map((name) => `${IPC_PREFIX}${name}`);
  for (const name of METHOD_NAMES) {
    ipcMain.handle(`${IPC_PREFIX}${name}`, (event, input) => {
      if (!isTrustedSender(event.senderFrame?.url)) {
        log(`${name}: refused sender`);
        return { ok: false, error: { code: 'forbidden_sender', message: 'Akses ditolak.' } };
      }
      return dispatch(deps, name, input, log);
    });
  }
  return channels;
}

/** The channel on which the change feed reaches the app's windows (see preload.ts). */
export const FEED_CHANNEL = 'rakor:feed';

export interface WindowLike {
  webContents: { send(channel: string, data: unknown): void; isDestroyed(): boolean; getURL(): string };
}

/**
 * Send every stored change to every window of the app that shows the app's own page; a window
 * closing while it is sent is skipped. Returns the function that stops it.
 */
export function forwardFeed(feed: ChangeFeed, windows: () => WindowLike[]): () => void {
  return feed.subscribe((change) => {
    for (const w of windows()) {
      if (w.webContents.isDestroyed() || !isTrustedSender(w.webContents.getURL())) continue;
      w.webContents.send(FEED_CHANNEL, change);
    }
  });
}
