// Contract methods of the attendance screen: importing a platform's attendance report in two
// steps (preview, then apply with the user's decisions) and exporting the daftar hadir.
import { z } from 'zod';
import { method, idInput, idString, type FileResult } from './define';
import type { Meeting } from '../domain/meeting';
import type { ImportCounts, MatchedImportRow } from '../domain/attendance-ops';
import type { MatchCandidate, MatchProposal } from '../import/match-participants';
import type { ReportFormat, ReportMeetingInfo } from '../import/attendance-report';

/** A report file as the user picked it; the bytes travel as base64 (IPC and HTTP JSON alike). */
const reportFile = {
  id: idString,
  fileName: z.string().max(255),
  base64: z
    .string()
    .min(1, 'File laporan kosong.')
    .max(48 * 1024 * 1024, 'File terlalu besar untuk sebuah laporan kehadiran.'),
};

export const ImportPreviewInput = z.object(reportFile);

export const ExportCsvInput = z.object({ id: idString, delimiter: z.enum([',', ';']).optional() });

/** `signatures`: a Paraf column for each role (a luring or hybrid meeting signed in the room). */
export const ExportAttendanceDocxInput = z.object({ id: idString, signatures: z.boolean().optional() });

export const ImportDecisionsSchema = z.object({
  assign: z.array(z.object({ key: z.string().max(2000), unitCode: z.string().min(1).max(10), roleId: z.string().min(1).max(60) })).max(20000),
  skip: z.array(z.string().max(2000)).max(20000),
  overwrite: z.array(z.string().max(80)).max(20000),
});

export const ImportApplyInput = z.object({ ...reportFile, decisions: ImportDecisionsSchema });

export interface ImportPreviewRow extends MatchedImportRow {
  rawRows: number;
  /** Why the row was not placed automatically (Indonesian); empty for automatic rows. */
  reason: string;
  /** Likely cells, best first (review rows). */
  candidates: MatchCandidate[];
  /** The candidate that is clearly best, pre-selected in the review, with its reason. */
  proposed?: MatchProposal;
  /** What a Forms respondent wrote as jabatan and satker, for the review. */
  details?: string;
}

export interface AttendanceImportPreview {
  fileName: string;
  format: ReportFormat;
  formatLabel: string;
  /** How the file was read, for the review: "UTF-8", "Windows-1252", "Excel (.xlsx)". */
  encoding: string;
  /** The CSV's separator; null for a worksheet. */
  delimiter: string | null;
  /** What the report says of its meeting (id, title, times as written), shown to check it is this rakor's. */
  meetingInfo: ReportMeetingInfo | null;
  /** Report rows before merging reconnections, and people after. */
  rawRowCount: number;
  participantCount: number;
  warnings: string[];
  clockTrusted: boolean;
  rows: ImportPreviewRow[];
  /** Cells earlier imports of this meeting filled, by participant key (offered as the choice again). */
  previous: Record<string, { unitCode: string; roleId: string }>;
}

export interface AttendanceImportResult {
  meeting: Meeting;
  counts: ImportCounts;
  /** Whether anything was written. */
  changed: boolean;
}

export const attendanceContract = {
  /** Read and match a report; writes nothing. */
  'attendance/import-preview': method<typeof ImportPreviewInput, AttendanceImportPreview>(ImportPreviewInput),
  /** Read the same report again and write it with the user's decisions. */
  'attendance/import-apply': method<typeof ImportApplyInput, AttendanceImportResult>(ImportApplyInput),
  'attendance/export-docx': method<typeof ExportAttendanceDocxInput, FileResult>(ExportAttendanceDocxInput),
  /** Comma by default; ";" for Excel set to an Indonesian locale. */
  'attendance/export-csv': method<typeof ExportCsvInput, FileResult>(ExportCsvInput),
  /** The daftar hadir as an Excel workbook (exceljs): title rows, frozen header, print set-up. */
  'attendance/export-xlsx': method<typeof idInput, FileResult>(idInput),
} as const;
