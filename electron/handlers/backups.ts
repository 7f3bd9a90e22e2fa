// Handlers for backups. A restore replaces the data files, then the store re-reads them.
import type { backupsContract } from '../../shared/contract/backups';
import { MIME } from '../../shared/contract/define';
import { createBackup, exportArchive, importArchive, listBackups, restoreBackup } from '../storage/backup';
import { storageError } from '../storage/data-store';
import { AppError } from '../../shared/errors';
import type { HandlerMap } from './types';

function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw storageError(err);
  }
}

export const backupHandlers: HandlerMap<keyof typeof backupsContract> = {
  async 'backups/list'(_input, deps) {
    return { backups: listBackups(deps.store.dir), dataDir: deps.store.dir };
  },
  async 'backups/create'(_input, deps) {
    return guard(() => createBackup(deps.store.dir, deps.clock(), 'manual'));
  },
  async 'backups/restore'(input, deps) {
    const safetyBackup = guard(() => restoreBackup(deps.store.dir, input.name, deps.clock()));
    deps.store.reload();
    return { safetyBackup };
  },
  async 'backups/export-archive'(_input, deps) {
    const bytes = await exportArchive(deps.store.dir, deps.clock());
    const day = deps.clock().toISOString().slice(0, 10);
    return { fileName: `Rakor-cadangan-${day}.zip`, mimeType: MIME.zip, base64: Buffer.from(bytes).toString('base64') };
  },
  async 'backups/import-archive'(input, deps) {
    const bytes = Uint8Array.from(Buffer.from(input.base64, 'base64'));
    let safetyBackup;
    try {
      safetyBackup = await importArchive(deps.store.dir, bytes, deps.clock());
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw storageError(err);
    }
    deps.store.reload();
    return { safetyBackup };
  },
};
