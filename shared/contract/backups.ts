// Contract methods for backups: the automatic copies, restoring one, and the archive file.
import { z } from 'zod';
import { method, empty, type FileResult } from './define';

export interface BackupInfo {
  name: string;
  createdAt: string;
  reason: string;
  files: number;
  bytes: number;
}

const backupName = z.string().regex(/^[0-9TZ-]{20,40}(-[a-z]+)?(-\d+)?$/, 'Nama cadangan tidak valid.');

export const backupsContract = {
  'backups/list': method<typeof empty, { backups: BackupInfo[]; dataDir: string }>(empty),
  'backups/create': method<typeof empty, BackupInfo>(empty),
  /** Restore one automatic backup; the current state is backed up first (returned). */
  'backups/restore': method<z.ZodObject<{ name: typeof backupName }>, { safetyBackup: BackupInfo }>(z.object({ name: backupName })),
  'backups/export-archive': method<typeof empty, FileResult>(empty),
  'backups/import-archive': method<z.ZodObject<{ base64: z.ZodString }>, { safetyBackup: BackupInfo }>(
    z.object({ base64: z.string().max(90_000_000, 'Berkas terlalu besar.') }),
  ),
} as const;
