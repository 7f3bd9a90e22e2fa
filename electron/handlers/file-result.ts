// A file a handler hands to the UI to save (an export): its name, type and bytes as base64.
// In the desktop app the export is saved in the same call: dispatch hands it to the save port
// (the save dialog electron/main passes in as deps.saveFileAs) and only where it went goes back.
import type { FileResult } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { decodeBase64 } from '../../shared/text/base64';
import type { HandlerDeps } from './types';

export function fileResult(fileName: string, mimeType: string, bytes: Uint8Array): FileResult {
  return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}

function isFileResult(value: unknown): value is FileResult {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.fileName === 'string' && typeof v.mimeType === 'string' && typeof v.base64 === 'string' && !('savedTo' in v) && Object.keys(v).length === 3;
}

/** With a save port, a handler's file goes through the save dialog now; anything else passes unchanged. */
export async function saveExport(deps: HandlerDeps, value: unknown): Promise<unknown> {
  if (!deps.saveFileAs || !isFileResult(value)) return value;
  return { ...value, base64: '', savedTo: await saveAs(deps.saveFileAs, value) };
}

/** The save dialog for one file; a folder that refuses the file gets a reason, not a crash. */
export async function saveAs(port: NonNullable<HandlerDeps['saveFileAs']>, file: FileResult): Promise<string | null> {
  const bytes = decodeBase64(file.base64);
  if (!bytes) throw new AppError('invalid_input', 'Isi berkas tidak valid. Buat ulang berkasnya lalu coba lagi.');
  try {
    return await port(file.fileName, bytes);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code ?? 'tanpa keterangan';
    throw new AppError(
      'write_failed',
      `Berkas "${file.fileName}" tidak dapat disimpan di tempat yang dipilih (${code}). Pilih folder lain, mis. Dokumen, lalu coba lagi.`,
    );
  }
}
