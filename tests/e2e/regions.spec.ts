// A new data folder set up for another commission, end to end in Chromium: KPU Provinsi Jawa
// Tengah (35 units, a meeting inviting all, its letter read back by LibreOffice, a Zoom report
// imported with no wrong cell), and KPU RI with the 38 provinces.
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { readCsv } from '../../shared/text/csv';

const ZOOM = path.resolve('tests/fixtures/attendance/zoom-jateng.csv');
const TRUTH = path.resolve('tests/fixtures/attendance/zoom-jateng.expected.csv');
const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function api(page: Page, host: RunningHost, method: string, data: unknown = {}): Promise<Json> {
  const res = await page.request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value;
}

function docxText(dir: string, name: string, base64: string): string {
  const docx = path.join(dir, `${name}.docx`);
  fs.writeFileSync(docx, Buffer.from(base64, 'base64'));
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', dir, docx],
    {
      stdio: 'pipe',
      timeout: 180_000,
    },
  );
  return fs.readFileSync(path.join(dir, `${name}.txt`), 'utf8').replace(/\s+/g, ' ');
}

test('a new data folder set up as KPU Provinsi Jawa Tengah: roster, meeting, letter and Zoom import', async ({ page }, testInfo) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    const card = page.getByTestId('first-run');
    await expect(card).toBeVisible();
    const chooser = card.getByTestId('unit-list-chooser');
    await chooser.getByRole('combobox', { name: 'Provinsi' }).click();
    await page.getByRole('option', { name: 'Jawa Tengah', exact: true }).click();
    await chooser.getByRole('button', { name: 'Tampilkan perubahan' }).click();
    const preview = chooser.getByTestId('units-preview');
    await expect(preview).toContainText('Daftar baru: 35 unit.');
    await expect(preview).toContainText('Organisasi menjadi KPU Provinsi Jawa Tengah.');
    await expect(preview).toContainText('35 ditambah, 0 berganti nama, 38 dihapus, 0 tetap.');
    await page.screenshot({ path: testInfo.outputPath('first-run-jateng.png') });
    if (SHOTS) await page.screenshot({ path: 'docs/images/first-run-region.png' });
    // Nothing is written by the preview.
    expect((await api(page, host, 'roster/get')).units).toHaveLength(38);
    await chooser.getByRole('button', { name: 'Terapkan daftar unit' }).click();
    await expect(preview).toHaveCount(0);
    await expect(card.getByLabel('Baris kedua kop')).toHaveValue('PROVINSI JAWA TENGAH');
    await expect(card.getByLabel('Kota (tempat surat)')).toHaveValue('Semarang');
    await expect(card.getByLabel('Jabatan penanda tangan')).toHaveValue('Ketua KPU Provinsi Jawa Tengah');
    await card.getByRole('button', { name: 'Simpan data organisasi' }).click();
    await expect(card).toHaveCount(0);

    const settings = await api(page, host, 'settings/get');
    expect(settings.region).toEqual({ level: 'provinsi', code: '33', name: 'Jawa Tengah' });
    expect(settings.organizerName).toBe('KPU Provinsi Jawa Tengah');
    expect(settings.organisation.subtitle).toBe('PROVINSI JAWA TENGAH');

    // The roster screen lists the 35 units.
    await page.getByRole('link', { name: 'Roster', exact: true }).first().click();
    await expect(page.getByText('0 dari 35 unit lengkap · 0 dari 105 peran terisi')).toBeVisible();
    await expect(page.getByRole('link', { name: 'KPU Kota Tegal' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KPU Kabupaten Tulungagung' })).toHaveCount(0);
    const roster = await api(page, host, 'roster/get');
    expect(roster.units).toHaveLength(35);
    expect(roster.units.filter((u: Json) => u.kind === 'kota').map((u: Json) => u.name)).toEqual([
      'Magelang',
      'Surakarta',
      'Salatiga',
      'Semarang',
      'Pekalongan',
      'Tegal',
    ]);

    // A meeting inviting all of them, made in the form.
    await page.getByRole('link', { name: 'Rapat', exact: true }).first().click();
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();
    await page.getByLabel('Nama rapat').fill('Rapat Koordinasi Sosialisasi Pemilih Jawa Tengah');
    await page.getByLabel('Tanggal').fill('2030-04-15');
    await page.getByLabel('Mulai').fill('09:00');
    await page.getByRole('radio', { name: 'Semua unit' }).check();
    await expect(page.getByTestId('units-count')).toHaveText('35 dari 35 unit diundang');
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByRole('heading', { name: 'Rapat Koordinasi Sosialisasi Pemilih Jawa Tengah' })).toBeVisible();
    const list = await api(page, host, 'meetings/list');
    const id = list.meetings[0].id as string;
    const meeting = await api(page, host, 'meetings/get', { id });
    expect(meeting.unitsInvited).toHaveLength(35);

    // The letter, read back by LibreOffice.
    const letter = await api(page, host, 'invitations/export-letter', { id, form: 'all' });
    const text = docxText(dataDir, 'surat', letter.base64);
    expect(text).toContain('Yth. Ketua KPU Kabupaten/Kota se-Jawa Tengah');
    expect(text).toContain('DAFTAR KPU KABUPATEN/KOTA SE-JAWA TENGAH');
    expect(text).toContain('KPU Kabupaten Cilacap');
    expect(text).toContain('KPU Kota Tegal');
    expect(text).toContain('PROVINSI JAWA TENGAH');
    expect(text).not.toMatch(/Jawa Timur|JAWA TIMUR|Surabaya/);

    // The Zoom report: nothing placed wrongly, the Pekalongan without a marker left to the user.
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${id}/kehadiran`);
    await expect(page.getByTestId('summary-units')).toHaveText('0 dari 35 unit hadir');
    await page.locator('input[type=file]').setInputFiles(ZOOM);
    const review = page.getByRole('dialog', { name: 'Tinjau impor: zoom-jateng.csv' });
    await expect(review.getByRole('tab', { name: 'Otomatis (35)' })).toBeVisible();
    await expect(review.getByRole('tab', { name: 'Pihak penyelenggara (2)' })).toBeVisible();
    await review.getByRole('button', { name: 'Terapkan' }).click();
    await expect(review).toBeHidden();
    await expect(page.getByTestId('summary-units')).toHaveText('35 dari 35 unit hadir');
    await page.screenshot({ path: testInfo.outputPath('grid-jateng.png') });

    const stored = await api(page, host, 'meetings/get', { id });
    const filled = new Set<string>();
    for (const [unit, a] of Object.entries(stored.attendance as Record<string, Json>)) {
      for (const [role, c] of Object.entries(a.cells as Record<string, Json>))
        if (c.status === 'hadir' || c.status === 'terlambat') filled.add(`${unit}/${role}`);
    }
    const truth = readCsv(fs.readFileSync(TRUTH, 'utf8'))
      .rows.slice(1)
      .filter((r) => r[6]);
    const expected = new Set(truth.map((r) => `${r[6]}/${r[7]}`));
    const wrong = [...filled].filter((k) => !expected.has(k));
    expect(wrong).toEqual([]);
    expect(filled.size).toBe(expected.size);
  } finally {
    await host.stop();
  }
});

test('a new data folder set up as KPU RI: the 38 provinces, their roles, and the time in three zones', async ({ page }, testInfo) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(host.url);
    const card = page.getByTestId('first-run');
    await card.getByRole('button', { name: 'Lewati' }).click();
    await expect(card).toHaveCount(0);

    // Later, in Pengaturan.
    await page.getByRole('link', { name: 'Pengaturan' }).first().click();
    const chooser = page.getByTestId('unit-list-chooser');
    await chooser.getByText('KPU RI', { exact: true }).click();
    await chooser.getByRole('button', { name: 'Tampilkan perubahan' }).click();
    const preview = chooser.getByTestId('units-preview');
    await expect(preview).toContainText('Daftar baru: 38 unit.');
    await expect(preview).toContainText('Organisasi menjadi KPU RI.');
    await expect(preview).toContainText('Peran bawaan menjadi: Divisi Parmas, Kabag Teknis, Operator Medsos.');
    await expect(page.getByTestId('area-data-attribution')).toContainText('ODbL');
    await page.screenshot({ path: testInfo.outputPath('settings-ri.png') });
    if (SHOTS) await page.screenshot({ path: 'docs/images/settings-region.png' });
    await chooser.getByRole('button', { name: 'Terapkan daftar unit' }).click();
    await expect(preview).toHaveCount(0);
    await expect(page.getByTestId('settings-save-status')).toHaveText('Semua perubahan tersimpan');
    await expect(page.getByLabel('Baris kedua kop')).toHaveValue('REPUBLIK INDONESIA');

    const roster = await api(page, host, 'roster/get');
    expect(roster.units).toHaveLength(38);
    expect(roster.units.every((u: Json) => u.kind === 'provinsi')).toBe(true);
    expect(roster.roles.map((r: Json) => r.short)).toEqual(['Divisi Parmas', 'Kabag Teknis', 'Operator Medsos']);
    const settings = await api(page, host, 'settings/get');
    expect(settings.organisation.subtitle).toBe('REPUBLIK INDONESIA');

    const m = await api(page, host, 'meetings/create', {
      ...defaultMeetingSetup('2030-05-06'),
      title: 'Rapat Koordinasi Nasional',
      unitsInvited: roster.units.map((u: Json) => u.code),
      rolesInvited: roster.roles.map((r: Json) => r.id),
    });
    const letter = await api(page, host, 'invitations/export-letter', { id: m.id, form: 'all' });
    const text = docxText(dataDir, 'surat-ri', letter.base64);
    expect(text).toContain('Yth. Ketua KPU Provinsi se-Indonesia');
    expect(text).toContain('09.00 WIB / 10.00 WITA / 11.00 WIT');
    expect(text).toContain('KIP Aceh');
    expect(text).toContain('KPU Provinsi Papua Pegunungan');
    const preview2 = await api(page, host, 'invitations/preview', { id: m.id });
    expect(JSON.stringify(preview2)).toContain('09.00 WIB / 10.00 WITA / 11.00 WIT');
  } finally {
    await host.stop();
  }
});
