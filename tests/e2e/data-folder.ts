// Where a test finds a data file on disk: the data files sit in the generation folder that
// the pointer file data-aktif.json names, inside the data folder.
import fs from 'node:fs';
import path from 'node:path';

export function dataFile(dataDir: string, ...parts: string[]): string {
  const { folder } = JSON.parse(fs.readFileSync(path.join(dataDir, 'data-aktif.json'), 'utf8')) as { folder: string };
  return path.join(dataDir, folder, ...parts);
}
