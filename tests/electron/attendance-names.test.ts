// The daftar hadir names people: after importing the Zoom report, a row matched to a roster
// holder by email prints the roster name, not the Zoom label, in the attendance list DOCX,
// in the minutes' attachment and in the CSV; a label with no name prints a line to fill in.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, changeSetup, makeDeps, seedRoster } from './helpers';
import { defaultMeetingSetup, type Meeting } from '../../shared/domain/meeting';
import { defaultRoster, type Person } from '../../shared/domain/roster';
import { NAME_TO_FILL } from '../../shared/domain/attendee-name';
import { readCsv } from '../../shared/text/csv';
import { docxToPdf, flat, haveLibreOffice } from '../shared/helpers/libreoffice';

type HandlerDeps = ReturnType<typeof makeDeps>;

const ZOOM = fs.readFileSync(path.resolve('tests/fixtures/attendance/zoom-participants.csv')).toString('base64');
// The report's row "Kab. Malang_Komisioner Parmas" carries this email.
const MALANG_EMAIL = 'kpu.kabmalang@example.com';

function person(id: string, unitCode: string, roleId: string, name: string, email = ''): Person {
  return { id, unitCode, roleId, name, jabatan: '', email, phone: '', notes: '' };
}

async function importedMeeting(deps: HandlerDeps): Promise<Meeting> {
  seedRoster(deps, {
    ...defaultRoster(),
    people: [
      person('nur', '3507', 'parmas', 'Hj. Nur Aini, S.Sos.', MALANG_EMAIL),
      // Holders of cells the report leaves empty or the user marks Tidak hadir: never printed there.
      person('yuli', '3516', 'parmas', 'Yuliana Kartikasari'),
      person('sari', '3508', 'parmas', 'Sari Rahmawati'),
    ],
  });
  const m = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor Persiapan Sosialisasi' });
  await call(deps, 'attendance/import-apply', { id: m.id, fileName: 'z.csv', base64: ZOOM, decisions: { assign: [], skip: [], overwrite: [] } });
  return call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3508', roleId: 'parmas', value: { status: 'tidak_hadir' } }] });
}

describe('who attended, after an import', () => {
  it('records the roster person matched by email, and the CSV prints their name and no other holder', async () => {
    const deps = makeDeps();
    const m = await importedMeeting(deps);
    expect(m.attendance['3507']!.cells.parmas).toMatchObject({ status: 'terlambat', source: 'import', name: 'Hj. Nur Aini, S.Sos.', personId: 'nur' });
    // "KPU Kabupaten Jombang | Tekmas": unit and role only, nobody known.
    expect(m.attendance['3517']!.cells.tekmas).toMatchObject({ status: 'hadir', source: 'import', name: '', personId: '' });

    const csv = await call(deps, 'attendance/export-csv', { id: m.id });
    const rows = readCsv(
      Buffer.from(csv.base64, 'base64')
        .toString('utf8')
        .replace(/^\ufeff/, ''),
    ).rows;
    const row = (code: string, role: string) => rows.find((r) => r[1] === code && r[3] === role)!;
    expect(row('3507', 'Divisi Parmas').slice(4, 6)).toEqual(['Terlambat', 'Hj. Nur Aini, S.Sos.']);
    expect(row('3517', 'Kasubag Tekmas').slice(4, 6)).toEqual(['Hadir', 'tidak diketahui']);
    expect(row('3508', 'Divisi Parmas').slice(4, 6)).toEqual(['Tidak hadir', '']);
    expect(row('3516', 'Divisi Parmas').slice(4, 6)).toEqual(['', '']);
    expect(rows.flat().join(' ')).not.toContain('Komisioner Parmas');
  });

  it.skipIf(!haveLibreOffice())(
    'prints the roster name, not the Zoom label, in the daftar hadir and the minutes (LibreOffice text)',
    async () => {
      const deps = makeDeps();
      const m = await importedMeeting(deps);
      const list = flat(docxToPdf(Buffer.from((await call(deps, 'attendance/export-docx', { id: m.id })).base64, 'base64'), 'daftar-hadir').text);
      const minutes = flat(docxToPdf(Buffer.from((await call(deps, 'minutes/export-docx', { id: m.id })).base64, 'base64'), 'notulen').text);
      for (const text of [list, minutes]) {
        // The name wraps in its column: "Hj. Nur Aini," then "S.Sos." after the other cells of the row.
        expect(text).toMatch(/7\. Kab\. Malang Hj\. Nur Aini, Terlambat .* S\.Sos\. 8\. Kab\. Lumajang/);
        expect(text).not.toContain('Komisioner Parmas');
        expect(text).not.toContain('Kab. Malang_');
        // "KPU Kabupaten Jombang | Tekmas" names nobody: the Tekmas cell has the line to fill in.
        expect(text).toContain(`17. Kab. Jombang Yuli Lestari Hadir ${NAME_TO_FILL} Hadir`);
        expect(text).not.toContain('Yuliana');
        expect(text).not.toContain('Sari Rahmawati');
      }
    },
    240_000,
  );

  it.skipIf(!haveLibreOffice())(
    'adds a Paraf column per role on a sideways page when asked, for a list signed in the room',
    async () => {
      const deps = makeDeps();
      const m = await importedMeeting(deps);
      await changeSetup(deps, m.id, { mode: 'hybrid', location: 'Aula KPU Provinsi Jawa Timur' });
      const signed = docxToPdf(Buffer.from((await call(deps, 'attendance/export-docx', { id: m.id, signatures: true })).base64, 'base64'), 'paraf');
      const plain = docxToPdf(Buffer.from((await call(deps, 'attendance/export-docx', { id: m.id })).base64, 'base64'), 'tanpa-paraf');
      expect(flat(signed.text).match(/Nama Ket\. Paraf/g)?.length).toBeGreaterThanOrEqual(3);
      expect(signed.pageMm.width).toBeGreaterThan(signed.pageMm.height);
      expect(flat(signed.text)).toMatch(/7\. Kab\. Malang Hj\. Nur Aini, S\.Sos\. Terlambat/);
      expect(flat(plain.text)).not.toContain('Paraf');
      expect(plain.pageMm.width).toBeLessThan(plain.pageMm.height);
    },
    240_000,
  );
});
