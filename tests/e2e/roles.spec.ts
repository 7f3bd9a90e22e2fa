// Roles are data: a role added in "Kelola peran" can be invited to a meeting, gets its own
// column in the attendance grid, and a role in use cannot be removed.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { startHost, tempDataDir } from './host';
import { dataFile } from './data-folder';

test('a role added in the roster is invited to a meeting and gets a column in the grid', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Roster' }).click();
    await page.getByRole('button', { name: 'Kelola peran' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Nama peran (seperti di surat)').last().fill('Ketua Divisi Hukum dan Pengawasan');
    await dialog.getByLabel('Nama singkat (judul kolom)').last().fill('Divisi Hukum');
    await dialog.getByLabel('Kata kunci di nama Zoom, pisahkan dengan koma').last().fill('hukum, kadiv hukum');
    await dialog.getByRole('button', { name: 'Tambah peran' }).click();
    await expect(page.getByText('Peran "Divisi Hukum" ditambahkan')).toBeVisible();
    const roster = JSON.parse(fs.readFileSync(dataFile(dataDir, 'roster.json'), 'utf8')).roster;
    expect(roster.roles.map((r: { short: string }) => r.short)).toEqual(['Divisi Parmas', 'Kasubag Tekmas', 'Operator Medsos', 'Divisi Hukum']);
    await page.keyboard.press('Escape');

    await page.getByRole('link', { name: 'Rapat', exact: true }).click();
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();
    await page.getByLabel('Nama rapat').fill('Rapat Koordinasi Divisi Hukum');
    await page.getByLabel('Tanggal').fill('2030-04-03');
    await page.getByRole('checkbox', { name: /Divisi Hukum/ }).check();
    await page.getByRole('checkbox', { name: /Operator Medsos/ }).uncheck();
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    await expect(page.getByRole('columnheader', { name: /Divisi Hukum/ })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: /Operator Medsos/ })).toHaveCount(0);

    // The role is now in use: removing it is refused with the reason.
    await page.getByRole('link', { name: 'Roster' }).click();
    await page.getByRole('button', { name: 'Kelola peran' }).click();
    await page.getByRole('button', { name: 'Hapus peran Divisi Hukum' }).click();
    await expect(page.getByText(/Rapat Koordinasi Divisi Hukum/)).toBeVisible();
    const after = JSON.parse(fs.readFileSync(dataFile(dataDir, 'roster.json'), 'utf8')).roster;
    expect(after.roles).toHaveLength(4);
  } finally {
    await host.stop();
  }
});
