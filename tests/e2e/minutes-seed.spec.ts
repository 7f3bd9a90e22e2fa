// The rakor of 25 May 2022 re-created through the UI: the meeting form, Tulungagung present in
// the attendance grid, the three speakers with their points (Gogot Cahyo Baskoro twice, picked
// again from the suggestions), the chair, minute-taker, times, conclusions and a follow-up;
// then the minutes exported as DOCX and read back through LibreOffice as a PDF, in the order
// a reader sees them.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir } from './host';
import { docxToPdf, haveLibreOffice, pdfToPngs } from '../shared/helpers/libreoffice';
import { itemAt } from '../helpers/indexed';

const TITLE = 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024';
const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

const SPEAKERS = [
  {
    name: 'Insan Qoriawan',
    jabatan: 'Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis',
    segment: 'Pembukaan / Sambutan',
    points: [
      'Rakor membahas surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama.',
      'Tahapan sosialisasi adalah tahapan terpanjang Pemilu 2024.',
      'Divisi Parmas agar menyampaikan informasi yang sebenarnya kepada seluruh lapisan masyarakat.',
    ],
  },
  {
    name: 'Rochani',
    jabatan: 'Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Timur',
    segment: 'Pengarahan / Paparan',
    points: [
      'Tugas divisi Sosdiklih, Parmas dan SDM meliputi koordinasi, penyelenggaraan, pengendalian, supervisi dan evaluasi.',
      'Mulai sekarang bekerja sama dengan divisi hukum merumuskan draf naskah kerja sama.',
    ],
  },
  {
    name: 'Gogot Cahyo Baskoro',
    jabatan: 'Komisioner Divisi Sosdiklih Parmas KPU Provinsi Jawa Timur',
    segment: 'Pengarahan / Paparan',
    points: ['Evaluasi penulisan berita website KPU Kabupaten/Kota.', 'Evaluasi penggunaan akun TikTok.'],
  },
];
const CLOSING_POINT = 'Ketentuan pelaksanaan surat KPU RI Nomor 311 Tahun 2022 agar dipedomani.';
const CONCLUSIONS = [
  'KPU Kabupaten/Kota menyiapkan draf naskah perjanjian kerja sama bersama divisi hukum.',
  'Berita website dan akun TikTok KPU Kabupaten/Kota dievaluasi secara berkala oleh Divisi Parmas.',
];
const UNITS = [
  'Kab. Pacitan',
  'Kab. Ponorogo',
  'Kab. Trenggalek',
  'Kab. Tulungagung',
  'Kab. Blitar',
  'Kab. Kediri',
  'Kab. Malang',
  'Kab. Lumajang',
  'Kab. Jember',
  'Kab. Banyuwangi',
  'Kab. Bondowoso',
  'Kab. Situbondo',
  'Kab. Probolinggo',
  'Kab. Pasuruan',
  'Kab. Sidoarjo',
  'Kab. Mojokerto',
  'Kab. Jombang',
  'Kab. Nganjuk',
  'Kab. Madiun',
  'Kab. Magetan',
  'Kab. Ngawi',
  'Kab. Bojonegoro',
  'Kab. Tuban',
  'Kab. Lamongan',
  'Kab. Gresik',
  'Kab. Bangkalan',
  'Kab. Sampang',
  'Kab. Pamekasan',
  'Kab. Sumenep',
  'Kota Kediri',
  'Kota Blitar',
  'Kota Malang',
  'Kota Probolinggo',
  'Kota Pasuruan',
  'Kota Mojokerto',
  'Kota Madiun',
  'Kota Surabaya',
  'Kota Batu',
];

function speakerCard(page: Page, n: number) {
  return page.getByRole('region', { name: new RegExp(`^Pembicara ${n}:`) });
}

async function typePoints(page: Page, n: number, points: string[]) {
  await speakerCard(page, n).getByLabel(`Poin 1 — Pembicara ${n}`, { exact: true }).click();
  for (let i = 0; i < points.length; i++) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(itemAt(points, i));
  }
}

function flat(s: string): string {
  return s.replace(/\s+/g, ' ');
}

test('the seed meeting typed through the UI exports minutes whose PDF reads in order', async ({ page }) => {
  test.setTimeout(240_000);
  test.skip(!haveLibreOffice(), 'LibreOffice and poppler are needed to read the DOCX back');
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();
    await page.getByLabel('Nama rapat').fill(TITLE);
    await page.getByLabel('Tanggal').fill('2022-05-25');
    await page.getByLabel('Mulai').fill('09:00');
    await page.getByLabel('Butir acara 1').fill('Surat KPU RI Nomor 311 Tahun 2022 tentang Pelaksanaan Perjanjian Kerja Sama');
    await page.getByRole('button', { name: 'Tambah butir acara' }).click();
    await page.getByLabel('Butir acara 2').fill('Persiapan sosialisasi dan pendidikan pemilih menjelang tahapan Pemilu 2024');
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

    // KPU Kabupaten Tulungagung attended with all three roles: Shift+H on its row of the grid.
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    await page.getByRole('gridcell', { name: /^Kab\. Tulungagung, Divisi Parmas: / }).click();
    await page.keyboard.press('Shift+H');
    await expect(page.getByTestId('summary-units')).toHaveText('1 dari 38 unit hadir');
    await page.getByRole('tab', { name: 'Pembicara' }).click();

    // Speakers, as a notetaker types them live; the page's clock is set to the meeting's morning.
    const wib = (hhmm: string) => new Date(`2022-05-25T${hhmm}:00+07:00`);
    await page.clock.setFixedTime(wib('09:02'));
    await page.getByRole('button', { name: 'Tambah pembicara pertama' }).click();
    const first = itemAt(SPEAKERS, 0);
    await expect(speakerCard(page, 1).getByLabel('Nama', { exact: true })).toBeFocused();
    await page.keyboard.type(first.name);
    await speakerCard(page, 1).getByLabel('Jabatan', { exact: true }).fill(first.jabatan);
    await speakerCard(page, 1).getByRole('button', { name: 'Mulai' }).click();
    await expect(speakerCard(page, 1).getByTestId('running-time')).toBeVisible();
    await typePoints(page, 1, first.points);

    const changeover = ['09:15', '09:48'];
    for (let i = 1; i < SPEAKERS.length; i++) {
      const s = itemAt(SPEAKERS, i);
      await page.clock.setFixedTime(wib(itemAt(changeover, i - 1)));
      await page.keyboard.press('Control+Enter');
      const card = speakerCard(page, i + 1);
      await expect(card.getByLabel('Nama', { exact: true })).toBeFocused();
      await page.keyboard.type(s.name);
      await card.getByLabel('Jabatan', { exact: true }).fill(s.jabatan);
      await card.getByText(s.segment, { exact: true }).click();
      await typePoints(page, i + 1, s.points);
    }
    // The clock moved on with each "next speaker": only the last one is speaking.
    await expect(page.getByText('Sedang berbicara: Gogot Cahyo Baskoro')).toBeVisible();

    // Gogot again for the closing, picked from the people who spoke before.
    await page.clock.setFixedTime(wib('11:20'));
    await page.getByRole('button', { name: 'Pembicara berikutnya' }).click();
    const closing = speakerCard(page, 4);
    await expect(closing.getByLabel('Nama', { exact: true })).toBeFocused();
    await page.keyboard.type('Gogot');
    await page.getByRole('option', { name: /Gogot Cahyo Baskoro/ }).click();
    await expect(closing.getByLabel('Jabatan', { exact: true })).toHaveValue(itemAt(SPEAKERS, 2).jabatan);
    await closing.getByText('Penutup', { exact: true }).click();
    await typePoints(page, 4, [CLOSING_POINT]);
    await page.clock.setFixedTime(wib('11:31'));
    if (SHOTS) {
      await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
      await closing.getByLabel('Poin 1 — Pembicara 4', { exact: true }).blur();
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(closing.getByTestId('running-time')).toHaveText('11:00');
      await page.screenshot({ path: 'docs/images/speakers.png' });
    }
    await page.clock.setFixedTime(wib('11:33'));
    await closing.getByRole('button', { name: 'Selesai' }).click();
    await expect(page.getByText('Tidak ada yang sedang berbicara')).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

    // The Notulen tab: chair, minute-taker, times, conclusions, a follow-up.
    await page.getByRole('tab', { name: 'Notulen' }).click();
    await page.getByLabel('Pimpinan Rapat: Nama', { exact: true }).fill('Insan Qoriawan');
    await page.getByLabel('Pimpinan Rapat: Jabatan', { exact: true }).fill('Plh. Ketua KPU Provinsi Jawa Timur');
    await page.getByLabel('Notulis: Nama', { exact: true }).fill('Dewi Anggraini');
    await page.getByLabel('Notulis: Jabatan', { exact: true }).fill('Staf Subbagian Teknis dan Hubungan Partisipasi Masyarakat');
    await page.getByLabel('Rapat dibuka pukul (WIB)', { exact: true }).fill('09:00');
    await page.getByLabel('Rapat ditutup pukul (WIB)', { exact: true }).fill('11:35');
    await page.getByLabel('Kesimpulan 1', { exact: true }).click();
    await page.keyboard.type(itemAt(CONCLUSIONS, 0));
    await page.keyboard.press('Enter');
    await page.keyboard.type(itemAt(CONCLUSIONS, 1));
    await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
    await page.getByLabel('Tindak lanjut 1', { exact: true }).fill('Menyusun draf naskah kerja sama dengan lembaga lain');
    await page.getByRole('combobox', { name: 'Penanggung jawab 1' }).fill('Divisi Parmas KPU Kabupaten/Kota');
    await page.getByLabel('Batas waktu 1', { exact: true }).fill('2022-06-30');
    await expect(page.getByTestId('participants-line')).toHaveText('1 dari 38 KPU Kabupaten/Kota hadir, 3 orang');
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    if (SHOTS) await page.screenshot({ path: 'docs/images/minutes-tab.png', fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh notulen (DOCX)' }).click()]);
    expect(download.suggestedFilename()).toBe(`Notulen 2022-05-25 ${TITLE} (draf).docx`);
    const file = path.join(host.dataDir, 'notulen.docx');
    await download.saveAs(file);
    const pdf = docxToPdf(fs.readFileSync(file), 'notulen');
    const text = flat(pdf.text);

    // In reading order: the meeting, the date, the three speakers, conclusions, signatures, attendance.
    const at = (needle: string, from = 0) => {
      const i = text.indexOf(needle, from);
      expect(i, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    let pos = at(TITLE);
    pos = at('Rabu, 25 Mei 2022', pos);
    pos = at('09.00 s.d. 11.35 WIB', pos);
    pos = at('Insan Qoriawan, Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis', pos);
    pos = at('Pembukaan/Sambutan (09.02–09.15 WIB)', pos);
    for (const p of itemAt(SPEAKERS, 0).points.slice(0, 1)) pos = at(p.slice(0, 40), pos);
    pos = at('Rochani, Ketua Divisi SDM dan Litbang', pos);
    pos = at('Gogot Cahyo Baskoro, Komisioner Divisi Sosdiklih Parmas', pos);
    pos = at('Evaluasi penggunaan akun TikTok', pos);
    pos = at('Gogot Cahyo Baskoro', pos + 1);
    pos = at('Penutup (11.20–11.33 WIB)', pos);
    pos = at('B. Kesimpulan', pos);
    pos = at(itemAt(CONCLUSIONS, 0).slice(0, 40), pos);
    pos = at('C. Tindak Lanjut', pos);
    pos = at('Rapat ditutup pukul 11.35 WIB', pos);
    pos = at('Dewi Anggraini', pos);
    pos = at('Insan Qoriawan', pos);
    pos = at('DAFTAR HADIR', pos);
    for (const unit of UNITS) pos = at(unit, pos);
    expect(text).toContain('DRAF');

    const tulungagung = pdf.text.split('\n').find((l) => l.includes('Kab. Tulungagung'))!;
    expect(tulungagung.match(/Hadir/g)).toHaveLength(3);
    const pacitan = pdf.text.split('\n').find((l) => l.includes('Kab. Pacitan'))!;
    expect(pacitan).not.toContain('Hadir');
    if (SHOTS) {
      const prefix = path.join(host.dataDir, 'page');
      pdfToPngs(pdf.pdfPath, prefix, 80, 1, 2);
      for (const n of [1, 2]) {
        const made = fs.readdirSync(host.dataDir).find((f) => new RegExp(`^page-0*${n}\\.png$`).test(f))!;
        fs.copyFileSync(path.join(host.dataDir, made), `docs/images/minutes-page${n}.png`);
      }
    }
  } finally {
    await host.stop();
  }
});
