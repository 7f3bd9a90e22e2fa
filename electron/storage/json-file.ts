// One JSON store file on disk, in the format of electron-store (which is built on `conf`).
// The browser host and the tests use `conf` directly; Electron passes electron-store's
// class in (electron/main/electron-store-file.ts), so both write the same files.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { writeFileSync as atomicWriteFileSync } from 'atomically';
import { syncDir } from './layout';

export interface JsonFile {
  readonly path: string;
  /** The stored object, or null when the file does not exist. Throws when it cannot be parsed. */
  read(): Record<string, unknown> | null;
  /** Replace the whole file atomically (write to a temporary file, then rename). */
  write(data: Record<string, unknown>): void;
}

export type JsonFileFactory = (dir: string, name: string) => JsonFile;

/** Options every store file gets; never `clearInvalidConfig`, which would replace a damaged file silently. */
export const STORE_OPTIONS = {
  clearInvalidConfig: false,
  configFileMode: 0o600,
  accessPropertiesByDotNotation: false,
  fileExtension: 'json',
} as const;

interface ConfLike {
  store: Record<string, unknown>;
}

/** The object a store file holds, or null when there is none. Throws when it cannot be parsed. */
function readJsonObject(filePath: string): Record<string, unknown> | null {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const data: unknown = JSON.parse(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('Berkas bukan objek JSON');
  return data as Record<string, unknown>;
}

/** Wrap a conf-compatible store constructor (Conf or ElectronStore) as a JsonFile factory. */
export function jsonFileFactory(create: (dir: string, name: string) => ConfLike): JsonFileFactory {
  return (dir, name) => {
    const filePath = path.join(dir, `${name}.json`);
    let instance: ConfLike | null = null;
    const get = () => (instance ??= create(dir, name));
    return {
      path: filePath,
      // Reads parse the file directly (it is plain JSON) so opening an archive does not
      // construct a store object per file; writes go through the store for its atomic write.
      read: () => readJsonObject(filePath),
      write(data) {
        get().store = data;
        // The rename over the old file is on disk only once its folder is flushed too.
        syncDir(dir);
      },
    };
  };
}

export const confJsonFile: JsonFileFactory = jsonFileFactory(
  (dir, name) => new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd: dir, configName: name }) as unknown as ConfLike,
);

/**
 * A store file in exactly the format conf and electron-store write (tab-indented JSON, mode
 * 0600, written to a temporary file, flushed and renamed by `atomically`, the module conf
 * itself writes with), without conf's work around it: before every whole-store write conf
 * reads and parses the whole file again to keep its own bookkeeping key, which Rakor never
 * uses, and copies and checks the value. For a meeting, written on every change during a
 * rakor, that was most of the cost of a save. Meeting files use this; settings, roster and
 * the index stay with the store class the app was started with.
 */
export const atomicJsonFile: JsonFileFactory = (dir, name) => {
  const filePath = path.join(dir, `${name}.json`);
  return {
    path: filePath,
    read: () => readJsonObject(filePath),
    write(data) {
      const text = JSON.stringify(data, undefined, '\t');
      try {
        atomicWriteFileSync(filePath, text, { mode: STORE_OPTIONS.configFileMode });
      } catch (err) {
        // As conf does: where a rename across the temporary file fails with EXDEV (seen on
        // some Windows drives), the file is written in place instead.
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        fs.writeFileSync(filePath, text, { mode: STORE_OPTIONS.configFileMode });
      }
      // The rename over the old file is on disk only once its folder is flushed too, before
      // the change is acknowledged.
      syncDir(dir);
    },
  };
};
