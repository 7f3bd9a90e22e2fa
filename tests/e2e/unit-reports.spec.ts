// The per-unit report table end to end in Chromium against the real browser host: three items
// defined in the tab, answers filled for several units by keyboard (type to choose, digits,
// Enter to edit, Delete, Ctrl+Z), the summary following, an item change that would break an
// answer refused with its message, and the minutes (LibreOffice text) and the .xlsx (Calc)
// holding the table; the unit's roster page then shows its answers of the series.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, tempDataDir, type RunningHost } from './host';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { readCsv } from '../../shared/text/csv';
import { docxToPdf, flat, haveLibreOffice } from '../shared/helpers/libreoffice';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

async function api(page: Page, host: RunningHost, method: string, data: unknown) {
  const res = await page.request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  expect(body.ok, JSON.stringify(body.error)).toBe(true);
  return body.value;
}

const cell = (page: Page, unit: string, item: string) => page.getByRole('gridcell', { name: new RegExp(`^${unit.replace('.', '\\.')}, ${item}: `) });

async function defineItem(page: Page, name: string, type: 'Pilihan' | 'Angka' | 'Teks', extra?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Tambah butir' }).click();
  const dialog = page.getByRole('dialog', { name: 'Butir laporan baru' });
  await dialog.getByLabel('Nama butir').fill(name);
  await dialog.getByText(type, { exact: true }).click();
  if (extra) await extra(dialog);
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeHidden();
}

test('define three items, fill them by keyboard, and find the table in the minutes and the .xlsx', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const host = await startHost(tempDataDir());
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    const m = await api(page, host, 'meetings/create', {
      ...defaultMeetingSetup('2022-05-25'),
      title: 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024',
      series: 'Rakor Sosdiklih Parmas',
    });
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${m.id}/isian`);
    await expect(page.getByRole('tab', { name: 'Isian Unit' })).toHaveAttribute('aria-selected', 'true');

    // A choice without two options is refused in the dialog.
    await page.getByRole('button', { name: 'Tambah butir' }).click();
    const first = page.getByRole('dialog', { name: 'Butir laporan baru' });
    await first.getByLabel('Nama butir').fill('Progres naskah kerja sama');
    await first.getByLabel('Pilihan (satu per baris)').fill('belum');
    await first.getByRole('button', { name: 'Simpan' }).click();
    await expect(first.getByText('Isi minimal dua pilihan.')).toBeVisible();
    await first.getByLabel('Pilihan (satu per baris)').fill('belum\ndraf\nditandatangani');
    await first.getByRole('button', { name: 'Simpan' }).click();
    await expect(first).toBeHidden();
    await defineItem(page, 'Jumlah unggahan TikTok bulan ini', 'Angka', (d) => d.getByLabel('Batas bawah').fill('0'));
    await defineItem(page, 'Kendala', 'Teks');
    await expect(page.getByTestId('report-item')).toHaveCount(3);
    await expect(page.getByRole('row')).toHaveCount(3 + 39);

    // Keyboard: letters choose (the same letter again takes the next option), digits pick the n-th.
    const P = 'Progres naskah kerja sama';
    const N = 'Jumlah unggahan TikTok bulan ini';
    const K = 'Kendala';
    await cell(page, 'Kab. Pacitan', P).click();
    await page.keyboard.press('d');
    await expect(cell(page, 'Kab. Pacitan', P)).toHaveAccessibleName(`Kab. Pacitan, ${P}: draf`);
    await page.keyboard.press('d');
    await expect(cell(page, 'Kab. Pacitan', P)).toHaveAccessibleName(`Kab. Pacitan, ${P}: ditandatangani`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('1');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('2');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('2');
    await expect(cell(page, 'Kab. Tulungagung', P)).toHaveAccessibleName(`Kab. Tulungagung, ${P}: draf`);
    // A number: typing a digit opens the editor with it; Enter saves and goes down a unit.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('1.250');
    const editor = page.getByRole('dialog', { name: `Kab. Pacitan — ${N}` });
    await expect(editor.getByLabel('Angka')).toHaveValue('1.250');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Kab. Pacitan', N)).toHaveAccessibleName(`Kab. Pacitan, ${N}: 1.250`);
    await expect(cell(page, 'Kab. Ponorogo', N)).toBeFocused();
    await page.keyboard.type('-4');
    const bad = page.getByRole('dialog', { name: `Kab. Ponorogo — ${N}` });
    await expect(bad.getByText('Tidak boleh kurang dari 0.')).toBeVisible();
    await bad.getByLabel('Angka').fill('8');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Kab. Trenggalek', N)).toBeFocused();
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Kab. Trenggalek', N)).toHaveAccessibleName(`Kab. Trenggalek, ${N}: 12`);
    // Text: Enter opens the editor on the cell.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page
      .getByRole('dialog', { name: `Kab. Tulungagung — ${K}` })
      .getByLabel('Isian')
      .fill('Sinyal di kecamatan lemah');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Kab. Tulungagung', K)).toHaveAccessibleName(`Kab. Tulungagung, ${K}: Sinyal di kecamatan lemah`);
    // Delete clears, Ctrl+Z brings it back.
    await cell(page, 'Kab. Ponorogo', P).click();
    await page.keyboard.press('Delete');
    await expect(cell(page, 'Kab. Ponorogo', P)).toHaveAccessibleName(`Kab. Ponorogo, ${P}: kosong`);
    await page.keyboard.press('Control+z');
    await expect(cell(page, 'Kab. Ponorogo', P)).toHaveAccessibleName(`Kab. Ponorogo, ${P}: belum`);
    // Search by typing, then a unit far down the list.
    await cell(page, 'Kab. Pacitan', P).click();
    await page.keyboard.press('/');
    await page.keyboard.type('surabaya');
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Kota Surabaya', P)).toBeFocused();
    await page.keyboard.press('3');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    await page.getByLabel('Cari unit').fill('');

    const summaries = page.getByTestId('report-summary');
    await expect(summaries.nth(0)).toHaveText('belum 1 · draf 2 · ditandatangani 2 · terisi 5 dari 38');
    await expect(summaries.nth(1)).toHaveText('jumlah 1.310 · median 26 · terisi 4 dari 38');
    await expect(summaries.nth(2)).toHaveText('terisi 1 dari 38');
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    await cell(page, 'Kab. Pacitan', P).click();
    if (SHOTS) await page.screenshot({ path: 'docs/images/unit-reports.png' });
    await page.screenshot({ path: testInfo.outputPath('unit-reports.png') });

    // Removing the option "draf" while two units chose it is refused by the core, with why.
    await page.getByTestId('report-item').first().getByRole('button', { name: 'Ubah' }).click();
    const change = page.getByRole('dialog', { name: 'Ubah butir laporan' });
    await change.getByLabel('Pilihan (satu per baris)').fill('belum\nditandatangani');
    await change.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.getByText(/tidak dapat diubah begitu: 2 isian unit tidak lagi sesuai \(misalnya "draf"\)/)).toBeVisible();
    await expect(cell(page, 'Kab. Tulungagung', P)).toHaveAccessibleName(`Kab. Tulungagung, ${P}: draf`);

    // After a reload everything is still there.
    await page.reload();
    await expect(cell(page, 'Kab. Pacitan', N)).toHaveAccessibleName(`Kab. Pacitan, ${N}: 1.250`);
    await expect(page.getByTestId('report-item').first()).toContainText('Progres naskah kerja sama');

    // The .xlsx read back by LibreOffice Calc.
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh .xlsx' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toMatch(/^Isian Unit 2022-05-25 .*\.xlsx$/);
    const xlsx = path.join(host.dataDir, 'isian.xlsx');
    await xlsxDownload.saveAs(xlsx);

    // The minutes, from the Notulen tab.
    await page.getByRole('tab', { name: 'Notulen' }).click();
    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh notulen (DOCX)' }).click()]);
    const docx = path.join(host.dataDir, 'notulen.docx');
    await docxDownload.saveAs(docx);

    if (haveLibreOffice()) {
      execFileSync('libreoffice', ['--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', host.dataDir, xlsx], {
        stdio: 'pipe',
        timeout: 180_000,
      });
      const rows = readCsv(fs.readFileSync(path.join(host.dataDir, 'isian.csv'), 'utf8').replace(/^\ufeff/, '')).rows;
      const head = rows.findIndex((r) => r[0] === 'No');
      expect(rows[head]).toEqual(['No', 'Kode', 'Unit', P, N, K]);
      expect(rows[head + 1]).toEqual(['1', '3501', 'KPU Kabupaten Pacitan', 'ditandatangani', '1250', '']);
      expect(rows[head + 4]).toEqual(['4', '3504', 'KPU Kabupaten Tulungagung', 'draf', '', 'Sinyal di kecamatan lemah']);
      expect(rows.find((r) => r[1] === '3578')).toEqual(['37', '3578', 'KPU Kota Surabaya', 'ditandatangani', '40', '']);

      const pdf = docxToPdf(fs.readFileSync(docx), 'notulen-isian');
      const text = flat(pdf.text);
      const lampiran = text.slice(text.indexOf('ISIAN LAPORAN KPU KABUPATEN/KOTA'));
      expect(lampiran.length).toBeLessThan(text.length);
      expect(lampiran).toMatch(/1\. Kab\. Pacitan ditandatangani 1\.250/);
      expect(lampiran).toMatch(/2\. Kab\. Ponorogo belum 8/);
      expect(lampiran).toMatch(/4\. Kab\. Tulungagung draf [–—] Sinyal di kecamatan lemah/);
      expect(lampiran).toContain('Progres naskah kerja sama (pilihan: belum / draf / ditandatangani): belum 1 · draf 2 · ditandatangani 2 · terisi 5 dari 38');
    }

    // The next rakor of the series asks the same items; the unit's roster page shows both.
    const next = await api(page, host, 'meetings/duplicate', { id: m.id, date: '2022-06-08' });
    await api(page, host, 'unit-reports/set-answers', {
      id: next.id,
      answers: [{ unitCode: '3504', itemId: next.reportItems[0].id, value: 'ditandatangani' }],
    });
    await page.evaluate(() => (window.location.hash = '#/roster/3504'));
    const history = page.getByTestId('unit-report-history');
    await expect(history.getByText('Rakor Sosdiklih Parmas')).toBeVisible();
    const row = history.getByTestId('unit-report-history-row').first();
    await expect(row).toContainText('Progres naskah kerja sama');
    await expect(row).toContainText('draf');
    await expect(row).toContainText('ditandatangani');
    await expect(row.getByLabel('berubah dari rapat sebelumnya')).toHaveCount(1);
    await history.scrollIntoViewIfNeeded();
    if (SHOTS) await page.screenshot({ path: 'docs/images/unit-reports-history.png' });
  } finally {
    await host.stop();
  }
});
