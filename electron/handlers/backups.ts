// Handlers for backups. A restore switches the store to the restored data (storage/backup.ts).
import type { backupsContract } from '../../shared/contract/backups';
import { MIME } from '../../shared/contract/define';
import { feedFor } from './change-feed';
import { createBackup, exportArchive, importArchive, listBackups, restoreBackup } from '../storage/backup';
import { storageError } from '../storage/data-store';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from './types';
import { fileNameOf } from '../../shared/text/file-name';
import { fileResult } from './file-result';
import { decodeBase64 } from '../../shared/text/base64';

async function guard<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw storageError(err);
  }
}

export const backupHandlers: HandlerMap<keyof typeof backupsContract> = {
  async 'backups/list'(_input, deps) {
    return { backups: listBackups(deps.store.root), dataDir: deps.store.root };
  },
  async 'backups/create'(_input, deps) {
    return guard(() => {
      deps.store.assertWritable();
      return createBackup(deps.store, deps.clock(), 'manual');
    });
  },
  async 'backups/restore'(input, deps) {
    const safetyBackup = await guard(() => {
      deps.store.assertWritable();
      return restoreBackup(deps.store, input.name, deps.clock());
    });
    // Every other window and tab loads the restored data again.
    feedFor(deps.store).publish({ type: 'reset' });
    return { safetyBackup };
  },
  async 'backups/export-archive'(_input, deps) {
    const bytes = await guard(() => exportArchive(deps.store, deps.clock()));
    const day = deps.clock().toISOString().slice(0, 10);
    return fileResult(fileNameOf(['Rakor-cadangan', day], 'zip', '-'), MIME.zip, bytes);
  },
  async 'backups/import-archive'(input, deps) {
    const bytes = decodeBase64(input.base64) ?? new Uint8Array();
    const safetyBackup = await guard(() => {
      deps.store.assertWritable();
      return importArchive(deps.store, bytes, deps.clock());
    });
    feedFor(deps.store).publish({ type: 'reset' });
    return { safetyBackup };
  },
};
