// The recap of attendance as an Excel workbook (exceljs): sheet "Rekap" is the units x
// meetings table with the heat-map fills and each unit's rate and trend, "Per peran" the
// rate of each role, "Rapat" one row per meeting counted. Rates are numbers formatted as
// percentages, so a spreadsheet can compute with them; a cell reads "2/3" (present/invited).
import { PassThrough } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../documents/exceljs';
import type { Settings } from '../../shared/domain/settings';
import { formatDayDate } from '../../shared/domain/datetime';
import { periodInWords, rateBand, rateOf, rekapUnitName, shortDate, unitsShownInWords, type Rekap, type Tally } from '../../shared/domain/rekap';
import { BAND_FILL, rekapTitle } from '../../shared/documents/rekap-docx';
import { itemAt } from '../../shared/indexed';
import { unitsWordOf } from '../../shared/domain/org-words';

const PERCENT = '0.0%';

type Fill = ExcelJS.Fill;
const fills: Fill[] = BAND_FILL.map((rgb) => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${rgb}` } }));
const headFill: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

const tallyText = (t: Tally) => `${t.present}/${t.invited}`;

function titleRows(ws: ExcelJS.Worksheet, rekap: Rekap, settings: Settings): void {
  const title = ws.addRow([rekapTitle(settings)]);
  title.font = { bold: true, size: 13 };
  title.commit();
  ws.addRow([`Periode ${periodInWords(rekap)} · ${rekap.meetings.length} rapat terlaksana · ${unitsShownInWords(rekap, unitsWordOf(settings))}`]).commit();
  ws.addRow([]).commit();
}

function header(row: ExcelJS.Row, height?: number): void {
  if (height) row.height = height;
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.fill = headFill;
    c.border = thin;
  });
  row.commit();
}

/**
 * Written with exceljs's streaming writer: rows go out as they are made, and the zip is deflated
 * by Node's zlib; the in-memory workbook took seconds for 500 meetings x 38 units.
 */
export async function buildRekapXlsx(rekap: Rekap, settings: Settings, o: { generatedAt: Date }): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Rakor';
  wb.created = o.generatedAt;

  // Sheet 1: the heat map. Column widths go first: the writer puts them before the rows.
  const ws = wb.addWorksheet('Rekap', { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
  const n = rekap.meetings.length;
  ws.columns = [5, 7, 22, ...Array.from({ length: n }, () => 10), 11, 11, 11, 11, 11].map((width) => ({ width }));
  titleRows(ws, rekap, settings);
  header(
    ws.addRow([
      'No.',
      'Kode',
      unitsWordOf(settings),
      ...rekap.meetings.map((m, i) => `Rapat ${i + 1}\n${shortDate(m.date)}`),
      'Hadir',
      'Diundang',
      'Tingkat kehadiran',
      'Tren (poin)',
      'Rapat tidak hadir',
    ]),
    32,
  );
  rekap.units.forEach((u, i) => {
    const row = ws.addRow([
      i + 1,
      u.code,
      rekapUnitName(u),
      ...u.cells.map((c) => (c ? tallyText(c) : null)),
      u.total.present,
      u.total.invited,
      rateOf(u.total),
      u.trend === null ? null : Math.round(u.trend * 10) / 10,
      u.meetingsMissed,
    ]);
    u.cells.forEach((c, j) => {
      const cell = row.getCell(4 + j);
      cell.alignment = { horizontal: 'center' };
      if (c) cell.fill = itemAt(fills, rateBand(c));
    });
    row.getCell(4 + n + 2).numFmt = PERCENT;
    row.commit();
  });
  const foot = ws.addRow([
    null,
    null,
    'Tingkat kehadiran',
    ...rekap.meetings.map((m) => rateOf(m.total)),
    rekap.total.present,
    rekap.total.invited,
    rateOf(rekap.total),
  ]);
  foot.font = { bold: true };
  for (let j = 0; j < n; j++) foot.getCell(4 + j).numFmt = '0%';
  foot.getCell(4 + n + 2).numFmt = PERCENT;
  foot.commit();
  ws.addRow([]).commit();
  ws.addRow([
    'Sel: peran yang hadir (hadir atau terlambat) dari peran yang diundang. Sel kosong: KPU tidak diundang ke rapat itu. Hanya rapat yang telah terlaksana dan tidak dibatalkan yang dihitung.',
  ]).commit();
  ws.commit();

  // Sheet 2: per role.
  const roles = wb.addWorksheet('Per peran');
  roles.columns = [60, 18, 14, 14, 14].map((width) => ({ width }));
  titleRows(roles, rekap, settings);
  header(roles.addRow(['Peran', 'Nama singkat', 'Hadir', 'Diundang', 'Tingkat kehadiran']));
  for (const r of rekap.roles) {
    const row = roles.addRow([r.label, r.short, r.total.present, r.total.invited, rateOf(r.total)]);
    row.getCell(5).numFmt = PERCENT;
    row.commit();
  }
  const all = roles.addRow(['Seluruh peran', '', rekap.total.present, rekap.total.invited, rateOf(rekap.total)]);
  all.font = { bold: true };
  all.getCell(5).numFmt = PERCENT;
  all.commit();
  roles.commit();

  // Sheet 3: per meeting.
  const ms = wb.addWorksheet('Rapat', { views: [{ state: 'frozen', ySplit: 4 }] });
  ms.columns = [6, 11, 24, 60, ...Array.from({ length: 5 + rekap.roles.length }, () => 13)].map((width) => ({ width }));
  titleRows(ms, rekap, settings);
  header(
    ms.addRow([
      'No.',
      'Tanggal',
      'Hari/Tanggal',
      'Nama rapat',
      'KPU diundang',
      'KPU hadir',
      'Hadir',
      'Diundang',
      'Tingkat kehadiran',
      ...rekap.roles.map((r) => r.short),
    ]),
  );
  rekap.meetings.forEach((m, i) => {
    const row = ms.addRow([
      i + 1,
      m.date,
      formatDayDate(m.date),
      m.title,
      m.unitsInvited,
      m.unitsPresent,
      m.total.present,
      m.total.invited,
      rateOf(m.total),
      ...rekap.roles.map((r) => (m.perRole[r.id] ? rateOf(m.perRole[r.id]!) : null)),
    ]);
    for (let j = 9; j <= 9 + rekap.roles.length; j++) row.getCell(j).numFmt = PERCENT;
    row.commit();
  });
  ms.commit();

  await wb.commit();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
