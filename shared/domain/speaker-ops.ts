// Editing the course of a meeting (speakers and their points) as pure list operations, the
// suggestions for a speaker's name, and the running time of whoever is speaking. The UI
// passes the current instant in; nothing here reads a clock or makes ids.
import type { Meeting, Segment, Speaker } from './meeting';
import type { Roster } from './roster';
import { roleById } from './roles';
import { itemAt } from '../indexed';

/** The institution value of the host commission (every other value is a unit code). */
export const PROVINCE = 'provinsi';

export const SEGMENTS: readonly Segment[] = ['pembukaan', 'pengarahan', 'tanya_jawab', 'penutup', 'lainnya'];

export function blankSpeaker(id: string, init: Partial<Omit<Speaker, 'id'>> = {}): Speaker {
  const s: Speaker = {
    id,
    name: '',
    jabatan: '',
    institution: PROVINCE,
    segment: 'pembukaan',
    points: [''],
    startedAt: '',
    endedAt: '',
    unitCode: '',
    ...init,
  };
  return withInstitution(s, s.institution);
}

/** Set who a speaker speaks for; a unit's speaker (e.g. a question in tanya jawab) is linked to that unit. */
export function withInstitution(s: Speaker, institution: string): Speaker {
  const inst = institution || PROVINCE;
  return { ...s, institution: inst, unitCode: inst === PROVINCE ? '' : inst };
}

// Generic list steps, shared by speakers, points, conclusions and follow-ups.

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const item = itemAt(out.splice(from, 1), 0);
  out.splice(to, 0, item);
  return out;
}

export function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  const i = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, i), item, ...list.slice(i)];
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  if (index < 0 || index >= list.length) return [...list];
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  if (index < 0 || index >= list.length) return [...list];
  const out = [...list];
  out[index] = item;
  return out;
}

// Speakers.

export function indexOfSpeaker(list: readonly Speaker[], id: string): number {
  return list.findIndex((s) => s.id === id);
}

/** Add a speaker after the one at `afterIndex` (default: at the end). */
export function addSpeaker(list: readonly Speaker[], speaker: Speaker, afterIndex = list.length - 1): Speaker[] {
  return insertAt(list, afterIndex + 1, speaker);
}

export function removeSpeaker(list: readonly Speaker[], id: string): Speaker[] {
  return list.filter((s) => s.id !== id);
}

/** Move a speaker up (-1) or down (+1) in the order of speaking. */
export function moveSpeaker(list: readonly Speaker[], id: string, by: number): Speaker[] {
  const i = indexOfSpeaker(list, id);
  if (i < 0) return [...list];
  return moveItem(list, i, Math.max(0, Math.min(list.length - 1, i + by)));
}

export function updateSpeaker(list: readonly Speaker[], id: string, change: (s: Speaker) => Speaker): Speaker[] {
  return list.map((s) => (s.id === id ? change(s) : s));
}

/** The segment a new speaker most likely belongs to, after the last one. */
export function nextSegment(list: readonly Speaker[]): Segment {
  const last = list[list.length - 1];
  if (!last) return 'pembukaan';
  if (last.segment === 'pembukaan') return 'pengarahan';
  if (last.segment === 'penutup') return 'lainnya';
  return last.segment;
}

// Points: Enter in a point splits it at the caret into this point and the next one.

export function splitPoint(points: readonly string[], index: number, caret: number): string[] {
  const list = points.length ? points : [''];
  const i = Math.max(0, Math.min(list.length - 1, index));
  const text = itemAt(list, i);
  const at = Math.max(0, Math.min(text.length, caret));
  return [...list.slice(0, i), text.slice(0, at).trimEnd(), text.slice(at).trimStart(), ...list.slice(i + 1)];
}

/** Join a point into the previous one (Backspace at its start); the caret goes to the join. */
export function mergePointIntoPrevious(points: readonly string[], index: number): { points: string[]; caret: number } | null {
  if (index <= 0 || index >= points.length) return null;
  const prev = itemAt(points, index - 1);
  const cur = itemAt(points, index);
  const joined = prev && cur ? `${prev} ${cur}` : prev + cur;
  return { points: [...points.slice(0, index - 1), joined, ...points.slice(index + 1)], caret: prev.length + (prev && cur ? 1 : 0) };
}

/** Text pasted into a point with several lines becomes several points (list marks dropped). */
export function pasteIntoPoint(
  points: readonly string[],
  index: number,
  selStart: number,
  selEnd: number,
  pasted: string,
): { points: string[]; focus: number; caret: number } {
  const list = points.length ? [...points] : [''];
  const i = Math.max(0, Math.min(list.length - 1, index));
  const text = itemAt(list, i);
  const before = text.slice(0, selStart);
  const after = text.slice(selEnd);
  const raw = pasted.replace(/\r\n?/g, '\n').split('\n');
  const lines = raw.length === 1 ? raw : raw.map((l) => l.replace(/^\s*(?:[-•*·]|\d{1,3}[.)]|[a-z][.)])\s+/i, '').trim()).filter(Boolean);
  if (lines.length <= 1) {
    const one = lines[0] ?? '';
    list[i] = before + one + after;
    return { points: list, focus: i, caret: before.length + one.length };
  }
  const last = itemAt(lines, lines.length - 1);
  const inserted = [before + lines[0], ...lines.slice(1, -1), last + after];
  return { points: [...list.slice(0, i), ...inserted, ...list.slice(i + 1)], focus: i + inserted.length - 1, caret: last.length };
}

// Timing: the start/stop control of each speaker.

/** Start timing a speaker; whoever else was speaking stops now. */
export function startSpeaking(list: readonly Speaker[], id: string, nowIso: string): Speaker[] {
  return list.map((s) => {
    if (s.id === id) return { ...s, startedAt: nowIso, endedAt: '' };
    if (s.startedAt && !s.endedAt) return { ...s, endedAt: nowIso };
    return s;
  });
}

export function stopSpeaking(list: readonly Speaker[], id: string, nowIso: string): Speaker[] {
  return updateSpeaker(list, id, (s) => (s.startedAt && !s.endedAt ? { ...s, endedAt: nowIso } : s));
}

export function isSpeaking(s: Speaker): boolean {
  return !!s.startedAt && !s.endedAt;
}

/** The speaker being timed now, if any. */
export function currentSpeaker(list: readonly Speaker[]): Speaker | undefined {
  return list.find(isSpeaking);
}

/** Seconds a speaker spoke (or has been speaking until `nowMs`), or null when never started. */
export function speakingSeconds(s: Pick<Speaker, 'startedAt' | 'endedAt'>, nowMs: number): number | null {
  if (!s.startedAt) return null;
  const start = Date.parse(s.startedAt);
  if (Number.isNaN(start)) return null;
  const end = s.endedAt ? Date.parse(s.endedAt) : nowMs;
  if (Number.isNaN(end)) return null;
  return Math.max(0, Math.floor((end - start) / 1000));
}

/** "4:05" or "1:02:09". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

// Who may speak: suggestions for the name field.

export interface KnownSpeaker {
  name: string;
  jabatan: string;
  /** PROVINCE or a unit code. */
  institution: string;
  /** Where the suggestion comes from, most relevant first. */
  source: 'meeting' | 'earlier' | 'chair' | 'roster';
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
}

/**
 * People who spoke in earlier meetings, the newest meeting first, once per name, with the
 * position they held the last time they spoke.
 */
export function speakersOfMeetings(meetings: ReadonlyArray<Pick<Meeting, 'date' | 'startTime' | 'speakers'>>, limit = 500): KnownSpeaker[] {
  const ordered = [...meetings].sort((a, b) => (b.date + b.startTime).localeCompare(a.date + a.startTime));
  const seen = new Set<string>();
  const out: KnownSpeaker[] = [];
  for (const m of ordered) {
    for (let i = m.speakers.length - 1; i >= 0; i--) {
      const s = itemAt(m.speakers, i);
      const key = nameKey(s.name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push({ name: s.name.trim(), jabatan: s.jabatan.trim(), institution: s.institution || PROVINCE, source: 'earlier' });
      if (out.length >= limit) return out;
    }
  }
  return out;
}

/**
 * Every name the speaker field offers, once each: who already spoke in this meeting, who
 * spoke in earlier meetings, the chair, then the roster's people with their unit.
 */
export function speakerSuggestions(input: {
  speakers: readonly Speaker[];
  earlier?: readonly KnownSpeaker[];
  chair?: { name: string; jabatan: string };
  roster?: Roster;
}): KnownSpeaker[] {
  const seen = new Set<string>();
  const out: KnownSpeaker[] = [];
  const add = (k: KnownSpeaker) => {
    const key = nameKey(k.name);
    if (!key || seen.has(key)) return;
    seen.add(key);
    out.push({ ...k, name: k.name.trim().replace(/\s+/g, ' '), jabatan: k.jabatan.trim() });
  };
  for (const s of input.speakers) add({ name: s.name, jabatan: s.jabatan, institution: s.institution || PROVINCE, source: 'meeting' });
  for (const k of input.earlier ?? []) add({ ...k, source: 'earlier' });
  if (input.chair) add({ name: input.chair.name, jabatan: input.chair.jabatan, institution: PROVINCE, source: 'chair' });
  const roster = input.roster;
  if (roster) {
    for (const p of roster.people) {
      const jabatan = p.jabatan.trim() || roleById(roster.roles, p.roleId)?.label || '';
      add({ name: p.name, jabatan, institution: p.unitCode, source: 'roster' });
    }
  }
  return out;
}

/** Find a suggestion by the exact name chosen in the field. */
export function findSuggestion(list: readonly KnownSpeaker[], name: string): KnownSpeaker | undefined {
  const key = nameKey(name);
  return key ? list.find((k) => nameKey(k.name) === key) : undefined;
}

/** Take over a known person's position and institution. */
export function applySuggestion(s: Speaker, k: KnownSpeaker): Speaker {
  return withInstitution({ ...s, name: k.name, jabatan: k.jabatan }, k.institution);
}
