// The data-folder lock after a crash or a power cut: the pid in rakor.lock may by now belong
// to another, living process. Real lock files, real processes: the test runner's own pid and
// pid 1 are alive, so only the lock's age can tell the lock is stale.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireInstanceLock, LOCK_FILE, LOCK_REFRESH_MS, LOCK_STALE_MS } from '../../electron/storage/instance-lock';
import { tempDir } from './helpers';
import { runSecondLaunch, startHostProcess } from './host-process';

function plantLock(dir: string, pid: number, ageMs: number, url = 'http://127.0.0.1:9/#token=mati') {
  const file = path.join(dir, LOCK_FILE);
  fs.writeFileSync(file, JSON.stringify({ pid, url, startedAt: '2026-11-30T01:00:00.000Z', app: 'web' }), { mode: 0o600 });
  const then = new Date(Date.now() - ageMs);
  fs.utimesSync(file, then, then);
  return file;
}

describe('a stale lock whose pid is alive', () => {
  it('is taken over when it has not been touched for 30 s, saying so (pid of a living process, and pid 1)', async () => {
    expect(LOCK_STALE_MS).toBe(30_000);
    for (const pid of [process.pid, 1]) {
      const dir = tempDir();
      plantLock(dir, pid, 45_000);
      const host = await startHostProcess(dir);
      try {
        const said = new RegExp(`Kunci folder data dari proses ${pid} tidak diperbarui selama (\\d+) detik`).exec(host.output());
        expect(Number(said?.[1])).toBeGreaterThanOrEqual(45);
        expect(host.output()).toContain('Kunci diambil alih.');
        const lock = JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8'));
        expect(lock).toMatchObject({ pid: host.proc.pid, url: host.url, app: 'web' });
        expect((await host.call('app/info', {})).ok).toBe(true);
      } finally {
        await host.stop();
      }
      expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    }
  }, 60_000);

  it('is respected while it is fresh: the second launch points to the running one and exits', async () => {
    const dir = tempDir();
    const file = plantLock(dir, process.pid, 2_000, 'http://127.0.0.1:9/#token=hidup');
    const before = fs.readFileSync(file, 'utf8');
    const second = await runSecondLaunch(dir);
    expect(second.code).toBe(0);
    expect(second.output).toContain(`Rakor sudah berjalan untuk folder data ini (proses ${process.pid})`);
    expect(second.output).toContain('Buka: http://127.0.0.1:9/#token=hidup');
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
  });

  it('a lock held by the desktop app sends the browser host away with words for that', async () => {
    const dir = tempDir();
    const file = path.join(dir, LOCK_FILE);
    fs.writeFileSync(file, JSON.stringify({ pid: process.pid, url: '', startedAt: new Date().toISOString(), app: 'desktop' }));
    const second = await runSecondLaunch(dir);
    expect(second.code).toBe(0);
    expect(second.output).toContain(`Rakor desktop sudah membuka folder data ini (proses ${process.pid})`);
  });
});

describe('the holder keeps its lock fresh', () => {
  it('the running host touches the lock file every few seconds, so it is never taken for stale', async () => {
    const dir = tempDir();
    const host = await startHostProcess(dir);
    try {
      const file = path.join(dir, LOCK_FILE);
      // Age it by hand, as if the host had been frozen; the next refresh brings it back.
      const old = new Date(Date.now() - 60_000);
      fs.utimesSync(file, old, old);
      await new Promise((r) => setTimeout(r, LOCK_REFRESH_MS + 2_500));
      // Touched again since it was aged (with room for a timer late on a busy machine).
      expect(Date.now() - fs.statSync(file).mtimeMs).toBeLessThan(2 * LOCK_REFRESH_MS);
      const second = await runSecondLaunch(dir);
      expect(second.output).toContain(`Rakor sudah berjalan untuk folder data ini (proses ${host.proc.pid})`);
    } finally {
      await host.stop();
    }
  }, 60_000);

  it('the lock API starts the refresh itself, with a timer that does not keep the process alive', () => {
    const dir = tempDir();
    const logged: string[] = [];
    const lock = acquireInstanceLock(dir, { pid: process.pid, url: '', startedAt: 'a' }, { log: (l) => logged.push(l) });
    expect(lock.acquired).toBe(true);
    if (!lock.acquired) return;
    expect(lock.readOnly).toBe(false);
    // Another launch with a clock 40 s ahead sees an untouched lock of a living pid: stale.
    const later = acquireInstanceLock(dir, { pid: 2 ** 22 + 1, url: '', startedAt: 'b' }, { log: (l) => logged.push(l), now: () => Date.now() + 40_000 });
    expect(later.acquired).toBe(true);
    expect(logged.join('\n')).toMatch(new RegExp(`Kunci folder data dari proses ${process.pid} tidak diperbarui selama 4\\d detik`));
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).startedAt).toBe('b');
    // The first holder's release leaves the new holder's lock alone.
    lock.release();
    expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).startedAt).toBe('b');
    if (later.acquired) later.release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });
});
