// How the app fits the office, in Chromium at the viewport a maximised window leaves on a
// 1366 x 768 laptop (1366 x 657), with the browser set to en-US so nothing Indonesian comes
// from the browser itself: the Kehadiran grid's rows in view, the Excel export read back, the
// date and time fields, refused input kept, the note column, the WhatsApp link and the email
// draft, the first start, and a picture of every page.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { routeHref, type Route } from '../../renderer/src/router';
import { itemAt } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
const shotDir = SHOTS ? 'docs/images' : fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-laptop-'));

test.use({ locale: 'en-US', viewport: { width: 1366, height: 657 } });

// The host's answers, read as the tests need them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api<T = Json>(page: Page, host: RunningHost, method: string, data: unknown = {}): Promise<T> {
  const res = await page.request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value as T;
}

async function go(page: Page, route: Route) {
  await page.evaluate((hash) => (window.location.hash = hash), routeHref(route));
}

/** Grid rows whose whole height is inside both the window and the grid's scroll box. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const box = document.querySelector('.att-scroll')!.getBoundingClientRect();
    const head = document.querySelector('.att-grid thead')!.getBoundingClientRect();
    const top = Math.max(box.top, head.bottom);
    const bottom = Math.min(box.bottom, window.innerHeight);
    return [...document.querySelectorAll('.att-grid tbody tr')].filter((tr) => {
      const r = tr.getBoundingClientRect();
      return r.top >= top - 0.5 && r.bottom <= bottom + 0.5;
    }).length;
  });
}

async function inWindow(page: Page, testId: string) {
  const b = (await page.getByTestId(testId).boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height).toBeLessThanOrEqual(657);
  return b;
}

async function seedContacts(page: Page, host: RunningHost) {
  const people = [
    { unitCode: '3504', roleId: 'parmas', patch: { name: 'Dra. Sri Wahyuni, M.Si.', email: 'sri@kpu-tulungagung.example.go.id', phone: '0812-3456-7001' } },
    { unitCode: '3504', roleId: 'tekmas', patch: { name: 'Budi Santoso', email: 'budi@kpu-tulungagung.example.go.id' } },
  ];
  for (const [i, p] of people.entries()) await api(page, host, 'roster/save-person', { id: `p-${i}`, ...p });
}

test('Kehadiran at 1366 x 657: 12 unit rows with the summary, the controls and the save badge in view; the .xlsx and the ";" CSV download', async ({
  page,
}) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    const demo = await api(page, host, 'meetings/load-demo');
    await go(page, { name: 'meeting', id: demo.id, tab: 'kehadiran' });
    await expect(page.getByRole('grid')).toBeVisible();
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(12);
    await inWindow(page, 'attendance-summary');
    const summary = (await page.getByTestId('attendance-summary').boundingBox())!;
    expect(summary.height).toBeLessThan(50);
    const badge = await inWindow(page, 'save-status');
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    expect(badge.height).toBeLessThan(30);
    await expect(page.getByRole('textbox', { name: 'Cari unit' })).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Ekspor daftar hadir' })).toBeInViewport();
    // The shortcut bar is folded on a laptop screen, and unfolds on request.
    await expect(page.getByTestId('attendance-keys')).toHaveCount(0);
    await page.getByRole('button', { name: 'Tampilkan pintasan' }).click();
    await expect(page.getByTestId('attendance-keys')).toBeVisible();
    await page.getByRole('button', { name: 'Sembunyikan pintasan' }).click();
    await page.screenshot({ path: path.join(shotDir, 'laptop-attendance.png') });

    const xlsx = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor daftar hadir' }).click();
    await page.getByRole('menuitem', { name: 'Daftar hadir (Excel .xlsx)' }).click();
    const file = await xlsx;
    expect(file.suggestedFilename()).toBe(`Daftar Hadir 2022-05-25 ${demo.title}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const ws = itemAt(wb.worksheets, 0);
    expect(ws.getCell('A1').value).toBe('DAFTAR HADIR');
    expect(ws.getRow(6).values).toEqual([
      undefined,
      'No',
      'Kode',
      'Unit',
      'Peran',
      'Status',
      'Nama',
      'Jam bergabung',
      'Durasi (menit)',
      'Sumber',
      'Catatan unit',
    ]);
    const tulungagung = [10, 11, 12].map((r) => ws.getRow(6 + r).getCell(5).value);
    expect(ws.getRow(16).getCell(3).value).toBe('KPU Kabupaten Tulungagung');
    expect(tulungagung).toEqual(['Hadir', 'Hadir', 'Hadir']);

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor daftar hadir' }).click();
    await page.getByRole('menuitem', { name: /pemisah titik koma/ }).click();
    const text = fs.readFileSync(await (await csv).path(), 'utf8');
    expect(text.split('\r\n')[0]).toBe('\ufeffNo;Kode;Unit;Peran;Status;Nama;Jam bergabung;Durasi (menit);Sumber;Catatan unit');
  } finally {
    await host.stop();
  }
});

test('dates and times read Indonesian in an en-US browser, typed by keyboard or picked', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    const demo = await api(page, host, 'meetings/load-demo');
    await go(page, { name: 'edit-meeting', id: demo.id });
    const date = page.getByRole('textbox', { name: 'Tanggal', exact: true });
    await expect(date).toHaveValue('25/05/2022');
    await expect(page.getByTestId('date-long').first()).toHaveText('Rabu, 25 Mei 2022');
    await expect(page.getByLabel('Mulai')).toHaveValue('09.00');
    // The meeting date is past: a warning, not an error.
    await expect(page.getByTestId('date-warning').first()).toContainText('Tanggal rapat (25 Mei 2022) sudah lewat');
    await page.screenshot({ path: path.join(shotDir, 'laptop-meeting-form.png') });

    // The picker speaks Indonesian and starts the week on Monday.
    await date.click();
    await expect(page.getByRole('button', { name: 'Mei 2022', exact: true })).toBeVisible();
    // Picking a day by mouse works too.
    await page.getByRole('button', { name: '24 Mei 2022', exact: true }).click();
    await expect(date).toHaveValue('24/05/2022');
    await date.click();
    await expect(page.locator('.mantine-DateInput-weekday').first()).toHaveText('Sen');
    await page.screenshot({ path: path.join(shotDir, 'laptop-date-picker.png') });
    await page.keyboard.press('Escape');

    await date.fill('5/6/2030');
    await page.getByLabel('Mulai').fill('1330');
    await page.getByLabel('Mulai').blur();
    await expect(page.getByLabel('Mulai')).toHaveValue('13.30');
    await expect(page.getByTestId('date-long').first()).toHaveText('Rabu, 5 Juni 2030');
    await expect(page.getByTestId('date-warning')).toHaveCount(0);
    await page.getByLabel('Selesai').fill('9 pagi');
    await page.getByLabel('Selesai').blur();
    await expect(page.getByText('Jam tidak dikenali. Tulis jam 24 jam dengan titik, misalnya 09.00 atau 13.30.')).toBeVisible();
    await expect(page.getByLabel('Selesai')).toHaveValue('9 pagi');
    await page.getByLabel('Selesai').fill('15.00');
    await page.getByLabel('Tgl. surat').fill('06/06/2030');
    await expect(page.getByTestId('date-warning')).toContainText('Tanggal surat (6 Juni 2030) sesudah tanggal rapat (5 Juni 2030)');
    await page.getByLabel('Tgl. surat').fill('01/06/2030');
    // Distinct hints for the chair and the minute-taker.
    const chair = await page.getByLabel('Nama pimpinan rapat').getAttribute('placeholder');
    const notetaker = await page.getByLabel('Nama notulis').getAttribute('placeholder');
    expect(chair).toBeTruthy();
    expect(chair).not.toBe(notetaker);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByText('Rabu, 5 Juni 2030 · 13.30 s.d. 15.00 WIB')).toBeVisible();
    const stored = await api(page, host, 'meetings/get', { id: demo.id });
    expect([stored.date, stored.startTime, stored.endTime, stored.letter.letterDate]).toEqual(['2030-06-05', '13:30', '15:00', '2030-06-01']);
  } finally {
    await host.stop();
  }
});

test('a refused email stays in its field with the message across units, the badge says so and leaving asks', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    await go(page, { name: 'roster', unit: '3504' });
    const email = page.getByLabel('Email Divisi Parmas', { exact: true });
    await email.fill('sri.wahyuni@kpu');
    await page.keyboard.press('Tab');
    const message = page.getByText('sri.wahyuni@kpu', { exact: false }).and(page.locator('.mantine-InputWrapper-error, .mantine-TextInput-error'));
    await expect(message).toBeVisible();
    await expect(page.getByTestId('refused-status')).toHaveText('1 isian ditolak, belum tersimpan');
    await expect(page.getByTestId('roster-save-status')).toHaveCount(0);
    await page.screenshot({ path: path.join(shotDir, 'laptop-roster-refused.png') });

    // Another row, the next unit, and back: the text and the message are still there.
    await page.getByLabel('Nama Kasubag Tekmas', { exact: true }).fill('Budi Santoso');
    await page.keyboard.press('Tab');
    await page.getByRole('link', { name: /Unit berikutnya/ }).click();
    await expect(page.getByRole('heading', { name: 'KPU Kabupaten Blitar' })).toBeVisible();
    await expect(page.getByTestId('refused-status')).toBeVisible();
    await page.goBack();
    await expect(page.getByLabel('Email Divisi Parmas', { exact: true })).toHaveValue('sri.wahyuni@kpu');
    await expect(message).toBeVisible();
    const roster = await api(page, host, 'roster/get');
    expect(roster.people.map((p: { name: string; email: string }) => [p.name, p.email])).toEqual([['Budi Santoso', '']]);

    // Closing the page asks first.
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.type();
      void d.dismiss();
    });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => asked).toBe('beforeunload');
  } finally {
    await host.stop();
  }
});

test('a refused email corrected clears the badge; Esc gives the stored value back', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    await go(page, { name: 'roster', unit: '3504' });
    const email = page.getByLabel('Email Divisi Parmas', { exact: true });
    await email.fill('sri.wahyuni@kpu');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('refused-status')).toBeVisible();
    await email.fill('sri.wahyuni@kpu.go.id');
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('roster-save-status')).toHaveText('Semua perubahan tersimpan');
    await expect(page.getByTestId('refused-status')).toHaveCount(0);
    await expect.poll(async () => (await api(page, host, 'roster/get')).people[0]?.email).toBe('sri.wahyuni@kpu.go.id');
  } finally {
    await host.stop();
  }
});

test('a letter typed on the Catatan column goes into the note, not into the unit search', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    const demo = await api(page, host, 'meetings/load-demo');
    await go(page, { name: 'meeting', id: demo.id, tab: 'kehadiran' });
    await page.getByRole('gridcell', { name: /^Kab\. Madiun, catatan/ }).click();
    await page.keyboard.press('h');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('textbox')).toHaveValue('h');
    await expect(dialog.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('adir lewat HP');
    await expect(dialog.getByRole('textbox')).toHaveValue('hadir lewat HP');
    await expect(page.getByRole('textbox', { name: 'Cari unit' })).toHaveValue('');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('gridcell', { name: 'Kab. Madiun, catatan: hadir lewat HP' })).toBeVisible();
  } finally {
    await host.stop();
  }
});

test('invitations leave the app: a WhatsApp link per person with the message, an email draft per unit, then asked to mark sent', async ({ page, context }) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    const demo = await api(page, host, 'meetings/load-demo');
    await seedContacts(page, host);
    await go(page, { name: 'meeting', id: demo.id, tab: 'undangan' });
    const preview = await api(page, host, 'invitations/preview', { id: demo.id });
    const wa = page.getByTestId('wa-3504-parmas');
    await wa.scrollIntoViewIfNeeded();
    const href = (await wa.getAttribute('href'))!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567001');
    expect(url.searchParams.get('text')).toBe(preview.whatsapp);
    // The browser mode opens it in a new tab (the desktop app in the system browser).
    await context.route('https://wa.me/**', (route) => route.fulfill({ status: 200, body: 'wa' }));
    const popup = context.waitForEvent('page');
    await wa.click();
    await (await popup).close();
    await expect(page.getByText('Undangan untuk KPU Kabupaten Tulungagung sudah dikirim?')).toBeVisible();

    const eml = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh .eml (draf email) KPU Kabupaten Tulungagung' }).click();
    const file = await eml;
    expect(file.suggestedFilename()).toBe('undangan-rakor-2022-05-25-kabupaten-tulungagung.eml');
    const raw = fs.readFileSync(await file.path(), 'utf8');
    expect(raw).toMatch(/^X-Unsent: 1\r$/m);
    const mailto = (await page.getByTestId('mailto-3504').getAttribute('href'))!;
    expect(mailto.startsWith('mailto:sri@kpu-tulungagung.example.go.id,budi@kpu-tulungagung.example.go.id?')).toBe(true);
    await page.screenshot({ path: path.join(shotDir, 'laptop-invitations-send.png') });

    await page.getByRole('button', { name: 'Tandai terkirim', exact: true }).last().click();
    await expect(page.getByTestId('sent-3504')).not.toContainText('Belum');
    const stored = await api(page, host, 'meetings/get', { id: demo.id });
    expect(Object.keys(stored.invitations.sentUnits)).toEqual(['3504']);
  } finally {
    await host.stop();
  }
});

test('the first start asks for the organisation once, skippable, with no invented contacts', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    await page.goto(host.url);
    const card = page.getByTestId('first-run');
    await expect(card).toBeVisible();
    await expect(card.getByLabel('Telepon')).toHaveValue('');
    await expect(card.getByLabel('Email instansi')).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Muat rapat contoh' })).toBeVisible();
    await page.screenshot({ path: path.join(shotDir, 'laptop-first-run.png') });
    await card.getByLabel('Alamat').fill('Jl. Contoh No. 1, Surabaya');
    await card.getByLabel('Email instansi').fill('sekretariat@kpu');
    await card.getByRole('button', { name: 'Simpan data organisasi' }).click();
    await expect(card.getByText('Email "sekretariat@kpu" tidak valid. Contoh: nama@kpu.go.id')).toBeVisible();
    await expect(card.getByLabel('Email instansi')).toHaveValue('sekretariat@kpu');
    await card.getByLabel('Email instansi').fill('sekretariat@kpu.example.go.id');
    await card.getByLabel('Jabatan penanda tangan').fill('Plh. Ketua KPU Provinsi Jawa Timur');
    await card.getByLabel('F4 (215 × 330 mm)').check();
    await card.getByRole('button', { name: 'Simpan data organisasi' }).click();
    await expect(card).toHaveCount(0);
    const s = await api(page, host, 'settings/get');
    expect(s.setupPending).toBe(false);
    expect(s.organisation).toMatchObject({ address: 'Jl. Contoh No. 1, Surabaya', email: 'sekretariat@kpu.example.go.id', phone: '' });
    expect(s.defaultSignatory.jabatan).toBe('Plh. Ketua KPU Provinsi Jawa Timur');
    expect(s.paper).toBe('F4');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Daftar Rapat' })).toBeVisible();
    await expect(page.getByTestId('first-run')).toHaveCount(0);
  } finally {
    await host.stop();
  }
});

test('every page at 1366 x 657', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const demo = await api(page, host, 'meetings/load-demo');
    const s = await api(page, host, 'settings/get');
    await api(page, host, 'settings/save', { ...s, setupPending: false });
    await page.goto(host.url);
    const pages: Array<[string, Route]> = [
      ['meetings', { name: 'meetings' }],
      ['invitations', { name: 'meeting', id: demo.id, tab: 'undangan' }],
      ['speakers', { name: 'meeting', id: demo.id, tab: 'pembicara' }],
      ['minutes', { name: 'meeting', id: demo.id, tab: 'notulen' }],
      ['new-meeting', { name: 'new-meeting' }],
      ['roster', { name: 'roster' }],
      ['roster-unit', { name: 'roster', unit: '3504' }],
      ['settings', { name: 'settings' }],
      ['bin', { name: 'bin' }],
      ['print', { name: 'minutes-print', id: demo.id }],
      ['print-letter', { name: 'letter-print', id: demo.id, form: 'all' }],
      ['print-letters', { name: 'letter-print', id: demo.id, form: 'per-unit' }],
    ];
    for (const [name, route] of pages) {
      await go(page, route);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
      // A print view shows a loader until its data is there; measure its sheets, not the loader.
      if (route.name === 'minutes-print' || route.name === 'letter-print') await expect(page.getByRole('article').first()).toBeVisible();
      // Nothing wider than the window: no sideways scrolling on a laptop.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(shotDir, `laptop-${name}.png`) });
    }
  } finally {
    await host.stop();
  }
});
