// The list of files a data folder holds (DATA_FILES in the store) is the one the backup, the
// archive and the restore use. Every declared kind is made here through the handlers and must
// come back byte-for-value after a backup and a restore, and after an archive and its import.
// A feature that declares a new kind adds how to make it to MAKE, or this test fails.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, dataFileKind, listDataFiles } from '../../electron/storage/data-store';
import type { StoreKind } from '../../shared/domain/migrations';
import type { HandlerDeps } from '../../electron/handlers/types';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { call, makeDeps, reviewPlan, tempDir } from './helpers';
import { itemAt } from '../helpers/indexed';

/** How to make at least one file of each declared kind. */
const MAKE: Record<StoreKind, (deps: HandlerDeps) => Promise<unknown>> = {
  settings: async (deps) => call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), paper: 'F4', defaultTimeZone: 'WITA' }),
  roster: (deps) => call(deps, 'roster/add-role', { label: 'Divisi Hukum', short: 'Hukum', keywords: ['hukum'] }),
  meeting: (deps) => call(deps, 'meetings/load-demo', {}),
  index: (deps) => call(deps, 'meetings/create', { ...defaultMeetingSetup('2030-01-01'), title: 'Rapat kedua' }),
  // A name placed by hand in an import is learned.
  learned: async (deps) => {
    const demo = (await call(deps, 'meetings/list', {})).meetings.find((m) => m.date === '2022-05-25')!;
    const file = {
      id: demo.id,
      fileName: 'zoom.csv',
      base64: fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'attendance', 'zoom-participants.csv')).toString('base64'),
    };
    const preview = await call(deps, 'attendance/import-preview', file);
    const galaxy = preview.rows.find((r) => r.name === 'Galaxy A52')!;
    const taken = new Set(reviewPlan(deps, demo.id, preview).cells.map((c) => `${c.unitCode}|${c.roleId}`));
    const meeting = await call(deps, 'meetings/get', { id: demo.id });
    const unitCode = meeting.unitsInvited.find((u) => !taken.has(`${u}|medsos`) && !meeting.attendance[u])!;
    await call(deps, 'attendance/import-apply', { ...file, decisions: { assign: [{ key: galaxy.key, unitCode, roleId: 'medsos' }], skip: [], overwrite: [] } });
  },
  followups: (deps) => setDemoFollowUp(deps, 'proses', 'Draf sedang disusun'),
  photos: async (deps) => {
    const meeting = await call(deps, 'meetings/load-demo', {});
    const base64 = fs.readFileSync(path.join(__dirname, '../fixtures/photos/layar-rakor.png')).toString('base64');
    return call(deps, 'report/add-photo', { id: meeting.id, fileName: 'layar-rakor.png', base64, caption: 'Suasana rakor daring' });
  },
};

/** The demo meeting's follow-up (to every invited unit): Tulungagung's status in the tracker. */
async function setDemoFollowUp(deps: HandlerDeps, status: 'proses' | 'selesai', note: string) {
  const demo = (await call(deps, 'meetings/list', {})).meetings.find((m) => m.title.startsWith('Rapat Koordinasi Persiapan'))!;
  const meeting = await call(deps, 'meetings/get', { id: demo.id });
  return call(deps, 'followups/set-status', { meetingId: demo.id, followUpId: itemAt(meeting.minutes.followUps, 0).id, unitKey: '3504', status, note });
}

/** Every data file, parsed: what must survive. */
function contents(dir: string): Record<string, unknown> {
  return Object.fromEntries(listDataFiles(dir).map((rel) => [rel, JSON.parse(fs.readFileSync(path.join(dir, rel), 'utf8'))]));
}

async function fullFolder() {
  const deps = makeDeps(tempDir());
  for (const make of Object.values(MAKE)) await make(deps);
  const files = contents(deps.store.dir);
  const kinds = new Set(Object.keys(files).map((rel) => dataFileKind(rel)!.kind));
  expect([...kinds].sort()).toEqual(DATA_FILES.map((k) => k.kind).sort());
  return { deps, files };
}

/** Change every file, so a restore that skipped one would show. */
async function changeEverything(deps: HandlerDeps) {
  await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), paper: 'A4' });
  await call(deps, 'roster/add-role', { label: 'Sekretaris', short: 'Sekr', keywords: [] });
  for (const learned of await call(deps, 'roster/learned-names', {})) await call(deps, 'roster/forget-learned-name', { id: learned.id });
  await setDemoFollowUp(deps, 'selesai', 'Sudah dikirim');
  for (const m of (await call(deps, 'meetings/list', {})).meetings) {
    const meeting = await call(deps, 'meetings/get', { id: m.id });
    await call(deps, 'meetings/update-setup', { id: m.id, setup: { ...meeting, title: `${meeting.title} (diubah)` } });
  }
}

describe('every kind of file a data folder holds', () => {
  it('is made by this test', () => {
    expect(Object.keys(MAKE).sort()).toEqual(DATA_FILES.map((k) => k.kind).sort());
  });

  it('survives a backup and a restore', async () => {
    const { deps, files } = await fullFolder();
    const backup = await call(deps, 'backups/create', {});
    expect(backup.files).toBe(Object.keys(files).length);
    deps.tick(5000);
    await changeEverything(deps);
    expect(contents(deps.store.dir)).not.toEqual(files);
    await call(deps, 'backups/restore', { name: backup.name });
    expect(contents(deps.store.dir)).toEqual(files);
  });

  it('survives the archive file and its import into another folder', async () => {
    const { deps, files } = await fullFolder();
    const archive = await call(deps, 'backups/export-archive', {});
    const other = makeDeps(tempDir());
    await MAKE.meeting(other);
    await changeEverything(other);
    await call(other, 'backups/import-archive', { base64: archive.base64 });
    expect(contents(other.store.dir)).toEqual(files);
  });
});
