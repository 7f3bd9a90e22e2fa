// The attendance handlers over a real data folder and the real report fixtures: preview writes
// nothing, apply writes exactly what was reviewed, manual cells survive, a second import of
// the same file changes nothing, and the exports read back as the grid says.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps, reviewPlan } from './helpers';
import { defaultMeetingSetup, type Meeting } from '../../shared/domain/meeting';
import { attendanceCounts } from '../../shared/domain/attendance';
import { readCsv, writeCsv } from '../../shared/text/csv';
import { decodeText } from '../../shared/text/decode';
import { docxToPdf, flat, haveLibreOffice } from '../shared/helpers/libreoffice';
import { itemAt, valueAt } from '../helpers/indexed';

type HandlerDeps = ReturnType<typeof makeDeps>;

const FIXTURES = path.resolve('tests/fixtures/attendance');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const ZOOM = b64(fixture('zoom-participants.csv'));

async function newMeeting(deps: HandlerDeps): Promise<Meeting> {
  return call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor Persiapan Sosialisasi' });
}

function meetingFile(deps: HandlerDeps, id: string): string {
  return fs.readFileSync(path.join(deps.store.dir, 'rapat', `${id}.json`), 'utf8');
}

const noDecisions = { assign: [], skip: [], overwrite: [] };

function cellsOf(m: Meeting): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [code, unit] of Object.entries(m.attendance)) {
    for (const [role, cell] of Object.entries(unit.cells)) out[`${code}|${role}`] = `${cell.status}|${cell.source}`;
  }
  return out;
}

describe('attendance/import-preview', () => {
  it('reads the Zoom report, merges reconnections, sorts every person and writes nothing', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const before = meetingFile(deps, m.id);
    const p = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'zoom-participants.csv' });
    expect(p.format).toBe('zoom');
    expect(p.formatLabel).toBe('Zoom');
    expect(p.rawRowCount).toBe(114);
    expect(p.participantCount).toBe(98);
    const by = (o: string) => p.rows.filter((r) => r.outcome === o).length;
    expect({ auto: by('auto'), review: by('review'), host: by('host'), unknown: by('unknown') }).toEqual({ auto: 81, review: 5, host: 4, unknown: 8 });
    const plan = reviewPlan(deps, m.id, p);
    expect(plan.cells).toHaveLength(81);
    expect(plan.cells.every((c) => c.effect === 'fill')).toBe(true);
    expect(p.clockTrusted).toBe(true);
    const madiun = plan.cells.find((c) => c.unitCode === '3519' && c.roleId === 'medsos')!;
    expect(madiun.proposed).toMatchObject({ status: 'hadir', joinTime: '08:50', durationMinutes: 150, source: 'import' });
    // Reconnected twice: one person, both stays added up (75 + 64 minutes).
    const citra = p.rows.find((r) => r.name === 'KPU Kab Madiun - KASUBAG TEKMAS - Citra Santoso')!;
    expect(citra).toMatchObject({ rawRows: 2, durationMinutes: 139, outcome: 'auto', unitCode: '3519', roleId: 'tekmas' });
    const pasuruan = p.rows.find((r) => r.name.startsWith('KPU Pasuruan - KASUBAG TEKMAS'))!;
    expect(pasuruan.outcome).toBe('review');
    expect(pasuruan.candidates).toEqual([
      { unitCode: '3514', roleId: 'tekmas' },
      { unitCode: '3575', roleId: 'tekmas' },
    ]);
    expect(meetingFile(deps, m.id)).toBe(before);
  });

  it('recognises Zoom with the meeting block, Teams (UTF-16, tabs), Meet and an Excel ";" re-save alike', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const zoom = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'a.csv' });
    const autoCells = (p: typeof zoom) =>
      p.rows
        .filter((r) => r.outcome === 'auto')
        .map((r) => `${r.unitCode}|${r.roleId}`)
        .sort();
    const excel = writeCsv(readCsv(decodeText(fixture('zoom-participants.csv')).text.replace(/^\ufeff/, '')).rows, { delimiter: ';' });
    const variants: Array<[string, string, string]> = [
      ['zoom-participants-with-meeting.csv', b64(fixture('zoom-participants-with-meeting.csv')), 'zoom'],
      ['teams-attendance.csv', b64(fixture('teams-attendance.csv')), 'teams'],
      ['meet-attendance.csv', b64(fixture('meet-attendance.csv')), 'meet'],
      ['zoom-excel.csv', b64(excel), 'zoom'],
    ];
    for (const [fileName, base64, format] of variants) {
      const p = await call(deps, 'attendance/import-preview', { id: m.id, base64, fileName });
      expect(p.format, fileName).toBe(format);
      expect(autoCells(p), fileName).toEqual(autoCells(zoom));
    }
    const excelPreview = await call(deps, 'attendance/import-preview', { id: m.id, base64: b64(excel), fileName: 'x.csv' });
    expect(excelPreview.delimiter).toBe(';');
  });

  it("treats the meeting's provincial speakers as host-side, not as unknown people", async () => {
    const deps = makeDeps();
    const demo = await call(deps, 'meetings/load-demo', {});
    const p = await call(deps, 'attendance/import-preview', { id: demo.id, base64: ZOOM, fileName: 'z.csv' });
    const outcome = (name: string) => p.rows.find((r) => r.name === name)?.outcome;
    expect(outcome('Gogot Cahyo Baskoro')).toBe('host');
    expect(outcome('Insan Qoriawan')).toBe('host');
    const fresh = await newMeeting(deps);
    const q = await call(deps, 'attendance/import-preview', { id: fresh.id, base64: ZOOM, fileName: 'z.csv' });
    expect(q.rows.find((r) => r.name === 'Gogot Cahyo Baskoro')?.outcome).toBe('unknown');
  });

  it('answers a file that is no attendance report, an empty one and garbage in Indonesian, and changes nothing', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const before = meetingFile(deps, m.id);
    const notReport = await callError(deps, 'attendance/import-preview', {
      id: m.id,
      fileName: 'belanja.csv',
      base64: b64('Barang,Harga,Jumlah\nKertas,50000,2\nTinta,120000,1\n'),
    });
    expect(notReport.code).toBe('report_unknown_format');
    expect(notReport.message).toMatch(
      /tidak dikenali sebagai laporan kehadiran Zoom, Microsoft Teams, atau Google Meet, maupun jawaban daftar hadir Google Forms/,
    );
    const empty = await callError(deps, 'attendance/import-preview', { id: m.id, fileName: 'kosong.csv', base64: b64('\ufeff  \r\n') });
    expect(empty.code).toBe('report_empty');
    expect(empty.message).toMatch(/kosong/);
    const broken = await callError(deps, 'attendance/import-apply', { id: m.id, fileName: 'x.csv', base64: '%%%not base64', decisions: noDecisions });
    expect(broken.code).toBe('report_unreadable');
    expect(meetingFile(deps, m.id)).toBe(before);
  });
});

describe('attendance/import-apply', () => {
  it('writes the automatic rows plus the rows the user placed, and the counts follow', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const p = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'z.csv' });
    const pasuruan = p.rows.find((r) => r.name.startsWith('KPU Pasuruan - KASUBAG TEKMAS'))!;
    const lamongan = p.rows.find((r) => r.name === 'Dian Nugroho KPU Kabupaten Lamongan')!;
    const admin = p.rows.find((r) => r.name === 'Admin')!;
    const res = await call(deps, 'attendance/import-apply', {
      id: m.id,
      fileName: 'z.csv',
      base64: ZOOM,
      decisions: {
        assign: [
          { key: pasuruan.key, unitCode: '3514', roleId: 'tekmas' },
          { key: lamongan.key, unitCode: '3524', roleId: 'tekmas' },
          { key: admin.key, unitCode: '3516', roleId: 'medsos' },
        ],
        skip: [],
        overwrite: [],
      },
    });
    expect(res.changed).toBe(true);
    expect(res.counts).toEqual({ filled: 84, updated: 0, overwritten: 0, unchanged: 0, manualKept: 0 });
    const stored = await call(deps, 'meetings/get', { id: m.id });
    expect(Object.keys(cellsOf(stored))).toHaveLength(84);
    // Who attended, cleaned of unit and role words: "KPU Pasuruan - KASUBAG TEKMAS - Endah Hidayat".
    expect(pasuruan.name).toBe('KPU Pasuruan - KASUBAG TEKMAS - Endah Hidayat');
    expect(valueAt(stored.attendance, '3514').cells.tekmas).toMatchObject({ source: 'import', name: 'Endah Hidayat', personId: '' });
    // "Admin" says a role and no name: nobody known, a line to fill in by hand.
    expect(valueAt(stored.attendance, '3516').cells.medsos).toMatchObject({ source: 'import', name: '', personId: '' });
    const counts = attendanceCounts(stored);
    expect(counts.peoplePresent).toBe(84);
    expect(counts.unitsInvited).toBe(38);
    expect(counts.unitsPresent + counts.missingUnits.length).toBe(38);
    expect(counts.unitsPresent).toBeGreaterThan(30);
  });

  it('a second import of the same file changes nothing, not even the file on disk, and offers the earlier picks again', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const p = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'z.csv' });
    const review = p.rows.filter((r) => r.outcome === 'review').slice(0, 2);
    const decisions = { assign: review.map((r) => ({ key: r.key, ...itemAt(r.candidates, 0) })), skip: [], overwrite: [] };
    const first = await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions });
    expect(first.counts.filled).toBe(83);
    const onDisk = meetingFile(deps, m.id);
    deps.tick(60_000);
    const again = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'z.csv' });
    expect(reviewPlan(deps, m.id, again).cells.every((c) => c.effect === 'unchanged')).toBe(true);
    expect(again.previous).toEqual(Object.fromEntries(review.map((r) => [r.key, itemAt(r.candidates, 0)])));
    const second = await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions });
    expect(second.changed).toBe(false);
    expect(second.counts).toEqual({ filled: 0, updated: 0, overwritten: 0, unchanged: 83, manualKept: 0 });
    expect(meetingFile(deps, m.id)).toBe(onDisk);
  });

  it('never overwrites a cell set by hand unless the user confirms that cell', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    await call(deps, 'attendance/set-cells', {
      id: m.id,
      cells: [
        { unitCode: '3519', roleId: 'medsos', value: { status: 'izin', name: 'Kartika (izin sakit)' } },
        { unitCode: '3577', roleId: 'parmas', value: { status: 'tidak_hadir' } },
      ],
    });
    const p = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'z.csv' });
    const conflicts = reviewPlan(deps, m.id, p)
      .cells.filter((c) => c.effect === 'conflict')
      .map((c) => `${c.unitCode}|${c.roleId}`);
    expect(conflicts).toEqual(['3519|medsos', '3577|parmas']);

    const kept = await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions: noDecisions });
    expect(kept.counts).toMatchObject({ filled: 79, manualKept: 2, overwritten: 0 });
    expect(valueAt(kept.meeting.attendance, '3519').cells.medsos).toMatchObject({ status: 'izin', name: 'Kartika (izin sakit)', source: 'manual' });

    const confirmed = await call(deps, 'attendance/import-apply', {
      id: m.id,
      fileName: 'z.csv',
      base64: ZOOM,
      decisions: { ...noDecisions, overwrite: ['3519|medsos'] },
    });
    expect(confirmed.counts).toMatchObject({ filled: 0, overwritten: 1, manualKept: 1, unchanged: 79 });
    expect(valueAt(confirmed.meeting.attendance, '3519').cells.medsos).toMatchObject({ status: 'hadir', source: 'import', joinTime: '08:50' });
    expect(valueAt(valueAt(confirmed.meeting.attendance, '3577').cells, 'parmas').status).toBe('tidak_hadir');
  });

  it('keeps a hand correction of an imported cell when the same report comes again', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const first = await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions: noDecisions });
    await call(deps, 'attendance/set-cells', {
      id: first.meeting.id,
      cells: [{ unitCode: '3519', roleId: 'medsos', value: { status: 'terlambat', name: 'Kartika Wijaya' } }],
    });
    const p = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'z.csv' });
    expect(reviewPlan(deps, m.id, p).cells.filter((c) => c.effect !== 'unchanged')).toEqual([]);
    const again = await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions: noDecisions });
    expect(again.changed).toBe(false);
    expect(valueAt(again.meeting.attendance, '3519').cells.medsos).toMatchObject({ status: 'terlambat', name: 'Kartika Wijaya', source: 'manual' });
  });

  it('skips automatic rows the user unticked, refuses cells outside the grid, and refuses a final record', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    const p = await call(deps, 'attendance/import-preview', { id: m.id, base64: ZOOM, fileName: 'z.csv' });
    const madiun = p.rows.find((r) => r.outcome === 'auto' && r.unitCode === '3519' && r.roleId === 'medsos')!;
    const lamongan = p.rows.find((r) => r.name === 'Dian Nugroho KPU Kabupaten Lamongan')!;

    const outside = await callError(deps, 'attendance/import-apply', {
      id: m.id,
      fileName: 'z.csv',
      base64: ZOOM,
      decisions: { ...noDecisions, assign: [{ key: lamongan.key, unitCode: '3524', roleId: 'sekretaris' }] },
    });
    expect(outside.code).toBe('invalid_input');
    expect(outside.details?.join(' ')).toMatch(/tidak termasuk peran yang diundang/);

    const skipped = await call(deps, 'attendance/import-apply', {
      id: m.id,
      fileName: 'z.csv',
      base64: ZOOM,
      decisions: { ...noDecisions, skip: [madiun.key] },
    });
    expect(skipped.counts.filled).toBe(80);
    expect(valueAt(skipped.meeting.attendance, '3519').cells.medsos).toBeUndefined();

    await call(deps, 'minutes/finalize', { id: m.id });
    const locked = await callError(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions: noDecisions });
    expect(locked.code).toBe('locked');
  });
});

describe('attendance exports', () => {
  async function filledMeeting(deps: HandlerDeps): Promise<Meeting> {
    const m = await newMeeting(deps);
    const res = await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions: noDecisions });
    await call(deps, 'attendance/set-cells', {
      id: res.meeting.id,
      cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'izin', name: 'Rina Wulandari' } }],
    });
    return call(deps, 'attendance/set-note', { id: res.meeting.id, unitCode: '3504', note: '=HYPERLINK("http://x.example","klik")' });
  }

  it('CSV: one line per invited unit and role, Excel-safe, readable back', async () => {
    const deps = makeDeps();
    const m = await filledMeeting(deps);
    const file = await call(deps, 'attendance/export-csv', { id: m.id });
    expect(file.fileName).toBe('Daftar Hadir 2022-05-25 Rakor Persiapan Sosialisasi.csv');
    expect(file.mimeType).toBe('text/csv');
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = readCsv(bytes.toString('utf8').replace(/^\ufeff/, ''));
    expect(table.rows[0]).toEqual(['No', 'Kode', 'Unit', 'Peran', 'Status', 'Nama', 'Jam bergabung', 'Durasi (menit)', 'Sumber', 'Catatan unit']);
    const body = table.rows.slice(1).filter((r) => r.some((c) => c !== ''));
    expect(body).toHaveLength(38 * 3);
    const row = (code: string, role: string) => body.find((r) => r[1] === code && r[3] === role)!;
    expect(row('3519', 'Operator Medsos')).toEqual([
      expect.any(String),
      '3519',
      'KPU Kabupaten Madiun',
      'Operator Medsos',
      'Hadir',
      'Kartika Wijaya',
      '08.50',
      '150',
      'impor laporan',
      '',
    ]);
    expect(row('3504', 'Divisi Parmas').slice(4, 10)).toEqual(['Izin', 'Rina Wulandari', '', '', 'isian manual', '\'=HYPERLINK("http://x.example","klik")']);
    expect(readCsv(bytes.toString('utf8').replace(/^\ufeff/, ''), { unguard: true }).rows.find((r) => r[1] === '3504')![9]).toBe(
      '=HYPERLINK("http://x.example","klik")',
    );
  });

  it('CSV: a display name holding ";" and a formula stays one guarded cell for a reader splitting on ";" or ","', async () => {
    const deps = makeDeps();
    const m = await newMeeting(deps);
    await call(deps, 'attendance/set-cells', {
      id: m.id,
      cells: [
        { unitCode: '3504', roleId: 'parmas', value: { status: 'hadir', name: 'Budi;=1+1;' } },
        { unitCode: '3504', roleId: 'tekmas', value: { status: 'hadir', name: 'Sari,+62 812' } },
      ],
    });
    await call(deps, 'attendance/set-note', { id: m.id, unitCode: '3504', note: 'baris satu\n-baris dua' });
    const file = await call(deps, 'attendance/export-csv', { id: m.id });
    const text = Buffer.from(file.base64, 'base64')
      .toString('utf8')
      .replace(/^\ufeff/, '');
    expect(text).toContain(`"Budi;'=1+1;"`);
    const formula = /^"*[=+\-@]/;
    for (const read of [',', ';'] as const) {
      let fields: string[] = [];
      try {
        fields = readCsv(text, { delimiter: read }).rows.flat();
      } catch {
        fields = [];
      }
      expect(fields.filter((c) => formula.test(c))).toEqual([]);
      expect(
        text
          .split(/\r\n|\r|\n/)
          .flatMap((l) => l.split(read))
          .filter((c) => formula.test(c)),
      ).toEqual([]);
    }
    const rows = readCsv(text, { unguard: true }).rows.filter((r) => r[1] === '3504');
    expect(rows.map((r) => r[5]).slice(0, 2)).toEqual(['Budi;=1+1;', 'Sari,+62 812']);
    expect(itemAt(rows, 0)[9]).toBe('baris satu\n-baris dua');
  });

  it.skipIf(!haveLibreOffice())(
    'DOCX: LibreOffice opens it and prints the units, names and statuses',
    async () => {
      const deps = makeDeps();
      const m = await filledMeeting(deps);
      const file = await call(deps, 'attendance/export-docx', { id: m.id });
      expect(file.fileName).toBe('Daftar Hadir 2022-05-25 Rakor Persiapan Sosialisasi.docx');
      const pdf = docxToPdf(Buffer.from(file.base64, 'base64'), 'daftar-hadir');
      const text = flat(pdf.text);
      const counts = attendanceCounts(m);
      expect(counts).toMatchObject({ unitsPresent: 33, peoplePresent: 81 });
      expect(text).toMatch(/DAFTAR HADIR/i);
      expect(text).toContain('Hadir: 33 dari 38 KPU Kabupaten/Kota, 81 orang');
      expect(text).toMatch(/4\. Kab\. Tulungagung Rina Izin/);
      expect(text).toContain('38. Kota Batu');
    },
    120_000,
  );
});
