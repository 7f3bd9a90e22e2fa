// The "Berita & Laporan" tab in Chromium over the browser host: a unit's own news draft, copied
// and downloaded, all drafts as one .zip, documentation photos added (and a fake one refused
// with a message), and the laporan kegiatan downloaded and read back by LibreOffice.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { startHost, tempDataDir } from './host';
import { docxToPdf, pdfToPngs } from '../shared/helpers/libreoffice';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
const PHOTO_PNG = path.resolve('tests/fixtures/photos/layar-rakor.png');
const PHOTO_JPG = path.resolve('tests/fixtures/photos/layar-peserta.jpg');

test('a unit’s news draft, all drafts as .zip, photos and the laporan kegiatan', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    const headers = { 'X-Rakor-Token': host.token };
    const demo = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value;
    // The shipped settings name no website; the organisation's own goes into the dateline.
    const settings = (await (await page.request.post(`${host.origin}/api/settings/get`, { data: {}, headers })).json()).value;
    const saved = await page.request.post(`${host.origin}/api/settings/save`, {
      data: { ...settings, organisation: { ...settings.organisation, website: 'jatim.kpu.go.id' } },
      headers,
    });
    expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);

    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${demo.id}/laporan`);
    await expect(page.getByRole('tab', { name: 'Berita & Laporan' })).toHaveAttribute('aria-selected', 'true');
    const text = page.getByTestId('news-text');
    await expect(text).toHaveValue(/^KPU Provinsi Jawa Timur Gelar Rapat Koordinasi/);
    await expect(text).toHaveValue(/Surabaya, jatim\.kpu\.go\.id - KPU Provinsi Jawa Timur menyelenggarakan/);

    // Tulungagung's own draft names its attendees.
    await page.getByRole('combobox', { name: 'Draf untuk' }).click();
    await page.getByRole('combobox', { name: 'Draf untuk' }).fill('Tulungagung');
    await page.getByRole('option', { name: 'KPU Kabupaten Tulungagung' }).click();
    await expect(text).toHaveValue(/^KPU Kabupaten Tulungagung Ikuti /);
    await expect(text).toHaveValue(/Divisi Parmas, Kasubag Tekmas, dan Operator Media Sosial pada KPU Kabupaten Tulungagung bersama dengan/);
    if (SHOTS) await page.screenshot({ path: 'docs/images/news-draft.png' });

    await page.getByRole('button', { name: 'Salin teks' }).click();
    await expect(page.getByRole('button', { name: /Tersalin/ })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await text.inputValue());

    const txtDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh TXT' }).click();
    const txt = await txtDownload;
    expect(txt.suggestedFilename()).toMatch(/^Berita 2022-05-25 .* - KPU Kabupaten Tulungagung\.txt$/);
    const txtPath = path.join(dataDir, 'berita.txt');
    await txt.saveAs(txtPath);
    expect(fs.readFileSync(txtPath, 'utf8')).toBe(copied);

    const zipDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh semua draf (.zip)' }).click();
    const zipPath = path.join(dataDir, 'berita.zip');
    await (await zipDownload).saveAs(zipPath);
    const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
    expect(Object.values(zip.files).filter((f) => !f.dir)).toHaveLength(78);

    // Photos: a fake one is refused with a message, two real ones are added with captions.
    const fake = path.join(dataDir, 'bukan-foto.png');
    fs.writeFileSync(fake, 'Ini catatan teks, bukan gambar.');
    const fileInput = page.locator('input[type=file]');
    await fileInput.setInputFiles(fake);
    await expect(page.getByRole('alert').filter({ hasText: 'Foto tidak ditambahkan' })).toContainText('"bukan-foto.png" bukan gambar PNG atau JPEG.');
    await fileInput.setInputFiles([PHOTO_PNG, PHOTO_JPG]);
    await expect(page.getByTestId('photo-card')).toHaveCount(2);
    await page.getByRole('textbox', { name: 'Keterangan foto' }).first().fill('Pembukaan oleh Plh. Ketua KPU Provinsi Jawa Timur');
    await page.getByRole('textbox', { name: 'Keterangan foto' }).nth(1).fill('Peserta rakor dari KPU Kabupaten/Kota');
    await page.getByRole('heading', { name: 'Foto dokumentasi' }).scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: 'docs/images/report-photos.png' });

    // The captions are stored: they come back after a reload.
    await expect
      .poll(async () => {
        const list = (await (await page.request.post(`${host.origin}/api/report/photos`, { data: { id: demo.id }, headers })).json()).value;
        return list.map((p: { caption: string }) => p.caption);
      })
      .toEqual(['Pembukaan oleh Plh. Ketua KPU Provinsi Jawa Timur', 'Peserta rakor dari KPU Kabupaten/Kota']);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Keterangan foto' }).first()).toHaveValue('Pembukaan oleh Plh. Ketua KPU Provinsi Jawa Timur');
    // The thumbnails come from the stored photos, not from the files picked before the reload.
    await expect(page.getByRole('img', { name: 'Peserta rakor dari KPU Kabupaten/Kota' })).toBeVisible();

    const reportDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh laporan kegiatan (DOCX)' }).click();
    const report = await reportDownload;
    expect(report.suggestedFilename()).toBe('Laporan Kegiatan 2022-05-25 Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024.docx');
    const docx = path.join(dataDir, 'laporan.docx');
    await report.saveAs(docx);
    if (SHOTS) {
      // The README's pages: 1 and 2, and the page of the documentation photos.
      const pdf = docxToPdf(fs.readFileSync(docx), 'laporan');
      const photos = pdf.text.split('\f').findIndex((p) => p.includes('Foto Dokumentasi')) + 1;
      for (const [page, name] of [
        [1, 'report-page1'],
        [2, 'report-page2'],
        [photos, 'report-photos-page'],
      ] as const) {
        const prefix = path.join(dataDir, name);
        pdfToPngs(pdf.pdfPath, prefix, 60, page, page);
        const made = fs.readdirSync(dataDir).find((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))!;
        fs.copyFileSync(path.join(dataDir, made), `docs/images/${name}.png`);
      }
    }
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=file://${path.join(dataDir, 'lo')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dataDir, docx],
      {
        stdio: 'pipe',
        timeout: 180_000,
      },
    );
    const body = fs.readFileSync(path.join(dataDir, 'laporan.txt'), 'utf8').replace(/\s+/g, ' ');
    const order = [
      'LAPORAN KEGIATAN',
      'E. Jalannya Kegiatan',
      'Insan Qoriawan',
      'Rochani',
      'Gogot Cahyo Baskoro',
      'Lampiran 4 Laporan Kegiatan: Foto Dokumentasi',
      'Foto 1. Pembukaan oleh Plh. Ketua KPU Provinsi Jawa Timur',
      'Foto 2. Peserta rakor dari KPU Kabupaten/Kota',
    ];
    let at = 0;
    for (const n of order) {
      const i = body.indexOf(n, at);
      expect(i, `"${n}" after ${at}`).toBeGreaterThanOrEqual(0);
      at = i + n.length;
    }
  } finally {
    await host.stop();
  }
});
