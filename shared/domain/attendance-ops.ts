// Changes to a meeting's attendance grid (one cell, a whole unit, a note, an imported report)
// as pure functions, plus the undo stack. The grid and the import handler both use these, so
// what the review screen promises is exactly what the handler writes.
import type { AttendanceCell, AttendanceStatus, Meeting, UnitAttendance } from './meeting';
import { utcToZoned } from './datetime';
import { itemAt } from '../indexed';
import { attendeeLookups, nameFromLabel, type NameWords } from './attendee-name';
import type { Roster } from './roster';
import type { ReportFormat } from '../import/attendance-report';

export const UNDO_LIMIT = 50;
/** Joining later than this after the start counts as Terlambat. */
export const LATE_GRACE_MINUTES = 15;
/** A report whose earliest join lies further than this from the start is read in another zone. */
export const CLOCK_WINDOW_MINUTES = 180;

type Attendance = Meeting['attendance'];

export function emptyCell(): AttendanceCell {
  return { status: null, name: '', joinTime: '', durationMinutes: null, source: 'manual', importKey: '', personId: '' };
}

export function isCellEmpty(cell: AttendanceCell | undefined | null): boolean {
  return !cell || (cell.status === null && cell.name.trim() === '' && cell.joinTime === '');
}

/** A cell someone filled by hand: an import never overwrites it without asking. */
export function isManualEntry(cell: AttendanceCell | undefined | null): boolean {
  return !!cell && cell.source === 'manual' && !isCellEmpty(cell);
}

export function cellId(unitCode: string, roleId: string): string {
  return `${unitCode}|${roleId}`;
}

function withUnit(m: Meeting, unitCode: string, unit: UnitAttendance | null): Meeting {
  const attendance: Attendance = { ...m.attendance };
  if (unit === null || (Object.keys(unit.cells).length === 0 && unit.note === '')) delete attendance[unitCode];
  else attendance[unitCode] = unit;
  return { ...m, attendance };
}

function unitOf(m: Meeting, unitCode: string): UnitAttendance {
  return m.attendance[unitCode] ?? { cells: {}, note: '' };
}

function sameCell(a: AttendanceCell | undefined, b: AttendanceCell | undefined): boolean {
  if (!a || !b) return a === b;
  return (
    a.status === b.status &&
    a.name === b.name &&
    a.personId === b.personId &&
    a.joinTime === b.joinTime &&
    a.durationMinutes === b.durationMinutes &&
    a.source === b.source &&
    a.importKey === b.importKey
  );
}

/**
 * Edit one cell by hand. `null` clears it. The cell becomes manual but keeps the import key
 * it came with, so re-importing the same report leaves the user's correction alone.
 * Returns the same meeting object when nothing changes.
 */
export function setCell(
  m: Meeting,
  unitCode: string,
  roleId: string,
  patch: Partial<Pick<AttendanceCell, 'status' | 'name' | 'joinTime' | 'durationMinutes'>> | null,
): Meeting {
  const unit = unitOf(m, unitCode);
  const current = unit.cells[roleId];
  const cells = { ...unit.cells };
  if (patch === null) {
    if (!current) return m;
    delete cells[roleId];
  } else {
    const next: AttendanceCell = { ...(current ?? emptyCell()), ...patch, source: 'manual' };
    next.name = next.name.trim();
    // A name typed by hand is no longer the roster person the import recorded.
    if (patch.name !== undefined && next.name !== current?.name) next.personId = '';
    if (isCellEmpty(next)) {
      if (!current) return m;
      delete cells[roleId];
    } else {
      if (current && sameCell(current, { ...next, source: current.source })) return m;
      cells[roleId] = next;
    }
  }
  return withUnit(m, unitCode, { ...unit, cells });
}

/** Set (or with `null` clear) the status of every given role of a unit at once. */
export function setUnitStatus(m: Meeting, unitCode: string, roleIds: readonly string[], status: AttendanceStatus | null): Meeting {
  let out = m;
  for (const roleId of roleIds) out = setCell(out, unitCode, roleId, status === null ? null : { status });
  return out;
}

export function setUnitNote(m: Meeting, unitCode: string, note: string): Meeting {
  const unit = unitOf(m, unitCode);
  const trimmed = note.trim();
  if (unit.note === trimmed) return m;
  return withUnit(m, unitCode, { ...unit, note: trimmed });
}

// ---- Undo -----------------------------------------------------------------------------

/** What some units looked like before a change; `null` = the unit had no entry. */
export interface UndoEntry {
  label: string;
  before: Record<string, UnitAttendance | null>;
}

export function snapshotUnits(m: Meeting, unitCodes: readonly string[]): UndoEntry['before'] {
  const out: UndoEntry['before'] = {};
  for (const code of unitCodes) out[code] = m.attendance[code] ?? null;
  return out;
}

/** Units whose attendance differs between two versions of a meeting. */
export function changedUnits(before: Meeting, after: Meeting): string[] {
  const codes = new Set([...Object.keys(before.attendance), ...Object.keys(after.attendance)]);
  return [...codes]
    .filter((c) => before.attendance[c] !== after.attendance[c] && JSON.stringify(before.attendance[c]) !== JSON.stringify(after.attendance[c]))
    .sort();
}

/** An undo entry for going from `before` to `after`, or null when nothing changed. */
export function undoEntryFor(label: string, before: Meeting, after: Meeting): UndoEntry | null {
  const codes = changedUnits(before, after);
  return codes.length ? { label, before: snapshotUnits(before, codes) } : null;
}

export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry | null, limit = UNDO_LIMIT): UndoEntry[] {
  if (!entry) return [...stack];
  const next = [...stack, entry];
  return next.length > limit ? next.slice(next.length - limit) : next;
}

/** Put the units of an undo entry back as they were. */
export function restoreUnits(m: Meeting, entry: UndoEntry): Meeting {
  let out = m;
  for (const [code, unit] of Object.entries(entry.before)) {
    if (out.attendance[code] === unit) continue;
    out = withUnit(out, code, unit);
  }
  return out;
}

// ---- Import ---------------------------------------------------------------------------

/** One person of a report as the import sees it (a merged, matched report row). */
export interface ImportRow {
  key: string;
  name: string;
  email: string;
  /** "HH:MM" as printed in the report, or null. */
  firstJoin: string | null;
  /** Null when the file has none (a Forms daftar hadir). */
  durationMinutes: number | null;
  /** The roster person the matcher identified by email, phone or full name, if any. */
  personId?: string;
}

export interface ImportTarget {
  row: ImportRow;
  unitCode: string;
  roleId: string;
}

/** What a report row does to its cell. */
export type CellEffect = 'fill' | 'update' | 'unchanged' | 'conflict';

export interface PlannedCell {
  unitCode: string;
  roleId: string;
  participantKey: string;
  current: AttendanceCell | null;
  proposed: AttendanceCell;
  effect: CellEffect;
  /** Other report rows aimed at the same cell; they are not written. */
  alsoHere: string[];
}

export interface ImportPlan {
  cells: PlannedCell[];
  /** Whether the report's clock reads in the meeting's zone (join times and lateness are used). */
  clockTrusted: boolean;
}

/** A roster person as the import records them in a cell. */
export interface PersonRef {
  id: string;
  name: string;
  email: string;
}

export interface PlanOptions {
  /** The roster holder of a cell: a row with their email, or whose name contains theirs, is them. */
  holder?: (unitCode: string, roleId: string) => PersonRef | undefined;
  /** A roster person by id, for rows the matcher tied to one (by email, phone or full name). */
  person?: (personId: string) => PersonRef | undefined;
  /** Unit and role words, cleaned out of a display name that no roster person matched. */
  nameWords?: NameWords;
  clockTrusted: boolean;
  /**
   * Whether a late join marks Terlambat; off for a Forms daftar hadir, whose time is when the
   * form was sent, often well after joining.
   */
  lateness?: boolean;
}

/**
 * The options of an import's plan, the same for the review (which re-plans on every decision)
 * and the handler that applies it: the roster's lookups, whether the report's clock is trusted,
 * and lateness, off for a Forms daftar hadir.
 */
export function importPlanOptions(roster: Roster, report: { format: ReportFormat; clockTrusted: boolean }): PlanOptions {
  return { clockTrusted: report.clockTrusted, ...attendeeLookups(roster), lateness: report.format !== 'forms' };
}

function minutesOf(hhmm: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/**
 * Whether the report's times can be read as the meeting's wall clock: a report exported from
 * an account set to another zone shows joins hours away from the start, and then no join
 * time is written and nobody is marked late on its strength.
 */
export function reportClockMatches(m: Pick<Meeting, 'startTime'>, firstJoins: ReadonlyArray<string | null>): boolean {
  const start = minutesOf(m.startTime);
  const joins = firstJoins.map((j) => (j ? minutesOf(j) : null)).filter((j): j is number => j !== null);
  if (start === null || joins.length === 0) return false;
  const earliest = Math.min(...joins);
  return Math.abs(earliest - start) <= CLOCK_WINDOW_MINUTES;
}

/** Fingerprint stored in a cell filled from a report row: the same row gives the same key. */
export function importKeyOf(row: ImportRow): string {
  return `${row.firstJoin ?? '-'}#${row.durationMinutes}#${row.key.slice(0, 400)}`;
}

/** The participant part of an import key (see importKeyOf). */
export function participantOfImportKey(importKey: string): string {
  const first = importKey.indexOf('#');
  const second = first < 0 ? -1 : importKey.indexOf('#', first + 1);
  return second < 0 ? '' : importKey.slice(second + 1);
}

function normalName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The roster person a report row is: the one the matcher identified, else the cell's holder when the row names them. */
function attendingPerson(row: ImportRow, options: PlanOptions & { unitCode: string; roleId: string }): PersonRef | undefined {
  const matched = row.personId ? options.person?.(row.personId) : undefined;
  if (matched) return matched;
  const holder = options.holder?.(options.unitCode, options.roleId);
  if (!holder) return undefined;
  const email = row.email.trim().toLowerCase();
  if (email && email === holder.email.trim().toLowerCase()) return holder;
  const holderName = normalName(holder.name);
  return holderName && normalName(row.name).includes(holderName) ? holder : undefined;
}

export function proposedCell(m: Pick<Meeting, 'startTime'>, row: ImportRow, options: PlanOptions & { unitCode: string; roleId: string }): AttendanceCell {
  const start = minutesOf(m.startTime);
  const join = options.clockTrusted && row.firstJoin ? minutesOf(row.firstJoin) : null;
  const late = options.lateness !== false && join !== null && start !== null && join > start + LATE_GRACE_MINUTES;
  const person = attendingPerson(row, options);
  const name = person ? person.name.trim() : nameFromLabel(row.name, options.nameWords ?? { units: [], roles: [] });
  return {
    status: late ? 'terlambat' : 'hadir',
    name: name.slice(0, 300),
    personId: person?.id ?? '',
    joinTime: join !== null ? row.firstJoin! : '',
    durationMinutes: row.durationMinutes,
    source: 'import',
    importKey: importKeyOf(row),
  };
}

function effectOn(current: AttendanceCell | undefined, proposed: AttendanceCell): CellEffect {
  if (current && current.importKey !== '' && current.importKey === proposed.importKey) return 'unchanged';
  if (isCellEmpty(current)) return 'fill';
  if (current!.source === 'import') return sameCell(current, proposed) ? 'unchanged' : 'update';
  return 'conflict';
}

/**
 * Decide what each target does to its cell. Several rows aimed at one cell: the one already
 * there wins (so a re-import is stable), else the earliest join, then the longest stay.
 */
export function planAttendanceImport(m: Meeting, targets: readonly ImportTarget[], options: PlanOptions): ImportPlan {
  const byCell = new Map<string, ImportTarget[]>();
  for (const t of targets) {
    const id = cellId(t.unitCode, t.roleId);
    const list = byCell.get(id) ?? [];
    list.push(t);
    byCell.set(id, list);
  }
  const cells: PlannedCell[] = [];
  for (const list of byCell.values()) {
    const { unitCode, roleId } = itemAt(list, 0);
    const current = m.attendance[unitCode]?.cells[roleId];
    const ranked = [...list].sort((a, b) => {
      const keep = (t: ImportTarget) => (current?.importKey === importKeyOf(t.row) ? 0 : 1);
      const ja = a.row.firstJoin ?? '99:99';
      const jb = b.row.firstJoin ?? '99:99';
      return keep(a) - keep(b) || ja.localeCompare(jb) || (b.row.durationMinutes ?? 0) - (a.row.durationMinutes ?? 0) || a.row.key.localeCompare(b.row.key);
    });
    const winner = itemAt(ranked, 0);
    const proposed = proposedCell(m, winner.row, { ...options, unitCode, roleId });
    cells.push({
      unitCode,
      roleId,
      participantKey: winner.row.key,
      current: current ?? null,
      proposed,
      effect: effectOn(current, proposed),
      alsoHere: ranked.slice(1).map((t) => t.row.key),
    });
  }
  cells.sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.roleId.localeCompare(b.roleId));
  return { cells, clockTrusted: options.clockTrusted };
}

export interface ImportCounts {
  filled: number;
  updated: number;
  overwritten: number;
  unchanged: number;
  /** Manual cells left as they were because the user did not confirm overwriting them. */
  manualKept: number;
}

/**
 * Write a plan into the meeting. Manual cells change only when their id is in `overwrite`.
 * Returns the same meeting object when nothing changes, so a second import of the same file
 * writes nothing.
 */
export function applyImportPlan(m: Meeting, plan: ImportPlan, overwrite: ReadonlySet<string>): { meeting: Meeting; counts: ImportCounts } {
  const counts: ImportCounts = { filled: 0, updated: 0, overwritten: 0, unchanged: 0, manualKept: 0 };
  const attendance: Attendance = { ...m.attendance };
  let changed = false;
  for (const p of plan.cells) {
    if (p.effect === 'unchanged') {
      counts.unchanged++;
      continue;
    }
    if (p.effect === 'conflict' && !overwrite.has(cellId(p.unitCode, p.roleId))) {
      counts.manualKept++;
      continue;
    }
    if (p.effect === 'fill') counts.filled++;
    else if (p.effect === 'update') counts.updated++;
    else counts.overwritten++;
    const unit = attendance[p.unitCode] ?? { cells: {}, note: '' };
    attendance[p.unitCode] = { ...unit, cells: { ...unit.cells, [p.roleId]: p.proposed } };
    changed = true;
  }
  return { meeting: changed ? { ...m, attendance } : m, counts };
}

/** Cells earlier imports filled, by participant key: a re-import offers the same choice again. */
export function previousAssignments(m: Meeting): Record<string, { unitCode: string; roleId: string }> {
  const out: Record<string, { unitCode: string; roleId: string }> = {};
  for (const [unitCode, unit] of Object.entries(m.attendance)) {
    for (const [roleId, cell] of Object.entries(unit.cells)) {
      const key = cell.importKey ? participantOfImportKey(cell.importKey) : '';
      if (key) out[key] = { unitCode, roleId };
    }
  }
  return out;
}

/** A matched report row, as the import preview carries it. */
export interface MatchedImportRow extends ImportRow {
  outcome: 'auto' | 'review' | 'host' | 'unknown';
  /** The automatic cell (auto) or a hint (unknown). */
  unitCode?: string;
  roleId?: string;
}

export interface ImportDecisions {
  /** Review and unknown rows placed by the user, by participant key. */
  assign: ReadonlyArray<{ key: string; unitCode: string; roleId: string }>;
  /** Automatic rows the user chose not to apply, by participant key. */
  skip: readonly string[];
  /** Manual cells ("unit|role") the user agreed to overwrite. */
  overwrite: readonly string[];
}

export function noDecisions(): ImportDecisions {
  return { assign: [], skip: [], overwrite: [] };
}

/** The cells each row goes to: automatic rows unless skipped, then the user's assignments. */
export function targetsFromDecisions(rows: readonly MatchedImportRow[], decisions: ImportDecisions): ImportTarget[] {
  const skip = new Set(decisions.skip);
  const assigned = new Map(decisions.assign.map((a) => [a.key, a]));
  const out: ImportTarget[] = [];
  for (const row of rows) {
    const pick = assigned.get(row.key);
    if (pick && row.outcome !== 'auto') out.push({ row, unitCode: pick.unitCode, roleId: pick.roleId });
    else if (row.outcome === 'auto' && row.unitCode && row.roleId && !skip.has(row.key)) {
      out.push({ row, unitCode: row.unitCode, roleId: row.roleId });
    }
  }
  return out;
}

// ---- Live marking ---------------------------------------------------------------------

/** Pressing H or T this long before the start already records the join time. */
export const LIVE_EARLY_MINUTES = 30;

/**
 * The join time to record when a status key is pressed at `now` during the meeting: "HH:MM"
 * in the meeting's zone, from LIVE_EARLY_MINUTES before the start until the actual end (or the
 * end of the meeting's day); null outside that window, when nothing is recorded.
 */
export function liveJoinTime(m: Pick<Meeting, 'date' | 'startTime' | 'timeZone' | 'minutes'>, now: Date): string | null {
  const { date, time } = utcToZoned(now, m.timeZone);
  if (date !== m.date) return null;
  const at = minutesOf(time);
  const start = minutesOf(m.startTime);
  if (at === null || start === null || at < start - LIVE_EARLY_MINUTES) return null;
  const end = m.minutes.actualEnd ? minutesOf(m.minutes.actualEnd) : null;
  if (end !== null && end >= start && at > end) return null;
  return time;
}
