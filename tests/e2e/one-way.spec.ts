// One way to do each small thing, as the browser sees it: an export is downloaded from the
// answer the page already has (no second request to the host), and a roster that cannot be
// read is said in Indonesian on a screen that used to stay silent (Pembicara), and the import
// review shows how the report was read and which meeting it says it is.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir } from './host';
import { group } from '../helpers/indexed';

test('an export downloads from its own answer, with no files/save request', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const calls: string[] = [];
    page.on('request', (r) => {
      const m = /\/api\/([^?]+)/.exec(r.url());
      if (m) calls.push(decodeURIComponent(group(m, 1)));
    });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Roster' }).click();
    await expect(page.getByRole('heading', { name: 'Roster' })).toBeVisible();
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    const waiting = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV untuk Excel Indonesia (pemisah titik koma)' }).click();
    const file = await waiting;
    expect(file.suggestedFilename()).toMatch(/^roster-kpu-kabupaten-kota-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await file.path(), 'utf8');
    expect(text).toMatch(/^\ufeffkode_wilayah;unit;peran;nama/);
    expect(calls.filter((c) => c === 'roster/export-csv')).toHaveLength(1);
    expect(calls).not.toContain('files/save');
  } finally {
    await host.stop();
  }
});

test('the speakers screen says in Indonesian when the roster cannot be read', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const headers = { 'X-Rakor-Token': host.token };
    const demo = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value;
    await page.route('**/api/roster%2Fget', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'damaged', message: 'File roster rusak dan dipindahkan.' } } }),
    );
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${demo.id}/pembicara`);
    const alert = page.getByRole('alert').filter({ hasText: 'Roster tidak dapat dimuat' });
    await expect(alert).toContainText('File roster rusak dan dipindahkan.');
    // The screen still works with what it has: the meeting's speakers are there.
    await expect(page.getByRole('region', { name: /^Pembicara 1:/ })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('speakers-roster-error.png') });
  } finally {
    await host.stop();
  }
});

test('the import review says how the report was read and which meeting it names', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const headers = { 'X-Rakor-Token': host.token };
    const demo = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${demo.id}/kehadiran`);
    await page.locator('input[type=file]').setInputFiles(path.resolve('tests/fixtures/attendance/zoom-participants-with-meeting.csv'));
    const review = page.getByRole('dialog', { name: 'Tinjau impor: zoom-participants-with-meeting.csv' });
    await expect(review.getByTestId('import-source')).toHaveText(
      'Terbaca sebagai UTF-8 (BOM), pemisah koma (,) · Rapat menurut laporan: “Rapat Koordinasi Persiapan Sosialisasi dan Pendidikan Pemilih Pemilu Tahun 2024”, ID 845 1234 5678, mulai 05/25/2022 08:30:00 AM',
    );
    await page.screenshot({ path: test.info().outputPath('import-review.png') });
  } finally {
    await host.stop();
  }
});
