// The capped .xlsx reader: a real workbook is read by exceljs; a zip bomb dressed as an .xlsx
// (honest, lying about its sizes, or only packing too well) is refused before exceljs sees it,
// with an Indonesian message, and the attendance import then writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadXlsx } from '../../electron/storage/xlsx-reader';
import { listDataFiles } from '../../electron/storage/data-store';
import { defaultMeetingSetup } from '../../shared/domain/meeting';
import { makeZip } from './zip-fixtures';
import { call, callError, makeDeps, tempDir } from './helpers';
import { itemAt } from '../helpers/indexed';

const MB = 1024 * 1024;
const XLSX = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'attendance', 'forms-daftar-hadir.xlsx'));

async function refusalOf(bytes: Uint8Array): Promise<string> {
  try {
    await loadXlsx(bytes);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected the workbook to be refused');
}

describe('loadXlsx', () => {
  it('reads a workbook downloaded from Sheets', async () => {
    const wb = await loadXlsx(new Uint8Array(XLSX));
    const sheet = itemAt(wb.worksheets, 0);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Stempel waktu', 'Nama', 'Posisi', 'Unit Kerja', 'Nomor WhatsApp', 'Alamat email']);
    expect(sheet.actualRowCount).toBeGreaterThan(90);
  });

  it('refuses a 300 MB bomb named like a workbook before inflating it', async () => {
    const bomb = await makeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', zeros: 300 * MB },
    ]);
    expect(bomb.length).toBeLessThan(400 * 1024);
    expect(await refusalOf(bomb)).toMatch(/^File Excel ini ditolak: .*terlalu besar/);
  });

  it('refuses one that lies about its size', async () => {
    const liar = await makeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', zeros: 300 * MB, declaredSize: 1000 },
    ]);
    expect(await refusalOf(liar)).toMatch(/^File Excel ini ditolak: /);
  });

  it('refuses one within the size caps that inflates a thousand times (the ratio cap)', async () => {
    const packed = await makeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/sharedStrings.xml', zeros: 24 * MB },
    ]);
    expect(packed.length * 200).toBeLessThan(24 * MB);
    expect(await refusalOf(packed)).toMatch(/zip bomb/);
  });

  it('refuses a zip that is no workbook, and bytes that are no zip', async () => {
    expect(await refusalOf(await makeZip([{ name: 'catatan.txt', data: Buffer.from('halo') }]))).toMatch(/bukan buku kerja Excel/);
    expect(await refusalOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toMatch(/^File Excel ini ditolak: /);
  });
});

describe('an .xlsx dropped into the attendance import', () => {
  it('a bomb gets the message and nothing is written', async () => {
    const deps = makeDeps(tempDir());
    const m = await call(deps, 'meetings/create', { ...defaultMeetingSetup('2022-05-25'), title: 'Rakor' });
    const before = listDataFiles(deps.store.dir).map((f) => fs.readFileSync(path.join(deps.store.dir, f), 'utf8'));
    const bomb = await makeZip([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', zeros: 300 * MB },
    ]);
    const base64 = Buffer.from(bomb).toString('base64');
    const err = await callError(deps, 'attendance/import-preview', { id: m.id, fileName: 'daftar-hadir.xlsx', base64 });
    expect(err.message).toMatch(/^File Excel ini ditolak/);
    const err2 = await callError(deps, 'attendance/import-apply', {
      id: m.id,
      fileName: 'daftar-hadir.xlsx',
      base64,
      decisions: { assign: [], skip: [], overwrite: [] },
    });
    expect(err2.message).toMatch(/^File Excel ini ditolak/);
    expect(listDataFiles(deps.store.dir).map((f) => fs.readFileSync(path.join(deps.store.dir, f), 'utf8'))).toEqual(before);
  });
});
