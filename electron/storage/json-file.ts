// One JSON store file on disk, in the format of electron-store (which is built on `conf`).
// The browser host and the tests use `conf` directly; Electron passes electron-store's
// class in (electron/main/electron-store-file.ts), so both write the same files.
import fs from 'node:fs';
import path from 'node:path';
import Conf from 'conf';

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
      read() {
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
      },
      write(data) {
        get().store = data;
      },
    };
  };
}

export const confJsonFile: JsonFileFactory = jsonFileFactory(
  (dir, name) => new Conf<Record<string, unknown>>({ ...STORE_OPTIONS, cwd: dir, configName: name }) as unknown as ConfLike,
);
