// The per-unit report table over a real data folder: every forged intent is refused with its
// message and leaves the file as it was, two windows filling different cells both keep their
// answers, the .xlsx opens in LibreOffice Calc, the minutes print the table as a lampiran,
// and a unit's history reads the stored meetings of a series.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, callError, changeSetup, makeDeps } from './helpers';
import { defaultMeetingSetup, type Meeting } from '../../shared/domain/meeting';
import type { ReportItem } from '../../shared/domain/unit-reports';
import type { FileResult } from '../../shared/contract';
import { readCsv } from '../../shared/text/csv';
import { docxToPdf, flat, haveLibreOffice } from '../shared/helpers/libreoffice';
import { itemAt } from '../helpers/indexed';

type Deps = ReturnType<typeof makeDeps>;
const lo = haveLibreOffice();
const bytesOf = (f: FileResult) => Uint8Array.from(Buffer.from(f.base64, 'base64'));

const progres: ReportItem = {
  id: 'pks',
  name: 'Progres naskah kerja sama',
  type: 'pilihan',
  options: ['belum', 'draf', 'ditandatangani'],
  min: null,
  max: null,
};
const tiktok: ReportItem = { id: 'tt', name: 'Jumlah unggahan TikTok', type: 'angka', options: [], min: 0, max: 5000 };
const kendala: ReportItem = { id: 'kd', name: 'Kendala', type: 'teks', options: [], min: null, max: null };

async function withItems(deps: Deps, series = ''): Promise<Meeting> {
  let m = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor Persiapan Sosialisasi', series });
  for (const item of [progres, tiktok, kendala]) m = await call(deps, 'unit-reports/put-item', { id: m.id, item });
  return m;
}

const fileOf = (deps: Deps, id: string) => fs.readFileSync(path.join(deps.store.dir, 'rapat', `${id}.json`), 'utf8');

describe('forged report intents', () => {
  it('are refused with a message in Indonesian, and the stored file is left as it was', async () => {
    const deps = makeDeps();
    let m = await withItems(deps);
    m = await call(deps, 'unit-reports/set-answers', { id: m.id, answers: [{ unitCode: '3504', itemId: 'pks', value: 'draf' }] });
    m = await changeSetup(deps, m.id, { unitsInvitedMode: 'picked', unitsInvited: ['3504', '3505', '3578'] });
    const before = fileOf(deps, m.id);
    const refused = async (answers: unknown[], message: string) => {
      const err = await callError(deps, 'unit-reports/set-answers', { id: m.id, answers });
      expect(err.code).toBe('invalid_input');
      expect(err.details).toEqual([message]);
      expect(fileOf(deps, m.id)).toBe(before);
    };
    await refused([{ unitCode: '3579', itemId: 'pks', value: 'draf' }], 'Kota Batu tidak diundang ke rapat ini, jadi isiannya tidak dapat dicatat.');
    await refused([{ unitCode: '3504', itemId: 'hantu', value: 'x' }], 'Isian Kab. Tulungagung menyebut butir laporan yang tidak ada (hantu).');
    await refused(
      [{ unitCode: '3505', itemId: 'pks', value: 'selesai' }],
      'Isian Kab. Blitar untuk "Progres naskah kerja sama" ("selesai") bukan salah satu pilihannya.',
    );
    await refused([{ unitCode: '3505', itemId: 'tt', value: 5001 }], 'Isian Kab. Blitar untuk "Jumlah unggahan TikTok" tidak boleh lebih dari 5.000.');
    await refused([{ unitCode: '3505', itemId: 'tt', value: 'banyak' }], 'Isian Kab. Blitar untuk "Jumlah unggahan TikTok" harus berupa angka.');
    // Several cells at once: one bad cell refuses all of them.
    await refused(
      [
        { unitCode: '3505', itemId: 'pks', value: 'belum' },
        { unitCode: '3578', itemId: 'tt', value: -1 },
      ],
      'Isian Kota Surabaya untuk "Jumlah unggahan TikTok" tidak boleh kurang dari 0.',
    );
    // An item change that would leave an answer out, through the contract.
    const item = await callError(deps, 'unit-reports/put-item', { id: m.id, item: { ...progres, options: ['belum', 'ditandatangani'] } });
    expect(item.details).toEqual([
      'Butir "Progres naskah kerja sama" tidak dapat diubah begitu: 1 isian unit tidak lagi sesuai (misalnya "draf"). Ubah atau kosongkan isian itu dulu, lalu ubah butirnya.',
    ]);
    // Uninviting a unit that answered is refused like one that attended.
    const uninvite = await callError(deps, 'meetings/update-setup', {
      id: m.id,
      setup: { ...defaultMeetingSetup('2022-05-25'), title: m.title, unitsInvitedMode: 'picked', unitsInvited: ['3505'] },
    });
    expect(uninvite.details).toContain('Kab. Tulungagung tidak diundang ke rapat ini, jadi isiannya tidak dapat dicatat.');
    expect(fileOf(deps, m.id)).toBe(before);
  });

  it('on a final record are refused as locked, and the items travel on to a duplicate without the answers', async () => {
    const deps = makeDeps();
    let m = await withItems(deps);
    m = await call(deps, 'unit-reports/set-answers', { id: m.id, answers: [{ unitCode: '3504', itemId: 'tt', value: 7 }] });
    await call(deps, 'minutes/finalize', { id: m.id });
    const before = fileOf(deps, m.id);
    for (const [method, input] of [
      ['unit-reports/set-answers', { answers: [{ unitCode: '3504', itemId: 'tt', value: 8 }] }],
      ['unit-reports/put-item', { item: { ...kendala, id: 'baru', name: 'Baru' } }],
      ['unit-reports/remove-item', { itemId: 'tt' }],
      ['unit-reports/move-item', { itemId: 'tt', by: 1 }],
    ] as const) {
      const err = await callError(deps, method, { id: m.id, ...input });
      expect(err.code).toBe('locked');
    }
    expect(fileOf(deps, m.id)).toBe(before);
    const copy = await call(deps, 'meetings/duplicate', { id: m.id, date: '2022-06-01' });
    expect(copy.reportItems.map((i) => i.name)).toEqual(['Progres naskah kerja sama', 'Jumlah unggahan TikTok', 'Kendala']);
    expect(copy.reportAnswers).toEqual({});
  });

  it('from two windows on different cells both keep their answers (each applied to the record as stored)', async () => {
    const deps = makeDeps();
    const m = await withItems(deps);
    // Neither window names a revision: the core applies each to what is stored now.
    await Promise.all([
      call(deps, 'unit-reports/set-answers', { id: m.id, answers: [{ unitCode: '3504', itemId: 'pks', value: 'draf' }] }),
      call(deps, 'unit-reports/set-answers', { id: m.id, answers: [{ unitCode: '3505', itemId: 'tt', value: 12 }] }),
      call(deps, 'meetings/apply-intents', {
        id: m.id,
        intents: [{ method: 'unit-reports/set-answers', input: { answers: [{ unitCode: '3504', itemId: 'kd', value: 'Sinyal' }] } }],
      }),
    ]);
    const stored = await call(deps, 'meetings/get', { id: m.id });
    expect(stored.reportAnswers).toEqual({ '3504': { pks: 'draf', kd: 'Sinyal' }, '3505': { tt: 12 } });
  });
});

describe('exports', () => {
  async function filled(): Promise<{ deps: Deps; m: Meeting }> {
    const deps = makeDeps();
    let m = await withItems(deps);
    m = await call(deps, 'unit-reports/set-answers', {
      id: m.id,
      answers: [
        { unitCode: '3501', itemId: 'pks', value: 'ditandatangani' },
        { unitCode: '3501', itemId: 'tt', value: 1250 },
        { unitCode: '3504', itemId: 'pks', value: 'draf' },
        { unitCode: '3504', itemId: 'tt', value: 12 },
        { unitCode: '3504', itemId: 'kd', value: 'Sinyal di kecamatan lemah' },
        { unitCode: '3578', itemId: 'pks', value: 'draf' },
      ],
    });
    return { deps, m };
  }

  it.runIf(lo)('the .xlsx opens in LibreOffice Calc with a row per unit, numbers as numbers and the summary', async () => {
    const { deps, m } = await filled();
    const file = await call(deps, 'unit-reports/export-xlsx', { id: m.id });
    expect(file.fileName).toMatch(/^Isian Unit .*\.xlsx$/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-isian-'));
    const xlsx = path.join(dir, 'isian.xlsx');
    fs.writeFileSync(xlsx, bytesOf(file));
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-isian-'));
    execFileSync(
      'libreoffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, xlsx],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const rows = readCsv(fs.readFileSync(path.join(dir, 'isian.csv'), 'utf8').replace(/^\ufeff/, '')).rows;
    expect(itemAt(rows, 0)[0]).toBe('ISIAN LAPORAN UNIT');
    const head = rows.findIndex((r) => r[0] === 'No');
    expect(rows[head]).toEqual(['No', 'Kode', 'Unit', 'Progres naskah kerja sama', 'Jumlah unggahan TikTok', 'Kendala']);
    const body = rows.slice(head + 1, head + 39);
    expect(body).toHaveLength(38);
    expect(body[0]).toEqual(['1', '3501', 'KPU Kabupaten Pacitan', 'ditandatangani', '1250', '']);
    expect(body[3]).toEqual(['4', '3504', 'KPU Kabupaten Tulungagung', 'draf', '12', 'Sinyal di kecamatan lemah']);
    expect(body.find((r) => r[1] === '3578')).toEqual(['37', '3578', 'KPU Kota Surabaya', 'draf', '', '']);
    const text = rows.map((r) => r.join(' ')).join('\n');
    expect(text).toContain('Progres naskah kerja sama: belum 0 · draf 2 · ditandatangani 1 · terisi 3 dari 38');
    expect(text).toContain('Jumlah unggahan TikTok: jumlah 1.262 · median 631 · terisi 2 dari 38');
  });

  it.runIf(lo)('the minutes print the table as a lampiran after the daftar hadir, and none without items', async () => {
    const { deps, m } = await filled();
    const pdf = docxToPdf(bytesOf(await call(deps, 'minutes/export-docx', { id: m.id })), 'notulen-isian');
    const text = flat(pdf.text);
    const at = text.indexOf('ISIAN LAPORAN KPU KABUPATEN/KOTA');
    expect(at).toBeGreaterThan(text.indexOf('DAFTAR HADIR'));
    const lampiran = text.slice(at);
    expect(lampiran).toMatch(/Progres naskah kerja sama .*Jumlah unggahan TikTok .*Kendala/);
    expect(lampiran).toMatch(/1\. Kab\. Pacitan ditandatangani 1\.250/);
    expect(lampiran).toMatch(/4\. Kab\. Tulungagung draf 12 Sinyal di kecamatan lemah/);
    expect(lampiran).toContain('Jumlah unggahan TikTok (angka): jumlah 1.262 · median 631 · terisi 2 dari 38');
    const bare = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-06-25'), title: 'Rakor tanpa isian' });
    expect(flat(docxToPdf(bytesOf(await call(deps, 'minutes/export-docx', { id: bare.id })), 'tanpa').text)).not.toContain('ISIAN LAPORAN');
  });
});

describe("a unit's history", () => {
  it('reads the stored meetings of the series, oldest first, and leaves the bin out', async () => {
    const deps = makeDeps();
    const a = await withItems(deps, 'Rakor Parmas 2026');
    await call(deps, 'unit-reports/set-answers', {
      id: a.id,
      answers: [
        { unitCode: '3504', itemId: 'pks', value: 'belum' },
        { unitCode: '3504', itemId: 'tt', value: 3 },
      ],
    });
    const b = await call(deps, 'meetings/duplicate', { id: a.id, date: '2022-06-08' });
    await call(deps, 'unit-reports/set-answers', {
      id: b.id,
      answers: [
        { unitCode: '3504', itemId: 'pks', value: 'draf' },
        { unitCode: '3504', itemId: 'tt', value: 3 },
      ],
    });
    const c = await call(deps, 'meetings/duplicate', { id: a.id, date: '2022-06-15' });
    await call(deps, 'unit-reports/set-answers', { id: c.id, answers: [{ unitCode: '3504', itemId: 'pks', value: 'ditandatangani' }] });
    await call(deps, 'meetings/delete', { id: c.id });
    const h = await call(deps, 'unit-reports/history', { code: '3504' });
    expect(h.groups).toHaveLength(1);
    expect(itemAt(h.groups, 0).series).toBe('Rakor Parmas 2026');
    expect(itemAt(h.groups, 0).meetings.map((x) => x.date)).toEqual(['2022-05-25', '2022-06-08']);
    expect(itemAt(h.groups, 0).rows.map((r) => [r.name, r.values, r.changed])).toEqual([
      ['Progres naskah kerja sama', ['belum', 'draf'], [false, true]],
      ['Jumlah unggahan TikTok', ['3', '3'], [false, false]],
      ['Kendala', ['', ''], [false, false]],
    ]);
    const other = await call(deps, 'unit-reports/history', { code: '3579' });
    expect(itemAt(itemAt(other.groups, 0).rows, 0).values).toEqual(['', '']);
  });
});
