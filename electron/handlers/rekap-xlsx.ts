// The recap of attendance as an Excel workbook (exceljs): sheet "Rekap" is the units x
// meetings table with the heat-map fills and each unit's rate and trend, "Per peran" the
// rate of each role, "Rapat" one row per meeting counted. Rates are numbers formatted as
// percentages, so a spreadsheet can compute with them; a cell reads "2/3" (present/invited).
import ExcelJS from 'exceljs';
import type { Settings } from '../../shared/domain/settings';
import { formatDayDate } from '../../shared/domain/datetime';
import { periodInWords, rateBand, rateOf, rekapUnitName, shortDate, unitsShownInWords, type Rekap, type Tally } from '../../shared/domain/rekap';
import { BAND_FILL, rekapTitle } from '../../shared/documents/rekap-docx';

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
  ws.addRow([rekapTitle(settings)]).font = { bold: true, size: 13 };
  ws.addRow([`Periode ${periodInWords(rekap)} · ${rekap.meetings.length} rapat terlaksana · ${unitsShownInWords(rekap)}`]);
  ws.addRow([]);
}

function header(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.fill = headFill;
    c.border = thin;
  });
}

export async function buildRekapXlsx(rekap: Rekap, settings: Settings, o: { generatedAt: Date }): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Rakor';
  wb.created = o.generatedAt;

  // Sheet 1: the heat map.
  const ws = wb.addWorksheet('Rekap', { views: [{ state: 'frozen', xSplit: 3, ySplit: 4 }] });
  titleRows(ws, rekap, settings);
  const n = rekap.meetings.length;
  header(
    ws.addRow([
      'No.',
      'Kode',
      'KPU Kabupaten/Kota',
      ...rekap.meetings.map((m, i) => `Rapat ${i + 1}\n${shortDate(m.date)}`),
      'Hadir',
      'Diundang',
      'Tingkat kehadiran',
      'Tren (poin)',
      'Rapat tidak hadir',
    ]),
  );
  ws.getRow(4).height = 32;
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
      if (c) cell.fill = fills[rateBand(c)];
    });
    row.getCell(4 + n + 2).numFmt = PERCENT;
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
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 7;
  ws.getColumn(3).width = 22;
  for (let j = 0; j < n; j++) ws.getColumn(4 + j).width = 10;
  for (let j = 0; j < 5; j++) ws.getColumn(4 + n + j).width = 11;
  ws.addRow([]);
  ws.addRow(['Sel: peran yang hadir (hadir atau terlambat) dari peran yang diundang. Sel kosong: KPU tidak diundang ke rapat itu. Hanya rapat yang telah terlaksana dan tidak dibatalkan yang dihitung.']);

  // Sheet 2: per role.
  const roles = wb.addWorksheet('Per peran');
  titleRows(roles, rekap, settings);
  header(roles.addRow(['Peran', 'Nama singkat', 'Hadir', 'Diundang', 'Tingkat kehadiran']));
  for (const r of rekap.roles) roles.addRow([r.label, r.short, r.total.present, r.total.invited, rateOf(r.total)]).getCell(5).numFmt = PERCENT;
  const all = roles.addRow(['Seluruh peran', '', rekap.total.present, rekap.total.invited, rateOf(rekap.total)]);
  all.font = { bold: true };
  all.getCell(5).numFmt = PERCENT;
  roles.getColumn(1).width = 60;
  roles.getColumn(2).width = 18;
  for (const c of [3, 4, 5]) roles.getColumn(c).width = 14;

  // Sheet 3: per meeting.
  const ms = wb.addWorksheet('Rapat', { views: [{ state: 'frozen', ySplit: 4 }] });
  titleRows(ms, rekap, settings);
  header(
    ms.addRow(['No.', 'Tanggal', 'Hari/Tanggal', 'Nama rapat', 'KPU diundang', 'KPU hadir', 'Hadir', 'Diundang', 'Tingkat kehadiran', ...rekap.roles.map((r) => r.short)]),
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
      ...rekap.roles.map((r) => (m.perRole[r.id] ? rateOf(m.perRole[r.id]) : null)),
    ]);
    for (let j = 9; j <= 9 + rekap.roles.length; j++) row.getCell(j).numFmt = PERCENT;
  });
  ms.getColumn(2).width = 11;
  ms.getColumn(3).width = 24;
  ms.getColumn(4).width = 60;
  for (let j = 5; j <= 9 + rekap.roles.length; j++) ms.getColumn(j).width = 13;

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
