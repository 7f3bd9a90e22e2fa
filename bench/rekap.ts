// The recap of attendance over an archive of 500 meetings x 38 units x 3 roles:
//
// - computed and painted: in Chromium against the real browser host, from the moment the page
//   moves to #/rekap until the frame after the heat map holds every unit, is sized for every
//   meeting with the columns in view filled (the table renders only those), and the chart has
//   drawn its lines for all 480 meetings. That takes in the rekap/get call (the host reads the meetings
//   and counts them), React's render and the browser's layout and paint. The output check
//   compares the page's overall rate with the recap counted here from the same files.
// - the .xlsx export: the rekap/export-xlsx handler (read, count, build the workbook), read
//   back with exceljs after every run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from '@playwright/test';
import { launchChromium } from '../tests/e2e/chromium';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { dispatch } from '../electron/handlers';
import type { HandlerDeps } from '../electron/handlers/types';
import { JATIM_UNITS } from '../shared/domain/units';
import { DEFAULT_ROLE_IDS } from '../shared/domain/roles';
import type { AttendanceStatus } from '../shared/domain/meeting';
import { EMPTY_REKAP_FILTER, buildRekap, formatPercent, rateOf } from '../shared/domain/rekap';
import type { FileResult } from '../shared/contract';
import { startHost, type RunningHost } from '../tests/e2e/host';
import { fullMeeting } from './data';
import { medianRow, type FigureRow } from './figures';
import { itemAt } from '../shared/indexed';

export const REKAP_PAINT_NAME = 'rekap: 500 meetings x 38 units x 3 roles, computed and painted in Chromium (request, count, heat map with the rates)';
export const REKAP_CHART_NAME = 'rekap: the same, until the chart (drawn after the heat map) is painted too';
export const REKAP_PAINT_TARGET_MS = 300;
export const REKAP_XLSX_NAME = 'rekap .xlsx export, 500 meetings x 38 units x 3 roles (read, count, build)';
export const REKAP_XLSX_TARGET_MS = 1000;

const COUNT = 500;
const STATUSES: AttendanceStatus[] = ['hadir', 'hadir', 'hadir', 'terlambat', 'izin', 'tidak_hadir'];

function makeArchive(dir: string): { cancelled: number } {
  const store = new DataStore(dir, confJsonFile, () => new Date()).open();
  let cancelled = 0;
  for (let i = 0; i < COUNT; i++) {
    const m = fullMeeting(`rekap${String(i).padStart(4, '0')}`, [...JATIM_UNITS]);
    const day = new Date(Date.UTC(2021, 0, 4 + i * 3));
    m.date = day.toISOString().slice(0, 10);
    m.title = `Rapat Koordinasi ${i + 1}`;
    JATIM_UNITS.forEach((u, j) =>
      DEFAULT_ROLE_IDS.forEach((r, k) => {
        const cell = m.attendance[u.code]?.cells[r];
        if (cell) cell.status = itemAt(STATUSES, (i * 7 + j * 5 + k * 3) % STATUSES.length);
      }),
    );
    if (i % 25 === 24) {
      m.status = 'batal';
      cancelled++;
    }
    store.saveMeeting(m);
  }
  return { cancelled };
}

async function paint(host: RunningHost, browser: Browser, expectedMeetings: number, expectedRate: string, runs: number): Promise<FigureRow[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('meeting-row').first().waitFor();
    const times: number[] = [];
    const chartTimes: number[] = [];
    for (let k = 0; k < runs + 2; k++) {
      await page.evaluate(`location.hash = '#/'`);
      await page.getByTestId('meeting-row').first().waitFor();
      // Plain JavaScript run in the page: the clock starts as the route changes.
      const [ms, chartMs] = (await page.evaluate(`new Promise((resolve, reject) => {
        const done = () => {
          const table = document.querySelector('[data-testid="rekap-heatmap"] table');
          const rows = document.querySelectorAll('[data-testid="rekap-heatmap"] tbody tr').length;
          const cells = document.querySelectorAll('[data-testid="rekap-heatmap"] tbody tr:last-child td[class^="rk-b"], [data-testid="rekap-heatmap"] tbody tr:last-child td.rk-none').length;
          // Every unit, the table sized for every meeting, the columns in view filled.
          return table && table.dataset.meetings === '${expectedMeetings}' && rows === ${JATIM_UNITS.length} && cells >= 20;
        };
        const drawn = () => document.querySelectorAll('[data-testid="rekap-chart"] .recharts-line-curve').length === 4;
        const t0 = performance.now();
        let table = 0;
        const timer = setTimeout(() => reject(new Error('the recap did not show within 30 s')), 30000);
        const frame = (then) => requestAnimationFrame(() => setTimeout(() => then(performance.now() - t0), 0));
        const mo = new MutationObserver(() => {
          if (!table && done()) { table = -1; frame((ms) => { table = ms; if (drawn()) { mo.disconnect(); clearTimeout(timer); resolve([table, ms]); } }); }
          if (table > 0 && drawn()) { mo.disconnect(); frame((ms) => { clearTimeout(timer); resolve([table, ms]); }); }
        });
        mo.observe(document.body, { childList: true, subtree: true });
        location.hash = '#/rekap';
      })`)) as [number, number];
      const shown = await page.getByTestId('total-rate').innerText();
      if (shown !== expectedRate) throw new Error(`the page shows ${shown}, the recap counts ${expectedRate}`);
      // The first runs load the page's chunk and warm the host's file cache.
      if (k >= 2) {
        times.push(ms);
        chartTimes.push(chartMs);
      }
    }
    return [medianRow(REKAP_PAINT_NAME, REKAP_PAINT_TARGET_MS, times), { ...medianRow(REKAP_CHART_NAME, 0, chartTimes), target: 'information', met: true }];
  } finally {
    await context.close();
  }
}

async function xlsx(dir: string, expectedMeetings: number, runs: number): Promise<FigureRow> {
  const store = new DataStore(dir, confJsonFile, () => new Date()).open();
  const deps: HandlerDeps = { store, clock: () => new Date(), newId: () => 'x', transport: 'web', version: 'bench' };
  const times: number[] = [];
  for (let k = 0; k < runs + 1; k++) {
    const t0 = performance.now();
    const res = await dispatch(deps, 'rekap/export-xlsx', {});
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(res.error.message);
    const wb = new ExcelJS.Workbook();
    const bytes = Buffer.from((res.value as FileResult).base64, 'base64');
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const ws = wb.getWorksheet('Rekap')!;
    if (ws.getRow(5).getCell(3).value !== 'Kab. Pacitan') throw new Error('the first unit is not in the workbook');
    if (ws.getRow(4).cellCount !== 3 + expectedMeetings + 5)
      throw new Error(`the workbook has ${ws.getRow(4).cellCount - 8} meetings, expected ${expectedMeetings}`);
    if (k >= 1) times.push(ms);
  }
  return medianRow(REKAP_XLSX_NAME, REKAP_XLSX_TARGET_MS, times);
}

export async function measureRekapFigures(): Promise<FigureRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-bench-rekap-'));
  let browser: Browser | null = null;
  let host: RunningHost | null = null;
  const out: FigureRow[] = [];
  const failed = (name: string, target: number, err: unknown) => {
    console.error(`${name}: ${(err as Error).message}`);
    out.push({ name, target: `median <= ${target} ms`, value: 'CHECK FAILED', met: false });
  };
  try {
    const { cancelled } = makeArchive(dir);
    const expectedMeetings = COUNT - cancelled;
    const store = new DataStore(dir, confJsonFile, () => new Date()).open();
    const all = store.listMeetings().map((s) => store.getMeeting(s.id));
    const rekap = buildRekap(all, { units: JATIM_UNITS, roles: store.getRoster().roles, now: new Date(), filter: EMPTY_REKAP_FILTER });
    if (rekap.meetings.length !== expectedMeetings) throw new Error(`the recap counts ${rekap.meetings.length} meetings, expected ${expectedMeetings}`);
    try {
      host = await startHost(dir);
      browser = await launchChromium();
      out.push(...(await paint(host, browser, expectedMeetings, formatPercent(rateOf(rekap.total)), 7)));
    } catch (err) {
      failed(REKAP_PAINT_NAME, REKAP_PAINT_TARGET_MS, err);
    } finally {
      await host?.stop();
    }
    try {
      out.push(await xlsx(dir, expectedMeetings, 5));
    } catch (err) {
      failed(REKAP_XLSX_NAME, REKAP_XLSX_TARGET_MS, err);
    }
    return out;
  } finally {
    await browser?.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
