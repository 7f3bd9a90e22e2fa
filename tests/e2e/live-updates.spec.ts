// Two tabs on one meeting see each other's changes without reloading: one marks attendance
// by keyboard while the other types a speaker's points; the same point typed in both: the
// later wins and the other tab says so, with its text offered back. A tab open while the host
// restarts reconnects, catches up and stores what it typed meanwhile.
import { expect, test, type Page } from '@playwright/test';
import fs from 'node:fs';
import net from 'node:net';
import { startHost, tempDataDir, type RunningHost } from './host';
import { dataFile } from './data-folder';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';

/** The feed is pushed, not polled: another tab's change is on screen well within this. */
const WITHIN = { timeout: 1_000 };

const cell = (page: Page, unit: string, role: string) => page.getByRole('gridcell', { name: new RegExp(`^${unit.replace('.', '\\.')}, ${role}: `) });
const point = (page: Page, n: number, speaker = 1) => page.getByLabel(`Poin ${n} — Pembicara ${speaker}`, { exact: true });
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan');

async function openDemo(host: RunningHost, page: Page): Promise<string> {
  const res = await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers: { 'X-Rakor-Token': host.token } });
  return ((await res.json()) as { value: { id: string } }).value.id;
}

async function openTab(page: Page, host: RunningHost, id: string, tab: 'kehadiran' | 'pembicara') {
  await page.goto(host.url);
  await page.evaluate((hash) => (window.location.hash = hash), `#/rapat/${id}/${tab}`);
}

function stored(dataDir: string, id: string) {
  return JSON.parse(fs.readFileSync(dataFile(dataDir, 'rapat', `${id}.json`), 'utf8')).meeting;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

test("two tabs on one meeting see each other's attendance and points at once, and both keep their work", async ({ context }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const a = await context.newPage();
    const b = await context.newPage();
    const id = await openDemo(host, a);
    await openTab(a, host, id, 'kehadiran');
    await openTab(b, host, id, 'kehadiran');
    await expect(cell(b, 'Kab. Pacitan', 'Divisi Parmas')).toBeVisible();

    // A marks by keyboard; B sees it without reloading, and marks another cell itself.
    await cell(a, 'Kab. Pacitan', 'Divisi Parmas').click();
    await a.keyboard.press('h');
    await expect(cell(b, 'Kab. Pacitan', 'Divisi Parmas')).toHaveAccessibleName(/: Hadir$/, WITHIN);
    await cell(b, 'Kab. Ponorogo', 'Divisi Parmas').click();
    await b.keyboard.press('i');
    await expect(cell(a, 'Kab. Ponorogo', 'Divisi Parmas')).toHaveAccessibleName(/: Izin$/, WITHIN);
    await saved(a);
    await saved(b);

    // B types a speaker's points while A marks more cells.
    await b.getByRole('tab', { name: 'Pembicara' }).click();
    await a.getByRole('tab', { name: 'Pembicara' }).click();
    const before = await point(a, 1).inputValue();
    await point(b, 1).click();
    await b.keyboard.press('Control+End');
    await b.keyboard.type(' (dicatat di tab B)');
    await expect(point(a, 1)).toHaveValue(`${before} (dicatat di tab B)`, WITHIN);
    await a.getByRole('tab', { name: 'Kehadiran' }).click();
    await cell(a, 'Kab. Trenggalek', 'Divisi Parmas').click();
    await a.keyboard.press('t');
    await saved(a);
    await saved(b);

    // Both after a reload, and on disk.
    await a.reload();
    await b.reload();
    await b.getByRole('tab', { name: 'Kehadiran' }).click();
    await expect(cell(b, 'Kab. Trenggalek', 'Divisi Parmas')).toHaveAccessibleName(/: Terlambat$/);
    await a.getByRole('tab', { name: 'Pembicara' }).click();
    await expect(point(a, 1)).toHaveValue(`${before} (dicatat di tab B)`);
    const m = stored(dataDir, id);
    expect(m.attendance['3501'].cells.parmas.status).toBe('hadir');
    expect(m.attendance['3502'].cells.parmas.status).toBe('izin');
    expect(m.attendance['3503'].cells.parmas.status).toBe('terlambat');
    expect(m.speakers[0].points[0]).toBe(`${before} (dicatat di tab B)`);
  } finally {
    await host.stop();
  }
});

test('the same point typed in two tabs: the later wins, and the other tab says so and can put its text back', async ({ context }) => {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  try {
    const a = await context.newPage();
    const b = await context.newPage();
    const id = await openDemo(host, a);
    await openTab(a, host, id, 'pembicara');
    await openTab(b, host, id, 'pembicara');

    await point(a, 2).fill('Teks dari tab A');
    await saved(a);
    await expect(point(b, 2)).toHaveValue('Teks dari tab A', WITHIN);
    await point(b, 2).fill('Teks dari tab B');
    await saved(b);

    // A shows B's text, and next to the point what it had typed.
    await expect(point(a, 2)).toHaveValue('Teks dari tab B', WITHIN);
    const notice = a.getByTestId('replaced-notice');
    await expect(notice).toHaveCount(1);
    await expect(notice.getByTestId('replaced-mine')).toHaveText('Teks dari tab A');
    await expect(b.getByTestId('replaced-notice')).toHaveCount(0);
    if (SHOTS) {
      await a.setViewportSize({ width: 1366, height: 768 });
      await notice.scrollIntoViewIfNeeded();
      await a.screenshot({ path: 'docs/images/live-replaced-notice.png' });
    }

    // A takes its text back: now B is the one told.
    await notice.getByRole('button', { name: 'Pakai teks saya' }).click();
    await expect(point(a, 2)).toHaveValue('Teks dari tab A');
    await expect(a.getByTestId('replaced-notice')).toHaveCount(0);
    await expect(point(b, 2)).toHaveValue('Teks dari tab A', WITHIN);
    await expect(b.getByTestId('replaced-notice').getByTestId('replaced-mine')).toHaveText('Teks dari tab B');
    await saved(a);
    expect(stored(dataDir, id).speakers[0].points[1]).toBe('Teks dari tab A');
  } finally {
    await host.stop();
  }
});

test('a tab open while the host restarts reconnects, catches up and stores what was typed meanwhile', async ({ page }) => {
  const dataDir = tempDataDir();
  const port = String(await freePort());
  let host = await startHost(dataDir, { RAKOR_PORT: port });
  try {
    const id = await openDemo(host, page);
    await openTab(page, host, id, 'pembicara');
    await expect(point(page, 1)).toBeVisible();
    await host.stop();

    // Typed while the host is away: kept on screen, not stored yet.
    await point(page, 1).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' (diketik saat terputus)');
    await expect(page.getByTestId('save-status')).toHaveText('Belum tersimpan', { timeout: 5_000 });

    // The host comes back on the same address, and another tab changes the meeting first.
    host = await startHost(dataDir, { RAKOR_PORT: port });
    const other = await page.request.post(`${host.origin}/api/attendance/set-cells`, {
      data: { id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] },
      headers: { 'X-Rakor-Token': host.token },
    });
    expect(((await other.json()) as { ok: boolean }).ok).toBe(true);

    // The tab reconnects by itself (no reload), takes the other change, and stores its typing.
    await expect(page.getByTestId('save-status')).toHaveText('Semua perubahan tersimpan', { timeout: 10_000 });
    const m = stored(dataDir, id);
    expect(m.speakers[0].points[0]).toMatch(/ \(diketik saat terputus\)$/);
    expect(m.attendance['3504'].cells.parmas.status).toBe('hadir');
    await page.getByRole('tab', { name: 'Kehadiran' }).click();
    await expect(cell(page, 'Kab. Tulungagung', 'Divisi Parmas')).toHaveAccessibleName(/: Hadir$/);
  } finally {
    await host.stop();
  }
});
