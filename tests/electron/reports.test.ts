// After the rakor, through the handlers over a real data folder: the news drafts one by one and
// all in a .zip, the documentation photos (checked by their bytes, nothing lost on a refusal),
// and the laporan kegiatan as LibreOffice reads it back.
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, callError, makeDeps, seedRoster } from './helpers';
import { seedRoster as seedRosterData } from '../shared/helpers/seed-meeting';
import { docxToPdf, flat, haveLibreOffice, imagesPerPage } from '../shared/helpers/libreoffice';
import { PHOTO_MAX_COUNT } from '../../shared/domain/photos';
import { JATIM_UNITS } from '../../shared/domain/units';
import { itemAt, valueAt } from '../helpers/indexed';

const FIXTURES = path.join(__dirname, '../fixtures/photos');
const png = () => fs.readFileSync(path.join(FIXTURES, 'layar-rakor.png'));
const jpg = () => fs.readFileSync(path.join(FIXTURES, 'layar-peserta.jpg'));

async function demo() {
  const deps = makeDeps();
  seedRoster(deps, seedRosterData());
  const meeting = await call(deps, 'meetings/load-demo', {});
  return { deps, id: meeting.id };
}

function expectInOrder(text: string, needles: readonly string[]): void {
  let at = 0;
  for (const n of needles) {
    const i = text.indexOf(n, at);
    expect(i, `"${n}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + n.length;
  }
}

describe('news drafts through the handlers', () => {
  it('lists the host’s draft and one per invited unit, each unit naming its own attendees', async () => {
    const { deps, id } = await demo();
    const drafts = await call(deps, 'news/drafts', { id });
    expect(drafts.map((d) => d.unitCode)).toEqual(['', ...JATIM_UNITS.map((u) => u.code)]);
    const tulungagung = drafts.find((d) => d.unitCode === '3504')!;
    expect(tulungagung.text).toContain(
      'Divisi Parmas (Hendra Wicaksono), Kasubag Tekmas (Ratna Puspitasari), dan Operator Media Sosial (Bagus Setiawan) pada KPU Kabupaten Tulungagung',
    );
    expect(drafts.find((d) => d.unitCode === '3579')!.text).not.toContain('Hendra Wicaksono');
  });

  it('exports one draft as .txt (UTF-8, the same text) and as .docx', async () => {
    const { deps, id } = await demo();
    const txt = await call(deps, 'news/export', { id, unitCode: '3504', format: 'txt' });
    expect(txt.fileName).toMatch(/^Berita 2022-05-25 Rapat Koordinasi .* - KPU Kabupaten Tulungagung\.txt$/);
    const text = Buffer.from(txt.base64, 'base64').toString('utf8');
    expect(text.startsWith('KPU Kabupaten Tulungagung Ikuti Rapat Koordinasi')).toBe(true);
    const docx = await call(deps, 'news/export', { id, unitCode: '', format: 'docx' });
    expect(docx.fileName.endsWith(' - KPU Provinsi Jawa Timur.docx')).toBe(true);
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a unit that was not invited, with a message', async () => {
    const { deps, id } = await demo();
    const m = await call(deps, 'meetings/get', { id });
    await call(deps, 'meetings/update-setup', { id, setup: { ...m, unitsInvitedMode: 'picked', unitsInvited: ['3504'] } });
    const err = await callError(deps, 'news/export', { id, unitCode: '3579', format: 'txt' });
    expect(err.message).toBe('KPU Kabupaten/Kota ini tidak diundang ke rapat, jadi tidak ada draf beritanya.');
  });

  it('puts every draft in one .zip as .docx and .txt, sorted by unit code', async () => {
    const { deps, id } = await demo();
    const file = await call(deps, 'news/export-all', { id });
    expect(file.fileName).toBe('berita-rakor-2022-05-25.zip');
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    const names = Object.keys(zip.files).filter((n) => !valueAt(zip.files, n).dir);
    expect(names).toHaveLength(2 * 39);
    expect(names).toContain('berita-rakor-2022-05-25/3504 KPU Kabupaten Tulungagung.docx');
    expect(names).toContain('berita-rakor-2022-05-25/3573 KPU Kota Malang.txt');
    expect(names).toContain('berita-rakor-2022-05-25/3507 KPU Kabupaten Malang.txt');
    const text = await zip.file('berita-rakor-2022-05-25/3504 KPU Kabupaten Tulungagung.txt')!.async('string');
    expect(text).toContain('Tulungagung - Rabu, 25 Mei 2022, Divisi Parmas (Hendra Wicaksono)');
  });
});

describe('documentation photos', () => {
  it('adds PNG and JPEG by their bytes, with captions, and lists them without their bytes', async () => {
    const { deps, id } = await demo();
    await call(deps, 'report/add-photo', { id, fileName: 'layar-rakor.png', base64: png().toString('base64'), caption: 'Pembukaan oleh Plh. Ketua' });
    const list = await call(deps, 'report/add-photo', { id, fileName: 'foto.JPG', base64: jpg().toString('base64'), caption: '' });
    expect(list.map((p) => [p.type, p.width, p.height, p.caption])).toEqual([
      ['image/png', 1366, 900, 'Pembukaan oleh Plh. Ketua'],
      ['image/jpeg', 1280, 720, ''],
    ]);
    expect(itemAt(list, 0).bytes).toBe(png().length);
    expect('base64' in itemAt(list, 0)).toBe(false);
    const image = await call(deps, 'report/photo-image', { id, photoId: itemAt(list, 1).id });
    expect(image.type).toBe('image/jpeg');
    expect(Buffer.from(image.base64, 'base64').equals(jpg())).toBe(true);
    const captioned = await call(deps, 'report/set-caption', { id, photoId: itemAt(list, 1).id, caption: 'Peserta dari 38 KPU Kabupaten/Kota' });
    expect(itemAt(captioned, 1).caption).toBe('Peserta dari 38 KPU Kabupaten/Kota');
    const after = await call(deps, 'report/remove-photo', { id, photoId: itemAt(list, 0).id });
    expect(after.map((p) => p.caption)).toEqual(['Peserta dari 38 KPU Kabupaten/Kota']);
    // Stored in the data folder's declared photo file, as written.
    const stored = JSON.parse(fs.readFileSync(path.join(deps.store.dir, 'foto', `${id}.json`), 'utf8'));
    expect(Buffer.from(stored.photos[0].base64, 'base64').equals(jpg())).toBe(true);
  });

  it('refuses what is not a PNG or JPEG by its bytes, a broken one, a too large one and one too many, losing nothing', async () => {
    const { deps, id } = await demo();
    await call(deps, 'report/add-photo', { id, fileName: 'a.png', base64: png().toString('base64'), caption: 'Satu' });
    const before = fs.readFileSync(path.join(deps.store.dir, 'foto', `${id}.json`), 'utf8');

    const renamed = await callError(deps, 'report/add-photo', {
      id,
      fileName: 'catatan.png',
      base64: Buffer.from('Bukan gambar, hanya teks.').toString('base64'),
      caption: '',
    });
    expect(renamed.message).toBe('"catatan.png" bukan gambar PNG atau JPEG. Simpan tangkapan layar sebagai .png atau .jpg lalu tambahkan lagi.');

    const broken = await callError(deps, 'report/add-photo', { id, fileName: 'potong.png', base64: png().subarray(0, 12).toString('base64'), caption: '' });
    expect(broken.message).toContain('Gambar "potong.png" rusak atau tidak lengkap');

    const big = Buffer.concat([png(), Buffer.alloc(2 * 1024 * 1024)]);
    const tooLarge = await callError(deps, 'report/add-photo', { id, fileName: 'besar.png', base64: big.toString('base64'), caption: '' });
    expect(tooLarge.message).toBe('Foto "besar.png" berukuran 2,1 MB; maksimal 2,0 MB. Perkecil atau potong gambarnya lalu tambahkan lagi.');

    expect(fs.readFileSync(path.join(deps.store.dir, 'foto', `${id}.json`), 'utf8')).toBe(before);

    for (let i = 1; i < PHOTO_MAX_COUNT; i++) await call(deps, 'report/add-photo', { id, fileName: `${i}.jpg`, base64: jpg().toString('base64'), caption: '' });
    const full = fs.readFileSync(path.join(deps.store.dir, 'foto', `${id}.json`), 'utf8');
    const tooMany = await callError(deps, 'report/add-photo', { id, fileName: 'lagi.jpg', base64: jpg().toString('base64'), caption: '' });
    expect(tooMany.message).toBe(`Sudah ada ${PHOTO_MAX_COUNT} foto dokumentasi, batas untuk satu rapat. Hapus salah satu sebelum menambah "lagi.jpg".`);
    expect(fs.readFileSync(path.join(deps.store.dir, 'foto', `${id}.json`), 'utf8')).toBe(full);
    expect(await call(deps, 'report/photos', { id })).toHaveLength(PHOTO_MAX_COUNT);
  });

  it('go when their meeting is removed for good from the bin, and stay while it is only in the bin', async () => {
    const { deps, id } = await demo();
    await call(deps, 'report/add-photo', { id, fileName: 'a.jpg', base64: jpg().toString('base64'), caption: '' });
    const file = path.join(deps.store.dir, 'foto', `${id}.json`);
    await call(deps, 'meetings/delete', { id });
    expect(fs.existsSync(file)).toBe(true);
    await call(deps, 'meetings/purge', { id });
    expect(fs.existsSync(file)).toBe(false);
  });

  it('survives a backup and a restore of the data folder', async () => {
    const { deps, id } = await demo();
    await call(deps, 'report/add-photo', { id, fileName: 'a.jpg', base64: jpg().toString('base64'), caption: 'Sebelum cadangan' });
    const backup = await call(deps, 'backups/create', {});
    deps.tick(5000);
    const list = await call(deps, 'report/photos', { id });
    await call(deps, 'report/remove-photo', { id, photoId: itemAt(list, 0).id });
    expect(await call(deps, 'report/photos', { id })).toEqual([]);
    await call(deps, 'backups/restore', { name: backup.name });
    const restored = await call(deps, 'report/photos', { id });
    expect(restored.map((p) => p.caption)).toEqual(['Sebelum cadangan']);
    const stored = JSON.parse(fs.readFileSync(path.join(deps.store.dir, 'foto', `${id}.json`), 'utf8'));
    expect(Buffer.from(stored.photos[0].base64, 'base64').equals(jpg())).toBe(true);
  });
});

describe('the laporan kegiatan, read back by LibreOffice', () => {
  let text: string;
  let pdfPath: string;
  let pages: number;
  let fileName: string;
  beforeAll(async () => {
    if (!haveLibreOffice()) throw new Error('These tests need LibreOffice and poppler-utils.');
    const { deps, id } = await demo();
    await call(deps, 'report/add-photo', { id, fileName: 'a.png', base64: png().toString('base64'), caption: 'Pembukaan rakor oleh Plh. Ketua' });
    await call(deps, 'report/add-photo', { id, fileName: 'b.jpg', base64: jpg().toString('base64'), caption: 'Peserta dari KPU Kabupaten/Kota' });
    const file = await call(deps, 'report/export-docx', { id });
    fileName = file.fileName;
    const pdf = docxToPdf(Buffer.from(file.base64, 'base64'), 'laporan');
    text = flat(pdf.text);
    pdfPath = pdf.pdfPath;
    pages = pdf.pages;
  });

  it('is named by date and meeting', () => {
    expect(fileName).toBe('Laporan Kegiatan 2022-05-25 Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024.docx');
  });

  it('reads in the order of a laporan kegiatan, then its attachments', () => {
    expectInOrder(text, [
      'LAPORAN KEGIATAN',
      'A. Dasar',
      'Surat KPU RI Nomor 311 Tahun 2022',
      'Surat KPU Provinsi Jawa Timur Nomor 123/PP.01-Und/35/2022 tanggal 23 Mei 2022',
      'B. Maksud dan Tujuan',
      'C. Waktu dan Tempat',
      'Rabu, 25 Mei 2022',
      'Daring melalui aplikasi Zoom',
      'D. Peserta',
      '1 dari 38 KPU Kabupaten/Kota, 3 orang',
      'E. Jalannya Kegiatan',
      'Insan Qoriawan',
      'Rochani',
      'Gogot Cahyo Baskoro',
      'F. Hasil Kegiatan',
      'KPU Kabupaten/Kota menyiapkan draf naskah perjanjian kerja sama',
      'Menyusun draf naskah kerja sama dengan lembaga lain',
      'G. Penutup',
      'Yang melaporkan',
      'Lampiran 1 Laporan Kegiatan: Surat Undangan',
      '123/PP.01-Und/35/2022',
      'Lampiran 2 Laporan Kegiatan: Notulen Rapat',
      'NOTULEN RAPAT',
      'Lampiran 3 Laporan Kegiatan: Daftar Hadir',
      'DAFTAR HADIR',
      'Lampiran 4 Laporan Kegiatan: Foto Dokumentasi',
      'Foto 1. Pembukaan rakor oleh Plh. Ketua',
      'Foto 2. Peserta dari KPU Kabupaten/Kota',
    ]);
  });

  it('places both photos, on the last page, each with its caption', () => {
    const images = imagesPerPage(pdfPath);
    expect([...images.entries()]).toEqual([[pages, 2]]);
  });
});
