// The follow-ups as an .xlsx workbook (exceljs): title rows saying what the list covers, a
// frozen header, widths that fit the text, and a landscape print set-up that repeats the
// header on every page. Built on the Node side (exceljs needs Node's streams).
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../documents/exceljs';
import type { Meeting } from '../../shared/domain/meeting';
import type { Settings } from '../../shared/domain/settings';
import type { Unit } from '../../shared/domain/units';
import { assigneeLabel, type FollowUpRow } from '../../shared/domain/follow-ups';
import { formatDateLong, formatInstant } from '../../shared/domain/datetime';

export const STATUS_LABEL = { belum: 'Belum', proses: 'Proses', selesai: 'Selesai' } as const;

const COLUMNS: Array<{ header: string; width: number }> = [
  { header: 'No.', width: 5 },
  { header: 'Unit', width: 30 },
  { header: 'Tindak lanjut', width: 48 },
  { header: 'Penanggung jawab', width: 22 },
  { header: 'Batas waktu', width: 17 },
  { header: 'Status', width: 12 },
  { header: 'Lewat tenggat', width: 9 },
  { header: 'Catatan', width: 32 },
  { header: 'Diubah', width: 24 },
  { header: 'Rapat', width: 40 },
  { header: 'Tanggal rapat', width: 17 },
];

/** Rows above the header: title, scope, as-of line. */
const TITLE_ROWS = 3;
export const HEADER_ROW = TITLE_ROWS + 1;

/** An ISO date as a date cell at midnight UTC, which spreadsheets show as that calendar day. */
function dateCell(iso: string): Date | string {
  if (!iso) return '';
  const [y = NaN, mo = NaN, d = NaN] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d));
}

// [$-421] is the Indonesian locale: "25 Mei 2022" in Excel and LibreOffice alike.
const DATE_FORMAT = '[$-421]d mmmm yyyy';

export async function buildFollowUpsXlsx(
  rows: readonly FollowUpRow[],
  units: readonly Unit[],
  settings: Settings,
  opts: { today: string; meeting?: Meeting; series?: string; includeDone: boolean },
): Promise<Uint8Array> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = settings.organizerName || 'Rakor';
  wb.created = new Date(`${opts.today}T00:00:00Z`);
  const ws = wb.addWorksheet('Tindak lanjut', {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      // 9 = A4; 14 = Folio (8.5 x 13 in), the nearest standard size to F4.
      paperSize: (settings.paper === 'A4' ? 9 : 14) as ExcelJS.PaperSize,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&LDaftar tindak lanjut&RHalaman &P dari &N' },
  });
  COLUMNS.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  const last = String.fromCharCode(64 + COLUMNS.length);

  const scope = opts.meeting ? `Rapat: ${opts.meeting.title}, ${formatDateLong(opts.meeting.date)}` : opts.series ? `Seri: ${opts.series}` : 'Semua rapat';
  const titles = [
    `DAFTAR TINDAK LANJUT ${settings.organizerName ? settings.organizerName.toUpperCase() : ''}`.trim(),
    scope,
    `Keadaan per ${formatDateLong(opts.today)}; ${opts.includeDone ? 'termasuk yang sudah selesai' : 'hanya yang belum selesai'}; ${rows.length} baris`,
  ];
  titles.forEach((text, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : { size: 11 };
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
  });

  const header = ws.getRow(HEADER_ROW);
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.border = { bottom: { style: 'thin' } };
  });

  const labelOpts = { province: settings.organizerName || 'KPU Provinsi', whole: '(seluruhnya)' };
  rows.forEach((r, i) => {
    const row = ws.getRow(HEADER_ROW + 1 + i);
    row.values = [
      i + 1,
      assigneeLabel(r.unitKey, units, labelOpts),
      r.action,
      r.responsible,
      dateCell(r.dueDate),
      STATUS_LABEL[r.progress.status],
      r.overdue ? 'Ya' : '',
      r.progress.note,
      r.progress.changedAt ? formatInstant(r.progress.changedAt, settings.defaultTimeZone) : '',
      r.meetingTitle,
      dateCell(r.meetingDate),
    ];
    row.getCell(5).numFmt = DATE_FORMAT;
    row.getCell(11).numFmt = DATE_FORMAT;
    row.alignment = { vertical: 'top', wrapText: true };
    if (r.overdue) {
      row.getCell(7).font = { bold: true, color: { argb: 'FFB00020' } };
      row.getCell(5).font = { color: { argb: 'FFB00020' } };
    }
  });
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: COLUMNS.length } };

  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
