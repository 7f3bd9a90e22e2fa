// The foundation end to end: the browser host serves the UI, refuses requests without the
// token or from a foreign Origin, and a meeting created in the UI survives a restart.
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startHost, tempDataDir } from './host';
import { dataFile } from './data-folder';
import { itemAt } from '../helpers/indexed';

test('a meeting created in the UI survives a restart of the host', async ({ page }) => {
  const dataDir = tempDataDir();
  let host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    await page.getByRole('link', { name: 'Rapat baru' }).first().click();
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByText('Nama rapat wajib diisi.')).toBeVisible();
    await page.getByLabel('Nama rapat').fill('Rapat Koordinasi Evaluasi Website');
    await page.getByLabel('Tanggal').fill('2030-03-06');
    await page.getByLabel('Mulai').fill('13:30');
    await page.getByLabel('Butir acara 1').fill('Evaluasi berita website');
    await page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(page.getByRole('heading', { name: 'Rapat Koordinasi Evaluasi Website' })).toBeVisible();
    await expect(page.getByText('Rabu, 6 Maret 2030 · 13.30 WIB s.d. selesai')).toBeVisible();
  } finally {
    await host.stop();
  }

  host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('link', { name: 'Rapat Koordinasi Evaluasi Website' })).toBeVisible();
    expect(fs.readdirSync(dataFile(dataDir, 'rapat'))).toHaveLength(1);
  } finally {
    await host.stop();
  }
});

test('the host refuses requests without the token or from a foreign Origin and listens on 127.0.0.1 only', async ({ request }) => {
  const host = await startHost(tempDataDir());
  try {
    const noToken = await request.post(`${host.origin}/api/meetings/list`, { data: {} });
    expect(noToken.status()).toBe(401);
    const wrongToken = await request.post(`${host.origin}/api/meetings/list`, {
      data: {},
      headers: { 'X-Rakor-Token': (host.token.startsWith('x') ? 'y' : 'x') + host.token.slice(1) },
    });
    expect(wrongToken.status()).toBe(401);
    const foreign = await request.post(`${host.origin}/api/meetings/list`, {
      data: {},
      headers: { 'X-Rakor-Token': host.token, Origin: 'http://evil.example' },
    });
    expect(foreign.status()).toBe(403);
    const rebinding = await request.post(`${host.origin}/api/meetings/list`, {
      data: {},
      headers: { 'X-Rakor-Token': host.token, Host: 'evil.example:80' },
    });
    expect(rebinding.status()).toBe(403);
    const ok = await request.post(`${host.origin}/api/meetings/list`, { data: {}, headers: { 'X-Rakor-Token': host.token } });
    expect(ok.status()).toBe(200);
    expect((await ok.json()).ok).toBe(true);
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  } finally {
    await host.stop();
  }
});

test('with one meeting file damaged the app starts, lists the others and names the damaged one', async ({ page, request }) => {
  const dataDir = tempDataDir();
  let host = await startHost(dataDir);
  const headers = { 'X-Rakor-Token': host.token };
  const mk = async () => (await (await request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value as { id: string };
  const a = await mk();
  const b = await mk();
  const renamed = await request.post(`${host.origin}/api/meetings/get`, { data: { id: b.id }, headers });
  const meetingB = (await renamed.json()).value;
  meetingB.title = 'Rapat yang akan rusak';
  await request.post(`${host.origin}/api/meetings/update-setup`, {
    data: {
      id: b.id,
      setup: Object.fromEntries(
        Object.entries(meetingB).filter(
          ([k]) => !['id', 'status', 'createdAt', 'updatedAt', 'deletedAt', 'attendance', 'speakers', 'minutes', 'invitations'].includes(k),
        ),
      ),
    },
    headers,
  });
  await host.stop();

  const damagedPath = dataFile(dataDir, 'rapat', `${b.id}.json`);
  fs.writeFileSync(damagedPath, fs.readFileSync(damagedPath, 'utf8').slice(0, 200));
  host = await startHost(dataDir);
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('damaged-notice')).toContainText('Rapat yang akan rusak');
    await expect(page.getByTestId('meeting-row')).toHaveCount(1);
    const moved = fs.readdirSync(path.join(dataDir, 'rusak'));
    expect(moved).toHaveLength(1);
    expect(itemAt(moved, 0).startsWith(b.id)).toBe(true);
    expect(fs.existsSync(dataFile(dataDir, 'rapat', `${a.id}.json`))).toBe(true);
  } finally {
    await host.stop();
  }
});
