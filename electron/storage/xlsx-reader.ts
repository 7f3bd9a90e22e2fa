// Reads an .xlsx the user picked (a Google Forms daftar hadir downloaded from Sheets). An .xlsx
// is a zip, so it passes the capped zip reader first (entry count, size of each entry, total
// inflated size, and the ratio of inflated to packed bytes); only then does exceljs read it.
import ExcelJS from 'exceljs';
import { AppError } from '../../shared/errors';
import { readZipEntries, ZIP_LIMITS, ZipRefusedError } from './zip-reader';

/** A worksheet's XML inflates about 5 to 20 times; a thousand times is a zip bomb. */
export const XLSX_MAX_RATIO = 200;
/** Below this much inflated data the ratio says nothing (a tiny file can pack very well). */
const RATIO_FLOOR_BYTES = 4 * 1024 * 1024;

function refused(reason: string): AppError {
  return new AppError('xlsx_refused', `File Excel ini ditolak: ${reason} Simpan ulang dari Google Sheets atau Excel, atau pilih file CSV.`);
}

/** Check the zip with the caps, then let exceljs read it. Refuses with an Indonesian message. */
export async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  let total = 0;
  let sawWorkbook = false;
  try {
    await readZipEntries(bytes, (name, data) => {
      total += data.length;
      if (name === 'xl/workbook.xml') sawWorkbook = true;
      if (total > RATIO_FLOOR_BYTES && total / Math.max(1, bytes.length) > XLSX_MAX_RATIO) {
        throw new ZipRefusedError('total_too_large', `isinya mengembang lebih dari ${XLSX_MAX_RATIO} kali ukuran file (ciri zip bomb).`);
      }
    }, ZIP_LIMITS);
  } catch (err) {
    if (err instanceof ZipRefusedError) throw refused(err.message.endsWith('.') ? err.message : `${err.message}.`);
    throw err;
  }
  if (!sawWorkbook) throw refused('file ini arsip zip, tetapi bukan buku kerja Excel (.xlsx).');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw refused('isinya tidak dapat dibaca sebagai buku kerja Excel.');
  }
  return workbook;
}
