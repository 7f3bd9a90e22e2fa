// Child of durable-write.test.ts, run under strace: writes one meeting-style file and one
// conf-style store file into the folder named on the command line, as the store does.
import { atomicJsonFile, confJsonFile } from '../../electron/storage/json-file';

const dir = process.argv[2];
if (!dir) throw new Error('usage: durable-write-child.ts <folder>');
atomicJsonFile(dir, 'rapat-uji').write({ id: 'rapat-uji', title: 'Rakor' });
confJsonFile(dir, 'roster').write({ units: [] });
