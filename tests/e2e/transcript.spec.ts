// From the recorded transcript to the minutes: the Zoom .vtt of a made-up rakor imported on
// the Pembicara tab of a meeting whose earlier rakor had the same officials, the proposals
// reviewed (one edited), accepted, and found in the minutes DOCX as LibreOffice reads it.
// Importing the same file again proposes nothing new; a .srt given by mistake is refused.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';
import { docxToPdf, flat, haveLibreOffice, pdfToPngs } from '../shared/helpers/libreoffice';
import { scan } from './a11y';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
const ZOOM = path.resolve('tests/fixtures/transcripts/rakor-zoom.vtt');

/** The demo rakor (with its three speakers) as the earlier meeting, and a duplicate a week later without speakers. */
async function meetingAfterDemo(host: RunningHost, page: Page): Promise<string> {
  const headers = { 'X-Rakor-Token': host.token };
  const post = async (method: string, data: unknown) => {
    const res = await (await page.request.post(`${host.origin}/api/${method}`, { data, headers })).json();
    expect(res.ok, method).toBe(true);
    return res.value;
  };
  const demo = await post('meetings/load-demo', {});
  const next = await post('meetings/duplicate', { id: demo.id, date: '2022-06-01' });
  return next.id;
}

async function pickFile(page: Page, button: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles(file);
}

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Impor transkrip' }).click();
  await expect(page.getByRole('dialog', { name: 'Impor transkrip rekaman' })).toBeVisible();
}

test('a Zoom transcript becomes the speaker log and the minutes', async ({ page }) => {
  test.skip(!haveLibreOffice(), 'LibreOffice and poppler-utils are needed to read the minutes');
  await page.setViewportSize({ width: 1366, height: 768 });
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const id = await meetingAfterDemo(host, page);
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${id}/pembicara`);
    await expect(page.getByTestId('speakers-empty')).toBeVisible();

    // A subtitle file given by mistake: a reason, and the dialog stays as it was.
    await openImport(page);
    await pickFile(page, 'Pilih file…', {
      name: 'rakor.srt',
      mimeType: 'application/x-subrip',
      buffer: Buffer.from('1\r\n00:00:01,000 --> 00:00:02,000\r\nBudi: halo\r\n'),
    });
    await page.getByRole('button', { name: 'Baca transkrip' }).click();
    await expect(page.getByRole('alert')).toContainText('SubRip (.srt), bukan WebVTT (.vtt)');

    await pickFile(page, 'Pilih file…', ZOOM);
    await expect(page.getByTestId('transcript-file-name')).toHaveText('rakor-zoom.vtt');
    const first = await scan(page, 'Impor transkrip: pilih file');
    expect(first.count, first.lines.join('\n')).toBe(0);
    await page.getByRole('radio', { name: 'Ketik jam mulai rekaman' }).check();
    await page.getByRole('textbox', { name: 'Ketik jam mulai rekaman' }).fill('09.00.00');
    await page.getByRole('button', { name: 'Baca transkrip' }).click();
    await expect(page.getByTestId('transcript-summary')).toHaveText(
      'Transkrip Zoom (.vtt) · 17 potongan ucapan · rekaman mulai 09.00.00 WIB, jam yang diketik',
    );
    const cards = page.getByTestId('transcript-proposal');
    await expect(cards).toHaveCount(12);
    const review = await scan(page, 'Impor transkrip: tinjauan');
    expect(review.count, review.lines.join('\n')).toBe(0);
    await expect(page.getByTestId('transcript-footer')).toHaveText('Akan ditambahkan: 8 pembicara. Dilewati: 4 giliran.');
    // The question from Kota Batu names no person: the notetaker types the name heard.
    const batu = page.getByRole('region', { name: /: KPU Kota Batu - Kasubag Tekmas$/ });
    await expect(batu.getByText('Pertanyaan dari KPU Kota Batu, Kasubag Tekmas.')).toBeVisible();
    const batuName = batu.getByRole('textbox', { name: /^Nama — Giliran/ });
    await expect(batuName).toHaveValue('KPU Kota Batu');
    await batuName.fill('Budi Hartono');
    await page.getByRole('region', { name: /^Giliran 4: / }).scrollIntoViewIfNeeded();
    await page.getByRole('region', { name: /: Dian Puspita - KPU Kab\. Tulungagung \(Parmas\)$/ }).scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: 'docs/images/transcript-review.png' });
    else await page.screenshot({ path: test.info().outputPath('transcript-review.png') });

    await page.getByRole('button', { name: 'Tambahkan 8 pembicara' }).click();
    await expect(page.getByText('8 pembicara ditambahkan dari transkrip.')).toBeVisible();
    await expect(page.getByTestId('speaker-card')).toHaveCount(8);
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    const stored = JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting;
    expect(stored.speakers.map((s: { name: string }) => s.name)).toEqual([
      'Insan Qoriawan',
      'Rochani',
      'Gogot Cahyo Baskoro',
      'Dian Puspita',
      'Gogot Cahyo Baskoro',
      'Budi Hartono',
      'Rochani',
      'Insan Qoriawan',
    ]);
    expect(stored.speakers[3]).toMatchObject({ institution: '3504', unitCode: '3504', segment: 'tanya_jawab', startedAt: '2022-06-01T02:02:50.000Z' });
    expect(stored.transcriptSkipped).toHaveLength(4);
    await page.screenshot({ path: test.info().outputPath('speakers-after-import.png'), fullPage: false });

    // The same file again: nothing new to propose.
    await openImport(page);
    await pickFile(page, 'Pilih file…', ZOOM);
    await page.getByRole('radio', { name: /^Jam mulai rapat di undangan/ }).check();
    await page.getByRole('button', { name: 'Baca transkrip' }).click();
    await expect(page.getByTestId('transcript-earlier')).toHaveText('Tidak ada yang baru: semua giliran di transkrip ini sudah ditinjau sebelumnya.');
    await expect(cards).toHaveCount(0);
    await page.getByRole('button', { name: 'Batal' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    // The minutes, as LibreOffice reads them.
    await page.getByRole('tab', { name: 'Notulen' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh notulen (DOCX)' }).click()]);
    const file = path.join(dataDir, 'notulen.docx');
    await download.saveAs(file);
    const pdf = docxToPdf(fs.readFileSync(file), 'notulen');
    const text = flat(pdf.text);
    const at = (needle: string, from = 0) => {
      const i = text.indexOf(needle, from);
      expect(i, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    let pos = at('A. Jalannya Rapat');
    pos = at('Insan Qoriawan, Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis', pos);
    pos = at('Pembukaan/Sambutan (09.00–09.00 WIB)', pos);
    pos = at('Rakor hari ini membahas evaluasi sosialisasi pemilih.', pos);
    pos = at('Rochani, Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Timur', pos);
    pos = at('Divisi hukum bersama kita merumuskan draf naskah kerja sama.', pos);
    pos = at('Gogot Cahyo Baskoro', pos);
    pos = at('Judul berita harus jelas & singkat.', pos);
    pos = at('Dian Puspita', pos);
    pos = at('Tanya Jawab (09.02–09.03 WIB)', pos);
    pos = at('Bagaimana jadwal sosialisasi di sekolah?', pos);
    pos = at('Budi Hartono', pos);
    pos = at('Apakah anggaran sosialisasi bisa dipakai untuk konten TikTok?', pos);
    pos = at('Insan Qoriawan', pos);
    pos = at('Penutup (09.03–09.04 WIB)', pos);
    at('Rapat saya tutup.', pos);
    expect(text).not.toContain('rekaman dihentikan');
    expect(text).not.toContain('Betul.');
    pdfToPngs(pdf.pdfPath, SHOTS ? 'docs/images/transcript-minutes' : test.info().outputPath('minutes'), 60, 1, 2);
  } finally {
    await host.stop();
  }
});
