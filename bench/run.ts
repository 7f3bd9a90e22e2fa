// `npm run bench`: measures each figure several times after a warm-up, checks every run's
// output (a wrong answer fails the bench), prints median/min/max and writes
// bench/results.json. It builds its own data in a temporary folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { buildMinutesDocx } from '../shared/documents/minutes-docx';
import { buildInvitationLetterDocx } from '../shared/documents/letter-docx';
import { buildCombinedIcs, buildUnitIcs } from '../shared/invitations/ics';
import { parseAttendanceReport } from '../shared/import/attendance-report';
import { matchParticipants, matchQuality } from '../shared/import/match-participants';
import { JATIM_UNITS } from '../shared/domain/units';
import { DataStore } from '../electron/storage/data-store';
import { confJsonFile } from '../electron/storage/json-file';
import { dispatch } from '../electron/handlers';
import type { HandlerDeps } from '../electron/handlers/types';
import { fullMeeting, nationalUnits, rosterFor, settings, syntheticZoomReport } from './data';
import { measureGridPaint } from './grid-paint';
import { measureArchiveFigures } from './list-paint';
import { measureTranskrip } from './transkrip';
import { attendanceQualityRows } from './attendance-quality';
import { measureRekapFigures } from './rekap';
import { measureNewsZip } from './news-zip';
import { measureTyping } from './typing';
import { measureUnits514 } from './units-514';
import { median, medianRow, round, type FigureRow } from './figures';
import { group, itemAt } from '../shared/indexed';
import { valueAt } from '../tests/helpers/indexed';

const rows: FigureRow[] = [];
const failures: string[] = [];

function check(cond: boolean, what: string): void {
  if (!cond) throw new Error(`check failed: ${what}`);
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; out: T }> {
  const t0 = performance.now();
  const out = await fn();
  return { ms: performance.now() - t0, out };
}

async function measure<T>(
  name: string,
  targetMs: number,
  fn: () => Promise<T> | T,
  verify: (out: T) => Promise<void> | void,
  { warmup = 2, runs = 7 } = {},
): Promise<number[]> {
  const times: number[] = [];
  try {
    for (let i = 0; i < warmup + runs; i++) {
      const { ms, out } = await time(fn);
      await verify(out);
      if (i >= warmup) times.push(ms);
    }
  } catch (err) {
    failures.push(`${name}: ${(err as Error).message}`);
    rows.push({ name, target: `median <= ${targetMs} ms`, met: false, value: 'CHECK FAILED' });
    return [];
  }
  times.sort((a, b) => a - b);
  rows.push(medianRow(name, targetMs, times));
  return times;
}

async function docxXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')?.async('string');
  check(Boolean(xml), 'DOCX has word/document.xml');
  return xml!;
}

function countOf(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length)) n++;
  return n;
}

function makeArchive(count: number): { dir: string; deps: HandlerDeps; id: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rakor-bench-${count}-`));
  const store = new DataStore(dir, confJsonFile, () => new Date()).open();
  const units = [...JATIM_UNITS];
  let id = '';
  for (let i = 0; i < count; i++) {
    id = `bench${String(i).padStart(5, '0')}`;
    const m = fullMeeting(id, units);
    m.date = `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`;
    store.saveMeeting(m);
  }
  let n = 0;
  return { dir, id, deps: { store, clock: () => new Date(), newId: () => `new${n++}`, transport: 'web', version: 'bench' } };
}

async function main() {
  const started = performance.now();
  const fixtureDir = path.resolve('tests/fixtures/attendance');
  const zoomBytes = new Uint8Array(fs.readFileSync(path.join(fixtureDir, 'zoom-participants.csv')));
  const expected = fs.readFileSync(path.join(fixtureDir, 'zoom-participants.expected.csv'), 'utf8');
  const s = settings();
  const jatim = [...JATIM_UNITS];
  const roster38 = rosterFor(jatim);
  const meeting38 = fullMeeting('bench38', jatim);
  const national = nationalUnits(JATIM_UNITS);
  const roster514 = rosterFor(national);
  const meeting514 = fullMeeting('bench514', national);
  console.log(`Rakor bench on ${os.cpus().length} cores, Node ${process.version}; ${national.length} units in the national roster.\n`);

  await measure(
    'minutes DOCX, 38 units x 3 roles, 20 speakers x 5 points, 10 follow-ups (build + pack)',
    80,
    () => buildMinutesDocx(meeting38, roster38, s, { generatedAt: '2022-05-25T05:00:00.000Z' }),
    async (bytes) => {
      const xml = await docxXml(bytes);
      check(xml.includes('KPU Kabupaten Pacitan') || xml.includes('Kab. Pacitan'), 'first unit in the attendance table');
      check(xml.includes('Batu'), 'last unit in the attendance table');
      check(countOf(xml, '<w:tr') >= 38 + 10, 'attendance and follow-up table rows');
      check(xml.includes('Pembicara 20'), 'the 20th speaker');
    },
  );

  await measure(
    'minutes DOCX, 514 units x 3 roles',
    450,
    () => buildMinutesDocx(meeting514, roster514, s, { generatedAt: '2022-05-25T05:00:00.000Z' }),
    async (bytes) => {
      const xml = await docxXml(bytes);
      check(countOf(xml, '<w:tr') >= national.length, `${national.length} attendance rows`);
      check(xml.includes(itemAt(national, national.length - 1).name), 'the last of 514 units');
    },
    { warmup: 1, runs: 5 },
  );

  await measure(
    'all .ics files: 38 units plus the combined one',
    45,
    () => [
      ...jatim.map((u) => buildUnitIcs(meeting38, roster38, s, u.code, { stamp: '2022-05-20T02:00:00.000Z' })),
      buildCombinedIcs(meeting38, roster38, s, { stamp: '2022-05-20T02:00:00.000Z' }),
    ],
    (files) => {
      check(files.length === 39, '39 files');
      for (const text of files) {
        const comp = new ICAL.Component(ICAL.parse(text));
        const ev = comp.getFirstSubcomponent('vevent')!;
        check(ev.getFirstPropertyValue('dtstart')!.toString().startsWith('2022-05-25T02:00:00'), 'DTSTART 09.00 WIB');
      }
      const combined = new ICAL.Component(ICAL.parse(itemAt(files, 38))).getFirstSubcomponent('vevent')!;
      check(combined.getAllProperties('attendee').length === 114, '114 attendees in the combined file');
    },
  );

  await measure(
    'invitation letter, one per unit, 38 letters in one DOCX',
    225,
    () => buildInvitationLetterDocx(meeting38, roster38, s, 'per-unit', '2022-05-20'),
    async (bytes) => {
      const xml = await docxXml(bytes);
      for (const u of jatim) check(xml.includes(`${u.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${u.name}`), `letter to ${u.name}`);
    },
    { warmup: 1, runs: 5 },
  );

  const matchOpts = { units: roster38.units, roles: roster38.roles, unitsInvited: meeting38.unitsInvited, rolesInvited: meeting38.rolesInvited };
  let quality: ReturnType<typeof matchQuality> | null = null;
  await measure(
    'import + match of the 114-row Zoom fixture',
    20,
    () => {
      const report = parseAttendanceReport(zoomBytes);
      return matchParticipants(report.rows, matchOpts);
    },
    (results) => {
      check(results.length > 0, 'rows matched');
      quality = matchQuality(results, expected);
      check(quality.wrong === 0, 'no wrong auto-fill');
    },
  );

  const big = syntheticZoomReport(new TextDecoder().decode(zoomBytes), 5000);
  await measure(
    'import + match of a 5,000-row synthetic report',
    575,
    () => matchParticipants(parseAttendanceReport(big).rows, { ...matchOpts, units: roster514.units, unitsInvited: meeting514.unitsInvited }),
    (results) => check(results.length >= 4000, `about 5,000 people matched (got ${results.length})`),
    { warmup: 1, runs: 5 },
  );

  // The two archives are measured in turns, one save in the small one, one in the large one,
  // so that whatever else the machine does at a moment weighs on both figures alike, and after
  // the archives' own files are flushed to disk, so that their write-back does not slow the
  // large archive's first saves (each save is flushed itself, like every save of the app).
  const archives = [10, 1000].map((count) => ({ count, ...makeArchive(count), times: [] as number[], flip: 0 }));
  execFileSync('sync');
  const saveTimes: Record<number, number> = {};
  const saveName = (count: number) => `saving one attendance change, archive of ${count} meetings`;
  try {
    const warmup = 5;
    const runs = 61;
    for (let i = 0; i < warmup + runs; i++) {
      for (const a of archives) {
        a.flip++;
        const status = a.flip % 2 ? 'izin' : 'hadir';
        const { ms, out: res } = await time(() =>
          dispatch(a.deps, 'attendance/set-cells', { id: a.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status } }] }),
        );
        check(res.ok, 'save succeeded');
        const onDisk = JSON.parse(fs.readFileSync(path.join(a.deps.store.dir, 'rapat', `${a.id}.json`), 'utf8'));
        check(onDisk.meeting.attendance['3504'].cells.parmas.status === status, 'the change is on disk');
        if (i >= warmup) a.times.push(ms);
      }
    }
    for (const a of archives) {
      saveTimes[a.count] = median(a.times);
      rows.push(medianRow(saveName(a.count), a.count === 10 ? 7 : 4, a.times));
    }
  } catch (err) {
    for (const a of archives) {
      failures.push(`${saveName(a.count)}: ${(err as Error).message}`);
      rows.push({ name: saveName(a.count), target: `median <= ${a.count === 10 ? 7 : 4} ms`, met: false, value: 'CHECK FAILED' });
    }
  }
  const large = itemAt(archives, 1);
  await measure(
    'listing meetings at start, archive of 1,000 meetings',
    300,
    () => new DataStore(large.dir, confJsonFile, () => new Date()).open().listMeetings(),
    (list) => check(list.length === 1000, '1,000 meetings listed'),
    { warmup: 1, runs: 5 },
  );
  await measure(
    'follow-ups page: the open follow-ups of an archive of 1,000 meetings (10,000 rows)',
    // About twice the median first measured (2.4 s): every meeting file is read and checked.
    5000,
    () => dispatch(large.deps, 'followups/list', {}),
    (res) => check(res.ok && (res.value as { rows: unknown[] }).rows.length === 10_000, '10,000 open follow-up rows'),
    { warmup: 1, runs: 5 },
  );
  for (const a of archives) fs.rmSync(a.dir, { recursive: true, force: true });
  const ratio = valueAt(saveTimes, 1000) / valueAt(saveTimes, 10);
  rows.push({ name: 'saving one attendance change: ratio 1,000 / 10 meetings', target: '<= 1.1', value: Math.round(ratio * 100) / 100, met: ratio <= 1.1 });

  for (const r of [...(await measureArchiveFigures()), ...(await measureRekapFigures())]) {
    rows.push(r);
    if (r.value === 'CHECK FAILED') failures.push(`${r.name}: ${r.value}`);
  }

  const news = await measureNewsZip();
  rows.push(news);
  if (news.value === 'CHECK FAILED') failures.push(`${news.name}: ${news.target}`);

  const units514 = await measureUnits514();
  rows.push(...units514);
  failures.push(...units514.filter((r) => r.value === 'CHECK FAILED').map((r) => `${r.name}: ${r.target}`));
  const grid = await measureGridPaint();
  rows.push(grid);
  if (grid.value === 'CHECK FAILED' || grid.value === 'NOT MEASURED') failures.push(`${grid.name}: ${grid.value}`);

  const transkrip = await measureTranskrip();
  rows.push(transkrip);
  if (transkrip.value === 'CHECK FAILED') failures.push(`${transkrip.name}: ${transkrip.value}`);
  try {
    rows.push(...(await measureTyping()).rows);
  } catch (err) {
    failures.push(`typing in Chromium: ${(err as Error).message}`);
    rows.push({ name: 'typing in Chromium (speaker points, conclusions)', target: 'see bench/typing.ts', value: 'CHECK FAILED', met: false });
  }

  const html = fs.readFileSync('dist/renderer/index.html', 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => group(m, 1));
  const gz = scripts.reduce((sum, rel) => sum + zlib.gzipSync(fs.readFileSync(path.join('dist/renderer', rel)), { level: 9 }).length, 0);
  rows.push({ name: "renderer's initial JavaScript, gzipped", target: '<= 300 KB', value: round(gz / 1024), met: gz / 1024 <= 300 && scripts.length > 0 });

  const q = quality as ReturnType<typeof matchQuality> | null;
  if (q) {
    const share = q.matchAuto / q.matchRows;
    const review = q.ambiguousToReview / q.ambiguousRows;
    rows.push({
      name: 'matching quality on the Zoom fixture: wrong auto-fills / share of match rows filled / ambiguous rows to review',
      target: '0, >= 95%, 100%',
      value: `${q.wrong} wrong, ${round(share * 1000) / 10}% (${q.matchAuto}/${q.matchRows}), ${round(review * 1000) / 10}% (${q.ambiguousToReview}/${q.ambiguousRows}); host/unknown assigned: ${q.hostOrUnknownAssigned}`,
      met: q.wrong === 0 && share >= 0.95 && review === 1 && q.hostOrUnknownAssigned === 0,
    });
  }

  rows.push(...(await attendanceQualityRows()));

  printTable();
  fs.mkdirSync('bench', { recursive: true });
  fs.writeFileSync(
    'bench/results.json',
    JSON.stringify({ date: new Date().toISOString(), node: process.version, cores: os.cpus().length, results: rows }, null, 2),
  );
  console.log(`\nWrote bench/results.json in ${round((performance.now() - started) / 1000)} s.`);
  if (failures.length) {
    console.error(`\nOutput checks failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  const missed = rows.filter((r) => !r.met);
  if (missed.length) console.log(`\nTargets missed: ${missed.map((r) => r.name).join('; ')}`);
}

function printTable() {
  const fmt = (r: FigureRow) => (r.median_ms !== undefined ? [`${r.median_ms}`, `${r.min_ms}`, `${r.max_ms}`] : [String(r.value ?? ''), '', '']);
  const head = ['figure', 'median ms / value', 'min', 'max', 'target', 'met'];
  const body = rows.map((r) => [r.name, ...fmt(r), r.target, r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.min(i === 0 ? 70 : 60, Math.max(h.length, ...body.map((b) => itemAt(b, i).length))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (c.length > itemAt(widths, i) ? `${c.slice(0, itemAt(widths, i) - 1)}…` : c.padEnd(itemAt(widths, i)))).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const b of body) console.log(line(b));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
