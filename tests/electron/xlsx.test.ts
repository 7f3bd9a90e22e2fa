// The Excel exports and the .xlsx roster import over a real data folder: every workbook is
// opened by LibreOffice Calc (headless, converted to CSV) and its cells checked, read back with
// exceljs for the sheet set-up, and zip bombs renamed to .xlsx are refused before exceljs reads.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, callError, makeDeps, seedRoster } from './helpers';
import { makeZip } from './zip-fixtures';
import { loadXlsx } from '../../electron/storage/xlsx-reader';
import { readCsv } from '../../shared/text/csv';
import { haveLibreOffice } from '../shared/helpers/libreoffice';
import type { FileResult } from '../../shared/contract';
import { itemAt } from '../helpers/indexed';

const MB = 1024 * 1024;
const bytesOf = (f: FileResult) => Uint8Array.from(Buffer.from(f.base64, 'base64'));
const lo = haveLibreOffice();
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-xlsx-profile-'));

/** What LibreOffice Calc shows in the first sheet, as rows of cells (via its CSV export, UTF-8). */
function calcCells(bytes: Uint8Array): string[][] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-xlsx-'));
  const file = path.join(dir, 'book.xlsx');
  fs.writeFileSync(file, bytes);
  execFileSync(
    'libreoffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file],
    { stdio: 'pipe', timeout: 180_000 },
  );
  const text = fs.readFileSync(path.join(dir, 'book.csv'), 'utf8').replace(/^\ufeff/, '');
  return readCsv(text).rows;
}

async function demoWithAttendance() {
  const deps = makeDeps();
  const m = await call(deps, 'meetings/load-demo', {});
  return { deps, m };
}

describe('daftar hadir as .xlsx', () => {
  it.runIf(lo)('opens in LibreOffice Calc with titles, header, units in code order and the status in words', async () => {
    const { deps, m } = await demoWithAttendance();
    await call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3501', roleId: 'parmas', value: { status: 'izin' } }] });
    const file = await call(deps, 'attendance/export-xlsx', { id: m.id });
    expect(file.fileName).toBe(`Daftar Hadir ${m.date} ${m.title}.xlsx`);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const rows = calcCells(bytesOf(file));
    expect(itemAt(rows, 0)[0]).toBe('DAFTAR HADIR');
    expect(itemAt(rows, 1)[0]).toBe(m.title);
    expect(itemAt(rows, 2)[0]).toBe('Rabu, 25 Mei 2022, 09.00 WIB s.d. selesai');
    const h = rows.findIndex((r) => r[0] === 'No');
    expect(itemAt(rows, h).slice(0, 10)).toEqual([
      'No',
      'Kode',
      'Unit',
      'Peran',
      'Status',
      'Nama',
      'Jam bergabung',
      'Durasi (menit)',
      'Sumber',
      'Catatan unit',
    ]);
    const body = rows.slice(h + 1).filter((r) => /^\d+$/.test(itemAt(r, 0)));
    expect(body).toHaveLength(38 * 3);
    const codes = [...new Set(body.map((r) => r[1]))];
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe('3501');
    expect(codes.at(-1)).toBe('3579');
    expect(
      itemAt(
        body.filter((r) => r[1] === '3501'),
        0,
      )[4],
    ).toBe('Izin');
    const tulungagung = body.filter((r) => r[1] === '3504');
    expect(tulungagung.map((r) => r[2])).toEqual(Array(3).fill('KPU Kabupaten Tulungagung'));
    expect(tulungagung.map((r) => r[4])).toEqual(['Hadir', 'Hadir', 'Hadir']);
    // The footer counts come after the table.
    expect(
      rows
        .slice(h + 1 + body.length)
        .flat()
        .join(' '),
    ).toMatch(/dari 38 unit hadir/);
  });

  it('freezes the header, repeats it on every page and prints landscape on the paper of Pengaturan', async () => {
    const { deps, m } = await demoWithAttendance();
    const s = await call(deps, 'settings/get', {});
    await call(deps, 'settings/save', { ...s, paper: 'F4' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytesOf(await call(deps, 'attendance/export-xlsx', { id: m.id }))) as unknown as ArrayBuffer);
    const ws = itemAt(wb.worksheets, 0);
    const header = ws.getRow(6);
    expect(header.getCell(1).value).toBe('No');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(14);
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(25);
    await call(deps, 'settings/save', { ...s, paper: 'A4' });
    const a4 = new ExcelJS.Workbook();
    await a4.xlsx.load(Buffer.from(bytesOf(await call(deps, 'attendance/export-xlsx', { id: m.id }))) as unknown as ArrayBuffer);
    expect(itemAt(a4.worksheets, 0).pageSetup.paperSize).toBe(9);
  });

  it('writes a Zoom name that looks like a formula as text, never as a formula', async () => {
    const { deps, m } = await demoWithAttendance();
    await call(deps, 'attendance/set-cells', { id: m.id, cells: [{ unitCode: '3501', roleId: 'parmas', value: { status: 'hadir', name: '=1+1' } }] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytesOf(await call(deps, 'attendance/export-xlsx', { id: m.id }))) as unknown as ArrayBuffer);
    const row = itemAt(wb.worksheets, 0).getRow(7);
    expect(row.getCell(2).value).toBe('3501');
    expect(row.getCell(6).value).toBe('=1+1');
    expect(row.getCell(6).formula).toBeUndefined();
  });
});

describe('daftar hadir as CSV with ";"', () => {
  it('splits on ";" when asked and keeps "," as the default', async () => {
    const { deps, m } = await demoWithAttendance();
    const comma = Buffer.from(bytesOf(await call(deps, 'attendance/export-csv', { id: m.id }))).toString('utf8');
    const semi = Buffer.from(bytesOf(await call(deps, 'attendance/export-csv', { id: m.id, delimiter: ';' }))).toString('utf8');
    expect(comma.split('\r\n')[0]).toBe('\ufeffNo,Kode,Unit,Peran,Status,Nama,Jam bergabung,Durasi (menit),Sumber,Catatan unit');
    expect(semi.split('\r\n')[0]).toBe('\ufeffNo;Kode;Unit;Peran;Status;Nama;Jam bergabung;Durasi (menit);Sumber;Catatan unit');
    expect(readCsv(semi.slice(1)).rows).toEqual(readCsv(comma.slice(1)).rows);
    expect(readCsv(semi.slice(1)).delimiter).toBe(';');
  });
});

describe('roster as .xlsx', () => {
  async function withPeople() {
    const deps = makeDeps();
    const roster = await call(deps, 'roster/get', {});
    seedRoster(deps, {
      ...roster,
      people: [
        {
          id: 'p1',
          unitCode: '3504',
          roleId: 'parmas',
          name: 'Dra. Sri Wahyuni, M.Si.',
          jabatan: 'Anggota KPU Kabupaten Tulungagung',
          email: 'sri@kpu-tulungagung.example.go.id',
          phone: '+6281234567890',
          notes: 'baris 1\nbaris 2',
        },
        { id: 'p2', unitCode: '3501', roleId: 'medsos', name: '=HYPERLINK("x")', jabatan: '', email: '', phone: '', notes: '' },
      ],
    });
    return deps;
  }

  it.runIf(lo)('opens in LibreOffice Calc with the CSV columns, units in code order', async () => {
    const deps = await withPeople();
    const file = await call(deps, 'roster/export-xlsx', {});
    expect(file.fileName).toMatch(/^roster-kpu-kabupaten-kota-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = calcCells(bytesOf(file));
    expect(rows[0]).toEqual(['kode_wilayah', 'unit', 'peran', 'nama', 'jabatan', 'email', 'whatsapp', 'catatan']);
    expect(itemAt(rows, 1).slice(0, 4)).toEqual(['3501', 'KPU Kabupaten Pacitan', 'medsos', '=HYPERLINK("x")']);
    expect(rows[2]).toEqual([
      '3504',
      'KPU Kabupaten Tulungagung',
      'parmas',
      'Dra. Sri Wahyuni, M.Si.',
      'Anggota KPU Kabupaten Tulungagung',
      'sri@kpu-tulungagung.example.go.id',
      '+6281234567890',
      'baris 1\nbaris 2',
    ]);
  });

  it('imports its own export back unchanged', async () => {
    const deps = await withPeople();
    const base64 = (await call(deps, 'roster/export-xlsx', {})).base64;
    const preview = await call(deps, 'roster/import-preview', { base64 });
    expect(preview.encoding).toBe('Excel (.xlsx)');
    expect(preview.delimiter).toBeNull();
    expect(preview.counts).toEqual({ baru: 0, ubah: 0, sama: 2, salah: 0 });
  });

  it('imports a workbook written by another program, with numbers as numbers and a wrong row named', async () => {
    const deps = await withPeople();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Kontak');
    ws.addRow(['Kode', 'Nama Unit', 'Peran', 'Nama', 'No WA', 'Email']);
    ws.addRow([3578, 'Kota Surabaya', 'Kasubag', 'Budi Santoso', 81234567891, { text: 'budi@example.go.id', hyperlink: 'mailto:budi@example.go.id' }]);
    ws.addRow(['', 'KPU Malang', 'operator', 'Ani', '', '']);
    const base64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const preview = await call(deps, 'roster/import-preview', { base64 });
    expect(preview.counts).toMatchObject({ baru: 1, salah: 1 });
    const good = preview.rows.find((r) => r.ok)!;
    expect(good).toMatchObject({ line: 2, unitCode: '3578', name: 'Budi Santoso', email: 'budi@example.go.id', phone: '+6281234567891' });
    const bad = preview.rows.find((r) => !r.ok)!;
    expect(bad.line).toBe(3);
    expect(bad.errors.join(' ')).toContain('ambigu');
    const applied = await call(deps, 'roster/import-apply', { base64 });
    expect(applied.added).toBe(1);
    expect(applied.roster.people.find((p) => p.name === 'Budi Santoso')?.roleId).toBe('tekmas');
  });
});

describe('the capped .xlsx reader', () => {
  const workbookXml = Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

  it('refuses a 300 MB sheet bomb before exceljs reads it, with the reason in Indonesian', async () => {
    const bomb = await makeZip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: workbookXml },
      { name: 'xl/worksheets/sheet1.xml', zeros: 300 * MB },
    ]);
    expect(bomb.length).toBeLessThan(400 * 1024);
    await expect(loadXlsx(bomb)).rejects.toMatchObject({ code: 'xlsx_refused', message: expect.stringMatching(/File Excel ini ditolak: .*terlalu besar/) });
  });

  it('stops a bomb that lies about its size', async () => {
    const before = process.memoryUsage().rss;
    const bomb = await makeZip([
      { name: 'xl/workbook.xml', data: workbookXml },
      { name: 'xl/worksheets/sheet1.xml', zeros: 300 * MB, declaredSize: 1000 },
    ]);
    await expect(loadXlsx(bomb)).rejects.toMatchObject({ code: 'xlsx_refused' });
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * MB);
  });

  it('refuses a zip that is not a workbook, and bytes that are no zip at all', async () => {
    const notBook = await makeZip([{ name: 'readme.txt', data: Buffer.from('halo') }]);
    await expect(loadXlsx(notBook)).rejects.toMatchObject({ code: 'xlsx_refused', message: expect.stringContaining('bukan buku kerja Excel') });
    await expect(loadXlsx(Buffer.from('PK\u0003\u0004 rusak'))).rejects.toMatchObject({ code: 'xlsx_refused' });
  });

  it('keeps the roster as it was when the import is a bomb', async () => {
    const deps = makeDeps();
    const before = await call(deps, 'roster/get', {});
    const bomb = await makeZip([
      { name: 'xl/workbook.xml', data: workbookXml },
      { name: 'xl/worksheets/sheet1.xml', zeros: 300 * MB },
    ]);
    const err = await callError(deps, 'roster/import-apply', { base64: bomb.toString('base64') });
    expect(err.code).toBe('xlsx_refused');
    expect(err.message).toContain('terlalu besar');
    expect(await call(deps, 'roster/get', {})).toEqual(before);
  });
});
