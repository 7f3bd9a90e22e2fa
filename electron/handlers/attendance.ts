// Handlers of the attendance screen: a report is read and matched for the review screen
// (nothing written), then read again on apply so what is written never depends on what the
// UI sent back, only on the file and the user's decisions; and the daftar hadir exports.
import type { attendanceContract, AttendanceImportPreview, ImportPreviewRow } from '../../shared/contract/attendance';
import { MIME } from '../../shared/contract/define';
import type { Meeting } from '../../shared/domain/meeting';
import type { Roster } from '../../shared/domain/roster';
import { holderOf } from '../../shared/domain/roster';
import { ATTENDEE_UNKNOWN, attendeeOf, type AttendeeOnPaper } from '../../shared/domain/attendee-name';
import { officialUnitName } from '../../shared/domain/units';
import {
  applyImportPlan,
  cellId,
  importPlanOptions,
  planAttendanceImport,
  previousAssignments,
  reportClockMatches,
  targetsFromDecisions,
  type ImportDecisions,
  type ImportPlan,
  type PlanOptions,
} from '../../shared/domain/attendance-ops';
import { FORMAT_LABELS, parseAttendanceReport, parseReportTable, type ParsedReport } from '../../shared/import/attendance-report';
import type ExcelJS from 'exceljs';
import type { CsvTable } from '../../shared/text/csv';
import { findLearned, learnNames, type LearnedNames, type LearnItem } from '../../shared/domain/learned-names';
import { formatDateLong, isValidIsoDate } from '../../shared/domain/datetime';
import { hostMarkers } from '../../shared/domain/org-words';
import { loadXlsx, looksLikeZip } from '../storage/xlsx-reader';
import { matchParticipants } from '../../shared/import/match-participants';
import { buildAttendanceListDocx, STATUS_LABELS } from '../../shared/documents/minutes-docx';
import { writeCsv } from '../../shared/text/csv';
import { encodeUtf8WithBom, ENCODING_LABELS } from '../../shared/text/decode';
import { AppError, errors } from '../../shared/errors';
import { activeMeeting, commitMeeting } from './meeting-write';
import type { HandlerDeps, HandlerMap } from './types';
import { invitedUnits } from '../../shared/domain/meeting-words';
import { exportFileName } from '../../shared/text/file-name';
import { buildAttendanceXlsx } from '../documents/attendance-xlsx';
import { XLSX_MIME } from '../documents/xlsx-common';
import { fileResult } from './file-result';
import { decodeBase64 } from '../../shared/text/base64';

type AttendanceMethods = keyof typeof attendanceContract;

function reportBytes(base64: string): Uint8Array {
  const bytes = decodeBase64(base64);
  if (!bytes) throw new AppError('report_unreadable', 'File tidak dapat dibaca. Pilih ulang file laporan kehadiran.');
  return bytes;
}

/**
 * The host commission's own people: the platform's host labels, the organisation's own names, and the names
 * of the meeting's provincial speakers, chair, minute-taker and signatory.
 */
function hostPatterns(m: Meeting, markers: readonly string[]): string[] {
  const names = [
    ...m.speakers.filter((s) => s.institution === 'provinsi' || s.institution === '').map((s) => s.name),
    m.chair.name,
    m.notetaker.name,
    m.letter.signatory.name,
  ]
    .map((n) => n.replace(/\s+/g, ' ').trim())
    .filter((n) => n.split(' ').length >= 2);
  return [...markers, ...new Set(names)];
}

interface Matched {
  report: ParsedReport;
  rows: ImportPreviewRow[];
  /** Read from an .xlsx worksheet: no text encoding or separator to speak of. */
  sheet: boolean;
}

/** An .xlsx (a zip: "PK\x03\x04") is read with exceljs after the zip caps; anything else as text. */
async function readReport(bytes: Uint8Array): Promise<ParsedReport> {
  if (looksLikeZip(bytes)) {
    return parseReportTable(worksheetTable(await loadXlsx(bytes)), 'utf-8');
  }
  return parseAttendanceReport(bytes);
}

/** A cell's value as the sheet shows it; dates as "YYYY-MM-DD HH:MM:SS" of the sheet's own clock. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // exceljs reads a sheet's wall-clock date as that clock in UTC.
    const p = (n: number) => String(n).padStart(2, '0');
    return `${value.getUTCFullYear()}-${p(value.getUTCMonth() + 1)}-${p(value.getUTCDate())} ${p(value.getUTCHours())}:${p(value.getUTCMinutes())}:${p(value.getUTCSeconds())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

const MAX_SHEET_ROWS = 100_000;
const MAX_SHEET_COLUMNS = 80;

/** The first worksheet with data, as rows of text. */
function worksheetTable(workbook: ExcelJS.Workbook): CsvTable {
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const rows: string[][] = [];
  const lines: number[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, number) => {
    if (rows.length >= MAX_SHEET_ROWS) return;
    const cells: string[] = [];
    const width = Math.min(row.cellCount, MAX_SHEET_COLUMNS);
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value).trim());
    rows.push(cells);
    lines.push(number);
  });
  return { delimiter: ',', rows, lines };
}

function learnedLookup(m: Meeting, learned: LearnedNames) {
  return (row: { name: string; email: string }) => {
    const e = findLearned(learned, row.name, row.email);
    if (!e) return undefined;
    const when = isValidIsoDate(e.meetingDate) ? formatDateLong(e.meetingDate) : e.meetingTitle;
    return { unitCode: e.unitCode, roleId: e.roleId, reason: `Seperti rapat ${when}.` };
  };
}

async function readAndMatch(m: Meeting, roster: Roster, learned: LearnedNames, base64: string, markers: readonly string[]): Promise<Matched> {
  const bytes = reportBytes(base64);
  const report = await readReport(bytes);
  const results = matchParticipants(report.rows, {
    units: roster.units,
    roles: roster.roles,
    unitsInvited: m.unitsInvited,
    rolesInvited: m.rolesInvited,
    hostPatterns: hostPatterns(m, markers),
    people: roster.people,
    learned: learnedLookup(m, learned),
  });
  const rows = results.map((r): ImportPreviewRow => {
    const p = r.participant;
    const base = {
      key: p.key,
      name: p.name,
      email: p.email,
      firstJoin: p.firstJoin,
      durationMinutes: p.durationMinutes,
      rawRows: p.rawRows,
      ...(p.jabatan || p.satker ? { details: [p.jabatan, p.satker].filter(Boolean).join(' · ') } : {}),
    };
    switch (r.outcome) {
      case 'auto':
        return {
          ...base,
          outcome: 'auto',
          unitCode: r.unitCode,
          roleId: r.roleId,
          reason: r.reason ?? '',
          candidates: [],
          ...(r.personId ? { personId: r.personId } : {}),
        };
      case 'review':
        return { ...base, outcome: 'review', reason: r.reason, candidates: r.candidates, ...(r.proposed ? { proposed: r.proposed } : {}) };
      case 'host':
        return { ...base, outcome: 'host', reason: r.reason, candidates: [] };
      case 'unknown':
        return {
          ...base,
          outcome: 'unknown',
          reason: r.reason,
          candidates: [],
          ...(r.unitCode ? { unitCode: r.unitCode } : {}),
          ...(r.roleId ? { roleId: r.roleId } : {}),
        };
    }
  });
  return { report, rows, sheet: looksLikeZip(bytes) };
}

function planOptions(m: Meeting, roster: Roster, report: ParsedReport): PlanOptions {
  return importPlanOptions(roster, {
    format: report.format,
    clockTrusted: reportClockMatches(
      m,
      report.rows.map((r) => r.firstJoin),
    ),
  });
}

/**
 * The rows the user placed by hand (not the automatic ones, nor accepted proposals) are
 * remembered by display name or email, so the next meeting's import proposes the same cell.
 * Only rows that won their cell count.
 */
function rememberChoices(deps: HandlerDeps, m: Meeting, roster: Roster, learned: LearnedNames, rows: readonly ImportPreviewRow[], plan: ImportPlan): void {
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const items: LearnItem[] = [];
  for (const cell of plan.cells) {
    const row = byKey.get(cell.participantKey);
    if (!row || row.outcome === 'auto') continue;
    // An accepted proposal is the matcher's own evidence, not the user's knowledge: learning
    // it would let one guess confirm itself at every later meeting.
    if (row.proposed && row.proposed.unitCode === cell.unitCode && row.proposed.roleId === cell.roleId) continue;
    const person = holderOf(roster, cell.unitCode, cell.roleId);
    items.push({ name: row.name, email: row.email, unitCode: cell.unitCode, roleId: cell.roleId, personId: person?.id ?? '' });
  }
  const next = learnNames(learned, items, {
    meetingId: m.id,
    meetingDate: m.date,
    meetingTitle: m.title,
    now: deps.clock(),
    newId: deps.newId,
  });
  if (next !== learned) deps.store.saveLearnedNames(next);
}

/** Assignments must point at a cell of the grid: an invited unit and an invited role. */
function checkDecisions(m: Meeting, rows: ImportPreviewRow[], decisions: ImportDecisions): void {
  const units = new Set(m.unitsInvited);
  const roles = new Set(m.rolesInvited);
  const keys = new Set(rows.map((r) => r.key));
  const problems: string[] = [];
  for (const a of decisions.assign) {
    if (!keys.has(a.key)) problems.push('Pilihan untuk peserta yang tidak ada di laporan ini; pratinjau ulang laporan.');
    else if (!units.has(a.unitCode)) problems.push(`Unit ${a.unitCode} tidak termasuk unit yang diundang.`);
    else if (!roles.has(a.roleId)) problems.push(`Peran ${a.roleId} tidak termasuk peran yang diundang.`);
  }
  if (problems.length) throw errors.invalidInput([...new Set(problems)].slice(0, 10));
}

/** "Daftar Hadir 2022-05-25 Rapat Koordinasi ….docx": sorts by date, nothing Windows refuses. */
export function attendanceFileName(m: Pick<Meeting, 'date' | 'title'>, ext: 'docx' | 'csv' | 'xlsx'): string {
  return exportFileName('Daftar Hadir', m.date, m.title, ext);
}

export const ATTENDANCE_CSV_COLUMNS = ['No', 'Kode', 'Unit', 'Peran', 'Status', 'Nama', 'Jam bergabung', 'Durasi (menit)', 'Sumber', 'Catatan unit'] as const;

/** "tidak diketahui" for someone present whose name is not known; nothing for nobody. */
function attendeeInCsv(who: AttendeeOnPaper): string {
  return who.kind === 'named' ? who.name : who.kind === 'unknown' ? ATTENDEE_UNKNOWN : '';
}

/**
 * One line per invited unit and role, in code order. The name is who attended (attendeeOf):
 * none on a cell with no status or Tidak hadir.
 */
export function attendanceCsvRows(m: Meeting, roster: Roster): string[][] {
  const rows: string[][] = [[...ATTENDANCE_CSV_COLUMNS]];
  const units = invitedUnits(m, roster);
  let no = 0;
  for (const unit of units) {
    const ua = m.attendance[unit.code];
    const unitName = unit.name === unit.code ? unit.code : officialUnitName(unit);
    m.rolesInvited.forEach((roleId, i) => {
      const cell = ua?.cells[roleId];
      const role = roster.roles.find((r) => r.id === roleId);
      rows.push([
        String(++no),
        unit.code,
        unitName,
        role?.short ?? roleId,
        cell?.status ? STATUS_LABELS[cell.status] : '',
        attendeeInCsv(attendeeOf(cell, roster, unit.code, roleId)),
        cell?.joinTime ? cell.joinTime.replace(':', '.') : '',
        cell?.durationMinutes !== null && cell?.durationMinutes !== undefined ? String(cell.durationMinutes) : '',
        cell && cell.status !== null ? (cell.source === 'import' ? 'impor laporan' : 'isian manual') : '',
        i === 0 ? (ua?.note ?? '') : '',
      ]);
    });
  }
  return rows;
}

export const attendanceHandlers: HandlerMap<AttendanceMethods> = {
  async 'attendance/import-preview'(input, deps): Promise<AttendanceImportPreview> {
    const m = activeMeeting(deps, input.id);
    const roster = deps.store.getRoster();
    const { report, rows, sheet } = await readAndMatch(m, roster, deps.store.getLearnedNames(), input.base64, hostMarkers(deps.store.getSettings()));
    const options = planOptions(m, roster, report);
    const earlier = previousAssignments(m);
    const previous: AttendanceImportPreview['previous'] = {};
    for (const r of rows) if (r.outcome !== 'auto' && earlier[r.key]) previous[r.key] = earlier[r.key]!;
    return {
      fileName: input.fileName,
      format: report.format,
      formatLabel: FORMAT_LABELS[report.format],
      encoding: sheet ? 'Excel (.xlsx)' : ENCODING_LABELS[report.encoding],
      delimiter: sheet ? null : report.delimiter,
      meetingInfo: report.meeting,
      rawRowCount: report.rawRowCount,
      participantCount: report.rows.length,
      warnings: report.warnings,
      clockTrusted: options.clockTrusted,
      rows,
      previous,
    };
  },

  async 'attendance/import-apply'(input, deps) {
    const m = activeMeeting(deps, input.id);
    if (m.minutes.status === 'final') throw errors.locked();
    const roster = deps.store.getRoster();
    const learned = deps.store.getLearnedNames();
    const { report, rows } = await readAndMatch(m, roster, learned, input.base64, hostMarkers(deps.store.getSettings()));
    checkDecisions(m, rows, input.decisions);
    const plan = planAttendanceImport(m, targetsFromDecisions(rows, input.decisions), planOptions(m, roster, report));
    const conflicts = new Set(plan.cells.filter((c) => c.effect === 'conflict').map((c) => cellId(c.unitCode, c.roleId)));
    const overwrite = new Set(input.decisions.overwrite.filter((id) => conflicts.has(id)));
    const { meeting, counts } = applyImportPlan(m, plan, overwrite);
    const saved = meeting === m ? m : commitMeeting(deps, m, meeting);
    rememberChoices(deps, m, roster, learned, rows, plan);
    return { meeting: saved, counts, changed: meeting !== m };
  },

  async 'attendance/export-docx'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const bytes = await buildAttendanceListDocx(m, deps.store.getRoster(), deps.store.getSettings(), { signatures: input.signatures === true });
    return fileResult(attendanceFileName(m, 'docx'), MIME.docx, bytes);
  },

  async 'attendance/export-csv'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const bytes = encodeUtf8WithBom(writeCsv(attendanceCsvRows(m, deps.store.getRoster()), { delimiter: input.delimiter ?? ',' }));
    return fileResult(attendanceFileName(m, 'csv'), MIME.csv, bytes);
  },

  async 'attendance/export-xlsx'(input, deps) {
    const m = activeMeeting(deps, input.id);
    const roster = deps.store.getRoster();
    const bytes = await buildAttendanceXlsx(m, roster, deps.store.getSettings(), attendanceCsvRows(m, roster));
    return fileResult(attendanceFileName(m, 'xlsx'), XLSX_MIME, bytes);
  },
};
