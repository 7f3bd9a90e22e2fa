// Backups on real folders: automatic at start (once a day, ten kept), restore that first
// saves the current state, and an archive file that carries the data to another computer.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoBackup, listBackups, KEEP_BACKUPS } from '../../electron/storage/backup';
import { openDataFolder } from '../../electron/storage/open';
import { confJsonFile } from '../../electron/storage/json-file';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { call, callError, makeDeps, tempDir } from './helpers';
import { itemAt } from '../helpers/indexed';

describe('backups', () => {
  it('are made at start at most once a day and the last ten are kept', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    await call(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Rapat A' });
    const t0 = new Date('2026-11-28T01:00:00Z');
    const store = openDataFolder(dir, confJsonFile, () => t0);
    expect(listBackups(dir)).toHaveLength(1);
    openDataFolder(dir, confJsonFile, () => new Date(t0.getTime() + 3600_000));
    expect(listBackups(dir)).toHaveLength(1);
    for (let day = 1; day <= 12; day++) autoBackup(store, new Date(t0.getTime() + day * 25 * 3600_000));
    const kept = listBackups(dir);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(itemAt(kept, 0).createdAt > itemAt(kept, 9).createdAt).toBe(true);
    expect(itemAt(kept, 0).files).toBe(2); // the meeting and the index
  });

  it('an empty data folder makes no backup', () => {
    const dir = tempDir();
    openDataFolder(dir, confJsonFile, () => new Date());
    expect(listBackups(dir)).toHaveLength(0);
  });

  it('restore brings back the old state and backs up the current one first', async () => {
    const deps = makeDeps();
    const a = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Versi lama' });
    const backup = await call(deps, 'backups/create', {});
    deps.tick(5000);
    await call(deps, 'meetings/update-setup', { id: a.id, setup: { ...defaultMeetingSetup('2030-01-01'), title: 'Versi baru' } });
    const b = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-02'), title: 'Rapat kedua' });
    deps.tick(5000);
    const { safetyBackup } = await call(deps, 'backups/restore', { name: backup.name });
    expect((await call(deps, 'meetings/get', { id: a.id })).title).toBe('Versi lama');
    expect((await call(deps, 'meetings/list', {})).meetings.map((m) => m.id)).toEqual([a.id]);
    expect(safetyBackup.reason).toBe('sebelumpulih');
    // The state before the restore is itself restorable.
    await call(deps, 'backups/restore', { name: safetyBackup.name });
    expect((await call(deps, 'meetings/get', { id: a.id })).title).toBe('Versi baru');
    expect((await call(deps, 'meetings/get', { id: b.id })).title).toBe('Rapat kedua');
  });

  it('the archive file moves the data to another computer', async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), paper: 'F4' });
    const archive = await call(deps, 'backups/export-archive', {});
    expect(archive.fileName).toMatch(/^Rakor-cadangan-\d{4}-\d{2}-\d{2}\.zip$/);

    const other = makeDeps(tempDir());
    await call(other, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Rapat di komputer lain' });
    const { safetyBackup } = await call(other, 'backups/import-archive', { base64: archive.base64 });
    expect((await call(other, 'meetings/get', { id: demo.id })).speakers).toHaveLength(3);
    expect((await call(other, 'settings/get', {})).paper).toBe('F4');
    expect((await call(other, 'meetings/list', {})).meetings).toHaveLength(1);
    expect(safetyBackup.files).toBeGreaterThan(0);
    const files = fs.readdirSync(path.join(other.store.dir, 'rapat'));
    for (const f of files) expect(fs.statSync(path.join(other.store.dir, 'rapat', f)).mode & 0o777).toBe(0o600);
  });

  it('a file that is not a Rakor archive is refused and changes nothing', async () => {
    const deps = makeDeps();
    const a = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Tetap ada' });
    for (const bytes of [Buffer.from('bukan zip'), Buffer.alloc(0)]) {
      const err = await callError(deps, 'backups/import-archive', { base64: bytes.toString('base64') });
      expect(err.message).toContain('bukan arsip cadangan Rakor');
    }
    expect((await call(deps, 'meetings/get', { id: a.id })).title).toBe('Tetap ada');
    expect(listBackups(deps.store.dir)).toHaveLength(0);
  });
});
