// Follow-ups (tindak lanjut) tracked across the meetings of a series: who must act, where
// each of them stands, what is carried into the next rakor, and the rows of the follow-ups
// page. The status per unit lives in the tracker (its own data file), never in the meeting
// record, so final minutes stay as they were signed while units report progress later.
import { z } from 'zod';
import {
  ProgressByUnitSchema,
  type CarriedFollowUp,
  type FollowUp,
  type FollowUpStatus,
  type Meeting,
  type ProgressByUnit,
  type UnitProgress,
} from './meeting';
import { AppError } from '../errors';
import { officialUnitName, shortUnitName, unitByCode, type Unit } from './units';
import { itemAt } from '../indexed';
import { unitsGroupName } from './org-words';

/** The provincial commission itself, as an assignee. */
export const PROVINCE = 'provinsi';
/** Every unit invited to the meeting, as an assignee. */
export const ALL_INVITED = 'semua';
/** The key of a follow-up that names nobody: it is tracked as a whole. */
export const WHOLE = '';

export const TrackerSchema = z.object({
  /** "<meeting id>/<follow-up id>" -> progress per assignee. Absent = every assignee at the follow-up's starting status. */
  entries: z.record(z.string().max(130), ProgressByUnitSchema),
});
export type Tracker = z.infer<typeof TrackerSchema>;

export function emptyTracker(): Tracker {
  return { entries: {} };
}

export function followUpKey(meetingId: string, followUpId: string): string {
  return `${meetingId}/${followUpId}`;
}

/**
 * A series' identity: its name with spaces collapsed, compared without case, so "Rakor
 * Sosdiklih  Parmas 2026" and "rakor sosdiklih parmas 2026" are one series. Empty = none.
 */
export function seriesKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/** The name as stored: trimmed, spaces collapsed. */
export function cleanSeriesName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** Order of assignee keys: the province first, then units by official code, "as a whole" last. */
function keyOrder(a: string, b: string): number {
  const rank = (k: string) => (k === PROVINCE ? 0 : k === WHOLE ? 2 : 1);
  return rank(a) - rank(b) || a.localeCompare(b);
}

/** The assignee keys a follow-up is tracked under, in order ("semua" resolved against the meeting's invited units). */
export function assigneeKeys(f: Pick<FollowUp, 'assignees'>, meeting: Pick<Meeting, 'unitsInvited'>): string[] {
  const keys = new Set<string>();
  for (const a of f.assignees) {
    if (a === ALL_INVITED) for (const u of meeting.unitsInvited) keys.add(u);
    else if (a) keys.add(a);
  }
  if (!keys.size) return [WHOLE];
  return [...keys].sort(keyOrder);
}

function startingProgress(f: FollowUp): UnitProgress {
  return { status: f.status, note: '', changedAt: '', changedIn: '' };
}

/** Where each assignee of a follow-up stands now. */
export function progressOf(tracker: Tracker, meeting: Pick<Meeting, 'id' | 'unitsInvited'>, f: FollowUp): ProgressByUnit {
  const stored = tracker.entries[followUpKey(meeting.id, f.id)] ?? {};
  const out: ProgressByUnit = {};
  for (const k of assigneeKeys(f, meeting)) out[k] = stored[k] ? { ...stored[k] } : startingProgress(f);
  return out;
}

export function isOpenProgress(p: ProgressByUnit): boolean {
  return Object.values(p).some((u) => u.status !== 'selesai');
}

export function isOverdue(dueDate: string, status: FollowUpStatus, today: string): boolean {
  return Boolean(dueDate && today && dueDate < today && status !== 'selesai');
}

export const TRACKER_MESSAGES = {
  noFollowUp: 'Tindak lanjut ini sudah tidak ada di rapatnya (mungkin dihapus). Muat ulang halaman.',
  notAssignee: 'Unit ini tidak termasuk yang ditugasi tindak lanjut tersebut.',
  deleted: 'Rapat asal tindak lanjut ini ada di Sampah; pulihkan rapatnya dahulu.',
  notCarried: 'Tindak lanjut ini tidak terbawa ke rapat tersebut (bukan rapat sebelumnya dalam seri yang sama).',
} as const;

export interface ProgressChange {
  followUpId: string;
  unitKey: string;
  status: FollowUpStatus;
  note: string;
}

/**
 * The tracker after one assignee's status (and note) changed, at `at` (ISO instant), during
 * meeting `changedIn` ('' = on the follow-ups page). The same object when nothing changes.
 */
export function setUnitProgress(tracker: Tracker, meeting: Meeting, change: ProgressChange, at: string, changedIn: string): Tracker {
  if (meeting.deletedAt) throw new AppError('not_found', TRACKER_MESSAGES.deleted);
  const f = meeting.minutes.followUps.find((x) => x.id === change.followUpId);
  if (!f) throw new AppError('not_found', TRACKER_MESSAGES.noFollowUp);
  if (!assigneeKeys(f, meeting).includes(change.unitKey)) throw new AppError('invalid_input', TRACKER_MESSAGES.notAssignee);
  const now = progressOf(tracker, meeting, f)[change.unitKey];
  if (!now) throw new AppError('invalid_input', TRACKER_MESSAGES.notAssignee);
  if (now.status === change.status && now.note === change.note) return tracker;
  const key = followUpKey(meeting.id, f.id);
  const entry = { ...(tracker.entries[key] ?? {}), [change.unitKey]: { status: change.status, note: change.note, changedAt: at, changedIn } };
  return { ...tracker, entries: { ...tracker.entries, [key]: entry } };
}

/** Each follow-up's progress per unit, as the minutes keep it when they are finalised. */
export function progressSnapshot(meeting: Meeting, tracker: Tracker): Record<string, ProgressByUnit> {
  return Object.fromEntries(meeting.minutes.followUps.map((f) => [f.id, progressOf(tracker, meeting, f)]));
}

function when(m: Pick<Meeting, 'date' | 'startTime'>): string {
  return `${m.date}T${m.startTime}`;
}

/** The meetings of the same series held before `target` (not in the bin, not cancelled), oldest first. */
export function earlierInSeries(target: Meeting, meetings: readonly Meeting[]): Meeting[] {
  const key = seriesKey(target.series);
  if (!key) return [];
  return meetings
    .filter((m) => m.id !== target.id && !m.deletedAt && m.status !== 'batal' && seriesKey(m.series) === key && when(m) < when(target))
    .sort((a, b) => when(a).localeCompare(when(b)));
}

/**
 * The follow-ups of earlier meetings of the series carried into `target`: those still open,
 * and those closed during `target` itself (so the meeting that closed them shows and prints
 * it). Oldest meeting first, in each meeting's own order.
 */
export function carriedInto(target: Meeting, meetings: readonly Meeting[], tracker: Tracker): CarriedFollowUp[] {
  const out: CarriedFollowUp[] = [];
  for (const m of earlierInSeries(target, meetings)) {
    for (const f of m.minutes.followUps) {
      const progress = progressOf(tracker, m, f);
      const touchedHere = Object.values(progress).some((p) => p.changedIn === target.id);
      if (isOpenProgress(progress) || touchedHere) {
        out.push({ meetingId: m.id, meetingTitle: m.title, meetingDate: m.date, followUp: structuredClone(f), progress });
      }
    }
  }
  return out;
}

/** One assignee of one follow-up: a row of the follow-ups page and of its .xlsx. */
export interface FollowUpRow {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  series: string;
  followUpId: string;
  action: string;
  responsible: string;
  dueDate: string;
  unitKey: string;
  progress: UnitProgress;
  overdue: boolean;
}

export interface FollowUpFilter {
  meetingId?: string;
  /** A series' name (compared by seriesKey). */
  series?: string;
  unitKey?: string;
  /** Include assignees that are done. */
  includeDone?: boolean;
}

/** The rows of the follow-ups page: by unit (the province first), then due date (none last), then meeting. */
export function followUpRows(meetings: readonly Meeting[], tracker: Tracker, today: string, filter: FollowUpFilter = {}): FollowUpRow[] {
  const rows: FollowUpRow[] = [];
  const series = filter.series === undefined ? null : seriesKey(filter.series);
  for (const m of meetings) {
    if (m.deletedAt) continue;
    if (filter.meetingId && m.id !== filter.meetingId) continue;
    if (series !== null && seriesKey(m.series) !== series) continue;
    for (const f of m.minutes.followUps) {
      for (const [unitKey, progress] of Object.entries(progressOf(tracker, m, f))) {
        if (filter.unitKey !== undefined && unitKey !== filter.unitKey) continue;
        if (!filter.includeDone && progress.status === 'selesai') continue;
        rows.push({
          meetingId: m.id,
          meetingTitle: m.title,
          meetingDate: m.date,
          series: m.series,
          followUpId: f.id,
          action: f.action,
          responsible: f.responsible,
          dueDate: f.dueDate,
          unitKey,
          progress,
          overdue: isOverdue(f.dueDate, progress.status, today),
        });
      }
    }
  }
  return rows.sort(
    (a, b) =>
      keyOrder(a.unitKey, b.unitKey) ||
      (a.dueDate || '9999').localeCompare(b.dueDate || '9999') ||
      a.meetingDate.localeCompare(b.meetingDate) ||
      a.action.localeCompare(b.action),
  );
}

/** How many follow-ups of a meeting are still open for at least one assignee. */
export function openFollowUpCount(meeting: Meeting, tracker: Tracker): number {
  return meeting.minutes.followUps.filter((f) => isOpenProgress(progressOf(tracker, meeting, f))).length;
}

/** Counts of a follow-up's assignees by status, for a one-line summary. */
export function statusCounts(p: ProgressByUnit): Record<FollowUpStatus, number> {
  const out: Record<FollowUpStatus, number> = { belum: 0, proses: 0, selesai: 0 };
  for (const u of Object.values(p)) out[u.status] += 1;
  return out;
}

/** How an assignee key reads: "KPU Provinsi Jawa Timur", "KPU Kabupaten Tulungagung", or the free-text responsible. */
export function assigneeLabel(key: string, units: readonly Unit[], opts: { province?: string; whole?: string } = {}): string {
  if (key === PROVINCE) return opts.province || 'KPU Provinsi';
  if (key === WHOLE) return opts.whole || '—';
  const unit = unitByCode(units, key);
  return unit ? officialUnitName(unit) : `Unit ${key}`;
}

/** The assignees as a follow-up names them, in words ("Semua unit yang diundang", "KPU Provinsi", units). */
export function assigneesText(f: Pick<FollowUp, 'assignees'>, units: readonly Unit[], opts: { province?: string } = {}): string {
  const parts: string[] = [];
  if (f.assignees.includes(PROVINCE)) parts.push(assigneeLabel(PROVINCE, units, opts));
  if (f.assignees.includes(ALL_INVITED)) parts.push(`Semua ${unitsGroupName(units.filter((u) => !u.unlisted))} yang diundang`);
  const codes = f.assignees.filter((a) => a !== PROVINCE && a !== ALL_INVITED).sort();
  for (const c of codes) parts.push(assigneeLabel(c, units, opts));
  return parts.join(', ');
}

const STATUS_WORD: Record<FollowUpStatus, string> = { belum: 'Belum', proses: 'Proses', selesai: 'Selesai' };

/**
 * Where a follow-up's assignees stand, as lines for a document: one status word when there is
 * one assignee (or all agree, with `counts`), else one line per status naming the units
 * ("Selesai (2): Kab. Tulungagung, Kota Batu"), with their notes when `notes` is set.
 */
export function progressLines(p: ProgressByUnit, units: readonly Unit[], opts: { short?: boolean; notes?: boolean; counts?: boolean } = {}): string[] {
  const entries = Object.entries(p);
  const name = (k: string) => {
    if (k === PROVINCE) return 'KPU Provinsi';
    const unit = unitByCode(units, k);
    return unit ? (opts.short ? shortUnitName(unit) : officialUnitName(unit)) : k || 'Seluruhnya';
  };
  const withNote = (k: string, u: UnitProgress) => (opts.notes && u.note.trim() ? `${name(k)} (${u.note.trim()})` : name(k));
  if (entries.length === 1) {
    const [k, u] = itemAt(entries, 0);
    return [k === WHOLE ? STATUS_WORD[u.status] : `${STATUS_WORD[u.status]}: ${withNote(k, u)}`];
  }
  const out: string[] = [];
  for (const status of ['selesai', 'proses', 'belum'] as const) {
    const here = entries.filter(([, u]) => u.status === status);
    if (!here.length) continue;
    if (opts.counts) out.push(`${STATUS_WORD[status]}: ${here.length} dari ${entries.length}`);
    else out.push(`${STATUS_WORD[status]} (${here.length}): ${here.map(([k, u]) => withNote(k, u)).join(', ')}`);
  }
  return out;
}
