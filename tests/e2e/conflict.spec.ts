// Two tabs on the same meeting: the tab that saved first wins, the other one is told, keeps
// its change on screen, and can load the newer version. Nothing is overwritten unseen.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startHost, tempDataDir } from './host';
import { dataFile } from './data-folder';

const cell = (page: Page, unit: string, role: string) =>
  page.getByRole('gridcell', { name: new RegExp(`^${unit.replace('.', '\\.')}, ${role}: `) });

test('a stale tab does not overwrite the other tab\'s saved change', async ({ context }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const a = await context.newPage();
    await a.goto(host.url);
    await a.getByRole('button', { name: 'Muat rapat contoh' }).first().click();
    await a.getByRole('tab', { name: 'Kehadiran' }).click();
    const id = new URL(a.url()).hash.split('/')[2];

    const b = await context.newPage();
    await b.goto(host.url);
    await b.evaluate((hash) => (window.location.hash = hash), `#/rapat/${id}/kehadiran`);
    await expect(cell(b, 'Kab. Pacitan', 'Divisi Parmas')).toBeVisible();

    await cell(a, 'Kab. Pacitan', 'Divisi Parmas').click();
    await a.keyboard.press('h');
    await expect(a.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

    await cell(b, 'Kab. Ponorogo', 'Divisi Parmas').click();
    await b.keyboard.press('i');
    await expect(b.getByTestId('save-status')).toHaveText('Belum tersimpan');
    await expect(b.getByText('sudah diubah di tab atau jendela lain')).toBeVisible();
    await expect(cell(b, 'Kab. Ponorogo', 'Divisi Parmas')).toHaveAccessibleName(/: Izin$/);

    const stored = () => JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting.attendance;
    expect(stored()['3501'].cells.parmas.status).toBe('hadir');
    expect(stored()['3502']).toBeUndefined();

    b.once('dialog', (d) => void d.accept());
    await b.getByRole('button', { name: 'Muat versi terbaru' }).click();
    await expect(b.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    await expect(cell(b, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName(/: Hadir$/);
    await expect(cell(b, 'Kab. Ponorogo', 'Divisi Parmas')).not.toHaveAccessibleName(/: Izin$/);
  } finally {
    await host.stop();
  }
});
