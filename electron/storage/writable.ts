// Whether a folder can be written at all: a read-only drive, or no permission to write. Used
// when the data folder is opened, so that such a folder opens read-only instead of failing.
import fs from 'node:fs';
import path from 'node:path';

/** Error codes that mean "this folder cannot be written", as opposed to a passing fault. */
export const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM']);

/**
 * "EROFS", "EACCES" or "EPERM" when `dir` (or, when it does not exist yet, the nearest folder
 * above it that does) cannot be written; null when it can. A folder that cannot be created on
 * a read-only drive is reported as ENOENT by a recursive mkdir, so the answer comes from the
 * folder that exists.
 */
export function notWritableCode(dir: string): string | null {
  let probe = path.resolve(dir);
  while (!fs.existsSync(probe)) {
    const up = path.dirname(probe);
    if (up === probe) return null;
    probe = up;
  }
  try {
    fs.accessSync(probe, fs.constants.W_OK);
    return null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    return NOT_WRITABLE.has(code) ? code : null;
  }
}
