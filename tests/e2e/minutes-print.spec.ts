// The print view of the minutes: opened from the Notulen tab, printed by Chromium's own PDF
// printer (the engine behind Electron's printToPDF and the browser's "Simpan sebagai PDF")
// on the paper chosen in Settings, and read back with pdftotext.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir } from './host';
import { group } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

function pdfFacts(file: string) {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
  const mm = (pts: string) => Math.round((Number(pts) * 25.4) / 72);
  return { text: text.replace(/\s+/g, ' '), pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), width: mm(group(size, 1)), height: mm(group(size, 2)) };
}

test('the print view prints the minutes on F4 paper with the draft mark, the speakers in order and the attendance list', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const headers = { 'X-Rakor-Token': host.token };
    const settings = (await (await page.request.post(`${host.origin}/api/settings/get`, { data: {}, headers })).json()).value;
    await page.request.post(`${host.origin}/api/settings/save`, {
      data: {
        ...settings,
        paper: 'F4',
        organisation: {
          ...settings.organisation,
          address: 'Jl. Tenggilis Mejoyo Kav. 1-3, Surabaya 60292',
          phone: '(031) 8471885',
          email: 'sekretariat@kpu-jatim.test',
          website: 'jatim.kpu.go.id',
        },
      },
      headers,
    });
    const demo = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value;

    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${demo.id}/notulen`);
    await page.getByRole('link', { name: 'Tampilan cetak' }).click();
    await expect(page).toHaveURL(new RegExp(`#/rapat/${demo.id}/cetak$`));
    const sheet = page.getByRole('article', { name: 'Notulen rapat', exact: true });
    await expect(sheet).toContainText('NOTULEN RAPAT');
    await expect(sheet).toContainText('DRAF — belum final');
    await expect(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
    await expect(page.getByText('Kertas: F4')).toBeVisible();
    if (SHOTS) await page.screenshot({ path: 'docs/images/minutes-print-view.png' });

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Cetak' })).toBeHidden();
    const file = path.join(dataDir, 'cetak.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pdf = pdfFacts(file);
    expect([pdf.width, pdf.height]).toEqual([215, 330]);
    expect(pdf.pages).toBeGreaterThanOrEqual(2);
    const order = [
      'NOTULEN RAPAT',
      'Rabu, 25 Mei 2022',
      '09.00 s.d. 11.35 WIB',
      'Insan Qoriawan, Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis',
      'Rochani, Ketua Divisi SDM dan Litbang',
      'Gogot Cahyo Baskoro, Komisioner Divisi Sosdiklih Parmas',
      'B. Kesimpulan',
      'C. Tindak Lanjut',
      '30 Juni 2022',
      'Rapat ditutup pukul 11.35 WIB',
      'Pimpinan Rapat,',
      'DAFTAR HADIR',
      'Kab. Pacitan',
      // Marked present by hand with no roster holder: a line to write the name on.
      'Kab. Tulungagung .............. Hadir .............. Hadir .............. Hadir',
      'Kota Batu',
    ];
    let pos = 0;
    for (const needle of order) {
      const i = pdf.text.indexOf(needle, pos);
      expect(i, `"${needle}" after ${pos}`).toBeGreaterThanOrEqual(0);
      pos = i;
    }
    expect(pdf.text).toContain('DRAF — belum final');
    expect(pdf.text).not.toContain('Kembali ke notulen');

    // Final minutes print without the draft mark.
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Kembali ke notulen' }).click();
    await page.getByRole('button', { name: 'Finalkan notulen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Finalkan notulen' }).click();
    await expect(page.getByTestId('minutes-status')).toHaveText('Final');
    await page.getByRole('link', { name: 'Tampilan cetak' }).click();
    await expect(page.getByRole('article', { name: 'Notulen rapat', exact: true })).toContainText('NOTULEN RAPAT');
    await expect(page.getByRole('article', { name: 'Notulen rapat', exact: true })).not.toContainText('DRAF');
    fs.rmSync(file);
  } finally {
    await host.stop();
  }
});
