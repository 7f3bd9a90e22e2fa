// The daftar hadir and the roster as Excel workbooks, built with exceljs on the shared parts of
// xlsx-common.ts. The rows are the same as the CSV exports' (attendanceCsvRows), so the three
// formats never disagree about who attended.
import type { Meeting } from '../../shared/domain/meeting';
import type { Roster } from '../../shared/domain/roster';
import type { Settings } from '../../shared/domain/settings';
import { attendanceCounts } from '../../shared/domain/attendance';
import { officialUnitName } from '../../shared/domain/units';
import { ROSTER_CSV_COLUMNS } from '../../shared/import/roster-csv';
import { addTableSheet, meetingTitles, newWorkbook, workbookBytes, type XlsxColumn } from './xlsx-common';

/** The attendance table: header row first, then one row per invited unit and role. */
export async function buildAttendanceXlsx(m: Meeting, roster: Roster, settings: Settings, table: string[][]): Promise<Uint8Array> {
  const [header = [], ...body] = table;
  const widths: Record<string, XlsxColumn['width']> = {
    No: 5,
    Kode: 7,
    Unit: 30,
    Peran: 16,
    Status: 12,
    Nama: 30,
    'Jam bergabung': 11,
    'Durasi (menit)': 10,
    Sumber: 14,
    'Catatan unit': 34,
  };
  const columns: XlsxColumn[] = header.map((h) => ({
    header: h,
    width: widths[h] ?? 14,
    wrap: h === 'Unit' || h === 'Nama' || h === 'Catatan unit',
    align: h === 'No' || h === 'Kode' || h === 'Jam bergabung' || h === 'Durasi (menit)' ? 'center' : 'left',
  }));
  const numeric = new Set(['No', 'Durasi (menit)']);
  const rows = body.map((r) => r.map((v, i) => (numeric.has(header[i] ?? '') && v !== '' ? Number(v) : v)));
  const c = attendanceCounts(m);
  const perRole = m.rolesInvited.map((id) => `${roster.roles.find((r) => r.id === id)?.short ?? id}: ${c.perRole[id] ?? 0} dari ${c.unitsInvited}`).join('; ');
  const wb = await newWorkbook();
  addTableSheet(wb, {
    name: 'Daftar Hadir',
    titles: meetingTitles('DAFTAR HADIR', m, settings),
    columns,
    rows,
    paper: settings.paper,
    orientation: 'landscape',
    footer: [`${c.unitsPresent} dari ${c.unitsInvited} unit hadir, ${c.peoplePresent} orang.`, perRole],
  });
  return workbookBytes(wb);
}

const ROSTER_WIDTHS: Record<(typeof ROSTER_CSV_COLUMNS)[number], number> = {
  kode_wilayah: 12,
  unit: 30,
  peran: 10,
  nama: 30,
  jabatan: 34,
  email: 30,
  whatsapp: 17,
  catatan: 30,
};

/**
 * The roster with the same columns as its CSV, so the file can be edited in Excel and imported
 * again; the header is the first row (no title rows), which is what the import reads.
 */
export async function buildRosterXlsx(roster: Roster, settings: Settings): Promise<Uint8Array> {
  const unitOrder = new Map(roster.units.map((u, i) => [u.code, i]));
  const roleOrder = new Map(roster.roles.map((r, i) => [r.id, i]));
  const people = [...roster.people].sort(
    (a, b) =>
      (unitOrder.get(a.unitCode) ?? Infinity) - (unitOrder.get(b.unitCode) ?? Infinity) ||
      (roleOrder.get(a.roleId) ?? Infinity) - (roleOrder.get(b.roleId) ?? Infinity),
  );
  const rows = people.map((p) => {
    const unit = roster.units.find((u) => u.code === p.unitCode);
    return [p.unitCode, unit ? officialUnitName(unit) : '', p.roleId, p.name, p.jabatan, p.email, p.phone, p.notes];
  });
  const wb = await newWorkbook();
  addTableSheet(wb, {
    name: 'Roster',
    titles: [],
    columns: ROSTER_CSV_COLUMNS.map((h) => ({ header: h, width: ROSTER_WIDTHS[h], wrap: h === 'catatan' || h === 'jabatan' })),
    rows,
    paper: settings.paper,
    orientation: 'landscape',
  });
  return workbookBytes(wb);
}
