// A separate process for the crash tests: it opens a data folder (which may move an older
// folder into the current layout) or restores a backup or an archive, and kills itself with
// SIGKILL at the step named on its command line. The parent then opens the folder again.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DataStore } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';
import { importArchive, restoreBackup } from '../../electron/storage/backup';
import { dispatch } from '../../electron/handlers';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { firstItems, itemAt } from '../helpers/indexed';

const [mode, dir, killAt] = firstItems(process.argv.slice(2), 3);
// The backup, archive or old folder, which only the modes that restore or copy are given.
const arg = () => itemAt(process.argv, 5);
const clock = () => new Date('2026-11-30T03:00:00Z');
const stopAt = (step: string) => {
  if (step === killAt) process.kill(process.pid, 'SIGKILL');
};

async function main() {
  if (mode === 'open') {
    new DataStore(dir, confJsonFile, clock).open({ onMigrationStep: stopAt });
  } else if (mode === 'restore-backup') {
    await restoreBackup(new DataStore(dir, confJsonFile, clock).open(), arg(), clock(), stopAt);
  } else if (mode === 'import-archive') {
    await importArchive(new DataStore(dir, confJsonFile, clock).open(), fs.readFileSync(arg()), clock(), stopAt);
  } else if (mode === 'read-only-backup') {
    // Inside a private mount namespace: a tmpfs at `dir`, remounted read-only after a save.
    const data = path.join(dir, 'data');
    const deps = { store: new DataStore(data, confJsonFile, clock).open(), clock, newId: () => 'm1', transport: 'web' as const, version: 'test' };
    const created = await dispatch(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Rapat' });
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const res = await dispatch(deps, 'backups/create', {});
    process.stdout.write(JSON.stringify({ created: created.ok, res }));
  } else if (mode === 'read-only-legacy') {
    // Idem: a data folder of an older Rakor on a drive that is read-only from the start.
    const data = path.join(dir, 'data');
    fs.cpSync(arg(), data, { recursive: true });
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const store = new DataStore(data, confJsonFile, clock).open();
    process.stdout.write(
      JSON.stringify({
        readInPlace: store.dir === data,
        titles: store
          .listMeetings()
          .map((m) => m.title)
          .sort(),
      }),
    );
  }
  process.exit(0);
}

void main();
