// The news items of every unit as one .zip: 'news/export-all' through the handlers' dispatch,
// over a data folder holding a full rakor of the 38 units (20 speakers of 5 points each, every
// role of every unit attended, the roster's names filled in). Each run's .zip is opened and
// checked: 39 drafts as .docx and .txt, and Tulungagung's draft names its own attendees.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { dispatch } from '../electron/handlers';
import type { HandlerDeps } from '../electron/handlers/types';
import type { FileResult } from '../shared/contract/define';
import { JATIM_UNITS } from '../shared/domain/units';
import { fullMeeting, rosterFor } from './data';
import { median, medianRow, round, type FigureRow } from './figures';

export const NEWS_ZIP_NAME = 'news items of 38 units as one .zip (news/export-all)';
export const NEWS_ZIP_TARGET_MS = 1000;

export async function measureNewsZip(warmup = 2, runs = 7): Promise<FigureRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-bench-news-'));
  const row: FigureRow = { name: NEWS_ZIP_NAME, target: `median <= ${NEWS_ZIP_TARGET_MS} ms`, met: false };
  try {
    const store = new DataStore(dir, confJsonFile, () => new Date('2022-05-25T06:00:00Z')).open();
    const roster = rosterFor([...JATIM_UNITS]);
    store.saveRoster(roster);
    store.saveMeeting(fullMeeting('news38', [...JATIM_UNITS]));
    const deps: HandlerDeps = { store, clock: () => new Date('2022-05-25T06:00:00Z'), newId: () => 'x', transport: 'web', version: 'bench' };
    const holder = roster.people.find((p) => p.unitCode === '3504' && p.roleId === 'tekmas')!.name;
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const res = await dispatch(deps, 'news/export-all', { id: 'news38' });
      const ms = performance.now() - t0;
      const c = process.cpuUsage(c0);
      if (!res.ok) throw new Error(res.error.message);
      const zip = await JSZip.loadAsync(Buffer.from((res.value as FileResult).base64, 'base64'));
      const files = Object.values(zip.files).filter((f) => !f.dir);
      if (files.length !== 78) throw new Error(`zip holds ${files.length} files, not 78`);
      const own = await zip.file('berita-rakor-2022-05-25/3504 KPU Kabupaten Tulungagung.txt')?.async('string');
      if (!own?.includes(`(${holder})`) || !own.includes('pada KPU Kabupaten Tulungagung')) throw new Error('Tulungagung draft lacks its attendees');
      if (i >= warmup) {
        times.push(ms);
        cpu.push((c.user + c.system) / 1000);
      }
    }
    // The CPU time beside the wall time: on a loaded machine the wall time is mostly waiting for a core.
    return { ...medianRow(NEWS_ZIP_NAME, NEWS_ZIP_TARGET_MS, times), value: `CPU time median ${round(median(cpu))} ms` };
  } catch (err) {
    return { ...row, value: 'CHECK FAILED', met: false, target: `${row.target} (${(err as Error).message})` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
