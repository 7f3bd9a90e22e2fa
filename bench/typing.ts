// Typing in a long rakor, measured in Chromium against the real browser host: the first point
// of the first speaker in meetings of 3 x 3, 10 x 10 and 40 x 30 (speakers x points), and the
// first conclusion in the Notulen tab of the 3 x 3 and the 40 x 30 meeting.
//
// What is measured, with the Event Timing API (PerformanceObserver type 'event', with the
// smallest durationThreshold the API allows, 16 ms): for each keystroke its keydown and input
// events, `duration` (from the key reaching the page to the next paint, in steps of 8 ms) and
// the processing time, processingEnd - processingStart (the event handlers, React's render and
// its effects). An event shorter than 16 ms is not reported at all: a keystroke with no entry
// counts as 16 ms of duration (an upper bound) and is left out of the processing figure.
//
// The text is typed word by word with a pause after each word longer than the autosave's
// quarter second, so saves go out and their answers come back while the next word is typed.
// The output check: the field shows exactly what was typed, and so does the meeting file.
// The page's render probe (renderer/src/features/render-probe.ts) says how many speaker cards
// and list fields each keystroke rendered; with a build made with RAKOR_REACT_PROFILING=1 the
// React Profiler's commit time per keystroke is printed too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from '../tests/e2e/chromium';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { JATIM_UNITS } from '../shared/domain/units';
import type { Meeting } from '../shared/domain/meeting';
import { startHost, type RunningHost } from '../tests/e2e/host';
import { dataFile } from '../tests/e2e/data-folder';
import { fullMeeting, rosterFor } from './data';
import { median, round, type FigureRow } from './figures';
import { itemAt } from '../shared/indexed';

type Row = FigureRow;

export const TYPING_DURATION_TARGET_MS = 16;
export const TYPING_PROCESSING_RATIO = 2;

/** Typed after the text already in the field: 62 keystrokes, in 9 words. */
const TYPED = ' Koordinasi logistik pemilu dengan Bawaslu, tindak lanjut 2024';
const WORD_PAUSE_MS = 320;
const KEY_DELAY_MS = 45;

export interface Place {
  /** e.g. "speaker point" or "conclusion" */
  kind: 'point' | 'conclusion';
  speakers: number;
  points: number;
}

/** A meeting of `speakers` x `points`, 30 conclusions and 20 follow-ups, on the 38 units. */
export function longMeeting(id: string, speakers: number, points: number): Meeting {
  const m = fullMeeting(id, [...JATIM_UNITS]);
  m.title = `Rakor ${speakers} pembicara x ${points} poin`;
  m.speakers = Array.from({ length: speakers }, (_, i) => ({
    id: `${id}-s${i}`,
    name: `Pembicara ${i + 1}`,
    jabatan: i % 2 ? 'Ketua KPU Kabupaten' : 'Anggota KPU Provinsi Jawa Timur',
    institution: i % 2 ? itemAt(JATIM_UNITS, i % JATIM_UNITS.length).code : 'provinsi',
    segment: i === 0 ? 'pembukaan' : i === speakers - 1 ? 'penutup' : 'tanya_jawab',
    points: Array.from(
      { length: points },
      (_, j) =>
        `Butir ${j + 1} dari pembicara ${i + 1}: evaluasi penulisan berita website dan akun media sosial, tindak lanjut surat KPU RI Nomor 311 Tahun 2022.`,
    ),
    startedAt: '',
    endedAt: '',
    unitCode: '',
  }));
  m.minutes.conclusions = Array.from(
    { length: 30 },
    (_, i) => `Kesimpulan ${i + 1}: setiap KPU Kabupaten/Kota menyampaikan laporan sosialisasi paling lambat akhir bulan.`,
  );
  m.minutes.followUps = Array.from({ length: 20 }, (_, i) => ({
    id: `${id}-f${i}`,
    action: `Tindak lanjut ${i + 1}: menyusun draf naskah kerja sama`,
    assignees: [] as string[],
    responsible: 'Divisi Sosdiklih Parmas',
    dueDate: '2022-06-30',
    status: 'belum' as const,
  }));
  return m;
}

// Plain JavaScript run in the page before the app (a string, so the TypeScript loader adds
// nothing to it): the render probe, the Event Timing observer and each keydown's timestamp.
const INIT = `
window.__rakorRenders = { renders: {}, commits: [] };
window.__typing = { entries: [], keys: [], on: false };
new PerformanceObserver((list) => {
  if (!window.__typing.on) return;
  for (const e of list.getEntries()) {
    if (e.name === 'keydown' || e.name === 'input') window.__typing.entries.push({ name: e.name, startTime: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
  }
}).observe({ type: 'event', durationThreshold: 16, buffered: false });
window.addEventListener('keydown', (e) => { if (window.__typing.on) window.__typing.keys.push(e.timeStamp); }, { capture: true });
`;

interface InPage {
  entries: Array<{ name: string; startTime: number; duration: number; processing: number }>;
  keys: number[];
  renders: Record<string, number>;
  commits: Array<{ id: string; phase: string; actualDuration: number }>;
}

export interface TypingResult {
  place: Place;
  durations: number[];
  processing: number[];
  reported: number;
  keystrokes: number;
  cardsPerKey: number;
  fieldsPerKey: number;
  /** Follow-up rows of the Notulen tab rendered per keystroke (render probe). */
  followUpsPerKey: number;
  commitMsPerKey: number | null;
}

function label(p: Place): string {
  return p.kind === 'point'
    ? `typing in the first point of the first speaker, ${p.speakers} x ${p.points}`
    : `typing a conclusion in the Notulen tab, ${p.speakers} x ${p.points} meeting`;
}

async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId('save-status').filter({ hasText: 'Semua perubahan tersimpan' }).waitFor({ timeout: 20_000 });
}

async function typeOnce(browser: Browser, host: RunningHost, dir: string, id: string, place: Place): Promise<TypingResult> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  try {
    await context.addInitScript(INIT);
    const page = await context.newPage();
    await page.goto(host.url);
    const tab = place.kind === 'point' ? 'pembicara' : 'notulen';
    await page.evaluate(`window.location.hash = ${JSON.stringify(`#/rapat/${id}/${tab}`)}`);
    const fieldLabel = place.kind === 'point' ? 'Poin 1 — Pembicara 1' : 'Kesimpulan 1';
    const field = page.getByLabel(fieldLabel, { exact: true });
    if (place.kind === 'point') await page.getByLabel(`Poin ${place.points} — Pembicara ${place.speakers}`, { exact: true }).waitFor({ timeout: 240_000 });
    await field.waitFor({ timeout: 240_000 });
    const before = await field.inputValue();
    await field.click();
    await page.keyboard.press('Control+End');
    // Where the notulis looks while typing: the field in the middle of the window, not at its edge.
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    // Let the page settle: the click's own renders are not part of the figure.
    await page.waitForTimeout(500);
    await page.evaluate(`window.__rakorRenders.renders = {}; window.__rakorRenders.commits = []; window.__typing.on = true;`);
    const words = TYPED.match(/\s*\S+/g)!;
    for (const w of words) {
      await page.keyboard.type(w, { delay: KEY_DELAY_MS });
      await page.waitForTimeout(WORD_PAUSE_MS);
    }
    // The last events' entries arrive after their paint.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))))');
    const got = (await page.evaluate(`({ ...window.__typing, renders: window.__rakorRenders.renders, commits: window.__rakorRenders.commits })`)) as InPage;
    await page.evaluate('window.__typing.on = false');

    // The output check: on screen, then in the meeting file once saved.
    const want = before + TYPED;
    const shown = await field.inputValue();
    if (shown !== want) throw new Error(`${label(place)}: the field shows ${JSON.stringify(shown)}, expected ${JSON.stringify(want)}`);
    await waitSaved(page);
    const stored = (JSON.parse(fs.readFileSync(dataFile(dir, 'rapat', `${id}.json`), 'utf8')) as { meeting: Meeting }).meeting;
    const onDisk = place.kind === 'point' ? itemAt(stored.speakers, 0).points[0] : stored.minutes.conclusions[0];
    if (onDisk !== want) throw new Error(`${label(place)}: the meeting file holds ${JSON.stringify(onDisk)}, expected ${JSON.stringify(want)}`);

    const keys = got.keys;
    if (keys.length !== TYPED.length) throw new Error(`${label(place)}: ${keys.length} keydowns reached the page, expected ${TYPED.length}`);
    // Each entry belongs to the last keystroke that began before it.
    const per = keys.map(() => ({ duration: 0, keydown: NaN, input: NaN }));
    for (const e of got.entries) {
      let k = -1;
      for (let i = 0; i < keys.length; i++) if (itemAt(keys, i) <= e.startTime + 0.5) k = i;
      if (k < 0) continue;
      itemAt(per, k).duration = Math.max(itemAt(per, k).duration, e.duration);
      if (e.name === 'keydown') itemAt(per, k).keydown = e.processing;
      else itemAt(per, k).input = e.processing;
    }
    const durations = per.map((x) => (x.duration > 0 ? x.duration : TYPING_DURATION_TARGET_MS));
    const processing = per.filter((x) => !Number.isNaN(x.keydown) && !Number.isNaN(x.input)).map((x) => x.keydown + x.input);
    const sum = (prefix: string) => Object.entries(got.renders).reduce((n, [k, v]) => (k.startsWith(prefix) ? n + v : n), 0);
    const commitMs = got.commits.reduce((n, c) => n + c.actualDuration, 0);
    return {
      place,
      durations,
      processing,
      reported: per.filter((x) => x.duration > 0).length,
      keystrokes: keys.length,
      cardsPerKey: sum('speaker-card:') / keys.length,
      fieldsPerKey: sum('quick-item:') / keys.length,
      followUpsPerKey: sum('follow-up:') / keys.length,
      commitMsPerKey: got.commits.length ? commitMs / keys.length : null,
    };
  } finally {
    await context.close();
  }
}

export const PLACES: Place[] = [
  { kind: 'point', speakers: 3, points: 3 },
  { kind: 'point', speakers: 10, points: 10 },
  { kind: 'point', speakers: 40, points: 30 },
  { kind: 'conclusion', speakers: 3, points: 3 },
  { kind: 'conclusion', speakers: 40, points: 30 },
];

/** Each place typed `runs` times (62 keystrokes each), in a fresh page each time; the first run of each is a warm-up. */
export async function measureTyping(runs = 2): Promise<{ rows: Row[]; results: TypingResult[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-bench-typing-'));
  let host: RunningHost | null = null;
  let browser: Browser | null = null;
  const results: TypingResult[] = [];
  const rows: Row[] = [];
  try {
    const store = new DataStore(dir, confJsonFile, () => new Date()).open();
    store.saveRoster(rosterFor([...JATIM_UNITS]));
    const idOf = (p: Place) => `typing${p.speakers}x${p.points}`;
    for (const p of PLACES) if (p.kind === 'point') store.saveMeeting(longMeeting(idOf(p), p.speakers, p.points));
    host = await startHost(dir);
    browser = await launchChromium();
    // RAKOR_TYPING_ONLY=point40,conclusion3 measures only those places (when profiling by hand).
    const only = process.env.RAKOR_TYPING_ONLY?.split(',');
    for (const p of PLACES) {
      if (only && !only.includes(`${p.kind}${p.speakers}`)) continue;
      const all: TypingResult[] = [];
      for (let k = 0; k < runs + 1; k++) {
        const r = await typeOnce(browser, host, dir, idOf(p), p);
        if (k > 0) all.push(r);
      }
      const merged: TypingResult = {
        place: p,
        durations: all.flatMap((r) => r.durations),
        processing: all.flatMap((r) => r.processing),
        reported: all.reduce((n, r) => n + r.reported, 0),
        keystrokes: all.reduce((n, r) => n + r.keystrokes, 0),
        cardsPerKey: all.reduce((n, r) => n + r.cardsPerKey, 0) / all.length,
        fieldsPerKey: all.reduce((n, r) => n + r.fieldsPerKey, 0) / all.length,
        followUpsPerKey: all.reduce((n, r) => n + r.followUpsPerKey, 0) / all.length,
        commitMsPerKey: itemAt(all, 0).commitMsPerKey === null ? null : all.reduce((n, r) => n + (r.commitMsPerKey ?? 0), 0) / all.length,
      };
      results.push(merged);
      const profiler = merged.commitMsPerKey === null ? '' : `, React commit ${round(merged.commitMsPerKey)} ms`;
      console.log(
        `${label(p)}: duration median ${median(merged.durations)} ms (${merged.reported}/${merged.keystrokes} keystrokes reported), processing median ${round(median(merged.processing))} ms; per keystroke ${round(merged.cardsPerKey)} speaker cards, ${round(merged.fieldsPerKey)} list fields, ${round(merged.followUpsPerKey)} follow-up rows rendered${profiler}`,
      );
    }
    if (only) return { rows, results };
    const find = (kind: Place['kind'], n: number) => results.find((r) => r.place.kind === kind && r.place.speakers === n)!;
    for (const r of results) {
      const d = [...r.durations].sort((a, b) => a - b);
      rows.push({
        name: `${label(r.place)}: event duration (keydown/input, Event Timing)`,
        target: `median <= ${TYPING_DURATION_TARGET_MS} ms`,
        median_ms: round(median(d)),
        min_ms: round(itemAt(d, 0)),
        max_ms: round(d.at(-1)!),
        met: median(d) <= TYPING_DURATION_TARGET_MS,
        runs: d.length,
      });
      const base = find(r.place.kind, 3);
      const limit = TYPING_PROCESSING_RATIO * median(base.processing);
      const pr = [...r.processing].sort((a, b) => a - b);
      const isBase = r.place.speakers === 3;
      rows.push({
        name: `${label(r.place)}: processing time (processingEnd - processingStart, keydown + input)`,
        target: isBase ? 'the reference for the larger meetings' : `median <= ${TYPING_PROCESSING_RATIO} x the 3 x 3 median (${round(limit)} ms)`,
        median_ms: round(median(pr)),
        min_ms: round(pr[0] ?? NaN),
        max_ms: round(pr.at(-1) ?? NaN),
        met: pr.length > 0 && (isBase || median(pr) <= limit),
        runs: pr.length,
      });
    }
    for (const kind of ['point', 'conclusion'] as const) {
      const big = find(kind, 40);
      const ratio = median(big.processing) / median(find(kind, 3).processing);
      rows.push({
        name: `${label(big.place)}: processing time ratio 40 x 30 / 3 x 3`,
        target: `<= ${TYPING_PROCESSING_RATIO}`,
        value: String(Math.round(ratio * 100) / 100),
        met: ratio <= TYPING_PROCESSING_RATIO,
      });
    }
    const big = find('point', 40);
    rows.push({
      name: 'typing, 40 x 30: speaker cards / point fields rendered per keystroke (render probe)',
      target: '<= 1 card, <= 1 field',
      value: `${round(big.cardsPerKey * 100) / 100} / ${round(big.fieldsPerKey * 100) / 100}`,
      met: big.cardsPerKey <= 1 && big.fieldsPerKey <= 1,
    });
    const notulen = find('conclusion', 40);
    rows.push({
      name: 'typing a conclusion, 40 x 30: conclusion fields / follow-up rows rendered per keystroke (render probe)',
      target: '<= 1 field, 0 rows',
      value: `${round(notulen.fieldsPerKey * 100) / 100} / ${round(notulen.followUpsPerKey * 100) / 100}`,
      met: notulen.fieldsPerKey <= 1 && notulen.followUpsPerKey === 0,
    });
    return { rows, results };
  } finally {
    await browser?.close().catch(() => undefined);
    await host?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx bench/typing.ts` (after `npm run build`) runs these figures alone.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? '')) {
  const runs = Number(process.env.RAKOR_TYPING_RUNS ?? 3);
  measureTyping(runs).then(
    ({ rows }) => {
      for (const r of rows) console.log(`${r.met ? 'yes' : 'NO '} | ${r.name} | ${r.median_ms ?? r.value} | ${r.target}`);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
