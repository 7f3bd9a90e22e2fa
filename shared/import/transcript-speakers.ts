// Turns the turns of a transcript into a proposed speaker log: who spoke (matched to the
// meeting's speakers, the chair, earlier meetings' provincial speakers and the roster), for
// which institution, in which segment, when, and the sentences as points. Rule-based only;
// the user accepts, edits or drops every proposal.
import type { Meeting, Segment, Speaker } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import { roleById } from '../domain/roles';
import { officialUnitName, shortUnitName, unitByCode } from '../domain/units';
import { containsPhrase, normalizeWords, recognizeUnit, rolesMentioned } from '../domain/unit-match';
import { PROVINCE, speakerSuggestions, type KnownSpeaker } from '../domain/speaker-ops';
import { speakerKey, turnSentences, type TranscriptTurn } from './transcript-vtt';
import { ZONES, type IndonesianZone } from '../domain/datetime';
import { itemAt } from '../indexed';

export type TranscriptMatch = 'known' | 'unit' | 'unknown' | 'operator';

/** Where a proposal stands against what the meeting already holds. */
export type ProposalState = 'new' | 'imported' | 'typed' | 'skipped';

export interface SpeakerProposal {
  key: string;
  /** The name as the transcript wrote it. */
  displayName: string;
  name: string;
  jabatan: string;
  /** PROVINCE or a unit code. */
  institution: string;
  segment: Segment;
  /** ISO instants; empty when the recording's start is not known. */
  startedAt: string;
  endedAt: string;
  /** From the recording's start. */
  startMs: number;
  endMs: number;
  points: string[];
  match: TranscriptMatch;
  /** Why it was matched like this, in Indonesian. */
  reason: string;
  state: ProposalState;
  /** Whether the review ticks it at first: a certain match that is not in the log yet. */
  proposed: boolean;
  /** The cues of the turn, for the transcript beside the proposal. */
  cues: Array<{ startMs: number; text: string }>;
}

export interface ProposalContext {
  meeting: Pick<Meeting, 'speakers' | 'chair' | 'unitsInvited'> & { transcriptSkipped?: readonly string[] };
  roster: Roster;
  /** Speakers of earlier meetings (speakersOfMeetings). */
  earlier: readonly KnownSpeaker[];
  /** The recording's start as epoch milliseconds; null = unknown (no times proposed). */
  recordingStartMs: number | null;
}

// The host's announcements ("Host", "Operator KPU Jatim", "Admin Zoom") are left out.
const OPERATOR_WORDS = ['host', 'co host', 'cohost', 'operator', 'admin', 'panitia', 'tuan rumah', 'moderator zoom', 'zoom', 'streaming', 'teams'];
// Names that say only "the province" ("KPU Jatim", "KPU Provinsi Jawa Timur").
const HOST_ONLY = new Set(['kpu', 'jatim', 'provinsi', 'prov', 'jawa', 'timur', 'sekretariat', 'kpud']);

// Words in a display name that are not a person's name: institutions and Indonesian titles.
const NOT_NAME = new Set([
  ...HOST_ONLY,
  'kab',
  'kabupaten',
  'kota',
  'divisi',
  'ketua',
  'anggota',
  'komisioner',
  'plh',
  'plt',
  'ri',
  'drs',
  'dra',
  'dr',
  'ir',
  'hj',
  'prof',
  'spd',
  'mpd',
  'ssos',
  'msi',
  'sh',
  'mh',
  'se',
  'mm',
  'st',
  'mt',
  'sip',
  'sos',
  'si',
  'pd',
  'ma',
  'ag',
  'sag',
  'mag',
  'shi',
  'mhi',
  'skom',
  'mkom',
  'ak',
  'ssi',
  'sth',
  'sp',
  'ap',
  'msc',
  'phd',
]);

function personWords(name: string): string[] {
  return normalizeWords(name).filter((w) => w.length >= 3 && !NOT_NAME.has(w) && !/^\d+$/.test(w));
}

interface Candidate {
  known: KnownSpeaker;
  words: string[];
}

/** Known people by name: every word of a known name in the display name, or the display name's words all inside one known name. */
function matchKnown(display: string, candidates: readonly Candidate[]): { known: KnownSpeaker; full: boolean } | { ambiguous: string[] } | null {
  const words = personWords(display);
  if (words.length === 0) return null;
  const have = new Set(words);
  const full = candidates.filter((c) => c.words.length > 0 && c.words.every((w) => have.has(w)));
  if (full.length > 0) {
    const most = Math.max(...full.map((c) => c.words.length));
    const best = full.filter((c) => c.words.length === most);
    const names = [...new Set(best.map((c) => speakerKey(c.known.name)))];
    if (names.length === 1) return { known: itemAt(best, 0).known, full: true };
    return { ambiguous: [...new Set(best.map((c) => c.known.name))] };
  }
  if (!words.some((w) => w.length >= 4)) return null;
  const partial = candidates.filter((c) => words.every((w) => c.words.includes(w)));
  const names = [...new Set(partial.map((c) => speakerKey(c.known.name)))];
  if (names.length === 1) return { known: itemAt(partial, 0).known, full: false };
  if (names.length > 1) return { ambiguous: [...new Set(partial.map((c) => c.known.name))] };
  return null;
}

function isOperator(display: string): boolean {
  if (OPERATOR_WORDS.some((p) => containsPhrase(display, p))) return true;
  const words = normalizeWords(display);
  return words.length > 0 && words.every((w) => HOST_ONLY.has(w));
}

/** The display name without the unit and role parts ("Dian - KPU Kab. Lamongan (Parmas)" -> "Dian"). */
function nameWithoutUnit(display: string, roster: Roster): string {
  const parts = display
    .split(/\s*[-–—|,/()[\]]\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const kept = parts.filter((p) => recognizeUnit(p, roster.units).kind === 'none' && rolesMentioned(p, roster.roles).length === 0 && personWords(p).length > 0);
  return kept.join(' ').replace(/\s+/g, ' ').trim();
}

interface Identified {
  match: TranscriptMatch;
  name: string;
  jabatan: string;
  institution: string;
  reason: string;
  certain: boolean;
}

function identify(display: string, ctx: ProposalContext, candidates: readonly Candidate[]): Identified {
  const { roster } = ctx;
  const trimmed = display.trim();
  if (!trimmed) {
    return { match: 'unknown', name: '', jabatan: '', institution: PROVINCE, reason: 'Transkrip tidak mencatat nama pembicara.', certain: false };
  }
  const unit = recognizeUnit(trimmed, roster.units);
  if (unit.kind === 'ambiguous') {
    const names = unit.codes.map((c) => {
      const u = unitByCode(roster.units, c);
      return u ? shortUnitName(u) : c;
    });
    return {
      match: 'unknown',
      name: nameWithoutUnit(trimmed, roster) || trimmed,
      jabatan: '',
      institution: PROVINCE,
      reason: `Unit bisa ${names.join(' atau ')}; pilih instansinya.`,
      certain: false,
    };
  }
  if (unit.kind === 'unit' && !containsPhrase(trimmed, 'jatim') && !containsPhrase(trimmed, 'provinsi')) {
    const u = unitByCode(roster.units, unit.code)!;
    const roles = rolesMentioned(trimmed, roster.roles);
    const roleId = roles.length === 1 ? roles[0] : '';
    const role = roleId ? roleById(roster.roles, roleId) : undefined;
    const unitPeople = candidates.filter((c) => c.known.source === 'roster' && c.known.institution === unit.code);
    const byName = matchKnown(trimmed, unitPeople);
    const holder = roleId ? roster.people.find((p) => p.unitCode === unit.code && p.roleId === roleId && p.name.trim()) : undefined;
    const known = byName && 'known' in byName ? byName.known : null;
    const name = known?.name ?? holder?.name.trim() ?? (nameWithoutUnit(trimmed, roster) || officialUnitName(u));
    const jabatan = known?.jabatan || holder?.jabatan.trim() || role?.label || '';
    const what = [officialUnitName(u), role?.short].filter(Boolean).join(', ');
    const invited = ctx.meeting.unitsInvited.includes(unit.code);
    return {
      match: 'unit',
      name,
      jabatan,
      institution: unit.code,
      reason: `Pertanyaan dari ${what}${known || holder ? ` (nama dari roster)` : ''}.${invited ? '' : ' Unit ini tidak termasuk yang diundang.'}`,
      certain: invited,
    };
  }
  const byName = matchKnown(trimmed, candidates);
  if (byName && 'known' in byName) {
    const k = byName.known;
    const from = { meeting: 'pembicara rapat ini', earlier: 'pembicara rapat sebelumnya', chair: 'pimpinan rapat', roster: 'roster' }[k.source];
    return {
      match: 'known',
      name: k.name,
      jabatan: k.jabatan,
      institution: k.institution || PROVINCE,
      reason: byName.full ? `Dikenali sebagai ${from}.` : `Mungkin ${k.name} (${from}); periksa namanya.`,
      certain: byName.full,
    };
  }
  if (isOperator(trimmed)) {
    return { match: 'operator', name: trimmed, jabatan: '', institution: PROVINCE, reason: 'Pengumuman operator/host; tidak dimasukkan.', certain: false };
  }
  if (byName && 'ambiguous' in byName) {
    return {
      match: 'unknown',
      name: trimmed,
      jabatan: '',
      institution: PROVINCE,
      reason: `Nama bisa ${byName.ambiguous.slice(0, 3).join(' atau ')}; pilih yang benar.`,
      certain: false,
    };
  }
  const clean = personWords(trimmed).length ? trimmed.replace(/\s*[-–|(]\s*(kpu\b.*)$/i, '').trim() || trimmed : trimmed;
  return { match: 'unknown', name: clean, jabatan: '', institution: PROVINCE, reason: 'Nama tidak ada di roster maupun pembicara sebelumnya.', certain: false };
}

/**
 * The segment of each turn from its place in the meeting: questions from units are Tanya
 * Jawab, and so are the province's answers between the first and the last question; the
 * first provincial turn opens, turns after the last question close, the rest brief.
 */
function segmentsByPosition(matches: readonly TranscriptMatch[]): Segment[] {
  const firstQ = matches.indexOf('unit');
  const lastQ = matches.lastIndexOf('unit');
  const spoken = matches.map((m, i) => (m === 'operator' ? -1 : i)).filter((i) => i >= 0);
  const first = spoken[0];
  const last = spoken[spoken.length - 1];
  return matches.map((m, i): Segment => {
    if (m === 'unit') return 'tanya_jawab';
    if (i === first) return 'pembukaan';
    if (firstQ >= 0 && i > firstQ && i < lastQ) return 'tanya_jawab';
    // The province's answer right after the last question still belongs to the questions.
    if (firstQ >= 0 && i > lastQ) return spoken[spoken.indexOf(i) - 1] === lastQ ? 'tanya_jawab' : 'penutup';
    if (firstQ < 0 && i === last && spoken.length >= 3) return 'penutup';
    return 'pengarahan';
  });
}

/** "Betul.", "Baik, terima kasih": a few words are a remark between turns, not a speaker of the log. */
function isInterjection(t: TranscriptTurn): boolean {
  let words = 0;
  for (const c of t.cues) {
    words += c.text.split(' ').length;
    if (words >= 4) return false;
  }
  return true;
}

const TYPED_SLACK_MS = 30 * 1000;

/** A speaker the notetaker typed (not imported) with the same name, timed over the same stretch. */
function typedAlready(speakers: readonly Speaker[], name: string, startMs: number | null, endMs: number | null): boolean {
  if (startMs === null || endMs === null) return false;
  const key = speakerKey(name);
  return speakers.some((s) => {
    if (s.sourceKey || speakerKey(s.name) !== key || !s.startedAt) return false;
    const a = Date.parse(s.startedAt);
    const b = s.endedAt ? Date.parse(s.endedAt) : a;
    return a <= endMs + TYPED_SLACK_MS && b >= startMs - TYPED_SLACK_MS;
  });
}

export function proposeSpeakerLog(turns: readonly TranscriptTurn[], ctx: ProposalContext): SpeakerProposal[] {
  const known = speakerSuggestions({ speakers: ctx.meeting.speakers, earlier: ctx.earlier, chair: ctx.meeting.chair, roster: ctx.roster });
  const candidates: Candidate[] = known.map((k) => ({ known: k, words: personWords(k.name) })).filter((c) => c.words.length > 0);
  const cache = new Map<string, Identified>();
  const ids = turns.map((t) => {
    const k = speakerKey(t.speaker);
    let hit = cache.get(k);
    if (!hit) {
      hit = identify(t.speaker, ctx, candidates);
      cache.set(k, hit);
    }
    return hit;
  });
  const segments = segmentsByPosition(ids.map((i) => i.match));
  const importedKeys = new Set(ctx.meeting.speakers.map((s) => s.sourceKey).filter(Boolean));
  const skipped = new Set(ctx.meeting.transcriptSkipped ?? []);
  const base = ctx.recordingStartMs;
  return turns.map((t, i): SpeakerProposal => {
    const id = itemAt(ids, i);
    const remark = isInterjection(t);
    const startAbs = base === null ? null : base + t.startMs;
    const endAbs = base === null ? null : base + t.endMs;
    let state: ProposalState = 'new';
    if (importedKeys.has(t.key)) state = 'imported';
    else if (skipped.has(t.key)) state = 'skipped';
    else if (id.match !== 'operator' && typedAlready(ctx.meeting.speakers, id.name, startAbs, endAbs)) state = 'typed';
    return {
      key: t.key,
      displayName: t.speaker,
      name: id.name,
      jabatan: id.jabatan,
      institution: id.institution,
      segment: itemAt(segments, i),
      startedAt: startAbs === null ? '' : new Date(startAbs).toISOString(),
      endedAt: endAbs === null ? '' : new Date(endAbs).toISOString(),
      startMs: t.startMs,
      endMs: t.endMs,
      points: turnSentences(t),
      match: id.match,
      reason: remark && id.match !== 'operator' ? `${id.reason} Sela singkat; tidak diusulkan.` : id.reason,
      state,
      proposed: state === 'new' && id.certain && (id.match === 'known' || id.match === 'unit') && !remark,
      cues: t.cues.map((c) => ({ startMs: c.startMs, text: c.text })),
    };
  });
}

/** "09.05", "9:05", "09.05.30" as seconds of the day; null when it is not a time. */
export function parseTypedClock(text: string): number | null {
  const m = /^\s*(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const [h, min, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  return h * 3600 + min * 60 + s;
}

/** "09.05.30" from seconds of the day. */
export function formatClockSeconds(seconds: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(seconds / 3600))}.${p(Math.floor((seconds % 3600) / 60))}.${p(seconds % 60)}`;
}

/** "09.00.15" in the meeting's zone, from an ISO instant; empty for no time. */
export function instantClock(iso: string, zone: IndonesianZone): string {
  const t = Date.parse(iso);
  if (!iso || Number.isNaN(t)) return '';
  const local = Math.floor(t / 1000) + ZONES[zone].offsetHours * 3600;
  return formatClockSeconds(((local % 86400) + 86400) % 86400);
}
