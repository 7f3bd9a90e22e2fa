// The attendance screen end to end in Chromium against the real browser host: cells filled by
// keyboard, the Zoom report imported with two review rows resolved and a manual cell kept, the
// summary following every step, and all of it still there after a reload; a second import of
// the same file offers nothing to write.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { dataFile } from './data-folder';

const ZOOM = path.resolve('tests/fixtures/attendance/zoom-participants.csv');
const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

async function createMeeting(page: Page, host: RunningHost): Promise<string> {
  const res = await page.request.post(`${host.origin}/api/meetings/create`, {
    data: { ...defaultMeetingSetup('2022-05-25'), title: 'Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024' },
    headers: { 'X-Rakor-Token': host.token },
  });
  const body = await res.json();
  expect(body.ok).toBe(true);
  return body.value.id as string;
}

const cell = (page: Page, unit: string, role: string) => page.getByRole('gridcell', { name: new RegExp(`^${unit.replace('.', '\\.')}, ${role}: `) });

test('fill by keyboard, import the Zoom report with a review, and find it all again after a reload', async ({ page }, testInfo) => {
  const host = await startHost(tempDataDir());
  try {
    const id = await createMeeting(page, host);
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${id}/kehadiran`);
    const summary = page.getByTestId('summary-units');
    await expect(summary).toHaveText('0 dari 38 unit hadir');
    await expect(page.getByRole('row')).toHaveCount(39);

    // Keyboard: H on a cell, arrows, I, Shift+H for a whole unit, Ctrl+Z undoes it.
    await cell(page, 'Kab. Pacitan', 'Divisi Parmas').click();
    await page.keyboard.press('h');
    await expect(cell(page, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName(/: Hadir$/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('i');
    await expect(cell(page, 'Kab. Pacitan', 'Kasubag Tekmas')).toHaveAccessibleName(/: Izin$/);
    await expect(summary).toHaveText('1 dari 38 unit hadir');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+H');
    await expect(summary).toHaveText('2 dari 38 unit hadir');
    await expect(page.getByTestId('summary-role-medsos')).toHaveText('Operator Medsos: 1 dari 38');
    await page.keyboard.press('Control+z');
    await expect(summary).toHaveText('1 dari 38 unit hadir');
    await expect(cell(page, 'Kab. Ponorogo', 'Operator Medsos')).toHaveAccessibleName(/: Kosong$/);
    await expect(cell(page, 'Kab. Ponorogo', 'Kasubag Tekmas')).toBeFocused();

    // Typing letters in the grid goes to the filter; Enter goes back into the grid.
    await page.keyboard.type('madiun');
    await expect(page.getByLabel('Cari unit')).toHaveValue('madiun');
    await expect(page.getByRole('row')).toHaveCount(3);
    await page.keyboard.press('Enter');
    await expect(cell(page, 'Kab. Madiun', 'Kasubag Tekmas')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('a');
    await expect(cell(page, 'Kab. Madiun', 'Operator Medsos')).toHaveAccessibleName(/: Tidak hadir$/);
    // Enter opens the editor: a stand-in's name and join time.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('dialog', { name: 'Kab. Madiun — Kasubag Tekmas' });
    await editor.getByText('Terlambat', { exact: true }).click();
    await editor.getByLabel('Nama yang hadir').fill('Citra (mewakili)');
    await editor.getByLabel('Jam bergabung').fill('09:40');
    await editor.getByLabel('Nama yang hadir').press('Enter');
    await expect(cell(page, 'Kab. Madiun', 'Kasubag Tekmas')).toHaveAccessibleName('Kab. Madiun, Kasubag Tekmas: Terlambat, Citra (mewakili), bergabung 09.40');
    await expect(cell(page, 'Kab. Madiun', 'Kasubag Tekmas')).toBeFocused();
    await page.keyboard.press('/');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('row')).toHaveCount(39);
    await expect(summary).toHaveText('2 dari 38 unit hadir');
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

    // Import: the review lists automatic, review, host, unknown and conflicting rows.
    await page.locator('input[type=file]').setInputFiles(ZOOM);
    const review = page.getByRole('dialog', { name: 'Tinjau impor: zoom-participants.csv' });
    await expect(review.getByTestId('import-facts')).toHaveText('Laporan Zoom · 114 baris peserta, 98 orang (16 baris sambung ulang digabung)');
    await expect(review.getByTestId('import-source')).toHaveText('Terbaca sebagai UTF-8 (BOM), pemisah koma (,)');
    await expect(review.getByRole('tab', { name: 'Otomatis (81)' })).toBeVisible();
    await expect(review.getByRole('tab', { name: 'Perlu ditinjau (5)' })).toHaveAttribute('aria-selected', 'true');
    await expect(review.getByRole('tab', { name: 'Pihak penyelenggara (4)' })).toBeVisible();
    await expect(review.getByRole('tab', { name: 'Tidak dikenali (8)' })).toBeVisible();
    await expect(review.getByRole('tab', { name: 'Konflik dengan isian manual (3)' })).toBeVisible();
    // Four of the five have a clear proposal (the only cell left free), pre-selected.
    await expect(review.getByTestId('import-plan')).toContainText('4 dari 4 usulan dipilih.');
    await expect(review.getByTestId('import-plan')).toContainText('1 baris perlu ditinjau belum dipilih.');

    await review
      .getByRole('radiogroup', { name: 'Dian Nugroho KPU Kabupaten Lamongan' })
      .getByRole('radio', { name: 'Kab. Lamongan — Kasubag Tekmas' })
      .check();
    await review
      .getByRole('radiogroup', { name: 'KPU Pasuruan - KASUBAG TEKMAS - Endah Hidayat' })
      .getByRole('radio', { name: 'Kab. Pasuruan — Kasubag Tekmas' })
      .check();
    await expect(review.getByTestId('import-plan')).toContainText('1 baris perlu ditinjau belum dipilih.');
    await review.getByRole('tab', { name: /Konflik/ }).click();
    await expect(review.getByRole('checkbox', { name: 'Timpa Kab. Madiun, Operator Medsos' })).not.toBeChecked();
    await expect(review.getByRole('checkbox', { name: 'Timpa Kab. Madiun, Kasubag Tekmas' })).not.toBeChecked();
    await expect(review.getByTestId('import-plan')).toContainText('Akan ditulis: 82 sel baru, 0 diperbarui, 0 isian manual ditimpa.');
    await review.getByRole('checkbox', { name: 'Timpa Kab. Pacitan, Kasubag Tekmas' }).check();
    await expect(review.getByTestId('import-plan')).toContainText('Akan ditulis: 82 sel baru, 0 diperbarui, 1 isian manual ditimpa.');
    await expect(review.getByTestId('import-plan')).toContainText('2 isian manual dipertahankan.');
    await review.getByRole('tab', { name: /Perlu ditinjau/ }).click();
    await page.screenshot({ path: testInfo.outputPath('import-review.png') });
    if (SHOTS) {
      await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
      await page.screenshot({ path: 'docs/images/attendance-import-review.png' });
    }

    await review.getByRole('button', { name: 'Terapkan' }).click();
    await expect(review).toBeHidden();
    await expect(page.getByText('82 sel diisi, 0 diperbarui, 1 isian manual ditimpa; 2 isian manual dipertahankan.')).toBeVisible();
    await expect(summary).toHaveText('33 dari 38 unit hadir');
    await expect(page.getByTestId('summary-people')).toHaveText('85 orang hadir');
    await expect(page.getByTestId('summary-missing')).toHaveText('Kab. Tulungagung, Kab. Situbondo, Kab. Mojokerto, Kab. Magetan, Kota Mojokerto');
    // Cells name who attended, cleaned of the unit and role words of the Zoom label.
    await expect(cell(page, 'Kab. Lamongan', 'Kasubag Tekmas')).toHaveAccessibleName(/: Hadir, Dian Nugroho, bergabung \d\d\.\d\d, dari laporan$/);
    await expect(cell(page, 'Kab. Madiun', 'Operator Medsos')).toHaveAccessibleName(/: Tidak hadir$/);
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    await page.screenshot({ path: testInfo.outputPath('after-import.png') });

    // Reload: everything is still there.
    await page.reload();
    await expect(summary).toHaveText('33 dari 38 unit hadir');
    await expect(page.getByTestId('summary-people')).toHaveText('85 orang hadir');
    await expect(cell(page, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName('Kab. Pacitan, Divisi Parmas: Hadir');
    await expect(cell(page, 'Kab. Pacitan', 'Kasubag Tekmas')).toHaveAccessibleName(/: Terlambat, Eko Santoso, bergabung 09\.16, dari laporan$/);
    await expect(cell(page, 'Kab. Madiun', 'Kasubag Tekmas')).toHaveAccessibleName('Kab. Madiun, Kasubag Tekmas: Terlambat, Citra (mewakili), bergabung 09.40');
    await expect(cell(page, 'Kab. Pasuruan', 'Kasubag Tekmas')).toHaveAccessibleName(/: (Hadir|Terlambat), Endah Hidayat,/);
    if (SHOTS) {
      await cell(page, 'Kab. Ponorogo', 'Kasubag Tekmas').click();
      await page.screenshot({ path: 'docs/images/attendance-grid.png' });
    }

    // The same file again: the earlier picks are offered, and there is nothing to write.
    await page.locator('input[type=file]').setInputFiles(ZOOM);
    const again = page.getByRole('dialog', { name: 'Tinjau impor: zoom-participants.csv' });
    await expect(again.getByTestId('import-plan')).toContainText('Tidak ada yang berubah: isi laporan ini sudah ada di tabel.');
    await expect(
      again.getByRole('radiogroup', { name: 'Dian Nugroho KPU Kabupaten Lamongan' }).getByRole('radio', { name: 'Kab. Lamongan — Kasubag Tekmas' }),
    ).toBeChecked();
    await expect(again.getByRole('button', { name: 'Terapkan' })).toBeDisabled();
    await again.getByRole('button', { name: 'Batal' }).click();

    const stored = JSON.parse(fs.readFileSync(dataFile(host.dataDir, 'rapat', `${id}.json`), 'utf8'));
    const meeting = stored.meeting ?? stored;
    expect(meeting.attendance['3519'].cells.medsos).toMatchObject({ status: 'tidak_hadir', source: 'manual' });
    expect(meeting.attendance['3524'].cells.tekmas).toMatchObject({ source: 'import', durationMinutes: expect.any(Number) });
  } finally {
    await host.stop();
  }
});

test('a file that is no attendance report gets a clear message and changes nothing', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const id = await createMeeting(page, host);
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${id}/kehadiran`);
    await expect(page.getByTestId('summary-units')).toHaveText('0 dari 38 unit hadir');
    await page.locator('input[type=file]').setInputFiles({
      name: 'anggaran.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Uraian;Volume;Harga\nKonsumsi;40;25000\n'),
    });
    await expect(
      page.getByText(/tidak dikenali sebagai laporan kehadiran Zoom, Microsoft Teams, atau Google Meet, maupun jawaban daftar hadir Google Forms/),
    ).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('summary-units')).toHaveText('0 dari 38 unit hadir');
  } finally {
    await host.stop();
  }
});
