// The attendance import's second round through the real handlers and files: on every fixture
// with a truth table 0 wrong cells and at least 95% of those who attended on the grid after
// accepting the proposals (the held-out fixture checked last); Forms files; names learned
// across meetings, forgotten on request and with the roster person they belong to.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureQuality, qualityFolder, QUALITY_FIXTURES } from '../../bench/attendance-quality';
import { listDataFiles } from '../../electron/storage/data-store';
import { parseAttendanceReport } from '../../shared/import/attendance-report';
import { matchParticipants } from '../../shared/import/match-participants';
import { JATIM_UNITS } from '../../shared/domain/units';
import { DEFAULT_ROLES } from '../../shared/domain/roles';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import type { ImportPreviewRow } from '../../shared/contract/attendance';
import { call, reviewPlan } from './helpers';

const DIR = path.join(__dirname, '..', 'fixtures', 'attendance');
const base64Of = (file: string) => fs.readFileSync(path.join(DIR, file)).toString('base64');

/** What "Terima semua usulan" and Terapkan send: every proposal, nothing else. */
const acceptProposals = (rows: ImportPreviewRow[]) => ({
  assign: rows.filter((r) => r.proposed).map((r) => ({ key: r.key, unitCode: r.proposed!.unitCode, roleId: r.proposed!.roleId })),
  skip: [],
  overwrite: [],
});

describe('every fixture: 0 wrong cells, >= 95% of those who attended on the grid', () => {
  const tuned = QUALITY_FIXTURES.filter((f) => !f.heldOut);
  const heldOut = QUALITY_FIXTURES.filter((f) => f.heldOut);
  expect(heldOut).toHaveLength(1);
  for (const f of [...tuned, ...heldOut]) {
    it(`${f.file}${f.withRoster ? ' with the roster' : ''}${f.heldOut ? ' (held out, last)' : ''}`, async () => {
      const q = await fixtureQuality(f);
      expect(q.wrong).toBe(0);
      expect(q.attended).toBeGreaterThan(80);
      expect(q.onGridShare).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('applying with the proposals accepted', () => {
  it('writes exactly the true cells, and a second import has nothing new to write', async () => {
    const { deps, meetingId } = await qualityFolder(true);
    const file = { id: meetingId, fileName: 'zoom-judul-roster.csv', base64: base64Of('zoom-judul-roster.csv') };
    const preview = await call(deps, 'attendance/import-preview', file);
    const applied = await call(deps, 'attendance/import-apply', { ...file, decisions: acceptProposals(preview.rows) });
    expect(applied.changed).toBe(true);
    // Every written cell is the true cell of the row that filled it.
    const truth = new Map(
      fs
        .readFileSync(path.join(DIR, 'zoom-judul-roster.expected.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map((c) => [c.at(-2)! + '|' + c.at(-1)!, true]),
    );
    const cells = Object.entries(applied.meeting.attendance).flatMap(([u, a]) => Object.keys(a.cells).map((r) => `${u}|${r}`));
    expect(cells.length).toBeGreaterThan(95);
    for (const c of cells) expect(truth.has(c), c).toBe(true);

    const again = await call(deps, 'attendance/import-preview', file);
    expect(reviewPlan(deps, file.id, again).cells.filter((c) => c.effect !== 'unchanged')).toEqual([]);
    const second = await call(deps, 'attendance/import-apply', { ...file, decisions: acceptProposals(again.rows) });
    expect(second.changed).toBe(false);
  });

  it('shuffling the rows of a real report does not change the outcome', () => {
    const report = parseAttendanceReport(new Uint8Array(fs.readFileSync(path.join(DIR, 'zoom-judul-roster.csv'))));
    const options = { units: JATIM_UNITS, roles: DEFAULT_ROLES };
    const view = (rows: typeof report.rows) =>
      matchParticipants(rows, options)
        .map((r) => JSON.stringify(r))
        .sort();
    const base = view(report.rows);
    for (let seed = 1; seed <= 5; seed++) {
      const shuffled = [...report.rows].sort(
        (a, b) => ((a.key.length * seed + a.key.charCodeAt(seed % a.key.length)) % 7) - ((b.key.length * seed + b.key.charCodeAt(seed % b.key.length)) % 7),
      );
      expect(view(shuffled)).toEqual(base);
    }
  });
});

describe('a Google Forms daftar hadir', () => {
  it('is recognised, merges a repeated submission, uses the timestamp as join time and marks nobody late', async () => {
    const { deps, meetingId } = await qualityFolder(true);
    const file = { id: meetingId, fileName: 'daftar-hadir.csv', base64: base64Of('forms-daftar-hadir.csv') };
    const preview = await call(deps, 'attendance/import-preview', file);
    expect(preview.formatLabel).toBe('Google Forms (daftar hadir)');
    expect(preview.rawRowCount).toBeGreaterThan(preview.participantCount);
    expect(preview.rows.filter((r) => r.outcome === 'host').map((r) => r.name)).toEqual(['Andri Kurnia', 'Dra. Hj. Siti Mardiyah, M.Si.']);
    const applied = await call(deps, 'attendance/import-apply', { ...file, decisions: acceptProposals(preview.rows) });
    const cells = Object.values(applied.meeting.attendance).flatMap((a) => Object.values(a.cells));
    expect(cells.every((c) => c.status === 'hadir' && /^09:\d\d$/.test(c.joinTime) && c.durationMinutes === null)).toBe(true);
    // "KPU Batu (Kota)" and the like land in the unit.
    expect(preview.rows.some((r) => r.details?.includes('(Kota)') && r.outcome === 'auto')).toBe(true);
  });

  it('the same from an .xlsx, read by exceljs after the zip caps', async () => {
    const { deps, meetingId } = await qualityFolder(true);
    const preview = await call(deps, 'attendance/import-preview', { id: meetingId, fileName: 'jawaban.xlsx', base64: base64Of('forms-daftar-hadir.xlsx') });
    expect(preview.format).toBe('forms');
    expect(preview.rows.filter((r) => r.outcome === 'auto').length).toBeGreaterThan(90);
    expect(preview.rows.every((r) => r.firstJoin === null || /^09:\d\d$/.test(r.firstJoin))).toBe(true);
  });
});

describe('names learned across meetings', () => {
  it('are proposed at the next meeting with its date, listed, forgotten, and leave with the roster person', async () => {
    const { deps, meetingId } = await qualityFolder(true);
    const file = { id: meetingId, fileName: 'zoom.csv', base64: base64Of('zoom-judul-roster.csv') };
    const preview = await call(deps, 'attendance/import-preview', file);
    const galaxy = preview.rows.find((r) => r.name === 'Galaxy A52')!;
    expect(galaxy.outcome).toBe('unknown');
    const wati = preview.rows.find((r) => r.name === 'Wati KPU Kab. Jember')!;
    const free = (unitCode: string, roleId: string) => !reviewPlan(deps, file.id, preview).cells.some((c) => c.unitCode === unitCode && c.roleId === roleId);
    const jember = wati.candidates.find((c) => free(c.unitCode, c.roleId))!;
    // A cell nobody in the report fills (that unit's person was absent).
    const absent = JATIM_UNITS.flatMap((u) => DEFAULT_ROLES.map((r) => ({ unitCode: u.code, roleId: r.id }))).find(
      (c) => free(c.unitCode, c.roleId) && c.unitCode !== jember.unitCode,
    )!;
    await call(deps, 'attendance/import-apply', {
      ...file,
      decisions: {
        assign: [
          { key: galaxy.key, ...absent },
          { key: wati.key, ...jember },
        ],
        skip: [],
        overwrite: [],
      },
    });
    const learned = await call(deps, 'roster/learned-names', {});
    expect(learned.map((l) => [l.name, l.unitCode, l.roleId, l.meetingDate])).toEqual(
      expect.arrayContaining([
        ['Galaxy A52', absent.unitCode, absent.roleId, '2022-05-25'],
        ['Wati KPU Kab. Jember', jember.unitCode, jember.roleId, '2022-05-25'],
      ]),
    );
    expect(listDataFiles(deps.store.dir)).toContain('nama-dikenal.json');

    // The next rakor: the same names are proposed, with the earlier meeting as the reason.
    const next = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-06-08'), title: 'Rakor berikutnya' });
    const again = await call(deps, 'attendance/import-preview', { ...file, id: next.id });
    expect(again.rows.find((r) => r.name === 'Galaxy A52')).toMatchObject({
      outcome: 'review',
      proposed: { ...absent, source: 'learned', reason: 'Seperti rapat 25 Mei 2022.' },
    });

    // Forget one by hand.
    const forgotten = await call(deps, 'roster/forget-learned-name', { id: learned.find((l) => l.name === 'Galaxy A52')!.id });
    expect(forgotten.map((l) => l.name)).not.toContain('Galaxy A52');
    const after = await call(deps, 'attendance/import-preview', { ...file, id: next.id });
    expect(after.rows.find((r) => r.name === 'Galaxy A52')!.outcome).toBe('unknown');

    // Removing the roster person of Wati's cell removes what was learned about them.
    const roster = await call(deps, 'roster/get', {});
    const holder = roster.people.find((p) => p.unitCode === jember.unitCode && p.roleId === jember.roleId)!;
    expect((await call(deps, 'roster/learned-names', {})).some((l) => l.personId === holder.id)).toBe(true);
    await call(deps, 'roster/delete-person', { id: holder.id });
    expect((await call(deps, 'roster/learned-names', {})).some((l) => l.personId === holder.id || l.name === 'Wati KPU Kab. Jember')).toBe(false);
  });
});
