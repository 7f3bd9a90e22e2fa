// A national rakor at 514 units, with the real list: all kabupaten/kota of idn-area-data as a
// custom list applied through 'roster/apply-units' (the handlers' dispatch, real files), and a
// Zoom report naming each of the 514 x 3 cells matched against that list (every row checked:
// no wrong cell, the kabupaten/kota pairs decided by their marker). The grid at 514 units is
// measured in Chromium by grid-paint.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { dispatch } from '../electron/handlers';
import type { HandlerDeps } from '../electron/handlers/types';
import { areaData } from '../electron/storage/area-data';
import { regencyUnits } from '../shared/domain/regions';
import { KIND_WORD, officialUnitName } from '../shared/domain/units';
import { DEFAULT_ROLES } from '../shared/domain/roles';
import { parseAttendanceReport } from '../shared/import/attendance-report';
import { matchParticipants } from '../shared/import/match-participants';
import { medianRow, type FigureRow } from './figures';

async function timed(name: string, targetMs: number, runs: number, fn: () => Promise<void>): Promise<FigureRow> {
  const row: FigureRow = { name, target: `median <= ${targetMs} ms`, met: false };
  try {
    const times: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const t0 = performance.now();
      await fn();
      if (i > 0) times.push(performance.now() - t0);
    }
    return medianRow(name, targetMs, times);
  } catch (err) {
    return { ...row, value: 'CHECK FAILED', target: `${row.target} (${(err as Error).message})` };
  }
}

export async function measureUnits514(): Promise<FigureRow[]> {
  const units = regencyUnits(areaData());
  if (units.length !== 514) throw new Error(`expected 514 kabupaten/kota, got ${units.length}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-bench-514-'));
  try {
    const store = new DataStore(dir, confJsonFile, () => new Date('2030-05-06T01:00:00Z')).open();
    const deps: HandlerDeps = { store, clock: () => new Date('2030-05-06T01:00:00Z'), newId: () => 'x', transport: 'web', version: 'bench' };
    const csv = ['kode;nama;jenis', ...units.map((u) => `${u.code};${u.name};${KIND_WORD[u.kind]}`)].join('\n');
    const base64 = Buffer.from(csv).toString('base64');
    const apply = await timed('unit list of 514 kabupaten/kota from CSV: roster/apply-units (preview + apply)', 500, 5, async () => {
      const res = await dispatch(deps, 'roster/apply-units', { source: 'file', base64 });
      if (!res.ok) throw new Error(res.error.message);
      const listed = (res.value as { roster: { units: unknown[] } }).roster.units.length;
      if (listed !== 514) throw new Error(`${listed} units applied, not 514`);
    });

    const roles = DEFAULT_ROLES.map((r) => ({ ...r, keywords: [...r.keywords] }));
    const lines = ['Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest'];
    const truth = new Map<string, string>();
    for (const u of units) {
      for (const r of roles) {
        const name = `${officialUnitName(u)} - ${r.short}`;
        truth.set(name, `${u.code}/${r.id}`);
        lines.push(`${name},,05/06/2030 08:55:00 AM,05/06/2030 11:00:00 AM,125,Yes`);
      }
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const match = await timed('Zoom import + match at 514 kabupaten/kota x 3 roles (1,542 rows, real names)', 500, 5, async () => {
      const report = parseAttendanceReport(bytes);
      const results = matchParticipants(report.rows, { units, roles });
      let right = 0;
      for (const res of results) {
        if (res.outcome !== 'auto') continue;
        if (truth.get(res.participant.name) !== `${res.unitCode}/${res.roleId}`) throw new Error(`wrong cell for ${res.participant.name}`);
        right++;
      }
      if (right !== 1542) throw new Error(`${right} of 1542 rows placed automatically`);
    });
    return [apply, match];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
