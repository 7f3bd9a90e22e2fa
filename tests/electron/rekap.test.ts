// The recap's handlers against a real data folder: a change to a meeting shows in the next
// recap (the cache of what was read follows the file), cancelling takes a meeting out, a bad
// period is refused in Indonesian, and nothing in the folder is written by any of them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps } from './helpers';
import { defaultMeetingSetup } from '../../shared/domain/meeting';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('rekap handlers', () => {
  it('follow changes to meetings, leave cancelled ones out and write nothing', async () => {
    const deps = makeDeps();
    const a = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-03-02'), title: 'Rakor A' });
    const b = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-04-06'), title: 'Rakor B' });
    await call(deps, 'attendance/set-cells', { id: a.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] });

    const before = snapshot(deps.store.dir);
    const r1 = await call(deps, 'rekap/get', {});
    expect(r1.meetings.map((m) => m.title)).toEqual(['Rakor A', 'Rakor B']);
    expect(r1.units.find((u) => u.code === '3504')!.total).toEqual({ present: 1, invited: 6 });
    await call(deps, 'rekap/export-xlsx', {});
    await call(deps, 'rekap/export-docx', { from: '2026-01-01', to: '2026-12-31' });
    await call(deps, 'rekap/unit-history', { code: '3504' });
    expect(snapshot(deps.store.dir)).toEqual(before);

    // A change after the first recap is seen by the next one.
    await call(deps, 'attendance/set-cells', { id: b.id, cells: [{ unitCode: '3504', roleId: 'tekmas', value: { status: 'terlambat' } }] });
    const r2 = await call(deps, 'rekap/get', {});
    expect(r2.units.find((u) => u.code === '3504')!.cells).toEqual([
      { present: 1, invited: 3 },
      { present: 1, invited: 3 },
    ]);

    await call(deps, 'meetings/cancel', { id: b.id });
    const r3 = await call(deps, 'rekap/get', {});
    expect(r3.meetings.map((m) => m.title)).toEqual(['Rakor A']);
    expect(r3.excluded.cancelled).toBe(1);
    const h = await call(deps, 'rekap/unit-history', { code: '3504' });
    expect(h.entries.map((e) => e.title)).toEqual(['Rakor A']);
  });

  it('counts only the meetings of a chosen series, whatever its spelling', async () => {
    const deps = makeDeps();
    await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-03-02'), title: 'Rakor Seri 1', series: 'Rakor Parmas 2026' });
    await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-03-09'), title: 'Rakor Lain' });
    await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-04-06'), title: 'Rakor Seri 2', series: 'Rakor Parmas 2026' });
    expect((await call(deps, 'rekap/get', {})).meetings.map((m) => m.title)).toEqual(['Rakor Seri 1', 'Rakor Lain', 'Rakor Seri 2']);
    expect((await call(deps, 'rekap/get', { series: '  rakor  PARMAS 2026 ' })).meetings.map((m) => m.title)).toEqual(['Rakor Seri 1', 'Rakor Seri 2']);
    expect((await call(deps, 'rekap/get', { series: 'Seri yang tidak ada' })).meetings).toEqual([]);
  });

  it('refuses a period that ends before it begins, in Indonesian', async () => {
    const deps = makeDeps();
    const err = await callError(deps, 'rekap/get', { from: '2026-05-01', to: '2026-04-01' });
    expect(JSON.stringify(err)).toContain('Tanggal akhir periode tidak boleh sebelum tanggal awal.');
    const bad = await callError(deps, 'rekap/export-xlsx', { from: '2026-02-30' });
    expect(JSON.stringify(bad)).toContain('Tanggal tidak valid');
  });
});
