// The one way the app opens an .xlsx it did not write itself (a roster or a form's responses
// saved from Excel, a Google Forms daftar hadir downloaded from Sheets). An .xlsx is a zip, so
// it first goes through the capped zip reader: the directory is checked before anything is
// inflated, the real inflated bytes are counted, and so is their ratio to the file's size,
// so a zip bomb renamed to .xlsx is refused in Indonesian before exceljs sees a byte of it.
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../documents/exceljs';
import { readZipEntries, ZipRefusedError, type ZipLimits } from './zip-reader';
import { AppError } from '../../shared/errors';

const MB = 1024 * 1024;

/**
 * Tighter than a data-folder archive: a workbook of 38 units or 514 units x 3 roles is well
 * under 1 MB inflated; 64 MB leaves room for a spreadsheet with pictures, and exceljs builds
 * the whole workbook in memory.
 */
export const XLSX_LIMITS: ZipLimits = { maxEntries: 2_000, maxEntryBytes: 32 * MB, maxTotalBytes: 64 * MB };

const NOT_XLSX =
  'File Excel ini ditolak: berkas ini bukan buku kerja Excel (.xlsx) yang utuh. Simpan ulang dari Excel atau Google Sheets sebagai "Excel Workbook (*.xlsx)" lalu pilih lagi, atau pilih file CSV.';

/** A worksheet's XML inflates about 5 to 20 times; a thousand times is a zip bomb. */
export const XLSX_MAX_RATIO = 200;
/** Below this much inflated data the ratio says nothing (a tiny file can pack very well). */
const RATIO_FLOOR_BYTES = 4 * MB;

/** True when the bytes start like a zip (every .xlsx does); a CSV never does. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Reads an .xlsx within the caps; throws AppError 'xlsx_refused' with the reason in Indonesian. */
export async function loadXlsx(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): Promise<ExcelJS.Workbook> {
  let hasWorkbook = false;
  let total = 0;
  try {
    await readZipEntries(
      bytes,
      (name, data) => {
        if (name === 'xl/workbook.xml') hasWorkbook = true;
        total += data.length;
        // Under the size caps, a file that inflates far beyond any workbook is still a bomb.
        if (total > RATIO_FLOOR_BYTES && total / Math.max(1, bytes.length) > XLSX_MAX_RATIO) {
          throw new ZipRefusedError('total_too_large', `isinya mengembang lebih dari ${XLSX_MAX_RATIO} kali ukuran file (ciri zip bomb).`);
        }
      },
      limits,
    );
  } catch (err) {
    if (err instanceof ZipRefusedError) {
      const why = err.reason === 'not_zip' ? NOT_XLSX : `File Excel ini ditolak: ${err.message}`;
      throw new AppError('xlsx_refused', why);
    }
    throw err;
  }
  if (!hasWorkbook) throw new AppError('xlsx_refused', NOT_XLSX);
  const wb = new (await loadExcelJS()).Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new AppError('xlsx_refused', NOT_XLSX);
  }
  return wb;
}

/** The first worksheet as text cells, as Excel shows them, with each row's number in the sheet. */
export function sheetAsTable(wb: ExcelJS.Workbook): { rows: string[][]; lines: number[] } {
  const ws = wb.worksheets[0];
  const rows: string[][] = [];
  const lines: number[] = [];
  if (!ws) return { rows, lines };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
    lines.push(rowNumber);
  });
  return { rows, lines };
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  try {
    return cell.text ?? '';
  } catch {
    return '';
  }
}
