// Two figures against the real browser host on an archive of 1,000 meetings:
//
// - host start to the meetings list painted: from spawning the host process (`npm run web`'s
//   program) until Chromium, opening the address the host prints, has painted the list with
//   every meeting (the frame after the 1,000th row is in the DOM). The browser is started
//   before the clock runs, as a user's browser usually is.
// - one intent round trip: the renderer's own intent queue (the same module the meeting page
//   uses) sends attendance/set-cells over HTTP to the host, which applies it, checks the rules
//   and stores it; timed until the queue has the acknowledgement. The output check reads the
//   meeting file after every run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../tests/e2e/chromium';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { JATIM_UNITS } from '../shared/domain/units';
import type { Meeting } from '../shared/domain/meeting';
import type { MeetingIntent } from '../shared/domain/meeting-intents';
import { startHost, type RunningHost } from '../tests/e2e/host';
import { dataFile } from '../tests/e2e/data-folder';
import { fullMeeting } from './data';
import { medianRow, type FigureRow } from './figures';
import { valueAt } from '../tests/helpers/indexed';

export const LIST_PAINT_NAME = 'host start to the meetings list painted, archive of 1,000 meetings';
export const LIST_PAINT_TARGET_MS = 1000;
export const ROUND_TRIP_NAME = 'one intent round trip (queue -> HTTP host -> handler -> disk -> acknowledged), archive of 1,000 meetings';
export const ROUND_TRIP_TARGET_MS = 5;

const COUNT = 1000;

function makeArchive(dir: string): string {
  const store = new DataStore(dir, confJsonFile, () => new Date()).open();
  let id = '';
  for (let i = 0; i < COUNT; i++) {
    id = `list${String(i).padStart(5, '0')}`;
    const m = fullMeeting(id, [...JATIM_UNITS]);
    m.date = `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    store.saveMeeting(m);
  }
  return id;
}

async function listPaint(dir: string, browser: Browser, runs: number): Promise<FigureRow> {
  const times: number[] = [];
  for (let k = 0; k < runs + 1; k++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    const t0 = performance.now();
    const host = await startHost(dir);
    try {
      await page.goto(host.url);
      // Plain JavaScript (a string) run in the page: resolves on the frame after every row is there.
      await page.evaluate(`new Promise((resolve, reject) => {
        const all = () => document.querySelectorAll('[data-testid="meeting-row"]').length === ${COUNT};
        const done = () => requestAnimationFrame(() => setTimeout(resolve, 0));
        if (all()) return done();
        const timer = setTimeout(() => reject(new Error('the list did not show within 30 s')), 30000);
        const mo = new MutationObserver(() => { if (all()) { mo.disconnect(); clearTimeout(timer); done(); } });
        mo.observe(document.body, { childList: true, subtree: true });
      })`);
      const ms = performance.now() - t0;
      const shown = (await page.evaluate(`document.querySelectorAll('[data-testid="meeting-row"]').length`)) as number;
      if (shown !== COUNT) throw new Error(`the list shows ${shown} meetings, expected ${COUNT}`);
      // The first run warms the disk cache and the browser.
      if (k > 0) times.push(ms);
    } finally {
      await context.close();
      await host.stop();
    }
  }
  return medianRow(LIST_PAINT_NAME, LIST_PAINT_TARGET_MS, times);
}

async function roundTrip(dir: string, id: string, runs: number): Promise<FigureRow> {
  let host: RunningHost | null = null;
  try {
    host = await startHost(dir);
    const { origin, token } = host;
    // The renderer's transport for the desktop app is a bridge with one call(method, input);
    // here it is the same HTTP request the browser transport makes.
    (globalThis as { window?: unknown }).window = {
      rakor: {
        async call(method: string, input: unknown) {
          const res = await fetch(`${origin}/api/${encodeURIComponent(method)}`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Rakor-Token': token, Origin: origin },
            body: JSON.stringify(input),
          });
          return res.json();
        },
      },
    };
    const { createMeetingQueue } = await import('../renderer/src/features/meeting-queue');
    const queue = createMeetingQueue(id, { onChange: () => {} });
    const first = await fetch(`${origin}/api/meetings/get`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Rakor-Token': token, Origin: origin },
      body: JSON.stringify({ id }),
    });
    queue.load(((await first.json()) as { value: Meeting }).value);
    const file = dataFile(dir, 'rapat', `${id}.json`);
    const times: number[] = [];
    const warmup = 5;
    for (let k = 0; k < warmup + runs; k++) {
      const status = k % 2 ? 'izin' : 'hadir';
      const intent: MeetingIntent = { method: 'attendance/set-cells', input: { cells: [{ unitCode: '3504', roleId: 'parmas', value: { status } }] } };
      const t0 = performance.now();
      const stored = await queue.push(intent);
      const ms = performance.now() - t0;
      const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')).meeting as Meeting;
      if (
        valueAt(valueAt(stored.attendance, '3504').cells, 'parmas').status !== status ||
        valueAt(valueAt(onDisk.attendance, '3504').cells, 'parmas').status !== status
      ) {
        throw new Error(`run ${k}: the change is not what was stored`);
      }
      if (onDisk.revision !== stored.revision) throw new Error(`run ${k}: the acknowledged revision is not the one on disk`);
      if (k >= warmup) times.push(ms);
    }
    return medianRow(ROUND_TRIP_NAME, ROUND_TRIP_TARGET_MS, times);
  } finally {
    delete (globalThis as { window?: unknown }).window;
    await host?.stop();
  }
}

export async function measureArchiveFigures(): Promise<FigureRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-bench-list-'));
  let browser: Browser | null = null;
  const out: FigureRow[] = [];
  try {
    const id = makeArchive(dir);
    try {
      out.push(await roundTrip(dir, id, 41));
    } catch (err) {
      console.error(`${ROUND_TRIP_NAME}: ${(err as Error).message}`);
      out.push({ name: ROUND_TRIP_NAME, target: `median <= ${ROUND_TRIP_TARGET_MS} ms`, value: 'CHECK FAILED', met: false });
    }
    try {
      browser = await launchChromium();
      out.push(await listPaint(dir, browser, 5));
    } catch (err) {
      console.error(`${LIST_PAINT_NAME}: ${(err as Error).message}`);
      out.push({ name: LIST_PAINT_NAME, target: `median <= ${LIST_PAINT_TARGET_MS} ms`, value: 'CHECK FAILED', met: false });
    }
    return out;
  } finally {
    await browser?.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
