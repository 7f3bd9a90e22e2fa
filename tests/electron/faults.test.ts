// Faults a secretariat meets: the process killed mid-save, a full disk, a read-only data
// folder (turning read-only, or read-only from the start), a second launch. Each runs the real thing: a real host process, real SIGKILL, a
// real small tmpfs that fills up or is remounted read-only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataStore } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';
import { defaultMeetingSetup, setupOf, type Meeting } from '../../shared/domain/meeting';
import { call, makeDeps, tempDir } from './helpers';
import { runSecondLaunch, startHostProcess, type HostProcess } from './host-process';
import { readOnlyMount } from '../e2e/host';
import { dataFile } from '../e2e/data-folder';
import { itemAt } from '../helpers/indexed';

function allJsonFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('the process killed in the middle of a stream of saves', () => {
  it('leaves every file readable and the last acknowledged save present', async () => {
    const dir = tempDir();
    const host = await startHostProcess(dir);
    const created = (await host.call('meetings/load-demo', {})).value as Meeting;
    let acked = -1;
    let sent = -1;
    const stream = (async () => {
      for (let n = 0; ; n++) {
        const points = [...itemAt(created.speakers, 0).points, `butir ${n} `.repeat(50)];
        sent = n;
        try {
          const res = await host.call('speakers/set-points', { id: created.id, speakerId: itemAt(created.speakers, 0).id, points });
          if (!res.ok) throw new Error(res.error?.message);
          acked = n;
        } catch {
          return;
        }
      }
    })();
    while (acked < 40) await new Promise((r) => setTimeout(r, 5));
    await host.stop('SIGKILL');
    await stream;

    for (const file of allJsonFiles(dir)) expect(() => JSON.parse(fs.readFileSync(file, 'utf8')), file).not.toThrow();
    const store = new DataStore(dir, confJsonFile, () => new Date()).open();
    expect(store.damaged).toEqual([]);
    const after = store.getMeeting(created.id);
    const n = Number(/^butir (\d+) /.exec(itemAt(after.speakers, 0).points.at(-1) ?? '')?.[1]);
    // The save in flight at the kill may or may not have landed; nothing acknowledged is lost.
    expect(n).toBeGreaterThanOrEqual(acked);
    expect(n).toBeLessThanOrEqual(sent);
    expect(itemAt(after.speakers, 0).points.at(-1)).toBe(`butir ${n} `.repeat(50));
  }, 60_000);
});

describe('a second launch on the same data folder', () => {
  it('sends the user to the instance already running instead of opening the folder twice', async () => {
    const dir = tempDir();
    const first = await startHostProcess(dir);
    try {
      const second = await runSecondLaunch(dir);
      expect(second.code).toBe(0);
      expect(second.output).toContain('Rakor sudah berjalan untuk folder data ini');
      expect(second.output).toContain(first.url);
    } finally {
      await first.stop();
    }
    // After the first one stopped (or died), the folder is free again.
    const third = await startHostProcess(dir);
    await third.stop('SIGKILL');
    const fourth = await startHostProcess(dir);
    await fourth.stop();
  }, 60_000);
});

// A small tmpfs makes "disk full" and "read-only" real, and a read-only bind mount makes a
// folder that root cannot write through (chmod would not stop root). Each lives in a private
// mount namespace (`unshare -rm`) in which the real host process runs, so no mount is left
// behind and no special rights are needed beyond what unshare gives. The test reaches the
// files through /proc/<pid>/root, the host's own view of the file system.

/** Run the host in a namespace where `dir` is a fresh tmpfs of `size`. */
function tmpfsAt(dir: string, size: string): string[] {
  return ['unshare', '-rm', 'sh', '-c', 'mount -t tmpfs -o size="$2",mode=0700 tmpfs "$1" && shift 2 && exec "$@"', 'sh', dir, size];
}

/** A path as the host process sees it, inside its mount namespace. */
function inside(host: HostProcess, p: string): string {
  return `/proc/${host.proc.pid}/root${p}`;
}

function remount(host: HostProcess, dir: string, mode: 'ro' | 'rw') {
  execFileSync('nsenter', ['-t', String(host.proc.pid), '-U', '-m', '--preserve-credentials', 'mount', '-o', `remount,${mode}`, dir]);
}

/** Fill the tmpfs the host sees at `dir` so that exactly `freeBytes` are left (in whole pages). */
function fillTo(host: HostProcess, dir: string, freeBytes: number) {
  const filler = inside(host, path.join(dir, 'isi'));
  fs.rmSync(filler, { force: true });
  const { bavail, bsize } = fs.statfsSync(inside(host, dir));
  const size = Math.max(0, bavail * bsize - freeBytes);
  fs.writeFileSync(filler, Buffer.alloc(size));
}

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = path.join(e.parentPath, e.name);
    out[path.relative(dir, p)] = e.isFile() ? `${fs.statSync(p).mtimeMs} ${fs.readFileSync(p, 'base64')}` : 'dir';
  }
  return out;
}

async function ok<T = unknown>(host: HostProcess, method: string, input: unknown): Promise<T> {
  const res = await host.call(method, input);
  if (!res.ok) throw new Error(`${method}: ${res.error?.message}`);
  return res.value as T;
}

describe('disk full and read-only data folder (real tmpfs in a private mount namespace)', () => {
  it('a full disk gives a clear message and the saved meeting stays intact', async () => {
    const dir = tempDir();
    const host = await startHostProcess(dir, { wrap: tmpfsAt(dir, '256k') });
    try {
      const demo = await ok<Meeting>(host, 'meetings/load-demo', {});
      const file = dataFile(inside(host, dir), 'rapat', `${demo.id}.json`);
      const before = fs.readFileSync(file, 'utf8');
      fillTo(host, dir, 0);
      const big = { id: demo.id, speakerId: itemAt(demo.speakers, 0).id, points: [...itemAt(demo.speakers, 0).points, 'x'.repeat(9000)] };
      const err = await host.call('speakers/set-points', big);
      expect(err.ok).toBe(false);
      expect(err.error?.code).toBe('storage');
      expect(err.error?.message).toContain('disk penuh');
      expect(err.error?.message).toContain('Perubahan masih ada di layar');
      expect(fs.readFileSync(file, 'utf8')).toBe(before);
      fs.rmSync(inside(host, path.join(dir, 'isi')));
      await ok(host, 'speakers/set-points', big);
      expect(itemAt((await ok<Meeting>(host, 'meetings/get', { id: demo.id })).speakers, 0).points.at(-1)).toHaveLength(9000);
    } finally {
      await host.stop();
    }
  }, 60_000);

  it('meetings/create on a full disk reports an error only when nothing was written, at every amount of space left', async () => {
    const dir = tempDir();
    const host = await startHostProcess(dir, { wrap: tmpfsAt(dir, '512k') });
    const created: string[] = [];
    const outcomes: string[] = [];
    try {
      // A few meetings, so the index is bigger than a new meeting file.
      for (let i = 0; i < 6; i++) await ok(host, 'meetings/load-demo', {});
      const meetingsDir = dataFile(inside(host, dir), 'rapat');
      const setup = { ...defaultMeetingSetup('2030-01-02'), title: 'Rakor di disk penuh' };
      // From no room at all to room for several files: somewhere in between the meeting file
      // fits and the index does not, which is where the error used to be untrue.
      for (let pages = 0; pages <= 12; pages++) {
        fillTo(host, dir, pages * 4096);
        const before = fs
          .readdirSync(meetingsDir)
          .filter((f) => f.endsWith('.json'))
          .sort();
        const res = await host.call('meetings/create', { ...setup, title: `${setup.title} ${pages}` });
        const after = fs
          .readdirSync(meetingsDir)
          .filter((f) => f.endsWith('.json'))
          .sort();
        if (res.ok) {
          const id = (res.value as Meeting).id;
          created.push(id);
          expect(after).toEqual([...before, `${id}.json`].sort());
          outcomes.push('ok');
        } else {
          expect(res.error?.message).toContain('disk penuh');
          expect(after, `error reported at ${pages} pages, but a meeting file was written`).toEqual(before);
          outcomes.push('error');
        }
      }
      expect(outcomes).toContain('error');
      expect(outcomes).toContain('ok');
      fs.rmSync(inside(host, path.join(dir, 'isi')));
      // After a restart every meeting reported as created is listed; the others never existed.
      const copy = tempDir();
      fs.cpSync(inside(host, dir), copy, { recursive: true });
      await host.stop();
      const again = await startHostProcess(copy);
      try {
        const list = await ok<{ meetings: Array<{ id: string; title: string }> }>(again, 'meetings/list', {});
        const titles = list.meetings
          .filter((m) => m.title.startsWith(setup.title))
          .map((m) => m.id)
          .sort();
        expect(titles).toEqual([...created].sort());
      } finally {
        await again.stop();
      }
    } finally {
      await host.stop();
    }
  }, 90_000);

  it('a data folder that turns read-only gives a clear message and reading still works', async () => {
    const dir = tempDir();
    const host = await startHostProcess(dir, { wrap: tmpfsAt(dir, '1m') });
    try {
      const demo = await ok<Meeting>(host, 'meetings/load-demo', {});
      remount(host, dir, 'ro');
      const err = await host.call('meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), title: 'Diubah' } });
      expect(err.error?.code).toBe('storage');
      expect(err.error?.message).toContain('folder data hanya-baca');
      expect((await ok<Meeting>(host, 'meetings/get', { id: demo.id })).title).toBe(demo.title);
    } finally {
      await host.stop();
    }
  }, 60_000);
});

describe('a data folder that is read-only from the start (real read-only bind mount)', () => {
  it('opens read-only: everything readable and exportable, every change refused with the read-only message, nothing written', async () => {
    const dir = tempDir();
    const deps = makeDeps(dir);
    const demo = await call(deps, 'meetings/load-demo', {});
    await call(deps, 'roster/save-person', { id: 'p-ro', unitCode: '3504', roleId: 'parmas', patch: { name: 'Rina Wulandari' } });
    const settings = await call(deps, 'settings/save', { ...(await call(deps, 'settings/get', {})), organizerName: 'Sekretariat KPU Jatim' });
    const before = snapshot(dir);

    const host = await startHostProcess(dir, { wrap: readOnlyMount(dir) });
    try {
      expect(host.output()).toContain('Folder data hanya-baca');
      const info = await ok<{ readOnly: string | null; dataDir: string }>(host, 'app/info', {});
      expect(info.readOnly).toBe('folder data hanya-baca');
      // Readable.
      expect((await ok<{ meetings: Array<{ id: string }> }>(host, 'meetings/list', {})).meetings.map((m) => m.id)).toEqual([demo.id]);
      expect((await ok<Meeting>(host, 'meetings/get', { id: demo.id })).title).toBe(demo.title);
      expect(await ok(host, 'settings/get', {})).toEqual(settings);
      expect(JSON.stringify(await ok(host, 'roster/get', {}))).toContain('Rina Wulandari');
      // Exportable and printable.
      for (const [method, input] of [
        ['attendance/export-csv', { id: demo.id }],
        ['attendance/export-docx', { id: demo.id }],
        ['minutes/export-docx', { id: demo.id }],
        ['invitations/export-letter', { id: demo.id, form: 'all' }],
        ['invitations/export-ics', { id: demo.id }],
        ['invitations/export-all', { id: demo.id, form: 'per-unit' }],
        ['roster/export-csv', { delimiter: ';' }],
        ['backups/export-archive', {}],
      ] as const) {
        const file = await ok<{ base64?: string; kind?: string }>(host, method, input);
        expect(file.base64 ?? (file as { file?: { base64: string } }).file?.base64, method).toBeTruthy();
      }
      // Every change refused with the message of a folder gone read-only.
      const refused = [
        ['meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), title: 'Diubah' } }],
        [
          'attendance/set-cells',
          { id: demo.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'izin', name: 'Nama yang belum pernah ada' } }] },
        ],
        ['speakers/set-points', { id: demo.id, speakerId: itemAt(demo.speakers, 0).id, points: ['Diubah'] }],
        ['meetings/create', { ...defaultMeetingSetup('2030-01-02'), title: 'Rapat baru' }],
        ['meetings/load-demo', {}],
        ['meetings/delete', { id: demo.id }],
        ['meetings/duplicate', { id: demo.id, date: '2030-01-09' }],
        ['invitations/mark-sent', { id: demo.id, unitCodes: ['3504'] }],
        ['minutes/finalize', { id: demo.id }],
        ['settings/save', { ...settings, organizerName: 'Diubah' }],
        ['settings/remove-logo', {}],
        ['templates/save', { key: 'invitation.whatsapp', text: 'Halo' }],
        ['roster/save-person', { id: 'p-ro', unitCode: '3504', roleId: 'parmas', patch: { name: 'Diubah' } }],
        ['backups/create', {}],
        ['backups/restore', { name: '2026-01-01T00-00-00-000Z' }],
        ['backups/import-archive', { base64: 'UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==' }],
      ] as const;
      for (const [method, input] of refused) {
        const res = await host.call(method, input);
        expect(res.ok, method).toBe(false);
        expect(res.error?.message, method).toBe(
          'Gagal menyimpan ke disk (folder data hanya-baca). Perubahan masih ada di layar; simpan ulang setelah masalah diatasi.',
        );
      }
      expect((await ok<Meeting>(host, 'meetings/get', { id: demo.id })).title).toBe(demo.title);
    } finally {
      await host.stop();
    }
    // Not a byte, not a modification time changed; no lock file, no backup, no index rewrite.
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('a data folder that does not exist on a read-only drive opens empty, read-only', async () => {
    const parent = tempDir();
    const dir = path.join(parent, 'Rakor');
    const host = await startHostProcess(dir, { wrap: readOnlyMount(parent) });
    try {
      expect((await ok<{ readOnly: string | null }>(host, 'app/info', {})).readOnly).toBe('folder data hanya-baca');
      expect((await ok<{ meetings: unknown[] }>(host, 'meetings/list', {})).meetings).toEqual([]);
      expect((await host.call('meetings/load-demo', {})).error?.message).toContain('folder data hanya-baca');
    } finally {
      await host.stop();
    }
    expect(fs.existsSync(dir)).toBe(false);
  }, 60_000);
});
