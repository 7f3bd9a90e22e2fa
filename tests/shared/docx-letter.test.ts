// The invitation letter as a reader sees it: converted by LibreOffice to PDF and read back.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';
import { JATIM_UNITS, officialUnitName } from '../../shared/domain/units';
import { SEED_LETTER_NUMBER, seedMeeting, seedRoster, seedSettings } from './helpers/seed-meeting';
import { docxToPdf, flat, haveLibreOffice, imagesPerPage, pageText, type PdfResult } from './helpers/libreoffice';
import { dataUrl, solidPng } from './helpers/png';
import { itemAt } from '../helpers/indexed';

function expectInOrder(text: string, needles: readonly string[]): void {
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + n.length;
  }
}

function count(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

beforeAll(() => {
  if (!haveLibreOffice()) throw new Error('These tests need LibreOffice and poppler-utils (apt-get install -y libreoffice-writer-nogui poppler-utils).');
});

describe('invitation letter, one letter to all units', () => {
  let pdf: PdfResult;
  beforeAll(async () => {
    pdf = docxToPdf(await buildInvitationLetterDocx(seedMeeting(), seedRoster(), seedSettings(), 'all', '2022-05-21'), 'surat');
  });

  it('is one page of letter and one page of attachment on A4', () => {
    expect(pdf.pages).toBe(2);
    expect(pdf.pageMm).toEqual({ width: 210, height: 297 });
  });

  it('reads like the commission letter, from letterhead to copies', () => {
    const letter = flat(pageText(pdf.text, 1));
    expectInOrder(letter, [
      'KOMISI PEMILIHAN UMUM',
      'PROVINSI JAWA TIMUR',
      'Jl. Tenggilis Mejoyo',
      `Nomor : ${SEED_LETTER_NUMBER}`,
      'Surabaya, 20 Mei 2022',
      'Sifat : Biasa',
      'Lampiran : 1 (satu) lembar',
      'Hal : Undangan Rapat Koordinasi',
      'Yth. Ketua KPU Kabupaten/Kota se-Jawa Timur',
      'di -',
      'Tempat',
      'Dalam rangka pelaksanaan Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024 serta menindaklanjuti surat KPU RI Nomor 311 Tahun 2022',
      'Hari/Tanggal : Rabu, 25 Mei 2022',
      'Waktu : 09.00 WIB s.d. selesai',
      'Tempat : Daring melalui aplikasi Zoom',
      'Tautan : https://zoom.us/j/84512345678?pwd=example',
      'Meeting ID : 845 1234 5678',
      'Passcode : rakor24',
      'Acara : 1. Surat KPU RI Nomor 311 Tahun 2022',
      '2. Persiapan sosialisasi',
      'menugaskan Anggota/Komisioner Divisi Sosdiklih Parmas; Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial pada KPU Kabupaten/Kota masing-masing',
      'Demikian atas perhatian',
      'Plh. Ketua Komisi Pemilihan Umum Provinsi Jawa Timur,',
      'Insan Qoriawan',
      'Tembusan:',
      '1. Ketua KPU Republik Indonesia di Jakarta',
      '2. Sekretaris KPU Provinsi Jawa Timur',
    ]);
  });

  it('writes "Tembusan:" without "Yth." and carries no page number on page 1, "- 2 -" on the attachment page', () => {
    expect(flat(pdf.text)).not.toContain('Tembusan Yth');
    expect(flat(pageText(pdf.text, 1))).not.toMatch(/- 1 -/);
    expect(itemAt(pageText(pdf.text, 2).trimStart().split('\n'), 0).trim()).toMatch(/^-\s*2\s*-$/);
  });

  it('attaches the numbered list of all 38 invited units, in code order', () => {
    const attachment = flat(pageText(pdf.text, 2));
    expectInOrder(attachment, [
      'Lampiran Surat KPU Provinsi Jawa Timur',
      `Nomor : ${SEED_LETTER_NUMBER}`,
      'Tanggal : 20 Mei 2022',
      'DAFTAR KPU KABUPATEN/KOTA SE-JAWA TIMUR',
      ...JATIM_UNITS.map((u, i) => `${i + 1}. ${officialUnitName(u)}`),
    ]);
    expect(count(attachment, 'KPU Kabupaten ')).toBe(29);
    expect(count(attachment, 'KPU Kota ')).toBe(9);
  });
});

describe('invitation letter, one letter per unit', () => {
  let pdf: PdfResult;
  beforeAll(async () => {
    const m = seedMeeting();
    m.letter.letterDate = '';
    pdf = docxToPdf(await buildInvitationLetterDocx(m, seedRoster(), seedSettings(), 'per-unit', '2022-05-21'), 'surat-per-unit');
  });

  it('has one page per invited unit, each addressed to that unit', () => {
    expect(pdf.pages).toBe(38);
    JATIM_UNITS.forEach((u, i) => {
      const page = flat(pageText(pdf.text, i + 1));
      expect(page).toContain(`Yth. Ketua ${officialUnitName(u)} di -`);
      expect(page).toContain(`pada ${officialUnitName(u)} untuk hadir`);
      expect(page).toContain(`Nomor : ${SEED_LETTER_NUMBER}`);
    });
    expect(count(flat(pdf.text), 'Yth. Ketua KPU ')).toBe(38);
    expect(pdf.text).not.toContain('se-Jawa Timur');
  });

  it('dates the letters on the export day when the letter has no date, and announces no attachment', () => {
    const first = flat(pageText(pdf.text, 1));
    expect(first).toContain('Surabaya, 21 Mei 2022');
    expect(first).toContain('Sifat : Biasa');
    expect(first).not.toMatch(/Lampiran\s*:/);
    expect(pdf.text).not.toContain('DAFTAR KPU KABUPATEN/KOTA');
  });
});

describe('letterhead logo and F4 paper', () => {
  it('places the logo above the name on every letter and sizes the page 215 x 330 mm', async () => {
    const settings = seedSettings('F4');
    settings.organisation.logoDataUrl = dataUrl(solidPng(90, 100), 'image/png');
    const m = seedMeeting();
    m.unitsInvited = ['3504', '3579'];
    const pdf = docxToPdf(await buildInvitationLetterDocx(m, seedRoster(), settings, 'per-unit', '2022-05-21'), 'surat-logo');
    expect(pdf.pages).toBe(2);
    expect(pdf.pageMm).toEqual({ width: 215, height: 330 });
    expect(imagesPerPage(pdf.pdfPath)).toEqual(
      new Map([
        [1, 1],
        [2, 1],
      ]),
    );
    expect(flat(pageText(pdf.text, 2))).toContain('Yth. Ketua KPU Kota Batu');
  });
});

describe('tata naskah details', () => {
  it('flows a 12-item agenda from page 1, numbers the continuation page and leaves out an empty Lampiran', async () => {
    const m = seedMeeting();
    m.agenda = Array.from(
      { length: 12 },
      (_, i) =>
        `Butir acara ke-${i + 1}: pembahasan persiapan tahapan sosialisasi dan pendidikan pemilih di KPU Kabupaten/Kota dengan uraian yang cukup panjang sehingga memakai dua baris`,
    );
    m.letter.lampiran = '';
    const pdf = docxToPdf(await buildInvitationLetterDocx(m, seedRoster(), seedSettings(), 'per-unit', '2022-05-21'), 'surat-acara-panjang');
    const first = flat(pageText(pdf.text, 1));
    expect(first).toMatch(/Acara : 1\. Butir acara ke-1:/);
    // The block starts on page 1 and fills it: items run on to the end of the page.
    const lastOnFirst = Math.max(...Array.from({ length: 12 }, (_, i) => (first.includes(`Butir acara ke-${i + 1}:`) ? i + 1 : 0)));
    expect(lastOnFirst).toBeGreaterThanOrEqual(5);
    expect(lastOnFirst).toBeLessThan(12);
    const second = pageText(pdf.text, 2);
    expect(itemAt(second.trimStart().split('\n'), 0).trim()).toMatch(/^-\s*2\s*-$/);
    expect(flat(second)).toContain(`Butir acara ke-${lastOnFirst + 1}:`);
    // A letter to the next unit starts again without a number on its first page.
    const pages = pdf.text.split('\f').filter((p) => p.trim());
    const starts = pages.map((p, i) => (flat(p).includes('Yth. Ketua KPU') ? i : -1)).filter((i) => i >= 0);
    expect(starts.length).toBe(38);
    for (const i of starts) expect(itemAt(pages, i).trimStart()).not.toMatch(/^-\s*\d+\s*-/);
    expect(first).toContain('Sifat : Biasa');
    expect(first).not.toMatch(/Lampiran\s*:/);
  });

  it('addresses the reader with the form set in Pengaturan and writes a jabatan that names its office as typed', async () => {
    const settings = seedSettings();
    settings.formOfAddress = 'Bapak/Ibu';
    const m = seedMeeting();
    m.letter.signatory = { jabatan: 'Ketua KPU Provinsi Jawa Timur', name: 'Choirul Anam' };
    const text = flat(pageText(docxToPdf(await buildInvitationLetterDocx(m, seedRoster(), settings, 'all', '2022-05-21'), 'surat-sapaan').text, 1));
    expect(text).toContain('kami mengundang Bapak/Ibu untuk mengikuti');
    expect(text).toContain('kehadiran Bapak/Ibu, kami sampaikan');
    expect(text).not.toContain('Saudara');
    expect(text).toContain('Ketua KPU Provinsi Jawa Timur, Choirul Anam');
  });
});
