// Restores that cannot lose data, on real folders: only the files a Rakor data folder has are
// accepted, each read with the schemas used at start; anything else is refused with nothing
// changed. The switch to the restored data is atomic: a real child process killed at each step
// leaves the old data or the new, complete. The same for moving an older folder into the
// current layout. Rotation keeps the backup being restored.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { listBackups, RESTORE_STEPS } from '../../electron/storage/backup';
import { MIGRATION_STEPS, POINTER_FILE } from '../../electron/storage/layout';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { call, callError, makeDeps, tempDir } from './helpers';
import { digest, generationsIn, runChild, snapshot } from './restore-helpers';
import { makeZip, MANIFEST_ENTRY } from './zip-fixtures';
import { valueAt } from '../helpers/indexed';

const setup = (title: string, date = '2030-01-01') => ({ ...defaultMeetingSetup(date), title });

async function archiveOf(files: Record<string, unknown>, manifest = true): Promise<string> {
  const zip = new JSZip();
  if (manifest) zip.file(MANIFEST_ENTRY.name, MANIFEST_ENTRY.data!);
  for (const [name, content] of Object.entries(files)) zip.file(name, typeof content === 'string' ? content : JSON.stringify(content));
  return Buffer.from(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })).toString('base64');
}

/** A folder with data, and a valid archive of other data to restore into it. */
async function folderAndArchive() {
  const source = makeDeps(tempDir());
  const demo = await call(source, 'meetings/load-demo', {});
  const archive = await call(source, 'backups/export-archive', {});
  const zip = await JSZip.loadAsync(Buffer.from(archive.base64, 'base64'));
  const files: Record<string, string> = {};
  for (const f of Object.values(zip.files)) if (!f.dir) files[f.name] = await f.async('string');

  const deps = makeDeps(tempDir());
  const kept = await call(deps, 'meetings/create', setup('Rapat yang harus tetap ada'));
  return { deps, kept, demo, files };
}

describe('a restore accepts only a complete Rakor data folder', () => {
  it('an archive with only the manifest and one unrelated file is refused, nothing changed', async () => {
    const { deps, kept } = await folderAndArchive();
    const before = digest(deps.store.root);
    const err = await callError(deps, 'backups/import-archive', { base64: await archiveOf({ 'catatan.txt': 'halo' }) });
    expect(err.code).toBe('bad_archive');
    expect(err.message).toContain('"catatan.txt" bukan bagian dari data Rakor');
    expect(err.message).toContain('Data saat ini tidak diubah');
    expect(digest(deps.store.root)).toEqual(before);
    expect((await call(deps, 'meetings/get', { id: kept.id })).title).toBe('Rapat yang harus tetap ada');
  });

  it('an archive with nothing but the manifest is refused', async () => {
    const { deps } = await folderAndArchive();
    const before = digest(deps.store.root);
    const err = await callError(deps, 'backups/import-archive', { base64: await archiveOf({}) });
    expect(err.message).toContain('tidak berisi data Rakor');
    expect(digest(deps.store.root)).toEqual(before);
  });

  it('an archive from a newer Rakor is refused before anything changes, and the folder still opens', async () => {
    const { deps, kept, files } = await folderAndArchive();
    const before = digest(deps.store.root);
    const meetingFile = Object.keys(files).find((n) => n.startsWith('rapat/'))!;
    const newer = { ...JSON.parse(valueAt(files, meetingFile)), schemaVersion: 99 };
    const err = await callError(deps, 'backups/import-archive', { base64: await archiveOf({ ...files, [meetingFile]: newer }) });
    expect(err.code).toBe('bad_archive');
    expect(err.message).toContain('versi Rakor yang lebih baru');
    expect(digest(deps.store.root)).toEqual(before);
    const reopened = snapshot(deps.store.root);
    expect(Object.keys(reopened.meetings)).toEqual([kept.id]);
    expect(reopened.damaged).toBe(0);
  });

  it('a meeting that breaks the schema, or sits under another id, refuses the whole restore', async () => {
    const { deps, files } = await folderAndArchive();
    const before = digest(deps.store.root);
    const meetingFile = Object.keys(files).find((n) => n.startsWith('rapat/'))!;
    const broken = JSON.parse(valueAt(files, meetingFile));
    broken.meeting.date = 'kemarin';
    for (const variant of [
      { [meetingFile]: broken },
      { [meetingFile]: '{"schemaVersion": 1, "meet' },
      { 'rapat/lain.json': files[meetingFile] },
      { 'pengaturan.json': { schemaVersion: 1, settings: { paper: 'A3' } } },
    ]) {
      const err = await callError(deps, 'backups/import-archive', { base64: await archiveOf({ ...files, ...variant }) });
      expect(err.code, JSON.stringify(Object.keys(variant))).toBe('bad_archive');
      expect(digest(deps.store.root)).toEqual(before);
    }
  });

  it('an archive whose meeting breaks a rule of a meeting is refused like any other write of a whole record', async () => {
    const { deps, files } = await folderAndArchive();
    const before = digest(deps.store.root);
    const meetingFile = Object.keys(files).find((n) => n.startsWith('rapat/'))!;
    const endsBeforeStart = JSON.parse(valueAt(files, meetingFile));
    endsBeforeStart.meeting.startTime = '10:00';
    endsBeforeStart.meeting.endTime = '09:00';
    const unknownUnit = JSON.parse(valueAt(files, meetingFile));
    unknownUnit.meeting.unitsInvited = [...unknownUnit.meeting.unitsInvited, '9999'];
    const noUnits = JSON.parse(valueAt(files, meetingFile));
    noUnits.meeting.unitsInvited = [];
    noUnits.meeting.attendance = {};
    for (const [broken, why] of [
      [endsBeforeStart, 'Waktu selesai harus setelah waktu mulai'],
      [unknownUnit, '9999'],
      [noUnits, 'unit'],
    ] as const) {
      const err = await callError(deps, 'backups/import-archive', { base64: await archiveOf({ ...files, [meetingFile]: broken }) });
      expect(err.code).toBe('bad_archive');
      expect(err.message).toContain('tidak memenuhi aturan rapat');
      expect(err.message).toContain(why);
      expect(err.message).toContain('Data saat ini tidak diubah');
      expect(digest(deps.store.root)).toEqual(before);
    }
    // The same archive unbroken goes in.
    await call(deps, 'backups/import-archive', { base64: await archiveOf(files) });
  });

  it('an archive without the manifest is refused; with it, the restore works and rebuilds the index', async () => {
    const { deps, demo, files } = await folderAndArchive();
    const withoutManifest = { ...files };
    delete withoutManifest['rakor-cadangan.json'];
    const err = await callError(deps, 'backups/import-archive', { base64: await archiveOf(withoutManifest, false) });
    expect(err.message).toContain('bukan arsip cadangan Rakor');
    // A stale or hostile index in the archive does not reach the list: it is built from the meetings.
    const hostileIndex = { schemaVersion: 1, meetings: { palsu: { id: 'palsu', title: 'Tidak ada' } } };
    await call(deps, 'backups/import-archive', { base64: await archiveOf({ ...withoutManifest, 'indeks-rapat.json': hostileIndex }) });
    expect((await call(deps, 'meetings/list', {})).meetings.map((m) => m.id)).toEqual([demo.id]);
  });

  it('a zip bomb is refused by the caps, nothing changed', async () => {
    const { deps } = await folderAndArchive();
    const before = digest(deps.store.root);
    const bomb = await makeZip([MANIFEST_ENTRY, { name: 'rapat/bom.json', zeros: 300 * 1024 * 1024 }]);
    const err = await callError(deps, 'backups/import-archive', { base64: bomb.toString('base64') });
    expect(err.message).toContain('terlalu besar');
    expect(digest(deps.store.root)).toEqual(before);
  });

  it('a backup in cadangan/ that was changed to a newer version is refused too', async () => {
    const deps = makeDeps();
    const a = await call(deps, 'meetings/create', setup('Rapat'));
    const backup = await call(deps, 'backups/create', {});
    const file = path.join(deps.store.root, 'cadangan', backup.name, 'rapat', `${a.id}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...JSON.parse(fs.readFileSync(file, 'utf8')), schemaVersion: 7 }));
    const before = digest(deps.store.root);
    const err = await callError(deps, 'backups/restore', { name: backup.name });
    expect(err.message).toContain('versi Rakor yang lebih baru');
    expect(digest(deps.store.root)).toEqual(before);
  });
});

describe('rotation and the backup being restored', () => {
  it('restoring the oldest of 10 backups works and keeps it; rotation runs after', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', setup('Versi 0'));
    for (let i = 0; i < 10; i++) {
      await call(deps, 'meetings/update-setup', { id: m.id, setup: setup(`Versi ${i}`) });
      deps.tick(60_000);
      await call(deps, 'backups/create', {});
    }
    const all = listBackups(deps.store.root);
    expect(all).toHaveLength(10);
    const oldest = all.at(-1)!;
    await call(deps, 'meetings/update-setup', { id: m.id, setup: setup('Versi terbaru') });
    deps.tick(60_000);

    const { safetyBackup } = await call(deps, 'backups/restore', { name: oldest.name });
    expect((await call(deps, 'meetings/get', { id: m.id })).title).toBe('Versi 0');
    const after = listBackups(deps.store.root).map((b) => b.name);
    expect(after).toHaveLength(10);
    expect(after).toContain(oldest.name);
    expect(after).toContain(safetyBackup.name);
    // The oldest can be restored again, and the state before it too.
    await call(deps, 'backups/restore', { name: oldest.name });
    await call(deps, 'backups/restore', { name: safetyBackup.name });
    expect((await call(deps, 'meetings/get', { id: m.id })).title).toBe('Versi terbaru');
  });
});

/** A folder whose current data differs in every file from a backup and an archive of other data. */
async function twoStates() {
  const deps = makeDeps(tempDir());
  const a = await call(deps, 'meetings/create', setup('Rapat A'));
  await call(deps, 'meetings/create', setup('Rapat B', '2030-02-01'));
  await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), paper: 'F4' });
  const backup = await call(deps, 'backups/create', {});
  const archive = path.join(tempDir(), 'arsip.zip');
  fs.writeFileSync(archive, Buffer.from((await call(deps, 'backups/export-archive', {})).base64, 'base64'));
  const restored = snapshot(deps.store.root);
  deps.tick(5000);
  await call(deps, 'meetings/update-setup', { id: a.id, setup: setup('Rapat A diubah') });
  await call(deps, 'meetings/create', setup('Rapat C', '2030-03-01'));
  await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), paper: 'A4' });
  await call(deps, 'roster/add-role', { label: 'Divisi Hukum', short: 'Hukum', keywords: ['hukum'] });
  const current = snapshot(deps.store.root);
  expect(current).not.toEqual(restored);
  return { root: deps.store.root, backupName: backup.name, archive, restored, current };
}

describe('a crash at any step of a restore leaves the old data or the new, complete', () => {
  it.each(['restore-backup', 'import-archive'])(
    '%s: a real process killed at each step, then the folder opened again',
    async (mode) => {
      const base = await twoStates();
      const pointerAt = RESTORE_STEPS.indexOf('pointer-written');
      const markedAt = RESTORE_STEPS.indexOf('marked-complete');
      for (const [i, step] of [...RESTORE_STEPS.entries(), [RESTORE_STEPS.length, 'none'] as const]) {
        const root = tempDir();
        fs.cpSync(base.root, root, { recursive: true });
        const res = runChild([mode, root, step, mode === 'restore-backup' ? base.backupName : base.archive]);
        if (step === 'none') expect(res.status, res.stderr).toBe(0);
        else expect(res.signal, `${step}: ${res.stderr}`).toBe('SIGKILL');
        // The same crash, and then the pointer file damaged too: the newest complete generation is used.
        const garbled = tempDir();
        fs.cpSync(root, garbled, { recursive: true });
        fs.writeFileSync(path.join(garbled, POINTER_FILE), '{"fol');
        const after = snapshot(root);
        expect(after, `killed at ${step}`).toEqual(i < pointerAt ? base.current : base.restored);
        expect(generationsIn(root), step).toHaveLength(1);
        expect(snapshot(garbled), `killed at ${step}, pointer damaged`).toEqual(i < markedAt ? base.current : base.restored);
        if (mode === 'restore-backup') expect(fs.existsSync(path.join(root, 'cadangan', base.backupName)), step).toBe(true);
      }
    },
    120_000,
  );
});

describe('a data folder of an older Rakor', () => {
  /** The layout before generations: the data files directly in the folder, beside Chromium's. */
  async function legacyFolder() {
    const deps = makeDeps(tempDir());
    await call(deps, 'meetings/load-demo', {});
    await call(deps, 'meetings/create', setup('Rapat kedua'));
    await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), paper: 'F4' });
    const expected = snapshot(deps.store.root);
    const root = tempDir();
    fs.cpSync(deps.store.dir, root, { recursive: true });
    fs.rmSync(path.join(root, '.lengkap'));
    fs.writeFileSync(path.join(root, 'Preferences'), '{"chromium":true}');
    fs.mkdirSync(path.join(root, 'Local Storage', 'leveldb'), { recursive: true });
    fs.writeFileSync(path.join(root, 'Local Storage', 'leveldb', '000003.log'), 'chromium');
    fs.mkdirSync(path.join(root, 'rusak'));
    fs.writeFileSync(path.join(root, 'rusak', 'lama.json'), 'rusak');
    fs.writeFileSync(path.join(root, 'rapat', 'catatan-saya.txt'), 'bukan milik Rakor');
    return { root, expected };
  }

  it("is moved into the current layout once, at start; what is not Rakor's stays where it is", async () => {
    const { root, expected } = await legacyFolder();
    expect(snapshot(root)).toEqual(expected);
    expect(fs.existsSync(path.join(root, POINTER_FILE))).toBe(true);
    expect(fs.existsSync(path.join(root, 'pengaturan.json'))).toBe(false);
    expect(fs.existsSync(path.join(root, 'indeks-rapat.json'))).toBe(false);
    expect(fs.readdirSync(path.join(root, 'rapat'))).toEqual(['catatan-saya.txt']);
    expect(fs.readFileSync(path.join(root, 'Preferences'), 'utf8')).toBe('{"chromium":true}');
    expect(fs.readFileSync(path.join(root, 'rusak', 'lama.json'), 'utf8')).toBe('rusak');
    const once = digest(root);
    snapshot(root);
    expect(digest(root)).toEqual(once);
  });

  it('a real process killed at each step of the move: the next start has all the data', async () => {
    const { root: legacy, expected } = await legacyFolder();
    for (const step of [...MIGRATION_STEPS, 'none']) {
      const root = tempDir();
      fs.cpSync(legacy, root, { recursive: true });
      const res = runChild(['open', root, step]);
      if (step === 'none') expect(res.status, res.stderr).toBe(0);
      else expect(res.signal, `${step}: ${res.stderr}`).toBe('SIGKILL');
      expect(snapshot(root), `killed at ${step}`).toEqual(expected);
      expect(generationsIn(root), step).toHaveLength(1);
      expect(fs.existsSync(path.join(root, 'roster.json')) || fs.existsSync(path.join(root, 'pengaturan.json')), step).toBe(false);
      expect(fs.existsSync(path.join(root, 'Preferences')), step).toBe(true);
    }
  }, 60_000);
});

/** Run the child as root of a private mount namespace, with a fresh tmpfs on its data folder. */
const inMountNamespace = (node: string, script: string) => ({
  cmd: 'unshare',
  args: ['-rm', 'sh', '-c', 'mount -t tmpfs -o size=4m tmpfs "$3" && exec "$0" "$@"', node, script],
});

describe('a data folder of an older Rakor on a read-only drive (a real read-only tmpfs in a private mount namespace)', () => {
  it('is read where it is, with every meeting', async () => {
    const deps = makeDeps(tempDir());
    await call(deps, 'meetings/create', setup('Rapat satu'));
    await call(deps, 'meetings/create', setup('Rapat dua'));
    const legacy = tempDir();
    fs.cpSync(deps.store.dir, legacy, { recursive: true });
    fs.rmSync(path.join(legacy, '.lengkap'));
    const res = runChild(['read-only-legacy', tempDir(), 'none', legacy], inMountNamespace);
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual({ readInPlace: true, titles: ['Rapat dua', 'Rapat satu'] });
  });
});

describe('backups/create on a read-only data folder (a real read-only tmpfs in a private mount namespace)', () => {
  it('says the folder is read-only, not ENOENT', () => {
    const mountPoint = tempDir();
    const res = runChild(['read-only-backup', mountPoint, 'none'], inMountNamespace);
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as { created: boolean; res: { ok: boolean; error: { code: string; message: string } } };
    expect(out.created).toBe(true);
    expect(out.res.ok).toBe(false);
    expect(out.res.error.code).toBe('storage');
    expect(out.res.error.message).toContain('folder data hanya-baca');
    expect(out.res.error.message).not.toContain('ENOENT');
  });
});
