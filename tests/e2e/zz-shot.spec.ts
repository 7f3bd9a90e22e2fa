import { test, expect } from '@playwright/test';
import { startHost, tempDataDir } from './host';
test('shot', async ({ page }) => {
  const host = await startHost(tempDataDir());
  await page.setViewportSize({ width: 1366, height: 657 });
  const headers = { 'X-Rakor-Token': host.token };
  const id = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value.id as string;
  await page.goto(host.url);
  for (const [name, hash] of [['att', `#/rapat/${id}/kehadiran`], ['inv', `#/rapat/${id}/undangan`], ['form', `#/rapat/${id}/ubah`], ['list', '#/'], ['min', `#/rapat/${id}/notulen`]]) {
    await page.evaluate((h) => (window.location.hash = h), hash);
    await page.waitForTimeout(1200);
    await page.screenshot({ path: `/tmp/shots17/${name}.png` });
  }
  expect(1).toBe(1);
  await host.stop();
});
