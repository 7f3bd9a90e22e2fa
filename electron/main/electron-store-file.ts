// Store files through electron-store in the desktop app: the same JSON format the browser
// host writes through `conf`, so one data folder serves both.
import ElectronStore from 'electron-store';
import { jsonFileFactory, STORE_OPTIONS } from '../storage/json-file';

export const electronStoreJsonFile = jsonFileFactory(
  (dir, name) => new ElectronStore<Record<string, unknown>>({ ...STORE_OPTIONS, cwd: dir, name }) as unknown as { store: Record<string, unknown> },
);
