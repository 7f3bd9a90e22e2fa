// Faults a secretariat meets: the process killed mid-save, a full disk, a read-only data
// folder, a second launch. Each runs the real thing: a real host process, real SIGKILL, a
// real small tmpfs that fills up or is remounted read-only.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataStore } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';
import { setupOf, type Meeting } from '../../shared/domain/meeting';
import { call, callError, makeDeps, tempDir } from './helpers';
import { runSecondLaunch, startHostProcess } from './host-process';

function allJsonFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
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
        const points = [...created.speakers[0].points, `butir ${n} `.repeat(50)];
        sent = n;
        try {
          const res = await host.call('speakers/set-points', { id: created.id, speakerId: created.speakers[0].id, points });
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
    const n = Number(/^butir (\d+) /.exec(after.speakers[0].points.at(-1) ?? '')?.[1]);
    // The save in flight at the kill may or may not have landed; nothing acknowledged is lost.
    expect(n).toBeGreaterThanOrEqual(acked);
    expect(n).toBeLessThanOrEqual(sent);
    expect(after.speakers[0].points.at(-1)).toBe(`butir ${n} `.repeat(50));
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

// A small tmpfs makes "disk full" and "read-only" real. It needs root with mount rights,
// which this project's CI and development machines have; elsewhere these tests say so.
const mountRoot = tempDir();
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k,mode=0700', 'tmpfs', mountRoot], { stdio: 'ignore' });
  mounted = true;
} catch {
  mounted = false;
}
afterAll(() => {
  if (mounted) execFileSync('umount', ['-l', mountRoot]);
});

describe.runIf(mounted)('disk full and read-only data folder (real tmpfs)', () => {
  it('a full disk gives a clear message and the saved meeting stays intact', async () => {
    const dir = path.join(mountRoot, 'penuh');
    const deps = makeDeps(dir);
    const demo = await call(deps, 'meetings/load-demo', {});
    const file = path.join(dir, 'rapat', `${demo.id}.json`);
    const before = fs.readFileSync(file, 'utf8');
    // Fill the rest of the disk.
    const filler = path.join(mountRoot, 'isi');
    try {
      fs.writeFileSync(filler, Buffer.alloc(1024 * 1024));
    } catch {
      // ENOSPC: the disk is now full, as intended.
    }
    const big = { id: demo.id, speakerId: demo.speakers[0].id, points: [...demo.speakers[0].points, 'x'.repeat(9000)] };
    const err = await callError(deps, 'speakers/set-points', big);
    expect(err.code).toBe('storage');
    expect(err.message).toContain('disk penuh');
    expect(err.message).toContain('Perubahan masih ada di layar');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    fs.rmSync(filler, { force: true });
    await call(deps, 'speakers/set-points', big);
    expect((await call(deps, 'meetings/get', { id: demo.id })).speakers[0].points.at(-1)).toHaveLength(9000);
  });

  it('a read-only data folder gives a clear message and reading still works', async () => {
    const dir = path.join(mountRoot, 'baca');
    const deps = makeDeps(dir);
    const demo = await call(deps, 'meetings/load-demo', {});
    execFileSync('mount', ['-o', 'remount,ro', mountRoot]);
    try {
      const err = await callError(deps, 'meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), title: 'Diubah' } });
      expect(err.code).toBe('storage');
      expect(err.message).toContain('folder data hanya-baca');
      expect((await call(deps, 'meetings/get', { id: demo.id })).title).toBe(demo.title);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountRoot]);
    }
  });
});

describe.runIf(!mounted)('disk full and read-only data folder', () => {
  it('cannot be simulated without mount rights on this machine', () => {
    console.warn('Lewati: tmpfs tidak dapat dipasang (perlu hak root untuk mount).');
  });
});
