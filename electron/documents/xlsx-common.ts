// The parts every .xlsx export of Rakor shares, so the daftar hadir, the roster and later the
// recap and the follow-ups look alike: title rows above the table, a bold header row that stays
// in view (frozen) and is repeated on every printed page, column widths, and the print set-up
// (A4 or F4, landscape or portrait, fitted to the page width).
import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import type { Paper, Settings } from '../../shared/domain/settings';
import type { Meeting } from '../../shared/domain/meeting';
import { formatDayDate, formatTimeRange } from '../../shared/domain/datetime';
import { MIME } from '../../shared/contract/define';

export const XLSX_MIME = MIME.xlsx;

/**
 * Excel's paper codes: 9 is A4 (210 x 297 mm); 14 is Folio (8.5 x 13 in, 216 x 330 mm), the
 * size Excel and LibreOffice offer for the Indonesian F4 (215 x 330 mm).
 */
export const XLSX_PAPER: Record<Paper, number> = { A4: 9, F4: 14 };

export interface XlsxColumn {
  header: string;
  /** In characters, as Excel counts column widths. */
  width: number;
  /** Wrap long text instead of running into the next column. */
  wrap?: boolean;
  align?: 'left' | 'center' | 'right';
}

export interface XlsxTableSheet {
  /** Worksheet name (max. 31 characters, no : \ / ? * [ ]). */
  name: string;
  /** Lines above the table: the first bold and larger, e.g. "DAFTAR HADIR", the meeting, the date. */
  titles: string[];
  columns: XlsxColumn[];
  rows: (string | number | null)[][];
  paper: Paper;
  orientation: 'landscape' | 'portrait';
  /** Lines under the table (e.g. counts). */
  footer?: string[];
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };

export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, ' ')
      .slice(0, 31)
      .trim() || 'Lembar1'
  );
}

/** Adds a sheet with titles, a frozen and repeated header row, widths, borders and print set-up. */
/** The title rows of a meeting's sheet: what it is, the meeting, when, and who holds it. */
export function meetingTitles(heading: string, m: Meeting, settings: Settings): string[] {
  return [
    heading,
    m.title,
    `${formatDayDate(m.date)}, ${formatTimeRange(m.startTime, m.endTime, m.timeZone)}`,
    [settings.organisation.name, settings.organisation.subtitle].filter(Boolean).join(' '),
  ].filter(Boolean);
}

export function addTableSheet(wb: ExcelJS.Workbook, spec: XlsxTableSheet): ExcelJS.Worksheet {
  const headerRow = spec.titles.length + (spec.titles.length > 0 ? 2 : 1);
  const ws = wb.addWorksheet(safeSheetName(spec.name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}`, activeCell: `A${headerRow + 1}` }],
    pageSetup: {
      paperSize: XLSX_PAPER[spec.paper],
      orientation: spec.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: '&R&P / &N' },
  });
  ws.columns = spec.columns.map((c) => ({ width: c.width }));
  const last = spec.columns.length;
  spec.titles.forEach((title, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = title;
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : { bold: i === 1, size: 11 };
    row.getCell(1).alignment = { horizontal: 'center' };
    if (last > 1) ws.mergeCells(i + 1, 1, i + 1, last);
  });
  const head = ws.getRow(headerRow);
  // Two lines, so a header such as "Jam bergabung" wraps instead of being cut.
  head.height = 30;
  spec.columns.forEach((c, i) => {
    const cell = head.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  spec.rows.forEach((values, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      // Strings stay strings: an .xlsx cell is a formula only when written as one, so a Zoom
      // name such as "=1+1" needs no guard here, unlike in a CSV.
      cell.value = v;
      const c = spec.columns[i];
      cell.alignment = { vertical: 'top', wrapText: c?.wrap ?? false, horizontal: c?.align ?? 'left' };
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    });
  });
  if (spec.footer?.length) {
    const start = headerRow + spec.rows.length + 2;
    spec.footer.forEach((line, i) => {
      ws.getRow(start + i).getCell(1).value = line;
    });
  }
  return ws;
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcelJS();
  const wb = new Workbook();
  wb.creator = 'Rakor';
  // A fixed date keeps the same data giving the same bytes; the export's own date is in the titles.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  return wb;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
