// A data folder that is read-only from the start (a real read-only bind mount in a private
// mount namespace): the app opens, says why nothing can be changed, shows and exports
// everything, and refuses a change with the read-only message; not one file changes.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { readOnlyMount, startHost, tempDataDir } from './host';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const p = path.join(e.parentPath, e.name);
    if (e.isFile()) out[path.relative(dir, p)] = `${fs.statSync(p).mtimeMs} ${fs.readFileSync(p, 'base64')}`;
  }
  return out;
}

test('a read-only data folder: banner, everything readable and exportable, a change refused', async ({ page, request }) => {
  const dataDir = tempDataDir();
  let host = await startHost(dataDir);
  const demo = (await (await request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers: { 'X-Rakor-Token': host.token } })).json()).value as {
    id: string;
    title: string;
  };
  await host.stop();
  const before = snapshot(dataDir);

  host = await startHost(dataDir, {}, undefined, readOnlyMount(dataDir));
  try {
    await page.goto(host.url);
    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Hanya dapat dibaca: folder data hanya-baca');
    await expect(banner).toContainText('tidak ada yang dapat diubah');
    await expect(banner).toContainText(dataDir);

    await page.getByRole('link', { name: demo.title }).click();
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    // The banner stays on every screen.
    await expect(banner).toBeVisible();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ekspor daftar hadir' }).click();
    await page.getByRole('menuitem', { name: 'Daftar hadir (CSV)', exact: true }).click();
    const csv = fs.readFileSync(await (await download).path(), 'utf8');
    expect(csv).toContain('KPU Kabupaten Tulungagung');

    await page.getByRole('gridcell', { name: /^Kab\. Pacitan, Divisi Parmas: / }).click();
    await page.keyboard.press('h');
    await expect(page.getByText('folder data hanya-baca').last()).toBeVisible();
    await expect(page.getByTestId('save-status')).toHaveText('Belum tersimpan');

    // The print view opens from the stored meeting.
    await page.goto(`${host.origin}/#/rapat/${demo.id}/cetak`);
    await expect(page.getByText('NOTULEN RAPAT').first()).toBeVisible();
  } finally {
    await host.stop();
  }
  expect(snapshot(dataDir)).toEqual(before);
});
