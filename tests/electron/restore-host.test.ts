// "Pulihkan dari file" against the real browser host process: a real zip bomb (about 300 KB
// that inflates to 300 MB), an archive with only the manifest and an unrelated file, and an
// archive from a newer Rakor are each refused with nothing changed, the host keeps running,
// and its peak memory (VmHWM in /proc) stays far below what inflating the bomb would take.
import fs from 'node:fs';
import JSZip from 'jszip';
import { CURRENT_VERSION } from '../../shared/domain/migrations';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers';
import { startHostProcess } from './host-process';
import { digest } from './restore-helpers';
import { makeZip, MANIFEST_ENTRY } from './zip-fixtures';

const MB = 1024 * 1024;

function peakRssBytes(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m![1]) * 1024;
}

describe('archive restore through the browser host', () => {
  it('refuses a bomb, a foreign archive and a newer one; nothing changes and the host stays up', async () => {
    const dir = tempDir();
    const host = await startHostProcess(dir);
    try {
      const demo = (await host.call('meetings/load-demo', {})).value as { id: string; title: string };
      const exported = (await host.call('backups/export-archive', {})).value as { base64: string };
      const before = digest(dir);

      for (const lie of [false, true]) {
        const bomb = await makeZip([MANIFEST_ENTRY, { name: `rapat/${demo.id}.json`, zeros: 300 * MB, declaredSize: lie ? 2000 : undefined }]);
        expect(bomb.length).toBeLessThan(400 * 1024);
        const res = await host.call('backups/import-archive', { base64: bomb.toString('base64') });
        expect(res.ok).toBe(false);
        expect(res.error!.code).toBe('bad_archive');
        expect(res.error!.message).toContain('Data saat ini tidak diubah');
      }
      const peak = peakRssBytes(host.proc.pid!);
      console.log(`browser host peak RSS (VmHWM) after two 300 MB zip bombs: ${Math.round(peak / MB)} MB`);
      expect(peak).toBeLessThan(512 * MB);

      const foreign = new JSZip();
      foreign.file(MANIFEST_ENTRY.name, MANIFEST_ENTRY.data!);
      foreign.file('lain.txt', 'bukan data Rakor');
      const res = await host.call('backups/import-archive', { base64: Buffer.from(await foreign.generateAsync({ type: 'uint8array' })).toString('base64') });
      expect(res.error?.message).toContain('bukan bagian dari data Rakor');

      const newer = await JSZip.loadAsync(Buffer.from(exported.base64, 'base64'));
      const file = `rapat/${demo.id}.json`;
      newer.file(file, JSON.stringify({ ...JSON.parse(await newer.file(file)!.async('string')), schemaVersion: CURRENT_VERSION.meeting + 1 }));
      const res2 = await host.call('backups/import-archive', { base64: Buffer.from(await newer.generateAsync({ type: 'uint8array' })).toString('base64') });
      expect(res2.error?.message).toContain('versi Rakor yang lebih baru');

      expect(digest(dir)).toEqual(before);
      expect(host.proc.exitCode).toBe(null);
      expect(((await host.call('meetings/get', { id: demo.id })).value as { title: string }).title).toBe(demo.title);
    } finally {
      await host.stop();
    }
  }, 60_000);
});
