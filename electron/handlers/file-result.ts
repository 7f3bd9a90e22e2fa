// A file a handler hands to the UI to save (an export): its name, type and bytes as base64.
import type { FileResult } from '../../shared/contract';

export function fileResult(fileName: string, mimeType: string, bytes: Uint8Array): FileResult {
  return { fileName, mimeType, base64: Buffer.from(bytes).toString('base64') };
}
