// The news drafts (berita) of the seed meeting: what each draft says, whose attendees it names,
// the wording from the templates, and the DOCX as LibreOffice reads it back.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNewsDocx, buildNewsDrafts, newsFileName, newsText, newsZipEntry } from '../../shared/documents/news';
import { seedMeeting, seedRoster, seedSettings, SEED_TITLE } from './helpers/seed-meeting';
import { docxToPdf, flat, haveLibreOffice } from './helpers/libreoffice';
import { JATIM_UNITS } from '../../shared/domain/units';
import { NEWS_TEMPLATES } from '../../templates/news';
import { TEMPLATES } from '../../templates/index';
import { checkTemplate } from '../../shared/templates/render';
import { firstItems, itemAt } from '../helpers/indexed';

function expectInOrder(text: string, needles: readonly string[]): void {
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + n.length;
  }
}

const SPEAKERS_IN_ORDER = ['Insan Qoriawan, Plh. Ketua', 'Rochani, Ketua Divisi SDM dan Litbang', 'Gogot Cahyo Baskoro', 'Gogot Cahyo Baskoro'];

describe('news drafts of the seed meeting', () => {
  const drafts = buildNewsDrafts(seedMeeting(), seedRoster(), seedSettings());
  const own = itemAt(drafts, 0);
  const tulungagung = drafts.find((d) => d.unitCode === '3504')!;

  it('are the host’s own, then one per invited unit in code order', () => {
    expect(own.unitCode).toBe('');
    expect(own.author).toBe('KPU Provinsi Jawa Timur');
    expect(drafts.slice(1).map((d) => d.unitCode)).toEqual(JATIM_UNITS.map((u) => u.code));
  });

  it('the host’s draft opens with the dateline from the settings, the day, the host, how, and who opened it', () => {
    expect(own.title).toBe(`KPU Provinsi Jawa Timur Gelar ${SEED_TITLE}`);
    const lead = itemAt(own.paragraphs, 0);
    expect(lead.startsWith('Surabaya, jatim.kpu.go.id - ')).toBe(true);
    expect(lead).toContain('Rabu, 25 Mei 2022');
    expect(lead).toContain(`menyelenggarakan ${SEED_TITLE} secara daring melalui aplikasi Zoom`);
    expect(lead).toContain('dibuka secara langsung oleh Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis, Insan Qoriawan');
    expect(lead).toContain('dari 35 KPU Kabupaten/Kota se-Jawa Timur');
  });

  it('has a paragraph per speaker, in the order they spoke, from their points, and a closing', () => {
    expect(own.paragraphs).toHaveLength(1 + 4 + 1);
    expectInOrder(own.paragraphs.slice(1, 5).join('\n'), SPEAKERS_IN_ORDER);
    expect(own.paragraphs[1]).toContain('Pada sesi pembukaan, Insan Qoriawan');
    expect(own.paragraphs[1]).toContain('Pertama, rapat koordinasi secara khusus membahas surat KPU RI Nomor 311 Tahun 2022');
    expect(own.paragraphs[4]).toContain('Pada sesi penutup, Gogot Cahyo Baskoro');
    expect(own.paragraphs[4]).toContain('bahwa ketentuan pelaksanaan surat KPU RI Nomor 311');
    expect(own.paragraphs[5]).toContain('ditutup pukul 11.38 WIB');
    expect(own.paragraphs[5]).toContain('Rapat menghasilkan beberapa kesimpulan. Pertama, KPU Kabupaten/Kota menyiapkan draf naskah');
  });

  it('a unit’s draft names that unit’s attendees, by role and name, and no other unit’s', () => {
    expect(tulungagung.title).toBe(`KPU Kabupaten Tulungagung Ikuti ${SEED_TITLE}`);
    const lead = itemAt(tulungagung.paragraphs, 0);
    expect(lead.startsWith('Tulungagung - Rabu, 25 Mei 2022, ')).toBe(true);
    expect(lead).toContain(
      'Divisi Parmas (Hendra Wicaksono), Kasubag Tekmas (Ratna Puspitasari), dan Operator Media Sosial (Bagus Setiawan) pada KPU Kabupaten Tulungagung bersama dengan KPU Kabupaten/Kota se-Jawa Timur mengikuti',
    );
    expect(lead).toContain('yang diselenggarakan oleh KPU Provinsi Jawa Timur secara daring melalui aplikasi Zoom');
    expect(newsText(tulungagung)).not.toContain('Yuliana Kartika');
    const malang = drafts.find((d) => d.unitCode === '3507')!;
    expect(malang.paragraphs[0]).toContain('Divisi Parmas (Siti Nurhaliza Rahmawati)');
    expect(malang.paragraphs[0]).not.toContain('Hendra');
  });

  it('a unit nobody came from still gets a draft, in the unit’s name, naming no attendee', () => {
    const sampang = drafts.find((d) => d.unitCode === '3527')!;
    expect(sampang.paragraphs[0]).toContain('Rabu, 25 Mei 2022, KPU Kabupaten Sampang bersama dengan');
    expect(sampang.paragraphs[0]).not.toContain('Divisi Parmas (');
  });

  it('takes its wording from the templates a user changed', () => {
    const settings = seedSettings();
    settings.templates = { 'news.title.unit': 'Berita {unit}: {acara}', 'news.dateline': '{kota} ({laman}) -' };
    const [d] = firstItems(buildNewsDrafts(seedMeeting(), seedRoster(), settings, '3504'), 1);
    expect(d.title).toBe(`Berita KPU Kabupaten Tulungagung: ${SEED_TITLE}`);
    // The unit's website is not known: the empty brackets go, the place stays.
    expect(itemAt(d.paragraphs, 0).startsWith('Tulungagung - Rabu')).toBe(true);
    const [o] = firstItems(buildNewsDrafts(seedMeeting(), seedRoster(), settings, ''), 1);
    expect(itemAt(o.paragraphs, 0).startsWith('Surabaya (jatim.kpu.go.id) - ')).toBe(true);
  });

  it('never prints a placeholder the template does not know as braces', () => {
    const settings = seedSettings();
    settings.templates = { 'news.closing': 'Selesai {jam_tutup}.' };
    const [d] = firstItems(buildNewsDrafts(seedMeeting(), seedRoster(), settings, ''), 1);
    expect(d.paragraphs.at(-1)).toBe('Selesai.');
  });

  it('names its files by date, meeting and author, and the zip entries by code', () => {
    expect(newsFileName(seedMeeting(), tulungagung, 'txt')).toBe(`Berita 2022-05-25 ${SEED_TITLE} - KPU Kabupaten Tulungagung.txt`);
    expect(newsZipEntry(tulungagung, 'docx')).toBe('3504 KPU Kabupaten Tulungagung.docx');
    expect(newsZipEntry(own, 'txt')).toBe('0000 KPU Provinsi Jawa Timur.txt');
  });
});

describe('the news and laporan templates', () => {
  it('are listed for the template editor, and every default uses only the placeholders it declares', () => {
    for (const def of NEWS_TEMPLATES) {
      expect(TEMPLATES).toContain(def);
      expect(checkTemplate(def.text, Object.keys(def.placeholders)), def.key).toEqual([]);
    }
  });
});

describe('a news draft as DOCX, read back by LibreOffice', () => {
  let text: string;
  beforeAll(async () => {
    if (!haveLibreOffice()) throw new Error('These tests need LibreOffice and poppler-utils.');
    const [d] = firstItems(buildNewsDrafts(seedMeeting(), seedRoster(), seedSettings(), '3504'), 1);
    text = flat(docxToPdf(await buildNewsDocx(d, seedSettings()), 'berita').text);
  });

  it('holds the title, the unit’s attendees and the speakers in order', () => {
    expectInOrder(text, [
      `KPU Kabupaten Tulungagung Ikuti ${SEED_TITLE}`,
      'Tulungagung - Rabu, 25 Mei 2022',
      'Divisi Parmas (Hendra Wicaksono), Kasubag Tekmas (Ratna Puspitasari), dan Operator Media Sosial (Bagus Setiawan)',
      ...SPEAKERS_IN_ORDER,
      'ditutup pukul 11.38 WIB',
    ]);
  });
});
