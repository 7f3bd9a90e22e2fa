// The one figure measured in Chromium: setting one attendance cell in a 514 x 3 grid until
// the next paint, against the real UI served by the browser host.
//
// What is timed, inside the page: from the keydown of the status key (a capture listener on
// window reads performance.now() as the event reaches the page) until the frame after the
// cell shows its new status: a MutationObserver sees the cell's class change, then a
// requestAnimationFrame callback followed by a setTimeout(0) marks the end, which runs after
// that frame has been painted. Each run sets a different, empty cell, so every press changes
// something; between runs the bench waits for the autosave, so a save never overlaps a run.
// The output check: every cell set shows its status in the DOM and is in the meeting file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../tests/e2e/chromium';
import { medianRow, type FigureRow } from './figures';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { JATIM_UNITS } from '../shared/domain/units';
import type { AttendanceStatus } from '../shared/domain/meeting';
import { startHost, type RunningHost } from '../tests/e2e/host';
import { fullMeeting, nationalUnits, rosterFor } from './data';
import { dataFile } from '../tests/e2e/data-folder';
import { itemAt } from '../shared/indexed';

const NAME = 'in Chromium: setting one attendance cell in a 514 x 3 grid until the next paint';
const TARGET_MS = 50;
const WARMUP = 2;
const RUNS = 15;
const MEETING_ID = 'benchgrid514';

const KEYS: { key: string; status: AttendanceStatus; word: string }[] = [
  { key: 'h', status: 'hadir', word: 'Hadir' },
  { key: 't', status: 'terlambat', word: 'Terlambat' },
  { key: 'i', status: 'izin', word: 'Izin' },
  { key: 'a', status: 'tidak_hadir', word: 'Tidak hadir' },
];

// Plain JavaScript run in the page (a string, so the TypeScript loader adds nothing to it).
// arm() returns at once; its promise resolves with the timings once the change was painted.
const IN_PAGE = `
window.__gridPaint = {
  arm(code, col, status) {
    const table = document.querySelector('.att-grid');
    const find = () => table.querySelector('[data-code="' + code + '"][data-col="' + col + '"]');
    const shows = () => { const el = find(); return !!el && el.classList.contains('att-' + status); };
    if (shows()) throw new Error('cell ' + code + '/' + col + ' already shows ' + status);
    let keydownAt = null;
    window.addEventListener('keydown', (e) => { if (keydownAt === null) keydownAt = performance.now(); }, { capture: true, once: true });
    this.done = new Promise((resolve, reject) => {
      const timer = setTimeout(() => { mo.disconnect(); reject(new Error('the cell did not change within 10 s')); }, 10000);
      const mo = new MutationObserver(() => {
        if (!shows()) return;
        mo.disconnect();
        clearTimeout(timer);
        const domAt = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve({ keydownAt, domAt, paintedAt: performance.now() }), 0));
      });
      mo.observe(table, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
    });
  },
};
`;

interface Timing {
  keydownAt: number | null;
  domAt: number;
  paintedAt: number;
}

function makeData(dir: string): { codes: Set<string>; roles: string[] } {
  const store = new DataStore(dir, confJsonFile, () => new Date()).open();
  const units = nationalUnits(JATIM_UNITS);
  store.saveRoster(rosterFor(units));
  const m = fullMeeting(MEETING_ID, units);
  // Half the grid filled, half still empty (every other unit), as in the middle of a meeting.
  const empty = new Set<string>();
  units.forEach((u, i) => {
    if (i % 2 === 1) {
      delete m.attendance[u.code];
      empty.add(u.code);
    }
  });
  store.saveMeeting(m);
  return { codes: empty, roles: m.rolesInvited };
}

const nextFrames = (page: Page) => page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))))');

async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').filter({ hasText: 'Semua perubahan tersimpan' }).waitFor({ timeout: 10_000 });
}

async function measure(dir: string): Promise<FigureRow> {
  const { codes: emptyCodes, roles } = makeData(dir);
  let host: RunningHost | null = null;
  let browser: Browser | null = null;
  try {
    host = await startHost(dir);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/rapat/${MEETING_ID}/kehadiran`)}`);
    await page.getByRole('row').nth(514).waitFor({ timeout: 30_000 });
    const rowCount = await page.getByRole('row').count();
    if (rowCount !== 515) throw new Error(`expected 514 unit rows and a header, got ${rowCount} rows`);
    await page.evaluate(IN_PAGE);

    // Cells to set: in empty units spread over the whole grid (top, middle, far down), one
    // role column after another, each with another status key.
    const order = (await page.evaluate(`[...document.querySelectorAll('.att-grid th.att-unit')].map((el) => el.dataset.code)`)) as string[];
    const candidates = order.filter((c) => emptyCodes.has(c));
    const total = WARMUP + RUNS;
    const targets = Array.from({ length: total }, (_, k) => {
      const code = itemAt(candidates, Math.floor((k * (candidates.length - 1)) / (total - 1)));
      const col = 1 + (k % roles.length);
      return { code, col, roleId: itemAt(roles, col - 1), ...itemAt(KEYS, k % KEYS.length) };
    });

    const times: number[] = [];
    for (const [k, tg] of targets.entries()) {
      // Put the focus on the cell (a click, as a user would) and let the grid settle.
      await page.locator(`.att-grid [data-code="${tg.code}"][data-col="${tg.col}"]`).click();
      await nextFrames(page);
      await page.evaluate(`window.__gridPaint.arm(${JSON.stringify(tg.code)}, ${tg.col}, ${JSON.stringify(tg.status)})`);
      await page.keyboard.press(tg.key);
      const t = (await page.evaluate('window.__gridPaint.done')) as Timing;
      if (t.keydownAt === null) throw new Error('the key press did not reach the page');
      if (k >= WARMUP) times.push(t.paintedAt - t.keydownAt);
      await waitSaved(page);
    }

    // The output check: on screen, then (after the autosave) in the meeting file.
    for (const tg of targets) {
      const label = await page.locator(`.att-grid [data-code="${tg.code}"][data-col="${tg.col}"]`).getAttribute('aria-label');
      if (!label?.endsWith(`: ${tg.word}`)) throw new Error(`cell ${tg.code}/${tg.roleId} shows "${label}", expected ${tg.word}`);
    }
    await waitSaved(page);
    await page.waitForTimeout(1000);
    const stored = JSON.parse(fs.readFileSync(dataFile(dir, 'rapat', `${MEETING_ID}.json`), 'utf8'));
    const attendance = (stored.meeting ?? stored).attendance as Record<string, { cells: Record<string, { status: string | null }> }>;
    for (const tg of targets) {
      const got = attendance[tg.code]?.cells[tg.roleId]?.status;
      if (got !== tg.status) throw new Error(`meeting file: ${tg.code}/${tg.roleId} is ${got}, expected ${tg.status}`);
    }
    const filledEmpty = [...emptyCodes].reduce((n, c) => n + Object.values(attendance[c]?.cells ?? {}).filter((x) => x.status).length, 0);
    if (filledEmpty !== targets.length) throw new Error(`meeting file: ${filledEmpty} cells set in the empty units, expected ${targets.length}`);

    return medianRow(NAME, TARGET_MS, times);
  } finally {
    await browser?.close().catch(() => undefined);
    await host?.stop();
  }
}

export async function measureGridPaint(): Promise<FigureRow> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-bench-grid-'));
  try {
    return await measure(dir);
  } catch (err) {
    console.error(`${NAME}: ${(err as Error).message}`);
    return { name: NAME, target: `median <= ${TARGET_MS} ms`, value: 'CHECK FAILED', met: false };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
