// Opening the data folder at launch, the same for Electron and the browser host: load the
// store (moving an older folder into the current layout once), then make the daily backup (not
// on a folder that opened read-only: there is nothing new to keep, and nowhere to write it).
import { DataStore } from './data-store';
import { autoBackup } from './backup';
import type { JsonFileFactory } from './json-file';

export function openDataFolder(dir: string, files: JsonFileFactory, clock: () => Date = () => new Date()): DataStore {
  const store = new DataStore(dir, files, clock).open();
  if (store.readOnly) return store;
  try {
    autoBackup(store, clock());
  } catch (err) {
    // A failed backup must not stop the user from working; it is retried at the next start.
    console.error(`Cadangan otomatis gagal: ${(err as NodeJS.ErrnoException).code ?? 'kesalahan'}`);
  }
  return store;
}
