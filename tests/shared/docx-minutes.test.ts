// The minutes and the attendance list as a reader sees them: converted by LibreOffice to PDF
// and read back with poppler.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAttendanceListDocx, buildMinutesDocx } from '../../shared/documents/minutes-docx';
import { JATIM_UNITS, shortUnitName } from '../../shared/domain/units';
import { SEED_TITLE, largeMeeting, seedMeeting, seedRoster, seedSettings } from './helpers/seed-meeting';
import { docxToPdf, flat, haveLibreOffice, pageSizesMm, pageText, type PdfResult } from './helpers/libreoffice';

function expectInOrder(text: string, needles: readonly string[]): void {
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + n.length;
  }
}

/** The text line of the attendance table that starts with this row number and unit. */
function rowOf(text: string, no: number, unit: string): string {
  const line = text.split('\n').find((l) => new RegExp(`^\\s*${no}\\.\\s+${unit.replace('.', '\\.')}\\s`).test(l));
  expect(line, `row ${no}. ${unit}`).toBeDefined();
  return line!.replace(/\s+/g, ' ').trim();
}

const DRAFT_MARK = 'DRAF — belum final';

beforeAll(() => {
  if (!haveLibreOffice()) throw new Error('These tests need LibreOffice and poppler-utils (apt-get install -y libreoffice-writer-nogui poppler-utils).');
});

describe('minutes of the seed meeting (final, A4)', () => {
  let pdf: PdfResult;
  let all: string;
  beforeAll(async () => {
    pdf = docxToPdf(await buildMinutesDocx(seedMeeting(), seedRoster(), seedSettings(), {}), 'notulen');
    all = flat(pdf.text);
  });

  it('reads in the order of a notulen, from heading to signatures', () => {
    expectInOrder(all, [
      'KOMISI PEMILIHAN UMUM',
      'NOTULEN RAPAT',
      SEED_TITLE,
      'Hari/Tanggal : Rabu, 25 Mei 2022',
      'Waktu : 09.05 s.d. 11.38 WIB',
      'Tempat : Daring melalui aplikasi Zoom',
      'Pimpinan Rapat : Insan Qoriawan (Plh. Ketua KPU Provinsi Jawa Timur)',
      'Notulis : Dewi Anggraini',
      'Peserta : 35 dari 38 KPU Kabupaten/Kota hadir (97 orang)',
      'Divisi Parmas 34 orang, Kasubag Tekmas 32 orang, dan Operator Medsos 31 orang',
      'tidak hadir: KPU Kabupaten Sampang, KPU Kabupaten Sumenep, dan KPU Kota Batu',
      'Acara : 1. Surat KPU RI Nomor 311 Tahun 2022',
      'A. Jalannya Rapat',
      'Rapat dibuka pukul 09.05 WIB oleh Insan Qoriawan',
      '1. Insan Qoriawan, Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis — Pembukaan/Sambutan',
      'a. Rapat koordinasi secara khusus membahas',
      'c. Divisi Parmas diharapkan',
      '2. Rochani, Ketua Divisi SDM dan Litbang — Pengarahan/Paparan',
      'a. Salah satu tugas divisi Sosdiklih',
      '3. Gogot Cahyo Baskoro, Komisioner Divisi Sosdiklih Parmas — Pengarahan/Paparan',
      'b. Evaluasi penggunaan akun TikTok',
      '4. Gogot Cahyo Baskoro, Komisioner Divisi Sosdiklih Parmas — Penutup',
      'B. Kesimpulan',
      '1. KPU Kabupaten/Kota menyiapkan draf naskah perjanjian kerja sama',
      '2. Penulisan berita website',
      '3. Surat KPU RI Nomor 311 Tahun 2022 menjadi pedoman',
      'C. Tindak Lanjut',
      'No. Tindak Lanjut Penanggung Jawab Batas Waktu Status',
      '1. Menyusun draf naskah kerja sama',
      '30 Juni 2022 Belum',
      '10 Juni 2022 Proses',
      'Rapat ditutup pukul 11.38 WIB.',
      'Surabaya, 25 Mei 2022',
      'Notulis, Pimpinan Rapat,',
      'Dewi Anggraini Insan Qoriawan',
      'Lampiran Notulen Rapat',
      'DAFTAR HADIR',
    ]);
  });

  it('numbers the pages "Halaman X dari Y" and has no draft mark', () => {
    expect(pdf.pages).toBe(3);
    for (let p = 1; p <= pdf.pages; p++) expect(pageText(pdf.text, p)).toContain(`Halaman ${p} dari ${pdf.pages}`);
    expect(pdf.text).not.toContain('DRAF');
  });

  it('lists all 38 units in the attendance table with names and statuses', () => {
    const attachment = pageText(pdf.text, pdf.pages);
    JATIM_UNITS.forEach((u, i) => rowOf(attachment, i + 1, shortUnitName(u)));
    // Holders from the roster stand in for people whose cell has a status but no name.
    expect(rowOf(attachment, 4, 'Kab. Tulungagung')).toBe('4. Kab. Tulungagung Hendra Hadir Ratna Hadir Bagus Hadir');
    expect(attachment).toMatch(/Wicaksono\s+Puspitasari\s+Setiawan/);
    // A name typed into the cell wins over the roster.
    expect(rowOf(attachment, 7, 'Kab. Malang')).toContain('Siti Nurhaliza Hadir');
    // Present with no name and no roster holder: a line to write the name on by hand.
    expect(rowOf(attachment, 2, 'Kab. Ponorogo')).toBe('2. Kab. Ponorogo .............. Hadir .............. Hadir .............. Terlambat');
    expect(rowOf(attachment, 27, 'Kab. Sampang')).toBe('27. Kab. Sampang Tidak hadir Tidak hadir Tidak hadir');
    expect(rowOf(attachment, 29, 'Kab. Sumenep')).toBe('29. Kab. Sumenep Izin — —');
    // Kota Batu has a roster holder but no status: nobody is named.
    expect(rowOf(attachment, 38, 'Kota Batu')).toBe('38. Kota Batu — — —');
    expect(pdf.text).not.toContain('Yuliana');
  });
});

describe('draft minutes on F4', () => {
  let pdf: PdfResult;
  beforeAll(async () => {
    const m = seedMeeting();
    m.minutes.status = 'draft';
    m.minutes.finalizedAt = '';
    pdf = docxToPdf(await buildMinutesDocx(m, seedRoster(), seedSettings('F4'), { generatedAt: '2022-05-25T05:10:00.000Z' }), 'notulen-draf');
  });

  it('is printed on 215 x 330 mm paper', () => {
    expect(pdf.pageMm).toEqual({ width: 215, height: 330 });
    for (const size of pageSizesMm(pdf.pdfPath, pdf.pages)) expect(size).toEqual({ width: 215, height: 330 });
  });

  it('carries the draft mark, with the time it was made, on every page', () => {
    for (let p = 1; p <= pdf.pages; p++) {
      expect(flat(pageText(pdf.text, p))).toContain(`${DRAFT_MARK} (dicetak Rabu, 25 Mei 2022 pukul 12.10 WIB)`);
    }
  });
});

describe('a long attendance list with more roles', () => {
  let pdf: PdfResult;
  beforeAll(async () => {
    const { meeting, roster } = largeMeeting(120, 2, 1, 1);
    roster.roles.push({ id: 'hukum', label: 'Anggota Divisi Hukum', short: 'Divisi Hukum', keywords: [] });
    meeting.rolesInvited.push('hukum');
    pdf = docxToPdf(await buildMinutesDocx(meeting, roster, seedSettings(), {}), 'notulen-panjang');
  });

  it('turns the attachment pages sideways and repeats the header row on each of them', () => {
    const sizes = pageSizesMm(pdf.pdfPath, pdf.pages);
    expect(sizes[0]).toEqual({ width: 210, height: 297 });
    const attachmentPages = sizes.map((s, i) => ({ ...s, page: i + 1 })).filter((s) => s.width > s.height);
    expect(attachmentPages.length).toBeGreaterThanOrEqual(3);
    expect(attachmentPages.at(-1)!.page).toBe(pdf.pages);
    for (const { page, width, height } of attachmentPages) {
      expect({ width, height }).toEqual({ width: 297, height: 210 });
      const text = pageText(pdf.text, page);
      expect(text).toMatch(/Divisi Parmas\s+Kasubag Tekmas\s+Operator Medsos\s+Divisi Hukum/);
      expect(text).toContain(`Halaman ${page} dari ${pdf.pages}`);
    }
    const rows = attachmentPages.flatMap(({ page }) => pageText(pdf.text, page).split('\n')).filter((l) => /^\s*\d+\.\s+(Kab\.|Kota)\s/.test(l));
    expect(rows).toHaveLength(120);
  });
});

describe('attendance list on its own', () => {
  it('has the letterhead, the heading and every unit, and no minutes', async () => {
    const pdf = docxToPdf(await buildAttendanceListDocx(seedMeeting(), seedRoster(), seedSettings()), 'daftar-hadir');
    const text = flat(pdf.text);
    expectInOrder(text, [
      'KOMISI PEMILIHAN UMUM',
      'DAFTAR HADIR',
      SEED_TITLE,
      'Rabu, 25 Mei 2022',
      'Hadir: 35 dari 38 KPU Kabupaten/Kota, 97 orang',
      ...JATIM_UNITS.map((u, i) => `${i + 1}. ${shortUnitName(u)}`),
    ]);
    expect(text).not.toContain('NOTULEN');
    expect(text).toContain(`Halaman 1 dari ${pdf.pages}`);
  });
});
