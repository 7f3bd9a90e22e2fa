// Backups and the way out of a failing data folder, through the UI: the automatic backup at
// start, the archive file both ways, and a meeting kept on screen and saved to a file when
// the data folder turns read-only (a real tmpfs remounted read-only).
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { startHost, tempDataDir } from './host';
import { dataFile } from './data-folder';

async function loadDemo(page: Page) {
  await page.getByRole('button', { name: 'Muat rapat contoh' }).first().click();
  await expect(page.getByRole('tab', { name: 'Kehadiran' })).toBeVisible();
  return new URL(page.url()).hash.split('/')[2];
}

test('automatic backup at start, archive file out and back in after the meeting was purged', async ({ page }) => {
  const dataDir = tempDataDir();
  let host = await startHost(dataDir);
  await page.goto(host.url);
  const id = await loadDemo(page);
  await host.stop();

  host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await page.getByRole('link', { name: 'Pengaturan' }).click();
    await expect(page.getByTestId('backup-list').getByRole('row')).toHaveCount(2);
    await expect(page.getByTestId('backup-list')).toContainText('otomatis');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Cadangkan ke file' }).click();
    const archive = path.join(tempDataDir('rakor-arsip-'), (await download).suggestedFilename());
    await (await download).saveAs(archive);
    expect(path.basename(archive)).toMatch(/^Rakor-cadangan-\d{4}-\d{2}-\d{2}\.zip$/);

    // The meeting goes for good: deleted, then purged from the bin.
    await page.goto(`${host.origin}/#/rapat/${id}/undangan`);
    await page.getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Hapus', exact: true }).click();
    await page.getByRole('link', { name: 'Sampah' }).click();
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Hapus permanen' }).click();
    await expect(page.getByText('Sampah kosong')).toBeVisible();
    expect(fs.existsSync(dataFile(dataDir, 'rapat', `${id}.json`))).toBe(false);

    await page.getByRole('link', { name: 'Pengaturan' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pulihkan dari file…' }).click();
    await (await chooser).setFiles(archive);
    await page.getByRole('dialog').getByRole('button', { name: 'Pulihkan' }).click();
    await expect(page.getByTestId('meeting-row')).toHaveCount(1, { timeout: 15_000 });
    expect(fs.existsSync(dataFile(dataDir, 'rapat', `${id}.json`))).toBe(true);
    // The state before the restore was itself backed up.
    expect(fs.readdirSync(path.join(dataDir, 'cadangan')).some((n) => n.endsWith('-sebelumpulih'))).toBe(true);
  } finally {
    await host.stop();
  }
});

test('an archive that is not a Rakor data folder is refused in the UI and changes nothing', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    const id = await loadDemo(page);
    const before = fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`));
    const zip = new JSZip();
    zip.file('rakor-cadangan.json', JSON.stringify({ createdAt: new Date().toISOString(), reason: 'arsip', app: 'Rakor' }));
    zip.file('catatan.txt', 'bukan data Rakor');
    const archive = path.join(tempDataDir('rakor-arsip-'), 'bukan-rakor.zip');
    fs.writeFileSync(archive, await zip.generateAsync({ type: 'uint8array' }));

    await page.getByRole('link', { name: 'Pengaturan', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Pulihkan dari file…' }).click();
    await (await chooser).setFiles(archive);
    await page.getByRole('dialog').getByRole('button', { name: 'Pulihkan' }).click();
    await expect(page.getByText('"catatan.txt" bukan bagian dari data Rakor')).toBeVisible();
    await expect(page.getByText('Data saat ini tidak diubah')).toBeVisible();
    expect(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`))).toEqual(before);
    // Not even a safety backup was taken: the refusal came before anything was written.
    expect(fs.existsSync(path.join(dataDir, 'cadangan'))).toBe(false);
    await page.getByRole('link', { name: 'Rapat', exact: true }).click();
    await expect(page.getByTestId('meeting-row')).toHaveCount(1);
  } finally {
    await host.stop();
  }
});

function tryMount(dir: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('a read-only data folder: the change stays on screen, is saved to a file and opened again', async ({ page }) => {
  const mountPoint = tempDataDir('rakor-tmpfs-');
  test.skip(!tryMount(mountPoint), 'needs root to mount a tmpfs');
  const dataDir = path.join(mountPoint, 'data');
  const host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    const id = await loadDemo(page);
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    await page.getByRole('gridcell', { name: /^Kab\. Pacitan, Divisi Parmas: / }).click();
    await page.keyboard.press('h');
    await expect(page.getByTestId('save-status')).toHaveText('Belum tersimpan');
    await expect(page.getByText('folder data hanya-baca')).toBeVisible();
    await expect(page.getByRole('gridcell', { name: /^Kab\. Pacitan, Divisi Parmas: / })).toHaveAccessibleName(/: Hadir$/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Simpan salinan ke file' }).click();
    const copy = path.join(tempDataDir('rakor-salinan-'), (await download).suggestedFilename());
    await (await download).saveAs(copy);
    expect(JSON.parse(fs.readFileSync(copy, 'utf8')).meeting.attendance['3501'].cells.parmas.status).toBe('hadir');

    execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    await page.getByRole('link', { name: 'Rapat', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Buka salinan rapat…' }).click();
    await (await chooser).setFiles(copy);
    await expect(page.getByRole('tab', { name: 'Kehadiran' })).toBeVisible();
    const openedId = new URL(page.url()).hash.split('/')[2];
    const stored = JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${openedId}.json`), 'utf8'));
    expect(stored.meeting.attendance['3501'].cells.parmas.status).toBe('hadir');
    // The original is still there, untouched by the copy.
    expect(fs.existsSync(dataFile(dataDir, 'rapat', `${id}.json`))).toBe(true);
  } finally {
    await host.stop();
    try {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint], { stdio: 'ignore' });
    } catch {
      // Already writable.
    }
    execFileSync('umount', ['-l', mountPoint], { stdio: 'ignore' });
  }
});
