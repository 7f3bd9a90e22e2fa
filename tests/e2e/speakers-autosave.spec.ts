// Nothing typed is lost: points typed into a speaker survive the host process being killed
// (SIGKILL) a little over a second after the last keystroke, and the tab being closed.
// Also: reordering and the Draft/Final lock as the speakers screen shows them.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';
import { setupOf } from '../../shared/domain/meeting';
import { itemAt } from '../helpers/indexed';

async function newMeeting(host: RunningHost, page: Page, title: string): Promise<string> {
  const headers = { 'X-Rakor-Token': host.token };
  const setupRes = await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers });
  const demo = (await setupRes.json()).value;
  const post = async (method: string, data: unknown) => {
    const res = await (await page.request.post(`${host.origin}/api/${method}`, { data, headers })).json();
    expect(res.ok, method).toBe(true);
    return res.value;
  };
  // An empty course of the meeting, so only what this test types is in it.
  await post('meetings/update-setup', { id: demo.id, setup: { ...setupOf(demo), title } });
  for (const s of demo.speakers) await post('speakers/remove', { id: demo.id, speakerId: s.id });
  return demo.id;
}

function storedMeeting(dataDir: string, id: string) {
  return JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting;
}

const NAME = 'Gogot Cahyo Baskoro';
// Characters a hurried notetaker types: Indonesian words, punctuation, quotes, a slash, digits.
const POINTS = [
  'Evaluasi penulisan berita website KPU Kab/Kota — "judul" harus jelas (maks. 70 karakter).',
  'Akun TikTok: unggah ≥ 3 video per pekan; gunakan #PemiluDamai2024 & tag @kpujatim.',
  'Surat KPU RI Nomor 311 Tahun 2022 agar dipedomani',
];

test('points typed a second before the host is killed are all there after a restart', async ({ page }) => {
  const dataDir = tempDataDir();
  let host = await startHost(dataDir);
  let id = '';
  try {
    id = await newMeeting(host, page, 'Rakor uji ketik');
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${id}/pembicara`);
    await page.getByRole('button', { name: 'Tambah pembicara pertama' }).click();
    await page.keyboard.type(NAME, { delay: 15 });
    const card = page.getByRole('region', { name: /^Pembicara 1:/ });
    await card.getByLabel('Poin 1 — Pembicara 1', { exact: true }).click();
    for (let i = 0; i < POINTS.length; i++) {
      if (i > 0) await page.keyboard.press('Enter');
      await page.keyboard.type(itemAt(POINTS, i), { delay: 15 });
    }
    await expect(card.getByLabel(`Poin ${POINTS.length} — Pembicara 1`, { exact: true })).toHaveValue(POINTS.at(-1)!);
    // A little over a second after the last keystroke, the power goes.
    await page.waitForTimeout(1100);
    await host.stop('SIGKILL');
    expect(host.proc.signalCode).toBe('SIGKILL');
  } finally {
    await host.stop();
  }

  const onDisk = storedMeeting(dataDir, id);
  expect(onDisk.speakers[0].name).toBe(NAME);
  expect(onDisk.speakers[0].points).toEqual(POINTS);

  host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${id}/pembicara`);
    const card = page.getByRole('region', { name: `Pembicara 1: ${NAME}` });
    await expect(card.getByLabel('Nama', { exact: true })).toHaveValue(NAME);
    for (let i = 0; i < POINTS.length; i++) await expect(card.getByLabel(`Poin ${i + 1} — Pembicara 1`, { exact: true })).toHaveValue(itemAt(POINTS, i));
  } finally {
    await host.stop();
  }
});

test('closing the tab right after typing keeps what was typed', async ({ browser }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const id = await newMeeting(host, page, 'Rakor uji tutup');
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${id}/pembicara`);
    await page.getByRole('button', { name: 'Tambah pembicara pertama' }).click();
    await page.keyboard.type('Rochani');
    await page.getByLabel('Poin 1 — Pembicara 1', { exact: true }).click();
    await page.keyboard.type('Kerja sama dengan divisi hukum');
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => storedMeeting(dataDir, id).speakers[0]?.points[0] ?? '', { timeout: 5000 }).toBe('Kerja sama dengan divisi hukum');
  } finally {
    await context.close();
    await host.stop();
  }
});

test('speakers reorder, and a final record is read-only until it is unlocked', async ({ page }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const headers = { 'X-Rakor-Token': host.token };
    const demo = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value;
    await page.goto(host.url);
    await page.goto(`${host.origin}/#/rapat/${demo.id}/pembicara`);
    await expect(page.getByTestId('speaker-card')).toHaveCount(3);
    await page.getByRole('button', { name: 'Turunkan pembicara 1' }).click();
    await expect(page.getByRole('region', { name: /^Pembicara 1:/ })).toHaveAccessibleName('Pembicara 1: Rochani');
    await page.getByRole('button', { name: 'Naikkan pembicara 2' }).click();
    await expect(page.getByRole('region', { name: /^Pembicara 1:/ })).toHaveAccessibleName('Pembicara 1: Insan Qoriawan');
    await page.getByRole('button', { name: 'Hapus pembicara 3' }).click();
    await expect(page.getByTestId('speaker-card')).toHaveCount(2);
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await expect(page.getByTestId('speaker-card')).toHaveCount(3);
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    expect(storedMeeting(dataDir, demo.id).speakers.map((s: { name: string }) => s.name)).toEqual(['Insan Qoriawan', 'Rochani', 'Gogot Cahyo Baskoro']);

    await page.getByRole('tab', { name: 'Notulen' }).click();
    await page.getByRole('button', { name: 'Finalkan notulen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Finalkan notulen' }).click();
    await expect(page.getByTestId('minutes-status')).toHaveText('Final');
    await expect(page.getByTestId('final-banner')).toContainText('Difinalkan pada');
    const stored = storedMeeting(dataDir, demo.id);
    expect(stored.minutes.status).toBe('final');
    expect(Date.parse(stored.minutes.finalizedAt)).toBeGreaterThan(0);
    await expect(page.getByLabel('Kesimpulan 1', { exact: true })).toHaveAttribute('readonly', '');

    await page.getByRole('tab', { name: 'Pembicara' }).click();
    await expect(page.getByTestId('final-banner')).toBeVisible();
    const point = page.getByLabel('Poin 1 — Pembicara 1', { exact: true });
    await expect(point).toHaveAttribute('readonly', '');
    await expect(page.getByRole('button', { name: 'Pembicara berikutnya' })).toHaveCount(0);
    await point.click();
    await page.keyboard.type('tidak boleh masuk');
    await expect(point).toHaveValue(stored.speakers[0].points[0]);
    expect(storedMeeting(dataDir, demo.id).speakers[0].points[0]).toBe(stored.speakers[0].points[0]);

    await page.getByTestId('final-banner').getByRole('button', { name: 'Buka kunci' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buka kunci' }).click();
    await expect(page.getByTestId('final-banner')).toHaveCount(0);
    await point.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Tambahan.');
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');
    const after = storedMeeting(dataDir, demo.id);
    expect(after.minutes.status).toBe('draft');
    expect(after.speakers[0].points[0]).toBe(`${stored.speakers[0].points[0]} Tambahan.`);
  } finally {
    await host.stop();
  }
});
