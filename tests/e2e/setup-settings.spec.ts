// Settings end to end: fields saved as they are left, a bad email refused next to its field,
// the letterhead logo accepted as PNG and refused when it is not an image, and the defaults a
// new meeting then starts from.
import { expect, test } from '@playwright/test';
import path from 'node:path';
import { startHost, tempDataDir } from './host';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

test('settings are saved field by field, check emails and the logo, and feed new meetings', async ({ page, request }) => {
  const host = await startHost(tempDataDir());
  const get = async () => (await (await request.post(`${host.origin}/api/settings/get`, { data: {}, headers: { 'X-Rakor-Token': host.token } })).json()).value;
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await expect(page.getByRole('heading', { name: 'Pengaturan', exact: true })).toBeVisible();

    await page.getByLabel('Alamat').fill('Jl. Tenggilis Mejoyo Kav. 1-3, Surabaya 60292');
    await page.getByLabel('Telepon').fill('(031) 8471885');
    await page.getByLabel('Telepon').press('Tab');
    const orgEmail = page.getByLabel('Email instansi');
    await orgEmail.fill('kpu jatim@');
    await orgEmail.press('Tab');
    await expect(page.getByText('Email "kpu jatim@" tidak valid. Contoh: nama@kpu.go.id')).toBeVisible();
    await orgEmail.fill('kpuprov.jatim@kpu.go.id');
    await orgEmail.press('Tab');
    await expect(page.getByText('Email "kpu jatim@" tidak valid.')).toBeHidden();

    await page.getByLabel('Jabatan penanda tangan').fill('Plh. Ketua');
    await page.getByLabel('Nama penanda tangan').fill('Insan Qoriawan');
    await page.getByLabel('Nama penanda tangan').press('Enter');
    await page.getByRole('radio', { name: 'F4 (215 × 330 mm)' }).check();
    await page.getByRole('radio', { name: 'Bapak/Ibu' }).check();
    await page.getByLabel('Email penyelenggara (undangan kalender)').fill('parmas@kpu-jatim.example.id');
    await page.getByLabel('Email penyelenggara (undangan kalender)').press('Tab');
    await expect(page.getByTestId('settings-save-status')).toHaveText('Semua perubahan tersimpan');

    // The logo: a text file named .png is refused with the reason; a real PNG is shown.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('bukan gambar') });
    await expect(page.getByText('"logo.png" bukan gambar PNG atau JPEG.')).toBeVisible();
    expect((await get()).organisation.logoDataUrl).toBe('');
    const chooser2 = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pilih logo…' }).click();
    await (await chooser2).setFiles(path.resolve('tests/fixtures/roster/logo-kpu.png'));
    await expect(page.getByTestId('logo-preview')).toBeVisible();

    const s = await get();
    expect(s.organisation.logoDataUrl).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(s.organisation.email).toBe('kpuprov.jatim@kpu.go.id');
    expect(s.organisation.phone).toBe('(031) 8471885');
    expect(s.defaultSignatory).toEqual({ jabatan: 'Plh. Ketua', name: 'Insan Qoriawan' });
    expect(s.paper).toBe('F4');
    expect(s.formOfAddress).toBe('Bapak/Ibu');
    expect(s.organizerEmail).toBe('parmas@kpu-jatim.example.id');
    // The preview is the kop the documents print: logo on the left, names centred, the contacts below.
    const kop = page.getByTestId('kop');
    await expect(kop.locator('img')).toBeVisible();
    await expect(kop).toContainText('KOMISI PEMILIHAN UMUM');
    await expect(kop).toContainText('Telp. (031) 8471885');
    if (SHOTS) {
      await page
        .getByRole('region', { name: 'Pratinjau kop surat' })
        .or(page.getByLabel('Pratinjau kop surat'))
        .first()
        .screenshot({ path: 'docs/images/settings-kop.png' });
      await page.getByRole('heading', { name: 'Pengaturan', exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/images/settings.png' });
    }

    // Still there after a reload, and a new meeting starts with the default signatory.
    await page.reload();
    await expect(page.getByLabel('Nama penanda tangan')).toHaveValue('Insan Qoriawan');
    await expect(page.getByRole('radio', { name: 'F4 (215 × 330 mm)' })).toBeChecked();
    await page.getByRole('link', { name: 'Rapat' }).first().click();
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();
    await expect(page.getByLabel('Jabatan penanda tangan')).toHaveValue('Plh. Ketua');
    await expect(page.getByLabel('Nama penanda tangan')).toHaveValue('Insan Qoriawan');
  } finally {
    await host.stop();
  }
});
