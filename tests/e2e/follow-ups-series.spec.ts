// Three rakor of one series in Chromium against the real browser host: the follow-ups of the
// first (to two units and to the province) are carried into the second and updated there,
// closed in the third; the first meeting's final record does not change by a byte meanwhile;
// the follow-ups page, its .xlsx, the series page and the meetings list's filters.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';
import { docxToPdf, pdfToPngs } from '../shared/helpers/libreoffice';
import { group } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
const SERIES = 'Rakor Sosdiklih Parmas 2026';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api(request: APIRequestContext, host: RunningHost, method: string, data: unknown = {}): Promise<Json> {
  const res = await request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
}

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function addFollowUp(page: Page, n: number, action: string, assignees: string[], due: string) {
  await page.getByRole('button', { name: 'Tambah tindak lanjut' }).click();
  await page.getByLabel(`Tindak lanjut ${n}`, { exact: true }).fill(action);
  await page.getByRole('combobox', { name: `Penanggung jawab ${n}` }).fill('Divisi Sosdiklih Parmas');
  const who = page.getByRole('combobox', { name: `Ditujukan kepada ${n}` });
  for (const a of assignees) {
    await who.click();
    await who.fill(a.slice(0, 6));
    await page.getByRole('option', { name: a, exact: true }).click();
  }
  await page.keyboard.press('Escape');
  await page.getByLabel(`Batas waktu ${n}`, { exact: true }).fill(due);
}

async function finalize(page: Page) {
  await saved(page);
  await page.getByRole('button', { name: 'Finalkan notulen' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finalkan notulen' }).click();
  await expect(page.getByTestId('minutes-status')).toHaveText('Final');
}

async function duplicate(page: Page, date: string): Promise<string> {
  await page.getByRole('button', { name: 'Duplikat' }).click();
  const d = page.getByRole('dialog');
  await d.getByLabel('Tanggal rapat baru').fill(date);
  await expect(d.getByRole('checkbox', { name: `Lanjutkan seri "${SERIES}"` })).toBeChecked();
  const before = page.url();
  await d.getByRole('button', { name: 'Duplikat' }).click();
  await expect(page).not.toHaveURL(before);
  const id = group(/#\/rapat\/([^/]+)\//.exec(page.url())!, 1);
  await expect(page.getByTestId('meeting-series')).toHaveText(`Seri: ${SERIES}`);
  await page.getByRole('tab', { name: 'Notulen' }).click();
  return id;
}

/** The status select and note of one unit of one carried follow-up. */
function carried(page: Page, action: string, unit: string) {
  return {
    status: page.getByRole('combobox', { name: `Status: ${action} — ${unit}`, exact: true }),
    note: page.getByRole('textbox', { name: `Catatan: ${action} — ${unit}`, exact: true }),
  };
}

async function setCarried(page: Page, action: string, unit: string, status: string, note?: string) {
  const c = carried(page, action, unit);
  await c.status.click();
  await page.getByRole('option', { name: status, exact: true }).click();
  await expect(c.status).toHaveValue(status);
  if (note !== undefined) {
    await c.note.fill(note);
    await c.note.press('Enter');
  }
}

/** Name a meeting and mark some units present (through the API, as another window would), then show its Notulen tab again. */
async function prepare(page: Page, request: APIRequestContext, host: RunningHost, id: string, title: string, present: string[]) {
  const m = await api(request, host, 'meetings/get', { id });
  await api(request, host, 'meetings/update-setup', { id, setup: { ...m, title } });
  await api(request, host, 'attendance/set-cells', { id, cells: present.map((unitCode) => ({ unitCode, roleId: 'parmas', value: { status: 'hadir' } })) });
  await page.reload();
  await page.getByRole('tab', { name: 'Notulen' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

const F1 = 'Mengunggah berita rakor ke website dan TikTok';
const F2 = 'Menyusun jadwal sosialisasi tahapan';

test('follow-ups of a series: carried into the second rakor, updated there, closed in the third, listed and exported', async ({ page, request }) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();
    await page.getByLabel('Nama rapat').fill('Rakor Sosdiklih Parmas Maret 2026');
    await page.getByRole('combobox', { name: 'Seri rapat' }).fill(SERIES);
    await page.getByLabel('Tanggal').fill('2026-03-02');
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByTestId('meeting-series')).toHaveText(`Seri: ${SERIES}`);
    const first = group(/#\/rapat\/([^/]+)\//.exec(page.url())!, 1);

    // Meeting 1: two follow-ups, one to two units, one to the province; then final.
    await prepare(page, request, host, first, 'Rakor Sosdiklih Parmas Maret 2026', ['3501', '3504', '3579', '3578', '3573']);
    await addFollowUp(page, 1, F1, ['Kab. Tulungagung', 'Kota Batu'], '2026-03-20');
    await addFollowUp(page, 2, F2, ['KPU Provinsi Jawa Timur'], '2026-12-31');
    await saved(page);
    await expect(page.getByTestId('follow-up-progress')).toHaveText(['0 dari 2 selesai', '0 dari 1 selesai']);
    await finalize(page);
    const firstFile = dataFile(host.dataDir, 'rapat', `${first}.json`);
    const firstBytes = fs.readFileSync(firstFile);

    // Meeting 2, by Duplikat: both carried; Tulungagung done, Kota Batu in progress.
    const second = await duplicate(page, '2026-04-06');
    await prepare(page, request, host, second, 'Rakor Sosdiklih Parmas April 2026', ['3504', '3579', '3578', '3501', '3502', '3503', '3505']);
    const section = page.getByTestId('carried-follow-ups');
    await expect(section.getByTestId('carried-follow-up')).toHaveCount(2);
    await expect(section).toContainText('Dari: Rakor Sosdiklih Parmas Maret 2026, 2 Maret 2026');
    await setCarried(page, F1, 'Kab. Tulungagung', 'Selesai', 'Berita terunggah 10 Maret');
    await setCarried(page, F1, 'Kota Batu', 'Proses', 'Menunggu video TikTok');
    await expect(section.getByTestId('carried-progress').first()).toHaveText('1 dari 2 selesai');
    if (SHOTS) {
      await section.scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: 'docs/images/follow-ups-carried.png' });
    }
    await finalize(page);
    // Final: the carried ones are shown as they were kept, read-only.
    await expect(section).toContainText('Keadaan saat notulen ini difinalkan.');
    await expect(carried(page, F1, 'Kota Batu').note).toHaveAttribute('readonly', '');
    // The first meeting's record did not change while its follow-ups did.
    expect(fs.readFileSync(firstFile).equals(firstBytes)).toBe(true);
    const tracker = JSON.parse(fs.readFileSync(dataFile(host.dataDir, 'tindak-lanjut.json'), 'utf8')).tracker;
    const [f1] = (await api(request, host, 'meetings/get', { id: first })).minutes.followUps;
    expect(tracker.entries[`${first}/${f1.id}`]['3504']).toMatchObject({ status: 'selesai', note: 'Berita terunggah 10 Maret', changedIn: second });

    // Meeting 3: what is still open comes along (Kota Batu, the province) and is closed here.
    const third = await duplicate(page, '2026-05-04');
    await prepare(page, request, host, third, 'Rakor Sosdiklih Parmas Mei 2026', ['3504', '3579']);
    await expect(section.getByTestId('carried-follow-up')).toHaveCount(2);
    await expect(carried(page, F1, 'Kab. Tulungagung').status).toHaveValue('Selesai');
    await expect(carried(page, F1, 'Kota Batu').note).toHaveValue('Menunggu video TikTok');
    await setCarried(page, F1, 'Kota Batu', 'Selesai', 'Video terunggah');
    await setCarried(page, F2, 'KPU Provinsi', 'Selesai');
    await expect(section.getByTestId('carried-progress')).toHaveText(['2 dari 2 selesai', '1 dari 1 selesai']);
    // A follow-up of its own, to every invited unit, already past its due date.
    await addFollowUp(page, 1, 'Melaporkan rekap pemilih pemula', ['Semua KPU Kabupaten/Kota yang diundang'], '2026-05-31');
    await saved(page);
    await expect(page.getByTestId('follow-up-progress')).toHaveText('0 dari 38 selesai');
    if (SHOTS) {
      await page.getByRole('heading', { name: 'Tindak Lanjut', exact: true }).scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await page.screenshot({ path: 'docs/images/follow-ups-notulen.png' });
      // Page 1 of these minutes as DOCX: C. Tindak Lanjut and D. Tindak Lanjut Rapat Sebelumnya.
      const file = await api(request, host, 'minutes/export-docx', { id: third });
      const pdf = docxToPdf(Buffer.from(file.base64, 'base64'), 'notulen-seri');
      pdfToPngs(pdf.pdfPath, path.join(pdf.dir, 'page'), 60, 1, 1);
      const made = fs.readdirSync(pdf.dir).find((f) => /^page-0*1\.png$/.test(f))!;
      fs.copyFileSync(path.join(pdf.dir, made), 'docs/images/follow-ups-minutes-1.png');
    }

    // The follow-ups page: the open ones, by unit and due date, the overdue marked.
    await page.getByRole('link', { name: 'Tindak lanjut', exact: true }).click();
    await expect(page.getByTestId('follow-up-tracker-row')).toHaveCount(38);
    await expect(page.getByTestId('overdue')).toHaveCount(38);
    await expect(page.getByTestId('follow-up-tracker-row').first()).toContainText('Kab. Pacitan');
    await setCarried(page, 'Melaporkan rekap pemilih pemula', 'Kab. Pacitan', 'Proses', 'Rekap 80%');
    await expect(page.getByTestId('follow-up-tracker-row').first()).toContainText('Kab. Pacitan');
    if (SHOTS) {
      await page.mouse.move(0, 0);
      await page.screenshot({ path: 'docs/images/follow-ups-page.png' });
    }
    // Filtered to the first meeting, with the finished ones: everything closed.
    await pick(page, 'Rapat', 'Rakor Sosdiklih Parmas Maret 2026 (2 Maret 2026)');
    await expect(page.getByTestId('follow-ups-empty')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Tampilkan juga yang sudah selesai' }).check();
    await expect(page.getByTestId('follow-up-tracker-row')).toHaveCount(3);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor .xlsx' }).click();
    const file = path.join(tempDataDir('rakor-xlsx-'), (await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(path.basename(file)).toBe('Tindak lanjut 2026-03-02 Rakor Sosdiklih Parmas Maret 2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Tindak lanjut')!;
    expect(ws.getCell('A2').value).toBe('Rapat: Rakor Sosdiklih Parmas Maret 2026, 2 Maret 2026');
    const rows = [5, 6, 7].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 3).value, ws.getCell(r, 6).value, ws.getCell(r, 8).value]);
    expect(rows).toEqual([
      ['KPU Provinsi Jawa Timur', F2, 'Selesai', ''],
      ['KPU Kabupaten Tulungagung', F1, 'Selesai', 'Berita terunggah 10 Maret'],
      ['KPU Kota Batu', F1, 'Selesai', 'Video terunggah'],
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '4:4' });

    // The series page: three meetings in order, attendance and open follow-ups.
    await page.goto(`${host.origin}/#/seri/${encodeURIComponent(SERIES)}`);
    await expect(page.getByTestId('series-row')).toHaveCount(3);
    await expect(page.getByTestId('series-open')).toHaveText(['0 dari 2', '—', '1 dari 1']);
    await expect(page.getByTestId('series-attendance')).toHaveText(['5 dari 38 (13,2%)', '7 dari 38 (18,4%)', '2 dari 38 (5,3%)']);
    if (SHOTS) {
      await page.mouse.move(0, 0);
      await page.screenshot({ path: 'docs/images/series-page.png' });
    }

    // The print view of the second meeting prints the carried follow-ups as its record keeps them.
    await page.goto(`${host.origin}/#/rapat/${second}/cetak`);
    const printed = page.getByTestId('print-carried');
    await expect(printed).toContainText('Selesai (1): Kab. Tulungagung (Berita terunggah 10 Maret)');
    await expect(printed).toContainText('Proses (1): Kota Batu (Menunggu video TikTok)');
    await expect(printed).toContainText('Belum: KPU Provinsi');

    // The meetings list: by series, year and status.
    // One more meeting outside the series (a set-up takes no record fields; extra keys are dropped).
    const setup = await api(request, host, 'meetings/get', { id: third });
    await api(request, host, 'meetings/create', { ...setup, title: 'Rakor Hukum 2025', series: '', date: '2025-11-03' });
    await page.goto(`${host.origin}/#/`);
    await expect(page.getByTestId('meeting-row')).toHaveCount(4);
    await pick(page, 'Seri', SERIES);
    await expect(page.getByTestId('meeting-row')).toHaveCount(3);
    await pick(page, 'Status', 'Notulen final');
    await expect(page.getByTestId('meeting-row')).toHaveCount(2);
    await page.getByRole('combobox', { name: 'Seri', exact: true }).click();
    await page.getByRole('option', { name: 'Tanpa seri', exact: true }).click();
    await pick(page, 'Status', 'Notulen draf');
    await pick(page, 'Tahun', '2025');
    await expect(page.getByTestId('meeting-row')).toHaveCount(1);
    await expect(page.getByTestId('meeting-row')).toContainText('Rakor Hukum 2025');
    await pick(page, 'Tahun', '2026');
    await expect(page.getByText('Tidak ada rapat yang cocok dengan saringan ini.')).toBeVisible();
    void second;
  } finally {
    await host.stop();
  }
});
