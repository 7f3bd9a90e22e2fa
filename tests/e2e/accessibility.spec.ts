// WCAG 2.1 A and AA, checked by axe-core in Chromium against the real browser host: every
// screen the router knows (with the demo meeting loaded), every tab of the meeting page, the
// same tabs once the minutes are final, the form with its error messages, and the dialogs.
// The list of screens is typed from the router, so a screen added there does not compile here
// until this test visits it.
import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { startHost, tempDataDir, type RunningHost } from './host';
import { scan, settle, type ScanResult } from './a11y';
import { parseRoute, routeHref, type Route } from '../../renderer/src/router';
import { group } from '../helpers/indexed';

const SHOTS = process.env.RAKOR_SCREENSHOTS === '1';
/** With RAKOR_SCREENSHOTS=1, the README's pictures of the main screens, at 1366 x 768. */
const SHOT_OF: Record<string, string> = {
  'Rapat (daftar)': 'a11y-meetings.png',
  'Rapat, tab Undangan': 'a11y-invitations.png',
  'Rapat, tab Kehadiran': 'a11y-attendance.png',
  'Rapat, tab Pembicara': 'a11y-speakers.png',
  'Rapat final, tab Notulen': 'a11y-minutes-final.png',
  'Roster, satu unit': 'a11y-roster-unit.png',
  Pengaturan: 'a11y-settings.png',
};
const ZOOM = path.resolve('tests/fixtures/attendance/zoom-participants.csv');
const ROSTER_CSV = path.resolve('tests/fixtures/roster/roster-titik-koma.csv');

interface Ctx {
  page: Page;
  host: RunningHost;
  id: string;
  check: (place: string) => Promise<void>;
}

async function go(ctx: Ctx, route: Route) {
  await ctx.page.evaluate((hash) => (window.location.hash = hash), routeHref(route));
  expect(parseRoute(new URL(ctx.page.url()).hash).name).toBe(route.name);
}

async function dialog(ctx: Ctx, place: string, open: () => Promise<unknown>, name?: string | RegExp) {
  await open();
  const d = ctx.page.getByRole('dialog', name ? { name } : undefined);
  await expect(d).toBeVisible();
  await expect(d).toHaveCSS('opacity', '1');
  await ctx.check(place);
  await ctx.page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
}

const cell = (page: Page, unit: string, role: string) => page.getByRole('gridcell', { name: new RegExp(`^${unit.replace('.', '\\.')}, ${role}: `) });

/** Hadir, Terlambat, Izin and Tidak hadir each in a cell, so each colour is measured. */
async function markEveryStatus(page: Page) {
  await cell(page, 'Kab. Pacitan', 'Divisi Parmas').click();
  for (const key of ['h', 'ArrowRight', 't', 'ArrowRight', 'i', 'ArrowDown', 'a']) await page.keyboard.press(key);
  await expect(cell(page, 'Kab. Ponorogo', 'Operator Medsos')).toHaveAccessibleName(/: Tidak hadir$/);
  await expect(cell(page, 'Kab. Pacitan', 'Kasubag Tekmas')).toHaveAccessibleName(/: Terlambat$/);
  await expect(cell(page, 'Kab. Pacitan', 'Operator Medsos')).toHaveAccessibleName(/: Izin$/);
}

/** One visit per route of the router: what it shows, and the dialogs that open from it. */
const VISITS: { [K in Route['name']]: (ctx: Ctx) => Promise<void> } = {
  meetings: async (ctx) => {
    await go(ctx, { name: 'meetings' });
    await expect(ctx.page.getByTestId('meeting-row').first()).toBeVisible();
    await ctx.check('Rapat (daftar)');
  },
  bin: async (ctx) => {
    await go(ctx, { name: 'bin' });
    await expect(ctx.page.getByTestId('bin-row')).toHaveCount(1);
    await ctx.check('Sampah');
  },
  'new-meeting': async (ctx) => {
    await go(ctx, { name: 'new-meeting' });
    await ctx.page.getByRole('button', { name: 'Buat rapat' }).click();
    await expect(ctx.page.getByText('Nama rapat wajib diisi.')).toBeVisible();
    await ctx.check('Rapat baru, dengan pesan kesalahan');
  },
  'edit-meeting': async (ctx) => {
    await go(ctx, { name: 'edit-meeting', id: ctx.id });
    await expect(ctx.page.getByLabel('Nama rapat')).not.toHaveValue('');
    await ctx.check('Ubah rapat');
  },
  meeting: async (ctx) => {
    const { page } = ctx;
    await go(ctx, { name: 'meeting', id: ctx.id, tab: 'undangan' });
    const mainTabs = page.getByRole('tablist').first().getByRole('tab');
    await expect(mainTabs.first()).toBeVisible();
    const names = await mainTabs.allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(4);
    const visitTab = async (name: string, label: string) => {
      await mainTabs.filter({ hasText: name }).click();
      await expect(mainTabs.filter({ hasText: name })).toHaveAttribute('aria-selected', 'true');
      const panel = page.getByRole('tabpanel', { name });
      await expect(panel).toBeVisible();
      if (name === 'Undangan') {
        await expect(page.getByText('Periksa sebelum mengirim')).toBeVisible();
        // The folded list of units with incomplete contacts, opened.
        const more = page.getByRole('button', { name: 'Lihat daftar' });
        if (await more.count()) await more.click();
      }
      if (name === 'Kehadiran') {
        await expect(page.getByRole('grid')).toBeVisible();
        if (label === 'Rapat') await markEveryStatus(page);
      }
      await ctx.check(`${label}, tab ${name}`);
      // Tabs inside the tab (the WhatsApp and email message): each one once.
      const inner = panel.getByRole('tab');
      const innerNames = await inner.allInnerTexts();
      for (const innerName of innerNames.slice(1)) {
        await inner.filter({ hasText: innerName }).click();
        await expect(inner.filter({ hasText: innerName })).toHaveAttribute('aria-selected', 'true');
        await ctx.check(`${label}, tab ${name} › ${innerName}`);
      }
      if (innerNames.length > 1) await inner.first().click();
    };
    for (const name of names) await visitTab(name, 'Rapat');

    await dialog(ctx, 'Dialog Duplikat', () => page.getByRole('button', { name: 'Duplikat' }).click());
    await dialog(ctx, 'Dialog Hapus rapat', () => page.getByRole('button', { name: 'Hapus', exact: true }).click(), 'Pindahkan ke Sampah?');

    await mainTabs.filter({ hasText: 'Undangan' }).click();
    await dialog(ctx, 'Dialog Batalkan rapat', () => page.getByRole('button', { name: 'Batalkan rapat' }).click(), 'Batalkan rapat ini?');

    await mainTabs.filter({ hasText: 'Kehadiran' }).click();
    await page.getByRole('gridcell', { name: /^Kab\. Pacitan, Divisi Parmas: / }).click();
    await dialog(ctx, 'Dialog sel kehadiran', () => page.keyboard.press('Enter'), /Kab\. Pacitan/);
    await page.locator('input[type=file]').setInputFiles(ZOOM);
    const review = page.getByRole('dialog', { name: 'Tinjau impor: zoom-participants.csv' });
    await expect(review).toBeVisible();
    const reviewTabs = review.getByRole('tab');
    for (const tabName of await reviewTabs.allInnerTexts()) {
      await reviewTabs.filter({ hasText: tabName }).click();
      await ctx.check(`Dialog tinjau impor laporan kehadiran, ${tabName.replace(/\s+/g, ' ')}`);
    }
    await page.keyboard.press('Escape');
    await expect(review).toHaveCount(0);

    await mainTabs.filter({ hasText: 'Notulen' }).click();
    await dialog(ctx, 'Dialog Finalkan notulen', () => page.getByRole('button', { name: 'Finalkan notulen' }).click(), 'Finalkan notulen?');
    await page.getByRole('button', { name: 'Finalkan notulen' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Finalkan notulen' }).click();
    await expect(page.getByTestId('final-banner')).toBeVisible();
    for (const name of names) await visitTab(name, 'Rapat final');
    await mainTabs.filter({ hasText: 'Notulen' }).click();
    await dialog(ctx, 'Dialog Buka kunci', () => page.getByTestId('final-banner').getByRole('button', { name: 'Buka kunci' }).click(), 'Buka kunci notulen?');
  },
  'minutes-print': async (ctx) => {
    await go(ctx, { name: 'minutes-print', id: ctx.id });
    await expect(ctx.page.getByRole('button', { name: 'Cetak' })).toBeVisible();
    await ctx.check('Tampilan cetak');
  },
  'letter-print': async (ctx) => {
    await go(ctx, { name: 'letter-print', id: ctx.id, form: 'all' });
    await expect(ctx.page.getByRole('button', { name: 'Cetak / Simpan PDF' })).toBeVisible();
    await ctx.check('Tampilan cetak surat');
  },
  roster: async (ctx) => {
    const { page } = ctx;
    await go(ctx, { name: 'roster' });
    await expect(page.getByTestId('unit-row')).toHaveCount(38);
    await ctx.check('Roster');
    await dialog(ctx, 'Dialog Kelola peran', () => page.getByRole('button', { name: 'Kelola peran' }).click());
    await dialog(ctx, 'Dialog Nama yang dipelajari', () => page.getByRole('button', { name: 'Nama yang dipelajari' }).click());
    await page.getByRole('button', { name: 'Impor CSV' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Impor roster dari CSV' });
    await importDialog.locator('input[type="file"]').setInputFiles(ROSTER_CSV);
    await expect(importDialog.getByTestId('count-salah')).toHaveText('2 salah');
    await ctx.check('Dialog pratinjau impor roster');
    await page.keyboard.press('Escape');

    await go(ctx, { name: 'roster', unit: '3504' });
    await expect(page.getByText('Belum diisi').first()).toBeVisible();
    await ctx.check('Roster, satu unit');
  },
  rekap: async (ctx) => {
    await go(ctx, { name: 'rekap' });
    await expect(ctx.page.getByTestId('rekap-heatmap')).toBeVisible();
    await ctx.check('Rekap kehadiran');
  },
  'follow-ups': async (ctx) => {
    await go(ctx, { name: 'follow-ups' });
    await expect(ctx.page.getByTestId('follow-up-tracker-row').first()).toBeVisible();
    await expect(ctx.page.getByTestId('overdue').first()).toBeVisible();
    await ctx.check('Tindak lanjut');
  },
  series: async (ctx) => {
    const headers = { 'X-Rakor-Token': ctx.host.token };
    const res = await ctx.page.request.post(`${ctx.host.origin}/api/meetings/duplicate`, {
      data: { id: ctx.id, date: '2022-06-08', series: 'Rakor Sosdiklih Parmas 2022' },
      headers,
    });
    expect(res.ok()).toBe(true);
    await go(ctx, { name: 'series', series: 'Rakor Sosdiklih Parmas 2022' });
    await expect(ctx.page.getByTestId('series-row')).toHaveCount(1);
    await ctx.check('Seri rapat');
  },
  settings: async (ctx) => {
    const { page } = ctx;
    await go(ctx, { name: 'settings' });
    await expect(page.getByTestId('backup-list')).toBeVisible();
    await ctx.check('Pengaturan');
    await dialog(ctx, 'Dialog Pulihkan cadangan', () => page.getByTestId('backup-list').getByRole('button', { name: 'Pulihkan' }).first().click());
    // A template with a misspelt placeholder: the warning, and the confirmation to reset it.
    const editor = page.getByTestId('template-settings');
    await editor.getByRole('textbox', { name: 'Teks templat' }).fill('*Undangan* {judul}\nTanggal: {hari_tangal}');
    await expect(editor.getByTestId('template-problems')).toContainText('{hari_tangal}');
    await expect(editor.getByTestId('template-save-status')).toHaveText('Tersimpan');
    await ctx.check('Pengaturan, templat dengan isian salah');
    await dialog(ctx, 'Dialog Kembalikan templat ke bawaan', () => editor.getByRole('button', { name: 'Kembalikan ke bawaan' }).click());
  },
};

test('every screen, tab and dialog has no WCAG 2.1 AA violation found by axe-core', async ({ page }) => {
  test.setTimeout(480_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const host = await startHost(tempDataDir());
  const results: ScanResult[] = [];
  try {
    await page.goto(host.url);
    await expect(page.getByTestId('empty-state')).toBeVisible();
    const empty = await scan(page, 'Rapat (kosong)');
    results.push(empty);
    const headers = { 'X-Rakor-Token': host.token };
    const demo = async () => (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value.id as string;
    const id = await demo();
    const binned = await demo();
    await page.request.post(`${host.origin}/api/meetings/delete`, { data: { id: binned }, headers });
    await page.request.post(`${host.origin}/api/backups/create`, { data: {}, headers });
    await page.reload();

    const ctx: Ctx = {
      page,
      host,
      id,
      check: async (place) => {
        results.push(await scan(page, place));
        if (SHOTS && SHOT_OF[place]) {
          await page.mouse.move(0, 0);
          await page.screenshot({ path: `docs/images/${SHOT_OF[place]}` });
        }
      },
    };
    for (const [name, visit] of Object.entries(VISITS)) {
      await test.step(name, () => visit(ctx));
    }
    await settle(page);
  } finally {
    await host.stop();
  }
  const table = results.map((r) => `${String(r.count).padStart(4)}  ${r.place}`).join('\n');
  console.log(`axe-core, WCAG 2.1 A/AA, elements in violation per place:\n${table}\n  total ${results.reduce((s, r) => s + r.count, 0)}`);
  const failing = results.filter((r) => r.count > 0);
  expect(failing.map((r) => `${r.place}: ${r.count}\n${r.lines.join('\n')}`).join('\n\n')).toBe('');
});

test('each attendance status is written out, its text has 4.5:1 on its cell and the active ring 3:1', async ({ page }) => {
  const host = await startHost(tempDataDir());
  try {
    const headers = { 'X-Rakor-Token': host.token };
    const id = (await (await page.request.post(`${host.origin}/api/meetings/load-demo`, { data: {}, headers })).json()).value.id as string;
    await page.goto(host.url);
    await page.evaluate((hash) => (window.location.hash = hash), routeHref({ name: 'meeting', id, tab: 'kehadiran' }));
    await expect(page.getByRole('grid')).toBeVisible();
    await markEveryStatus(page);
    const cells: Record<string, ReturnType<typeof cell>> = {
      Hadir: cell(page, 'Kab. Pacitan', 'Divisi Parmas'),
      Terlambat: cell(page, 'Kab. Pacitan', 'Kasubag Tekmas'),
      Izin: cell(page, 'Kab. Pacitan', 'Operator Medsos'),
      'Tidak hadir': cell(page, 'Kab. Ponorogo', 'Operator Medsos'),
      '–': cell(page, 'Kab. Ponorogo', 'Divisi Parmas'),
    };
    const backgrounds = new Set<string>();
    for (const [word, c] of Object.entries(cells)) {
      await c.click();
      await expect(c).toBeFocused();
      await expect(c.locator('.att-status')).toHaveText(word);
      // What the text is drawn on: the first opaque background up from the cell, under the
      // tint the focused cell lays over it.
      const m = await c.evaluate((td) => {
        const rgba = (v: string): [number, number, number, number | undefined] => {
          const [r, g, b, a] = (/rgba?\(([^)]*)\)/.exec(v)?.[1] ?? '0,0,0,0').split(',').map(Number);
          if (r === undefined || g === undefined || b === undefined) throw new Error(`not a colour: ${v}`);
          return [r, g, b, a];
        };
        let el: Element | null = td;
        let base: [number, number, number] = [255, 255, 255];
        for (; el; el = el.parentElement) {
          const [r, g, b, a = 1] = rgba(getComputedStyle(el).backgroundColor);
          if (a === 1) {
            base = [r, g, b];
            break;
          }
        }
        const s = getComputedStyle(td);
        const [tr, tg, tb, ta = 0] = s.backgroundImage === 'none' ? [0, 0, 0, 0] : rgba(s.backgroundImage);
        const mix = (v: number, tint: number) => Math.round(v * (1 - ta) + tint * ta);
        const shown = [mix(base[0], tr), mix(base[1], tg), mix(base[2], tb)];
        return { text: getComputedStyle(td.querySelector('.att-status')!).color, bg: `rgb(${shown.join(', ')})`, ring: s.boxShadow };
      });
      const ring = /rgba?\([^)]*\)/.exec(m.ring)?.[0] ?? 'none';
      const textRatio = contrast(m.text, m.bg);
      const ringRatio = contrast(ring, m.bg);
      expect(textRatio, `${word}: text ${m.text} on ${m.bg}`).toBeGreaterThanOrEqual(4.5);
      expect(ringRatio, `${word}: ring ${ring} on ${m.bg}`).toBeGreaterThanOrEqual(3);
      backgrounds.add(m.bg);
    }
    // Five states, five backgrounds; the word says it for those who cannot tell them apart.
    expect(backgrounds.size).toBe(5);
  } finally {
    await host.stop();
  }
});

/** WCAG contrast ratio of two CSS rgb()/rgba() colours (opaque ones; an unparsable one gives 1). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c);
    if (!m) return NaN;
    const linear = (v: string) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(group(m, 1)) + 0.7152 * linear(group(m, 2)) + 0.0722 * linear(group(m, 3));
  };
  const [x, y] = [lum(a), lum(b)];
  if (Number.isNaN(x) || Number.isNaN(y)) return 1;
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}
