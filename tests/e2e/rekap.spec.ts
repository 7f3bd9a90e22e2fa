// Rekap kehadiran end to end: meetings with different attendance made through the API the
// UI uses (one cancelled, one still to come), the page's rates and empty cells, the filters,
// a bad period refused with a message, the .xlsx read back by exceljs and by LibreOffice, the
// DOCX read back as LibreOffice text, and a unit's history in the roster. Pages and the DOCX
// are looked at as PNGs.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { startHost, tempDataDir, type RunningHost } from './host';
import { defaultMeetingSetup, type MeetingSetup } from '../../shared/domain/meeting';
import { docxToPdf, haveLibreOffice, pageText, pdfToPngs } from '../shared/helpers/libreoffice';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
const ALL3 = ['parmas', 'tekmas', 'medsos'];

async function call<T = unknown>(request: APIRequestContext, host: RunningHost, method: string, input: unknown): Promise<T> {
  const res = await request.post(`${host.origin}/api/${method}`, { data: input, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value as T;
}

async function meeting(
  request: APIRequestContext,
  host: RunningHost,
  setup: Partial<MeetingSetup> & { date: string },
  present: Record<string, string[]>,
): Promise<string> {
  const m = await call<{ id: string }>(request, host, 'meetings/create', { ...defaultMeetingSetup(setup.date), ...setup });
  const cells = Object.entries(present).flatMap(([unitCode, roles]) => roles.map((roleId) => ({ unitCode, roleId, value: { status: 'hadir' } })));
  if (cells.length) await call(request, host, 'attendance/set-cells', { id: m.id, cells });
  return m.id;
}

/** The text of a row of the heat map: unit, cells, rate, trend. */
async function rowCells(page: Page, code: string): Promise<string[]> {
  return page.locator(`[data-testid="rekap-heatmap"] tr[data-unit="${code}"] > *`).allInnerTexts();
}

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const file = path.join(dir, dl.suggestedFilename());
  await dl.saveAs(file);
  return file;
}

test('the recap counts held meetings only, shows the rates and exports xlsx and docx', async ({ page, request }, info) => {
  test.setTimeout(240_000);
  expect(haveLibreOffice(), 'LibreOffice and poppler-utils are needed').toBe(true);
  await page.setViewportSize({ width: 1366, height: 768 });
  const host = await startHost(tempDataDir());
  const out = info.outputPath();
  fs.mkdirSync(out, { recursive: true });
  try {
    // 1: all 38 units. Pacitan 3/3, Ponorogo 1/3, the rest nobody.
    await meeting(request, host, { title: 'Rakor Evaluasi Sosialisasi Tahap 1', date: '2026-01-15' }, { '3501': ALL3, '3502': ['parmas'] });
    // 2: three units only. Pacitan 2/3, Kota Kediri 3/3, Ponorogo nobody.
    await meeting(
      request,
      host,
      { title: 'Rakor Evaluasi Sosialisasi Tahap 2', date: '2026-02-15', unitsInvitedMode: 'picked', unitsInvited: ['3501', '3502', '3571'] },
      { '3501': ['parmas', 'tekmas'], '3571': ALL3 },
    );
    // 3: cancelled, with everyone marked present: never counts.
    const everyone = Object.fromEntries(['3501', '3502', '3503', '3504', '3571'].map((c) => [c, ALL3]));
    const cancelled = await meeting(request, host, { title: 'Rakor yang dibatalkan', date: '2026-03-15' }, everyone);
    await call(request, host, 'meetings/cancel', { id: cancelled });
    // 4: still to come, with everyone marked present: never counts either.
    await meeting(request, host, { title: 'Rakor yang akan datang', date: '2099-01-15' }, everyone);

    await page.goto(host.url);
    await page.getByRole('link', { name: 'Rekap Kehadiran' }).click();
    await expect(page.getByTestId('rekap-heatmap')).toBeVisible();
    await expect(page.getByTestId('stat-meetings')).toHaveText('2');
    await expect(page.getByText('Tidak dihitung: 1 rapat dibatalkan, 1 rapat belum terlaksana.')).toBeVisible();

    // Pacitan 5 of 6 roles; Ponorogo 1 of 6; Kota Kediri 0/3 then 3/3; Tulungagung not invited to meeting 2.
    expect(await rowCells(page, '3501')).toEqual(['Kab. Pacitan', '83,3%', '↓ −33,3 poin', '3/3', '2/3']);
    expect(await rowCells(page, '3502')).toEqual(['Kab. Ponorogo', '16,7%', '↓ −33,3 poin', '1/3', '0/3']);
    expect(await rowCells(page, '3571')).toEqual(['Kota Kediri', '50%', '↑ +100 poin', '0/3', '3/3']);
    expect(await rowCells(page, '3504')).toEqual(['Kab. Tulungagung', '0%', '—', '0/3', '']);
    await expect(page.locator('tr[data-unit="3504"] td.rk-none')).toHaveCount(1);
    // 4 + 5 = 9 roles present of 38 x 3 + 3 x 3 = 123 invited.
    await expect(page.getByTestId('total-rate')).toHaveText('7,3%');
    await expect(page.getByTestId('stat-overall')).toHaveText('7,3%');
    await expect(page.locator('[data-role="parmas"] [data-testid="role-rate"]')).toHaveText('9,8%'); // 4 / 41
    // Each unit with nobody at its one meeting missed as many as Ponorogo (1) at a lower rate.
    await expect(page.getByTestId('most-missed').getByRole('row').first()).toHaveText('Kab. Trenggalek1 dari 1 rapat');
    await expect(page.getByTestId('most-missed')).not.toContainText('Pacitan');
    await expect(page.getByTestId('rekap-chart').locator('.recharts-line')).toHaveCount(4);
    await page.screenshot({ path: path.join(out, 'rekap.png') });
    if (SHOTS) await page.screenshot({ path: 'docs/images/rekap.png' });

    // Exports of the unfiltered recap.
    const xlsx = await download(page, 'Unduh Excel (.xlsx)', out);
    expect(path.basename(xlsx)).toBe('Rekap Kehadiran 2026-01-15 sd 2026-02-15.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const ws = wb.getWorksheet('Rekap')!;
    const pacitan = ws.getRow(5);
    expect([pacitan.getCell(3).value, pacitan.getCell(4).value, pacitan.getCell(5).value, pacitan.getCell(6).value, pacitan.getCell(7).value]).toEqual([
      'Kab. Pacitan',
      '3/3',
      '2/3',
      5,
      6,
    ]);
    expect(pacitan.getCell(8).value).toBeCloseTo(5 / 6);
    expect(pacitan.getCell(8).numFmt).toBe('0.0%');
    expect((pacitan.getCell(4).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFA8D5A2');
    const tulungagung = ws.getRow(8);
    expect(tulungagung.getCell(3).value).toBe('Kab. Tulungagung');
    expect(tulungagung.getCell(5).value).toBeNull();
    expect(wb.getWorksheet('Rapat')!.getRow(5).getCell(4).value).toBe('Rakor Evaluasi Sosialisasi Tahap 1');
    // LibreOffice reads the same workbook: the first sheet as CSV in UTF-8, cells as shown.
    const csvFilter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true';
    execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(out, 'lo')}`, '--headless', '--convert-to', csvFilter, '--outdir', out, xlsx], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    const csv = fs.readFileSync(xlsx.replace(/\.xlsx$/, '.csv'), 'utf8');
    expect(csv).toContain('1,3501,Kab. Pacitan,3/3,2/3,5,6,83.3%');
    expect(csv).toContain('4,3504,Kab. Tulungagung,0/3,,0,3,0.0%');
    expect(csv).toContain('Periode 15 Januari 2026 s.d. 15 Februari 2026 · 2 rapat terlaksana');

    const docx = await download(page, 'Unduh laporan (DOCX)', out);
    const pdf = docxToPdf(fs.readFileSync(docx), 'rekap');
    const text = pdf.text.replace(/[ \t]+/g, ' ');
    expect(text).toContain('REKAPITULASI KEHADIRAN RAPAT KOORDINASI KPU KABUPATEN/KOTA SE-JAWA TIMUR');
    expect(text).toContain('Periode 15 Januari 2026 s.d. 15 Februari 2026');
    expect(text).toMatch(/1\. Kab\. Pacitan 3\/3 2\/3 5\/6 83,3%/);
    expect(text).toMatch(/4\. Kab\. Tulungagung 0\/3 0\/3 0%/);
    expect(text).not.toContain('Rakor yang dibatalkan');
    expect(text).not.toContain('Rakor yang akan datang');
    expect(pdf.pageMm.width).toBeGreaterThan(pdf.pageMm.height);
    // Signed on the first page, under the summary; the meetings and the table are attachments.
    expect(pageText(pdf.text, 1)).toMatch(/Ketua,[\s\S]*\(\.{10,}\)/);
    expect(pageText(pdf.text, 2)).toContain('Lampiran 1. Rapat yang direkap');
    expect(pageText(pdf.text, pdf.pages)).toContain('Lampiran 2. Kehadiran per KPU Kabupaten/Kota');
    pdfToPngs(pdf.pdfPath, path.join(out, 'rekap-docx'), 60, 1, pdf.pages);
    if (SHOTS) {
      pdfToPngs(pdf.pdfPath, 'docs/images/rekap-docx', 60, 1, 1);
      pdfToPngs(pdf.pdfPath, 'docs/images/rekap-docx', 60, pdf.pages, pdf.pages);
    }

    // Filters: the period from February, then kota only, then two picked units.
    await page.getByLabel('Dari tanggal').fill('01/02/2026');
    await expect(page.getByTestId('stat-meetings')).toHaveText('1');
    expect(await rowCells(page, '3501')).toEqual(['Kab. Pacitan', '66,7%', '—', '2/3']);
    await page.getByText('Kota', { exact: true }).click();
    await expect(page.getByTestId('stat-units')).toHaveText('9');
    await expect(page.locator('tr[data-unit="3501"]')).toHaveCount(0);
    await page.getByText('Semua', { exact: true }).click();
    await page.getByLabel('Dari tanggal').fill('');
    await page.getByRole('combobox', { name: 'KPU Kabupaten/Kota' }).click();
    await page.getByRole('option', { name: 'KPU Kabupaten Pacitan' }).click();
    await page.getByRole('option', { name: 'KPU Kota Kediri' }).click();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('stat-units')).toHaveText('2');
    await expect(page.getByTestId('total-rate')).toHaveText('66,7%'); // (5 + 3) / 12

    // A period that ends before it begins: the core refuses it in Indonesian; the table stays.
    await page.getByLabel('Sampai tanggal').fill('01/02/2026');
    await expect(page.getByTestId('stat-meetings')).toHaveText('1');
    await page.getByLabel('Dari tanggal').fill('01/03/2026');
    await expect(page.getByTestId('rekap-error')).toContainText('Tanggal akhir periode tidak boleh sebelum tanggal awal.');
    // The last recap stays on screen beside the message.
    expect(await rowCells(page, '3501')).toEqual(['Kab. Pacitan', '100%', '—', '3/3']);

    // A unit's history in the roster.
    await page.goto(`${host.origin}/#/roster/3501`);
    const history = page.getByTestId('unit-history');
    await expect(history).toContainText('2 rapat diundang dan terlaksana · tingkat kehadiran 83,3%');
    await expect(history.getByTestId('history-row')).toHaveCount(2);
    await expect(history.getByTestId('history-row').first()).toContainText('Rakor Evaluasi Sosialisasi Tahap 2');
    await expect(history.getByTestId('history-row').first()).toContainText('2/3');
    await history.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(out, 'roster-history.png') });
    if (SHOTS) await page.screenshot({ path: 'docs/images/rekap-roster-history.png' });
  } finally {
    await host.stop();
  }
});
