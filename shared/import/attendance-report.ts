// Reads attendance reports exported by Zoom, Microsoft Teams and Google Meet (also after Excel
// re-saved them), and the responses of a Google Forms daftar hadir, recognised by their
// content, into one row per person with total duration.
import { AppError } from '../errors';
import { decodeText, type TextEncodingName } from '../text/decode';
import { CsvError, readCsv, type CsvDelimiter, type CsvTable } from '../text/csv';
import { group, itemAt } from '../indexed';

export type ReportFormat = 'zoom' | 'teams' | 'meet' | 'forms';

export interface ReportMeetingInfo {
  meetingId?: string;
  title?: string;
  /** As written in the report. */
  start?: string;
  end?: string;
}

export interface ReportParticipant {
  /** Normalised name + email: the same person across reconnections and re-imports. */
  key: string;
  name: string;
  email: string;
  /** Earliest join, "HH:MM" wall clock as printed in the report; null if the report has none. */
  firstJoin: string | null;
  /** Sum over all of the person's connections; null when the file has no durations (Forms). */
  durationMinutes: number | null;
  /** Forms answers, as written: phone number, jabatan, satker / instansi. */
  phone?: string;
  jabatan?: string;
  satker?: string;
  /** How many report rows were merged into this one. */
  rawRows: number;
}

export interface ParsedReport {
  format: ReportFormat;
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
  meeting: ReportMeetingInfo | null;
  rows: ReportParticipant[];
  /** Participant rows read before merging. */
  rawRowCount: number;
  /** Rows read with a problem (Indonesian), e.g. an unreadable duration. */
  warnings: string[];
}

export const FORMAT_LABELS: Record<ReportFormat, string> = {
  zoom: 'Zoom',
  teams: 'Microsoft Teams',
  meet: 'Google Meet',
  forms: 'Google Forms (daftar hadir)',
};

const MAX_BYTES = 32 * 1024 * 1024;
const MAX_WARNINGS = 20;

const reportErrors = {
  empty: () => new AppError('report_empty', 'File laporan kosong. Unduh ulang laporan kehadiran dari Zoom, Microsoft Teams, atau Google Meet.'),
  tooLarge: (bytes: number) =>
    new AppError(
      'report_too_large',
      `File terlalu besar (${Math.round(bytes / 1024 / 1024)} MB) untuk sebuah laporan kehadiran. Pastikan file yang dipilih benar.`,
    ),
  unknownFormat: () =>
    new AppError(
      'report_unknown_format',
      'File ini tidak dikenali sebagai laporan kehadiran Zoom, Microsoft Teams, atau Google Meet, ' +
        'maupun jawaban daftar hadir Google Forms. Pilih file CSV laporan peserta yang diunduh dari platform rapat, ' +
        'atau file jawaban formulir (CSV atau .xlsx).',
    ),
  missingColumns: (found: string[]) =>
    new AppError(
      'report_missing_columns',
      'Laporan kehadiran tidak lengkap: kolom durasi atau waktu bergabung tidak ditemukan. ' +
        `Kolom yang ada: ${found.filter((f) => f.trim()).join(', ') || '(tidak ada)'}.`,
    ),
  noParticipants: () => new AppError('report_no_participants', 'Laporan kehadiran tidak berisi satu pun baris peserta.'),
};

/** Normalised name + email, so "KPU  Kab. Malang " and "kpu kab. malang" are one person. */
export function participantKey(name: string, email: string): string {
  const n = name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return `${n}|${email.trim().toLowerCase()}`;
}

type Column = 'name' | 'firstName' | 'lastName' | 'email' | 'upn' | 'join' | 'leave' | 'duration' | 'guest' | 'role';
type MeetingKey = 'meetingId' | 'title' | 'start' | 'end';

function headerText(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Column titles are short; skipping long cells keeps the header search linear on junk.
const MAX_HEADER_CELL = 80;

const NAME_HEADERS = new Set([
  'name',
  'nama',
  'full name',
  'nama lengkap',
  'display name',
  'nama tampilan',
  'participant',
  'participant name',
  'nama peserta',
  'peserta',
  'attendee',
  'attendee name',
  'user name',
  'username',
  'nama pengguna',
]);

// Zoom, Teams and Meet in English and Indonesian; checked in this order, so "Participant ID
// (UPN)" is the UPN before it can look like a name and "First join" is a join, not a name.
function classifyColumn(cell: string): Column | null {
  if (cell.length > MAX_HEADER_CELL) return null;
  const h = headerText(cell);
  if (!h) return null;
  if (/\bupn\b|participant id|id peserta/.test(h)) return 'upn';
  if (/e-?mail|surel/.test(h)) return 'email';
  if (/^(first name|given name|nama depan)\b/.test(h)) return 'firstName';
  if (/^(last name|surname|family name|nama belakang)\b/.test(h)) return 'lastName';
  if (/duration|durasi|^lama\b|lama (hadir|kehadiran)/.test(h)) return 'duration';
  if (/join|bergabung|gabung|masuk|first seen|pertama/.test(h)) return 'join';
  if (/leave|left|exit|keluar|last seen|terakhir|meninggalkan/.test(h)) return 'leave';
  if (NAME_HEADERS.has(h.replace(/\s*\(.*\)\s*$/, ''))) return 'name';
  if (/^(guest|tamu)$/.test(h)) return 'guest';
  if (/^(role|peran)$/.test(h)) return 'role';
  return null;
}

function classifyMeetingKey(cell: string): MeetingKey | null {
  if (cell.length > MAX_HEADER_CELL) return null;
  const h = headerText(cell)
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/:$/, '');
  if (/^(meeting id|id rapat|id meeting|id pertemuan|meeting code|kode rapat)$/.test(h)) return 'meetingId';
  if (/^(topic|topik|meeting title|judul rapat|judul|title|meeting name|nama rapat)$/.test(h)) return 'title';
  if (/^(start time|meeting start time|waktu mulai|mulai|start)$/.test(h)) return 'start';
  if (/^(end time|meeting end time|waktu selesai|selesai|end)$/.test(h)) return 'end';
  return null;
}

const SECTION_TITLE = /^\s*\d{1,2}\.\s*\S/;
const TEAMS_SECTION = /^\s*\d\.\s*(summary|ringkasan|participants|peserta|in-meeting activities|aktivitas)/i;

interface Header {
  index: number;
  columns: Map<Column, number>;
  durationUnit: 'minutes' | 'seconds' | 'hours' | null;
}

function isBlank(row: string[]): boolean {
  return row.every((c) => c.trim() === '');
}

function countMeetingKeys(row: string[]): number {
  let n = 0;
  for (const cell of row) if (classifyMeetingKey(cell)) n++;
  return n;
}

function readHeader(row: string[], index: number): Header | null {
  if (row.length < 2 || row.length > 60 || countMeetingKeys(row) >= 2) return null;
  const columns = new Map<Column, number>();
  let durationUnit: Header['durationUnit'] = null;
  row.forEach((cell, i) => {
    const kind = classifyColumn(cell);
    if (!kind || columns.has(kind)) return;
    columns.set(kind, i);
    if (kind === 'duration') {
      const h = headerText(cell);
      if (/minute|menit|\bmin/.test(h)) durationUnit = 'minutes';
      else if (/second|detik|\bsec|\bdtk/.test(h)) durationUnit = 'seconds';
      else if (/hour|\bjam\b/.test(h)) durationUnit = 'hours';
    }
  });
  if (!columns.has('name') && !columns.has('firstName')) return null;
  const others = ['email', 'upn', 'join', 'leave', 'duration', 'guest', 'role'] as const;
  if (!others.some((c) => columns.has(c))) return null;
  return { index, columns, durationUnit };
}

function isUsable(header: Header): boolean {
  return header.columns.has('duration') || header.columns.has('join');
}

const UNIT_SECONDS: Array<[RegExp, number]> = [
  [/^(h|hr|hrs|hour|hours|jam|j)$/, 3600],
  [/^(m|min|mins|minute|minutes|menit|mnt|mn)$/, 60],
  [/^(s|sec|secs|second|seconds|detik|dtk|dt)$/, 1],
];

/** "188", "188 min", "2h 29m 46s", "1 jam 5 menit", "02:29:46" -> seconds; null if unreadable. */
export function parseDurationSeconds(text: string, unitHint: 'minutes' | 'seconds' | 'hours' | null = null): number | null {
  const t = text.trim().toLowerCase();
  if (!t) return null;
  const plain = /^\d+(?:[.,]\d+)?$/.exec(t);
  if (plain) {
    const value = Number(t.replace(',', '.'));
    const factor = unitHint === 'seconds' ? 1 : unitHint === 'hours' ? 3600 : 60;
    return Math.round(value * factor);
  }
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(t);
  if (clock) {
    const [, a, b, c] = clock;
    return Number(a) * 3600 + Number(b) * 60 + (c ? Number(c) : 0);
  }
  const re = /(\d+(?:[.,]\d+)?)\s*([a-z]+)\.?/g;
  let total = 0;
  let matched = 0;
  let consumed = '';
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const unit = UNIT_SECONDS.find(([pattern]) => pattern.test(group(m!, 2)));
    if (!unit) return null;
    total += Number(group(m, 1).replace(',', '.')) * unit[1];
    matched++;
    consumed += m[0];
  }
  if (matched === 0 || t.replace(/[\s,]/g, '').length !== consumed.replace(/[\s,]/g, '').length) return null;
  return Math.round(total);
}

const DATE_PART = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/g;

/** Wall-clock time of day in seconds from "05/25/2022 08:50:51 AM", "25/05/22, 08:50", "08.50". */
export function parseClockSeconds(text: string): number | null {
  const t = text.trim();
  if (!t) return null;
  // Excel turns a time cell into a day fraction ("0.3547") when it re-saves the file.
  const serial = /^\d{1,6}[.,](\d{3,})$/.exec(t);
  if (serial) {
    const fraction = Number(`0.${serial[1]}`);
    return Math.round(fraction * 86400) % 86400;
  }
  const withoutDate = t.replace(DATE_PART, ' ');
  const m = /(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([ap])\.?\s*m\b\.?)?/i.exec(withoutDate);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = m[3] ? Number(m[3]) : 0;
  if (minutes > 59 || seconds > 59) return null;
  const meridiem = m[4]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    if (meridiem === 'a' && hours === 12) hours = 0;
    if (meridiem === 'p' && hours !== 12) hours += 12;
  }
  if (hours > 23) return null;
  return hours * 3600 + minutes * 60 + seconds;
}

function formatClock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function readMeetingInfo(rows: string[][], before: number): ReportMeetingInfo | null {
  const info: ReportMeetingInfo = {};
  const put = (key: MeetingKey, value: string | undefined) => {
    const v = value?.trim();
    if (v && info[key] === undefined) info[key] = v;
  };
  for (let r = 0; r < before; r++) {
    const row = itemAt(rows, r);
    if (countMeetingKeys(row) >= 2 && r + 1 < before) {
      // Zoom: a header row of meeting fields with its values on the next row.
      const values = itemAt(rows, r + 1);
      row.forEach((cell, i) => {
        const key = classifyMeetingKey(cell);
        if (key) put(key, values[i]);
      });
      r++;
      continue;
    }
    // Teams summary: one "field<TAB>value" per row.
    const key = row.length >= 2 ? classifyMeetingKey(itemAt(row, 0)) : null;
    if (key) put(key, row[1]);
  }
  return Object.keys(info).length > 0 ? info : null;
}

function detectFormat(table: CsvTable, header: Header, hasMeetingBlock: boolean): ReportFormat {
  const headerRow = itemAt(table.rows, header.index).map(headerText).join('|');
  const teams =
    table.rows.some((row) => row.length <= 2 && TEAMS_SECTION.test(row[0] ?? '')) ||
    header.columns.has('upn') ||
    /first join|last leave|in-meeting duration|bergabung pertama|terakhir keluar|durasi dalam rapat/.test(headerRow);
  if (teams) return 'teams';
  const zoom = header.columns.has('guest') || /original name|nama asli|user email/.test(headerRow) || hasMeetingBlock;
  if (zoom) return 'zoom';
  return 'meet';
}

function findHeader(rows: string[][]): { usable: Header | null; partial: Header | null } {
  let partial: Header | null = null;
  for (let r = 0; r < rows.length; r++) {
    const header = readHeader(itemAt(rows, r), r);
    if (!header) continue;
    if (isUsable(header)) return { usable: header, partial };
    partial ??= header;
  }
  return { usable: null, partial };
}

function readTable(text: string): CsvTable {
  try {
    return readCsv(text);
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    // A broken quote in a real report is worth pointing at; in a random file it is not.
    let intact: CsvTable;
    try {
      intact = readCsv(text.slice(0, err.offset));
    } catch {
      throw reportErrors.unknownFormat();
    }
    if (findHeader(intact.rows).usable) throw err;
    throw reportErrors.unknownFormat();
  }
}

interface Accumulator {
  name: string;
  email: string;
  firstJoin: number | null;
  seconds: number;
  rawRows: number;
}

export function parseAttendanceReport(bytes: Uint8Array): ParsedReport {
  if (bytes.length > MAX_BYTES) throw reportErrors.tooLarge(bytes.length);
  const { text, encoding } = decodeText(bytes);
  if (text.replace(/^\ufeff/, '').trim() === '') throw reportErrors.empty();
  return parseReportTable(readTable(text.replace(/^\ufeff/, '')), encoding);
}

/**
 * The same for a table already read: a CSV's, or a worksheet's (an .xlsx downloaded from
 * Sheets). A Forms daftar hadir is tried first, since its header has no join or duration.
 */
export function parseReportTable(table: CsvTable, encoding: TextEncodingName): ParsedReport {
  const forms = readFormsResponses(table, encoding);
  if (forms) return forms;
  const { usable: header, partial } = findHeader(table.rows);
  if (!header) {
    if (partial) throw reportErrors.missingColumns(itemAt(table.rows, partial.index));
    throw reportErrors.unknownFormat();
  }

  const col = (row: string[], c: Column): string => {
    const i = header.columns.get(c);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const warnings: string[] = [];
  const warn = (message: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
  };

  const people = new Map<string, Accumulator>();
  let rawRowCount = 0;
  for (let r = header.index + 1; r < table.rows.length; r++) {
    const row = itemAt(table.rows, r);
    if (isBlank(row)) continue;
    if (row.length <= 2 && SECTION_TITLE.test(row[0] ?? '') && !row[1]?.trim()) break;
    // Data rows carry digits in their time or duration; only a row without them can be a new header.
    const probe = col(row, 'duration') || col(row, 'join');
    if (!/\d/.test(probe) && readHeader(row, r)) break;

    const name = header.columns.has('name') ? col(row, 'name') : `${col(row, 'firstName')} ${col(row, 'lastName')}`.trim();
    if (!name) continue;
    let email = col(row, 'email');
    if (!email && col(row, 'upn').includes('@')) email = col(row, 'upn');
    email = email.toLowerCase();
    const line = table.lines[r];

    const joinText = col(row, 'join');
    const join = parseClockSeconds(joinText);
    if (joinText && join === null) warn(`Baris ${line}: waktu bergabung "${joinText}" tidak terbaca.`);

    let seconds: number | null;
    if (header.columns.has('duration')) {
      const durationText = col(row, 'duration');
      seconds = parseDurationSeconds(durationText, header.durationUnit);
      if (seconds === null) warn(`Baris ${line}: durasi "${durationText}" tidak terbaca; dihitung 0 menit.`);
    } else {
      const leave = parseClockSeconds(col(row, 'leave'));
      seconds = join !== null && leave !== null ? (leave - join + 86400) % 86400 : null;
      if (seconds === null) warn(`Baris ${line}: durasi tidak dapat dihitung; dihitung 0 menit.`);
    }

    rawRowCount++;
    const key = participantKey(name, email);
    const acc = people.get(key);
    if (acc) {
      acc.rawRows++;
      acc.seconds += seconds ?? 0;
      if (join !== null && (acc.firstJoin === null || join < acc.firstJoin)) acc.firstJoin = join;
    } else {
      people.set(key, { name, email, firstJoin: join, seconds: seconds ?? 0, rawRows: 1 });
    }
  }
  if (people.size === 0) throw reportErrors.noParticipants();

  const hasMeetingBlock = table.rows.slice(0, header.index).some((row) => countMeetingKeys(row) >= 2);
  const rows: ReportParticipant[] = [...people].map(([key, p]) => ({
    key,
    name: p.name,
    email: p.email,
    firstJoin: p.firstJoin === null ? null : formatClock(p.firstJoin),
    durationMinutes: Math.round(p.seconds / 60),
    rawRows: p.rawRows,
  }));
  return {
    format: detectFormat(table, header, hasMeetingBlock),
    encoding,
    delimiter: table.delimiter,
    meeting: readMeetingInfo(table.rows, header.index),
    rows,
    rawRowCount,
    warnings,
  };
}

// ---- Google Forms daftar hadir --------------------------------------------------------

type FormsColumn = 'timestamp' | 'name' | 'jabatan' | 'satker' | 'phone' | 'email';

/** Headers are whatever the form's maker wrote ("Nama Lengkap (beserta gelar)", "Asal Satker"). */
function classifyFormsHeader(cell: string): FormsColumn | null {
  if (cell.length > 200) return null;
  const h = headerText(cell);
  if (!h) return null;
  if (/^(timestamp|stempel waktu|cap waktu|waktu|tanggal|tanggal dan waktu|waktu pengisian)$/.test(h)) return 'timestamp';
  if (/e-?mail|surel/.test(h)) return 'email';
  if (
    /\b(no|nomor|nmr)\.?\s*(hp|wa|telp|telepon|handphone|whatsapp|ponsel)\b|^(hp|wa|whatsapp|telepon|telp|ponsel|no\.? ?hp\/wa)\b|\bwhatsapp\b|\bhp\s*\/\s*wa\b/.test(
      h,
    )
  )
    return 'phone';
  if (/\bjabatan\b|\bposisi\b|\bposition\b/.test(h)) return 'jabatan';
  if (/\bsatker\b|\binstansi\b|unit kerja|\basal\b|\blembaga\b|\bsatuan kerja\b|\bkpu kab/.test(h)) return 'satker';
  if (/\bnama\b|\bname\b/.test(h)) return 'name';
  return null;
}

const FORMS_TIMESTAMP = /^\s*(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})[ ,T]+\d{1,2}[:.]\d{2}/;

/** Columns by their content, for headers no rule knows: a timestamp, a phone number. */
function classifyByContent(values: string[]): FormsColumn | null {
  const filled = values.map((v) => v.trim()).filter(Boolean);
  if (filled.length === 0) return null;
  const share = (re: RegExp) => filled.filter((v) => re.test(v)).length / filled.length;
  if (share(FORMS_TIMESTAMP) >= 0.8) return 'timestamp';
  if (share(/^\+?[\d\s\-.()]{9,18}$/) >= 0.8) return 'phone';
  if (share(/^[^\s@]+@[^\s@]+\.[^\s@]+$/) >= 0.8) return 'email';
  return null;
}

function readFormsResponses(table: CsvTable, encoding: TextEncodingName): ParsedReport | null {
  const headerIndex = table.rows.findIndex((r) => !isBlank(r));
  if (headerIndex < 0) return null;
  const header = itemAt(table.rows, headerIndex);
  if (header.length < 2 || header.length > 80) return null;
  const body = table.rows.slice(headerIndex + 1).filter((r) => !isBlank(r));
  const columns = new Map<FormsColumn, number>();
  header.forEach((cell, i) => {
    const kind = classifyFormsHeader(cell) ?? classifyByContent(body.slice(0, 50).map((r) => r[i] ?? ''));
    if (kind && !columns.has(kind)) columns.set(kind, i);
  });
  // A platform report has join or duration columns; a form has a timestamp and what people wrote.
  const platform = header.some((c) => {
    const k = classifyColumn(c);
    return k === 'join' || k === 'duration' || k === 'leave';
  });
  if (platform || !columns.has('timestamp') || !columns.has('name')) return null;
  if (!columns.has('satker') && !columns.has('jabatan')) return null;

  const col = (row: string[], c: FormsColumn): string => {
    const i = columns.get(c);
    return i === undefined ? '' : (row[i] ?? '').replace(/\s+/g, ' ').trim();
  };
  const warnings: string[] = [];
  const people = new Map<string, { p: ReportParticipant; join: number | null }>();
  let rawRowCount = 0;
  for (let r = headerIndex + 1; r < table.rows.length; r++) {
    const row = itemAt(table.rows, r);
    if (isBlank(row)) continue;
    const name = col(row, 'name');
    if (!name) continue;
    rawRowCount++;
    const email = col(row, 'email').toLowerCase();
    const stamp = col(row, 'timestamp');
    const join = parseClockSeconds(stamp);
    if (stamp && join === null && warnings.length < MAX_WARNINGS) {
      warnings.push(`Baris ${table.lines[r] ?? r + 1}: waktu pengisian "${stamp}" tidak terbaca.`);
    }
    // Someone who sent the form twice is one person: the same name (and email) once.
    const key = participantKey(name, email);
    const seen = people.get(key);
    const answers = { phone: col(row, 'phone'), jabatan: col(row, 'jabatan'), satker: col(row, 'satker') };
    if (seen) {
      seen.p.rawRows++;
      if (join !== null && (seen.join === null || join < seen.join)) {
        seen.join = join;
        seen.p.firstJoin = formatClock(join);
      }
      for (const k of ['phone', 'jabatan', 'satker'] as const) if (!seen.p[k] && answers[k]) seen.p[k] = answers[k];
      continue;
    }
    people.set(key, {
      join,
      p: { key, name, email, firstJoin: join === null ? null : formatClock(join), durationMinutes: null, rawRows: 1, ...answers },
    });
  }
  if (people.size === 0) throw reportErrors.noParticipants();
  return {
    format: 'forms',
    encoding,
    delimiter: table.delimiter,
    meeting: null,
    rows: [...people.values()].map((v) => v.p),
    rawRowCount,
    warnings,
  };
}
