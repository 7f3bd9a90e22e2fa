// Reads the transcript a meeting platform writes after a recording: Zoom's .vtt (cues of
// "Name: text") and Teams' .vtt (cues with ids and "<v Name>text</v>"), and merges the cues
// of one speaker into turns. Files come from users, so anything else gets a plain reason.
import { decodeText, type TextEncodingName } from '../text/decode';
import { AppError } from '../errors';
import { group, itemAt } from '../indexed';

export type TranscriptFormat = 'zoom' | 'teams' | 'vtt';

export const TRANSCRIPT_FORMAT_LABELS: Record<TranscriptFormat, string> = {
  zoom: 'Transkrip Zoom (.vtt)',
  teams: 'Transkrip Microsoft Teams (.vtt)',
  vtt: 'Transkrip WebVTT (.vtt)',
};

/** A 3-hour rakor is about 1 MB of .vtt; 16 MB leaves room for a whole day. */
export const TRANSCRIPT_MAX_BYTES = 16 * 1024 * 1024;
export const TRANSCRIPT_MAX_CUES = 50_000;

export interface TranscriptCue {
  /** Position in the file, from 0. */
  index: number;
  /** The cue's id line (Teams writes one per cue), or empty. */
  id: string;
  /** From the start of the recording. */
  startMs: number;
  endMs: number;
  /** As written; empty when the cue names nobody. */
  speaker: string;
  text: string;
}

export interface ParsedTranscript {
  format: TranscriptFormat;
  encoding: TextEncodingName;
  cues: TranscriptCue[];
  /** Cues with no words (Zoom writes some), left out. */
  emptyCues: number;
  /** Problems the parser stepped over (Indonesian), at most a few. */
  warnings: string[];
}

function unreadable(message: string): AppError {
  return new AppError('transcript_unreadable', message);
}

const HINT = 'Di Zoom, unduh file transkrip (.vtt) dari rekaman cloud; di Teams, unduh transkrip sebagai .vtt.';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TIMING = /^\s*(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})[ \t]+-->[ \t]+(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})(?:[ \t].*)?$/;
const VOICE = /<v(?:\.[^\s>]*)?[ \t]+([^>]*)>/;

/** Milliseconds from the four groups (hours may be absent) of one timestamp in TIMING. */
function timestampMs(m: RegExpExecArray, at: number): number {
  const hours = m[at] ? Number(m[at]) : 0;
  return ((hours * 60 + Number(m[at + 1])) * 60 + Number(m[at + 2])) * 1000 + Number(m[at + 3]);
}

interface RawCue {
  id: string;
  startMs: number;
  endMs: number;
  payload: string;
}

/**
 * The cues of a WebVTT text (signature already checked): blocks split by blank lines, an
 * optional id line before the timing line, NOTE, STYLE and REGION blocks skipped. Counts the
 * blocks that could not be read, too.
 */
function readCues(text: string): { cues: RawCue[]; bad: number; firstBadLine: number } {
  const lines = text.split(/\r\n|\r|\n/);
  const cues: RawCue[] = [];
  let bad = 0;
  let firstBadLine = 0;
  let i = 1;
  while (i < lines.length && itemAt(lines, i).trim() !== '') i++; // the header lines after "WEBVTT"
  while (i < lines.length) {
    while (i < lines.length && itemAt(lines, i).trim() === '') i++;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && itemAt(lines, i).trim() !== '') block.push(itemAt(lines, i++));
    const arrow = block.findIndex((l) => l.includes('-->'));
    if (arrow < 0) {
      if (!/^(NOTE|STYLE|REGION)(\s|$)/.test(itemAt(block, 0))) {
        bad++;
        firstBadLine ||= blockStart + 1;
      }
      continue;
    }
    const timing = TIMING.exec(itemAt(block, arrow));
    if (!timing || arrow > 1) {
      bad++;
      firstBadLine ||= blockStart + arrow + 1;
      continue;
    }
    cues.push({
      id: arrow === 1 ? itemAt(block, 0).trim() : '',
      startMs: timestampMs(timing, 1),
      endMs: timestampMs(timing, 5),
      payload: block.slice(arrow + 1).join('\n'),
    });
  }
  return { cues, bad, firstBadLine };
}

/** Runs of white space (line breaks too) as one space; most cue text has none to change. */
const oneLine = (s: string) => (/\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());

// Zoom: "Insan Qoriawan: Selamat pagi". A name is short and holds no "?", "!" or line break;
// "Catatan: ..." inside someone's speech would still read as a name, which the review shows.
const ZOOM_SPEAKER = /^([^:!?\n]{1,100}?)\s*:(?:\s+([\s\S]*))?$/;

function signatureProblem(text: string, head: Uint8Array): string | null {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return `File ini dokumen Word (.docx) atau arsip zip, bukan transkrip .vtt. ${HINT}`;
  }
  if (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46) return `File ini PDF, bukan transkrip .vtt. ${HINT}`;
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return `File ini dokumen Word lama (.doc), bukan transkrip .vtt. ${HINT}`;
  if (/\u0000/.test(text.slice(0, 4096))) return `File ini bukan teks, jadi bukan transkrip .vtt. ${HINT}`;
  const start = text.replace(/^\ufeff/, '').trimStart();
  if (/^WEBVTT(?:[ \t]|\r|\n|$)/.test(start)) return null;
  if (/^\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->/.test(start)) {
    return `File ini berformat SubRip (.srt), bukan WebVTT (.vtt). Unduh ulang transkrip dalam format .vtt. ${HINT}`;
  }
  return `File ini bukan transkrip WebVTT (.vtt): baris pertamanya harus "WEBVTT". ${HINT}`;
}

export function parseTranscript(bytes: Uint8Array): ParsedTranscript {
  if (bytes.length === 0) throw unreadable('File transkrip kosong.');
  if (bytes.length > TRANSCRIPT_MAX_BYTES) {
    throw unreadable(`File terlalu besar untuk sebuah transkrip (${Math.ceil(bytes.length / 1048576)} MB; paling besar 16 MB).`);
  }
  const decoded = decodeText(bytes);
  const problem = signatureProblem(decoded.text, bytes.subarray(0, 8));
  if (problem) throw unreadable(problem);

  const { cues: raw, bad, firstBadLine } = readCues(decoded.text.replace(/^\ufeff/, ''));
  if (raw.length > TRANSCRIPT_MAX_CUES) {
    throw unreadable(`Transkrip memuat ${raw.length} potongan; paling banyak ${TRANSCRIPT_MAX_CUES}.`);
  }
  let voices = 0;
  let emptyCues = 0;
  const cues: TranscriptCue[] = [];
  raw.forEach((c, index) => {
    const voice = VOICE.exec(c.payload)?.[1] ?? '';
    let speaker = oneLine(decodeEntities(voice));
    let text = oneLine(decodeEntities(c.payload.includes('<') ? c.payload.replace(/<[^>]*>/g, '') : c.payload));
    if (speaker) voices++;
    else {
      const m = ZOOM_SPEAKER.exec(text);
      if (m && /\p{L}/u.test(group(m, 1))) {
        speaker = oneLine(group(m, 1));
        text = oneLine(m[2] ?? '');
      }
    }
    if (!text) {
      emptyCues++;
      return;
    }
    cues.push({ index, id: c.id, startMs: c.startMs, endMs: Math.max(c.startMs, c.endMs), speaker, text });
  });
  if (cues.length === 0) throw unreadable('Transkrip ini tidak berisi ucapan satu pun (semua potongan kosong).');
  const named = cues.filter((c) => c.speaker).length;
  const format: TranscriptFormat = voices > 0 ? 'teams' : named > 0 ? 'zoom' : 'vtt';
  const warnings: string[] = [];
  if (bad > 0) warnings.push(`${bad} bagian transkrip tidak sesuai format WebVTT dan dilewati (yang pertama di baris ${firstBadLine}).`);
  if (named < cues.length) warnings.push(`${cues.length - named} potongan tanpa nama pembicara.`);
  return { format, encoding: decoded.encoding, cues, emptyCues, warnings };
}

export interface TranscriptTurn {
  /** Fingerprint of the turn in the file, the same at every import of the same transcript. */
  key: string;
  speaker: string;
  startMs: number;
  endMs: number;
  /** The cues of the turn, in time order. */
  cues: TranscriptCue[];
}

const keyCache = new Map<string, string>();

/** A name compared without case or spacing differences (cached: a transcript repeats a few names thousands of times). */
export function speakerKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
    if (keyCache.size > 5000) keyCache.clear();
    keyCache.set(name, key);
  }
  return key;
}

/** FNV-1a, 32 bits, as 8 hex digits: short and stable; not a security boundary. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A pause of the same speaker longer than this starts a new turn. */
export const MAX_PAUSE_MS = 3 * 60 * 1000;

/**
 * Consecutive cues of one speaker become one turn, also across a pause of up to
 * MAX_PAUSE_MS. A cue of someone else that starts while a turn is still running (an
 * interjection, overlapping cues) becomes a turn of its own without cutting the running
 * one; when that person goes on after the running turn ended, the floor passes to them.
 * Turns are returned in the order they start.
 */
export function mergeTurns(cues: readonly TranscriptCue[], maxPauseMs = MAX_PAUSE_MS): TranscriptTurn[] {
  const ordered = [...cues].sort((a, b) => a.startMs - b.startMs || a.index - b.index);
  const turns: TranscriptTurn[] = [];
  const open = (cue: TranscriptCue): TranscriptTurn => {
    const t = { key: speakerKey(cue.speaker), speaker: cue.speaker, startMs: cue.startMs, endMs: cue.endMs, cues: [cue] };
    turns.push(t);
    return t;
  };
  const add = (t: TranscriptTurn, cue: TranscriptCue) => {
    t.cues.push(cue);
    t.endMs = Math.max(t.endMs, cue.endMs);
  };
  let current: TranscriptTurn | null = null;
  let side: TranscriptTurn | null = null;
  for (const cue of ordered) {
    const who = speakerKey(cue.speaker);
    if (current && who === current.key && cue.startMs - current.endMs <= maxPauseMs) {
      add(current, cue);
    } else if (side && who === side.key && cue.startMs - side.endMs <= maxPauseMs) {
      add(side, cue);
      if (!current || cue.startMs >= current.endMs) [current, side] = [side, null];
    } else if (current && cue.startMs < current.endMs) {
      side = open(cue);
    } else {
      current = open(cue);
      side = null;
    }
  }
  turns.sort((a, b) => a.startMs - b.startMs || itemAt(a.cues, 0).index - itemAt(b.cues, 0).index);
  for (const t of turns) t.key = `vtt-${fnv1a(`${t.key}|${t.startMs}|${itemAt(t.cues, 0).text.slice(0, 200)}`)}`;
  return turns;
}

const MAX_POINTS = 200;
const MAX_POINT_CHARS = 9000;

/** The sentences of a turn, one proposed point each (a very long turn keeps its tail in the last point). */
export function turnSentences(turn: Pick<TranscriptTurn, 'cues'>): string[] {
  const text = oneLine(turn.cues.map((c) => c.text).join(' '));
  const sentences: string[] = [];
  for (const s of text.split(/(?<=[.!?…])\s+(?=["'“(]?[\p{Lu}\d])/u)) {
    const one = s.trim();
    if (!one) continue;
    for (let i = 0; i < one.length; i += MAX_POINT_CHARS) sentences.push(one.slice(i, i + MAX_POINT_CHARS));
  }
  if (sentences.length <= MAX_POINTS) return sentences;
  const tail = sentences
    .slice(MAX_POINTS - 1)
    .join(' ')
    .slice(0, MAX_POINT_CHARS);
  return [...sentences.slice(0, MAX_POINTS - 1), tail];
}
