// The follow-up tracker and series through the real handlers, against real files: a final
// record stays byte-identical while its follow-ups' status changes in the tracker, finalising
// keeps the follow-ups as they stood (the DOCX prints them so), the .xlsx reads back in exceljs
// and LibreOffice, and a data folder of the previous schema opens.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultMeetingSetup, type FollowUp } from '../../shared/domain/meeting';
import { call, callError, makeDeps, tempDir } from './helpers';
import type { HandlerDeps } from '../../electron/handlers/types';
import { docxToPdf, flat, haveLibreOffice, pdfToPngs } from '../shared/helpers/libreoffice';
import { documentXml, paragraphsOf } from '../shared/helpers/docx-xml';
import { DataStore } from '../../electron/storage/data-store';
import { confJsonFile } from '../../electron/storage/json-file';
import { itemAt, valueAt } from '../helpers/indexed';

const SERIES = 'Rakor Sosdiklih Parmas 2026';

function fu(id: string, action: string, assignees: string[], dueDate: string): FollowUp {
  return { id, action, responsible: 'Divisi Parmas', assignees, dueDate, status: 'belum' };
}

async function seriesOfTwo(deps: HandlerDeps) {
  const a = await call(deps, 'meetings/create', {
    ...defaultMeetingSetup('2026-03-02'),
    title: 'Rakor Maret',
    series: SERIES,
    unitsInvited: ['3501', '3504', '3579'],
  });
  await call(deps, 'minutes/update', {
    id: a.id,
    patch: {
      followUps: [fu('f1', 'Mengunggah berita kegiatan', ['semua'], '2026-03-20'), fu('f2', 'Menyusun jadwal sosialisasi', ['provinsi'], '2026-12-31')],
    },
  });
  await call(deps, 'attendance/set-cells', { id: a.id, cells: [{ unitCode: '3504', roleId: 'parmas', value: { status: 'hadir' } }] });
  await call(deps, 'minutes/finalize', { id: a.id });
  const b = await call(deps, 'meetings/duplicate', { id: a.id, date: '2026-04-06' });
  return { a: await call(deps, 'meetings/get', { id: a.id }), b };
}

function meetingBytes(deps: HandlerDeps, id: string): Buffer {
  return fs.readFileSync(path.join(deps.store.meetingsDir, `${id}.json`));
}

describe('the follow-up tracker', () => {
  it('changes a unit’s status without changing the final record it comes from by one byte', async () => {
    const deps = makeDeps();
    const { a, b } = await seriesOfTwo(deps);
    expect(b.series).toBe(SERIES);
    const before = meetingBytes(deps, a.id);
    deps.tick();
    const res = await call(deps, 'followups/set-status', {
      meetingId: a.id,
      followUpId: 'f1',
      unitKey: '3504',
      status: 'proses',
      note: 'Dua berita terunggah',
      changedIn: b.id,
    });
    expect(res.progress['3504']).toEqual({ status: 'proses', note: 'Dua berita terunggah', changedAt: deps.clock().toISOString(), changedIn: b.id });
    expect(Object.keys(res.progress)).toEqual(['3501', '3504', '3579']);
    expect(meetingBytes(deps, a.id).equals(before)).toBe(true);
    const tracker = JSON.parse(fs.readFileSync(path.join(deps.store.dir, 'tindak-lanjut.json'), 'utf8'));
    expect(tracker.tracker.entries[`${a.id}/f1`]['3504'].status).toBe('proses');
    // The final record still prints what it was finalised with.
    expect(valueAt(valueAt(a.minutes.followUpsAtFinal, 'f1'), '3504').status).toBe('belum');
  });

  it('refuses a change it cannot take, in Indonesian, and writes nothing', async () => {
    const deps = makeDeps();
    const { a, b } = await seriesOfTwo(deps);
    const trackerPath = path.join(deps.store.dir, 'tindak-lanjut.json');
    expect(fs.existsSync(trackerPath)).toBe(false);
    const notNamed = await callError(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'f2', unitKey: '3504', status: 'selesai', note: '' });
    expect(notNamed.message).toBe('Unit ini tidak termasuk yang ditugasi tindak lanjut tersebut.');
    const gone = await callError(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'nope', unitKey: '3504', status: 'selesai', note: '' });
    expect(gone.message).toMatch(/sudah tidak ada/);
    const badStatus = await callError(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'f1', unitKey: '3504', status: 'beres', note: '' });
    expect(badStatus.code).toBe('invalid_input');
    // Recorded during a meeting whose minutes are final: refused like any change to it.
    const locked = await callError(deps, 'followups/set-status', {
      meetingId: a.id,
      followUpId: 'f1',
      unitKey: '3504',
      status: 'selesai',
      note: '',
      changedIn: a.id,
    });
    expect(locked.code).toBe('locked');
    // Recorded during a meeting it was never carried into (an earlier one, or another series).
    const other = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2026-06-01'), title: 'Rakor lain', unitsInvited: ['3504'] });
    const notCarried = await callError(deps, 'followups/set-status', {
      meetingId: a.id,
      followUpId: 'f1',
      unitKey: '3504',
      status: 'selesai',
      note: '',
      changedIn: other.id,
    });
    expect(notCarried.message).toBe('Tindak lanjut ini tidak terbawa ke rapat tersebut (bukan rapat sebelumnya dalam seri yang sama).');
    expect(fs.existsSync(trackerPath)).toBe(false);
    void b;
  });

  it('carries the open follow-ups into the next meeting and keeps them, as they stood, in its final minutes and DOCX', async () => {
    const deps = makeDeps();
    const { a, b } = await seriesOfTwo(deps);
    await call(deps, 'followups/set-status', {
      meetingId: a.id,
      followUpId: 'f1',
      unitKey: '3504',
      status: 'selesai',
      note: 'Terunggah di website',
      changedIn: b.id,
    });
    await call(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'f2', unitKey: 'provinsi', status: 'selesai', note: '', changedIn: b.id });
    const carried = await call(deps, 'followups/carried', { id: b.id });
    expect(carried.final).toBe(false);
    expect(carried.carried.map((c) => [c.followUp.id, c.progress['3504']?.status ?? c.progress.provinsi?.status])).toEqual([
      ['f1', 'selesai'],
      ['f2', 'selesai'],
    ]);
    await call(deps, 'minutes/update', { id: b.id, patch: { followUps: [fu('g1', 'Melaporkan rekap pemilih pemula', ['semua'], '2026-05-31')] } });
    const finalB = await call(deps, 'minutes/finalize', { id: b.id });
    expect(finalB.minutes.carriedAtFinal).toHaveLength(2);
    const bytes = meetingBytes(deps, b.id);
    deps.tick();
    await call(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'f1', unitKey: '3579', status: 'selesai', note: 'Menyusul' });
    expect(meetingBytes(deps, b.id).equals(bytes)).toBe(true);
    const after = await call(deps, 'followups/carried', { id: b.id });
    expect(after.final).toBe(true);
    expect(valueAt(itemAt(after.carried, 0).progress, '3579').status).toBe('belum');

    if (!haveLibreOffice()) return;
    const docx = await call(deps, 'minutes/export-docx', { id: b.id });
    const pdf = docxToPdf(Buffer.from(docx.base64, 'base64'), 'notulen-seri');
    if (process.env.RAKOR_SCREENSHOTS === '1') pdfToPngs(pdf.pdfPath, path.resolve('docs/images/follow-ups-minutes'), 60, 1, 1);
    const text = flat(pdf.text);
    // Cells wrap and their lines interleave in the text layer: the paragraphs are checked in the XML.
    const paragraphs = paragraphsOf(await documentXml(Buffer.from(docx.base64, 'base64')));
    expect(paragraphs).toContain('Divisi Parmas; Semua KPU Kabupaten/Kota yang diundang');
    expect(paragraphs).toContain('Belum: 3 dari 3');
    expect(paragraphs).toContain('Belum (2): Kab. Pacitan, Kota Batu');
    expect(text).toContain('D. Tindak Lanjut Rapat Sebelumnya');
    expect(text).toContain('Mengunggah berita kegiatan');
    expect(text).toContain('(Rakor Maret, 2 Maret 2026)');
    // The table's columns interleave in the text layer, so each piece is looked for on its own.
    expect(text).toContain('Selesai (1): Kab. Tulungagung');
    expect(text).toContain('(Terunggah di website)');
    // Kota Batu closed it after B was final: B's minutes still say Belum for it.
    expect(text).toMatch(/Belum \(2\): Kab\. Pacitan,\s*Kota Batu/);
    expect(text).toContain('Selesai: KPU Provinsi');
  }, 120_000);

  it('lists the open follow-ups by unit and due date, and unlocking and finalising again takes the new state', async () => {
    const deps = makeDeps(tempDir(), new Date('2026-03-25T02:00:00Z'));
    const { a } = await seriesOfTwo(deps);
    const list = await call(deps, 'followups/list', {});
    expect(list.today).toBe('2026-03-25');
    expect(list.rows.map((r) => `${r.unitKey}:${r.followUpId}:${r.overdue}`)).toEqual(['provinsi:f2:false', '3501:f1:true', '3504:f1:true', '3579:f1:true']);
    await call(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'f1', unitKey: '3501', status: 'selesai', note: '' });
    expect((await call(deps, 'followups/list', { meetingId: a.id })).rows).toHaveLength(3);
    expect(itemAt((await call(deps, 'followups/list', { includeDone: true, unitKey: '3501' })).rows, 0).progress.status).toBe('selesai');
    await call(deps, 'minutes/unlock', { id: a.id });
    const again = await call(deps, 'minutes/finalize', { id: a.id });
    expect(valueAt(valueAt(again.minutes.followUpsAtFinal, 'f1'), '3501').status).toBe('selesai');
  });
});

describe('series', () => {
  it('continue through Duplikat unless told otherwise, and the series page counts attendance and open follow-ups', async () => {
    const deps = makeDeps();
    const { a, b } = await seriesOfTwo(deps);
    const outside = await call(deps, 'meetings/duplicate', { id: a.id, date: '2026-05-04', series: '' });
    expect(outside.series).toBe('');
    const renamed = await call(deps, 'meetings/duplicate', { id: a.id, date: '2026-05-11', series: '  rakor sosdiklih   parmas 2026 ' });
    expect(renamed.series).toBe('rakor sosdiklih parmas 2026');
    const info = await call(deps, 'series/get', { name: SERIES });
    expect(info.meetings.map((m) => [m.summary.id, m.unitsPresent, m.unitsInvited, m.openFollowUps])).toEqual([
      [a.id, 1, 3, 2],
      [b.id, 0, 3, 0],
      [renamed.id, 0, 3, 0],
    ]);
    expect(await call(deps, 'series/list', {})).toEqual([
      { name: 'rakor sosdiklih parmas 2026', key: 'rakor sosdiklih parmas 2026', meetings: 3, firstDate: '2026-03-02', lastDate: '2026-05-11' },
    ]);
    const list = await call(deps, 'meetings/list', {});
    expect(list.meetings.find((m) => m.id === a.id)).toMatchObject({ series: SERIES, minutesStatus: 'final' });
    expect((await callError(deps, 'series/get', { name: 'Tidak ada' })).message).toBe('Seri "Tidak ada" tidak ditemukan.');
  });

  it('opens a data folder of the previous schema: meetings get no series and the index is rebuilt with it', async () => {
    const deps = makeDeps();
    const m = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2025-01-10'), title: 'Rakor lama' });
    // Write the files as the previous Rakor did: meeting schema 1 without series, index schema 1.
    const file = path.join(deps.store.meetingsDir, `${m.id}.json`);
    const env = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete env.meeting.series;
    for (const f of ['followUpsAtFinal', 'carriedAtFinal']) delete env.meeting.minutes[f];
    env.meeting.minutes.followUps = [{ id: 'x', action: 'Lapor', responsible: 'Sekretariat', dueDate: '', status: 'selesai' }];
    env.schemaVersion = 1;
    fs.writeFileSync(file, JSON.stringify(env));
    const indexPath = path.join(deps.store.dir, 'indeks-rapat.json');
    const index = JSON.parse(fs.readFileSync(indexPath, 'utf8'));
    for (const s of Object.values(index.meetings) as Array<Record<string, unknown>>) {
      delete s.series;
      delete s.minutesStatus;
    }
    index.schemaVersion = 1;
    fs.writeFileSync(indexPath, JSON.stringify(index));

    const reopened = { ...deps, store: new DataStore(deps.store.root, confJsonFile, deps.clock).open() };
    expect((await call(reopened, 'meetings/list', {})).meetings).toEqual([expect.objectContaining({ id: m.id, series: '', minutesStatus: 'draft' })]);
    const loaded = await call(reopened, 'meetings/get', { id: m.id });
    expect(itemAt(loaded.minutes.followUps, 0).assignees).toEqual([]);
    expect((await call(reopened, 'followups/list', { includeDone: true })).rows.map((r) => r.progress.status)).toEqual(['selesai']);
    expect(JSON.parse(fs.readFileSync(indexPath, 'utf8')).schemaVersion).toBe(2);
  });
});

describe('the follow-ups as .xlsx', () => {
  it('has title rows, a frozen header repeated on every printed page, landscape, widths, and reads back', async () => {
    const deps = makeDeps(tempDir(), new Date('2026-03-25T02:00:00Z'));
    const { a } = await seriesOfTwo(deps);
    await call(deps, 'followups/set-status', { meetingId: a.id, followUpId: 'f1', unitKey: '3504', status: 'proses', note: 'Dua dari tiga berita' });
    const file = await call(deps, 'followups/export-xlsx', { meetingId: a.id });
    expect(file.fileName).toBe('Tindak lanjut 2026-03-02 Rakor Maret.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tindak lanjut')!;
    expect(ws.getCell('A1').value).toBe('DAFTAR TINDAK LANJUT KPU PROVINSI JAWA TIMUR');
    expect(ws.getCell('A2').value).toBe('Rapat: Rakor Maret, 2 Maret 2026');
    expect(String(ws.getCell('A3').value)).toContain('Keadaan per 25 Maret 2026; hanya yang belum selesai; 4 baris');
    expect(ws.getRow(4).values).toEqual([
      undefined,
      'No.',
      'Unit',
      'Tindak lanjut',
      'Penanggung jawab',
      'Batas waktu',
      'Status',
      'Lewat tenggat',
      'Catatan',
      'Diubah',
      'Rapat',
      'Tanggal rapat',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', printTitlesRow: '4:4', fitToWidth: 1, paperSize: 9 });
    expect(ws.getColumn(3).width).toBeGreaterThan(40);
    const unitsAndStatus = [5, 6, 7, 8].map((r) => [ws.getCell(r, 2).value, ws.getCell(r, 6).value, ws.getCell(r, 7).value]);
    expect(unitsAndStatus).toEqual([
      ['KPU Provinsi Jawa Timur', 'Belum', ''],
      ['KPU Kabupaten Pacitan', 'Belum', 'Ya'],
      ['KPU Kabupaten Tulungagung', 'Proses', 'Ya'],
      ['KPU Kota Batu', 'Belum', 'Ya'],
    ]);

    if (!haveLibreOffice()) return;
    const dir = tempDir();
    const xlsx = path.join(dir, 'tindak-lanjut.xlsx');
    fs.writeFileSync(xlsx, Buffer.from(file.base64, 'base64'));
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv', '--outdir', dir, xlsx], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    const csv = fs.readFileSync(path.join(dir, 'tindak-lanjut.csv'), 'utf8').split('\n');
    expect(csv[3]).toBe('No.,Unit,Tindak lanjut,Penanggung jawab,Batas waktu,Status,Lewat tenggat,Catatan,Diubah,Rapat,Tanggal rapat');
    expect(csv[6]).toMatch(/^3,KPU Kabupaten Tulungagung,Mengunggah berita kegiatan,Divisi Parmas,20\/03\/2026,Proses,Ya,Dua dari tiga berita,/);
    // Printed, the dates read in Indonesian and the page is landscape.
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], {
      stdio: 'pipe',
      timeout: 180_000,
    });
    const pdf = path.join(dir, 'tindak-lanjut.pdf');
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(printed).toContain('20 Maret 2026');
    expect(printed).toContain('KPU Kabupaten Tulungagung');
    const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))!;
    expect(Number(size[1])).toBeGreaterThan(Number(size[2]));
  }, 120_000);
});
