// The roster end to end in Chromium through the browser host: a unit's three roles filled by
// keyboard only, a semicolon CSV with two bad rows previewed and applied, and an exported CSV
// that recreates the same roster in an empty data folder.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';

const FIXTURES = path.resolve('tests/fixtures/roster');
const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

interface PersonOut {
  id: string;
  unitCode: string;
  roleId: string;
  name: string;
  jabatan: string;
  email: string;
  phone: string;
  notes: string;
}

async function api<T>(request: APIRequestContext, host: RunningHost, method: string, data: unknown = {}): Promise<T> {
  const res = await request.post(`${host.origin}/api/${method}`, { data, headers: { 'X-Rakor-Token': host.token } });
  const body = await res.json();
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.value as T;
}

async function people(request: APIRequestContext, host: RunningHost): Promise<PersonOut[]> {
  return (await api<{ people: PersonOut[] }>(request, host, 'roster/get')).people;
}

async function openRoster(page: Page, host: RunningHost) {
  await page.goto(host.url);
  await page.getByRole('link', { name: 'Roster' }).click();
  await expect(page.getByRole('heading', { name: 'Roster' })).toBeVisible();
}

test('a unit’s three roles are filled by keyboard and survive a reload', async ({ page, request }) => {
  const host = await startHost(tempDataDir());
  try {
    await openRoster(page, host);
    await expect(page.getByTestId('roster-summary')).toHaveText('0 dari 38 unit lengkap · 0 dari 114 peran terisi');
    await expect(page.getByTestId('roster-empty')).toBeVisible();

    // The filter has the focus; Enter opens the first unit that matches.
    await page.keyboard.type('kab tulungagung');
    await expect(page.getByTestId('unit-row')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'KPU Kabupaten Tulungagung' })).toBeVisible();
    await expect(page.getByTestId('role-row').and(page.locator('[data-empty]'))).toHaveCount(3);
    await expect(page.getByLabel('Nama Divisi Parmas')).toBeFocused();

    const rows = [
      ['Nurul Hidayati', 'Anggota KPU Kabupaten Tulungagung', 'nurul@kpu-tulungagung.example.id', '0812-3456-7801', 'Divisi Sosdiklih Parmas'],
      ['Slamet Riyadi, S.Sos.', 'Kasubag Teknis dan Hupmas', 'slamet@kpu-tulungagung.example.id', '62 813 3333 4444', ''],
      ['Dian Puspita', 'Operator Media Sosial', 'dian@kpu-tulungagung.example.id', '+62 857-1111-2222', 'TikTok dan Instagram'],
    ];
    for (const [i, row] of rows.entries()) {
      for (const value of row) {
        if (value) await page.keyboard.type(value);
        await page.keyboard.press('Tab');
      }
      if (SHOTS && i === 1) {
        await expect(page.getByTestId('roster-save-status')).toHaveText('Semua perubahan tersimpan');
        await page.screenshot({ path: 'docs/images/roster-unit.png' });
      }
    }
    await expect(page.getByLabel('Nama Divisi Parmas')).toHaveValue('Nurul Hidayati');
    await expect(page.getByLabel('WhatsApp Divisi Parmas')).toHaveValue('+62 812-3456-7801');
    await expect(page.getByLabel('WhatsApp Kasubag Tekmas')).toHaveValue('+62 813-3333-4444');
    await expect(page.getByTestId('roster-save-status')).toHaveText('Semua perubahan tersimpan');
    await expect(page.getByTestId('completeness')).toHaveText('3/3');
    await expect(page.locator('[data-empty]')).toHaveCount(0);

    // A bad email is refused next to the field and stays there to be corrected; nothing is saved.
    const email = page.getByLabel('Email Operator Medsos');
    await email.fill('dian(at)kpu');
    await email.press('Enter');
    await expect(page.getByText('Email "dian(at)kpu" tidak valid. Contoh: nama@kpu.go.id')).toBeVisible();
    await expect(email).toHaveValue('dian(at)kpu');
    await email.press('Escape');
    await expect(email).toHaveValue('dian@kpu-tulungagung.example.id');

    // Enter saves and moves down to the same column of the next row.
    const jabatan = page.getByLabel('Jabatan Divisi Parmas');
    await jabatan.fill('Anggota KPU Kabupaten Tulungagung Divisi Parmas');
    await jabatan.press('Enter');
    await expect(page.getByLabel('Jabatan Kasubag Tekmas')).toBeFocused();
    await expect(page.getByTestId('roster-save-status')).toHaveText('Semua perubahan tersimpan');

    const stored = await people(request, host);
    expect(stored.map(({ id: _id, ...p }) => p)).toEqual([
      {
        unitCode: '3504',
        roleId: 'parmas',
        name: 'Nurul Hidayati',
        jabatan: 'Anggota KPU Kabupaten Tulungagung Divisi Parmas',
        email: 'nurul@kpu-tulungagung.example.id',
        phone: '+6281234567801',
        notes: 'Divisi Sosdiklih Parmas',
      },
      {
        unitCode: '3504',
        roleId: 'tekmas',
        name: 'Slamet Riyadi, S.Sos.',
        jabatan: 'Kasubag Teknis dan Hupmas',
        email: 'slamet@kpu-tulungagung.example.id',
        phone: '+6281333334444',
        notes: '',
      },
      {
        unitCode: '3504',
        roleId: 'medsos',
        name: 'Dian Puspita',
        jabatan: 'Operator Media Sosial',
        email: 'dian@kpu-tulungagung.example.id',
        phone: '+6285711112222',
        notes: 'TikTok dan Instagram',
      },
    ]);

    await page.reload();
    await expect(page.getByLabel('Nama Kasubag Tekmas')).toHaveValue('Slamet Riyadi, S.Sos.');

    await page.getByRole('link', { name: 'Semua unit' }).click();
    await expect(page.getByTestId('roster-summary')).toHaveText('1 dari 38 unit lengkap · 3 dari 114 peran terisi');
    const tulungagung = page.getByTestId('unit-row').filter({ hasText: 'KPU Kabupaten Tulungagung' });
    await expect(tulungagung.getByTestId('completeness')).toHaveText('3/3');
    await page.getByLabel('Cari unit atau orang').fill('slamet');
    await expect(page.getByTestId('unit-row')).toHaveCount(1);
    await page.getByLabel('Cari unit atau orang').fill('kota malang');
    await expect(page.getByTestId('unit-row')).toHaveText([/3573\s*KPU Kota Malang\s*0\/3/]);
    await page.getByLabel('Cari unit atau orang').fill('atlantis');
    await expect(page.getByTestId('roster-no-match')).toContainText('Tidak ada unit atau orang yang cocok dengan "atlantis"');
  } finally {
    await host.stop();
  }
});

test('a semicolon CSV with two bad rows: the preview names them, applying writes only the good rows', async ({ page, request }) => {
  const host = await startHost(tempDataDir());
  try {
    await openRoster(page, host);
    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impor roster dari CSV' });
    await dialog.locator('input[type="file"]').setInputFiles(path.join(FIXTURES, 'roster-titik-koma.csv'));

    await expect(dialog.getByTestId('count-baru')).toHaveText('4 baru');
    await expect(dialog.getByTestId('count-salah')).toHaveText('2 salah');
    await expect(dialog.getByText('Terbaca sebagai UTF-8, pemisah titik koma.')).toBeVisible();
    const bad = dialog.locator('[data-testid="preview-row"][data-status="salah"]');
    await expect(bad).toHaveCount(2);
    await expect(bad.nth(0)).toContainText('5');
    await expect(bad.nth(0)).toContainText('Unit "Kabupaten Atlantis" tidak dikenal.');
    await expect(bad.nth(1)).toContainText('6');
    await expect(bad.nth(1)).toContainText('Email "budi(at)kpu-surabaya" tidak valid.');
    await expect(bad.nth(1)).toContainText('Nomor WhatsApp "0812" tidak valid.');
    await expect(bad.nth(1)).toContainText('Isi baris: 3578 · Kota Surabaya · tekmas · Budi Santoso');
    await expect(dialog.getByTestId('preview-row').filter({ hasText: 'Kab. Malang' })).toContainText('Kasubag Tekmas');
    if (SHOTS) await page.screenshot({ path: 'docs/images/roster-import-preview.png' });

    // The preview wrote nothing.
    expect(await people(request, host)).toEqual([]);
    expect(fs.existsSync(dataFile(host.dataDir, 'roster.json'))).toBe(false);

    await dialog.getByRole('button', { name: 'Terapkan 4 baris' }).click();
    await expect(page.getByText('4 orang ditambahkan, 0 diubah, 2 baris salah dilewati.')).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('roster-summary')).toHaveText('0 dari 38 unit lengkap · 4 dari 114 peran terisi');

    const stored = await people(request, host);
    expect(stored.map((p) => `${p.unitCode} ${p.roleId} ${p.name} ${p.phone}`)).toEqual([
      '3504 parmas Nurul Hidayati +6281234567801',
      '3507 tekmas Bambang Sutrisno, S.Sos. +6281311112222',
      '3579 medsos Rina Agustin +6285733334444',
      '3506 parmas Ahmad Fauzi +6282144445555',
    ]);
    await expect(page.getByTestId('unit-row').filter({ hasText: 'KPU Kabupaten Malang' }).getByTestId('completeness')).toHaveText('1/3');
    if (SHOTS) {
      await page.getByLabel('Cari unit atau orang').focus();
      await page.screenshot({ path: 'docs/images/roster-list.png' });
    }
  } finally {
    await host.stop();
  }
});

test('an exported roster CSV imports back unchanged, and recreates the same roster in an empty data folder', async ({ page, request }) => {
  const source = await startHost(tempDataDir());
  const download = path.join(tempDataDir('rakor-export-'), 'roster.csv');
  let before: PersonOut[];
  try {
    await api(request, source, 'roster/import-apply', { base64: fs.readFileSync(path.join(FIXTURES, 'roster-titik-koma.csv')).toString('base64') });
    await api(request, source, 'roster/import-apply', { base64: fs.readFileSync(path.join(FIXTURES, 'roster-windows-1252.csv')).toString('base64') });
    await api(request, source, 'roster/import-apply', { base64: fs.readFileSync(path.join(FIXTURES, 'roster-bom-koma.csv')).toString('base64') });
    // Cells a spreadsheet would run as formulas, and text with quotes, separators and a line break.
    await api(request, source, 'roster/save-person', {
      id: 'p-formula',
      unitCode: '3501',
      roleId: 'medsos',
      patch: { name: '=HYPERLINK("http://x.example";"klik")', jabatan: '@Operator; "Medsos"', notes: '-baris satu\n+baris dua' },
    });
    before = await people(request, source);
    expect(before).toHaveLength(8);

    await openRoster(page, source);
    await page.getByRole('button', { name: 'Ekspor CSV' }).click();
    const waiting = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'CSV untuk Excel Indonesia (pemisah titik koma)' }).click();
    const file = await waiting;
    expect(file.suggestedFilename()).toMatch(/^roster-kpu-kabupaten-kota-\d{4}-\d{2}-\d{2}\.csv$/);
    await file.saveAs(download);
    const text = fs.readFileSync(download, 'utf8');
    expect(text.startsWith('\ufeffkode_wilayah;unit;peran;nama;jabatan;email;whatsapp;catatan\r\n')).toBe(true);
    expect(text).toContain(`'=HYPERLINK`);
    expect(text).toContain(`"'@Operator; ""Medsos"""`);
    expect(text).toContain(`"'-baris satu`);

    // Back into the same roster: every row is "tidak berubah" and there is nothing to apply.
    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impor roster dari CSV' });
    await dialog.locator('input[type="file"]').setInputFiles(download);
    await expect(dialog.getByTestId('count-sama')).toHaveText('8 tidak berubah');
    await expect(dialog.getByTestId('count-salah')).toHaveText('0 salah');
    await expect(dialog.getByRole('button', { name: 'Tidak ada perubahan untuk diterapkan' })).toBeDisabled();
  } finally {
    await source.stop();
  }

  const target = await startHost(tempDataDir());
  try {
    await openRoster(page, target);
    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Impor roster dari CSV' });
    await dialog.locator('input[type="file"]').setInputFiles(download);
    await expect(dialog.getByTestId('count-baru')).toHaveText('8 baru');
    await dialog.getByRole('button', { name: 'Terapkan 8 baris' }).click();
    await expect(page.getByText('8 orang ditambahkan, 0 diubah.')).toBeVisible();
    const strip = (list: PersonOut[]) =>
      list.map(({ id: _id, ...p }) => p).sort((a, b) => `${a.unitCode}${a.roleId}${a.name}`.localeCompare(`${b.unitCode}${b.roleId}${b.name}`));
    expect(strip(await people(request, target))).toEqual(strip(before));
  } finally {
    await target.stop();
  }
});
