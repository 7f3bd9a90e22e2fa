// Reads the transcript a meeting platform writes after a recording: Zoom's .vtt (cues of
// "Name: text") and Teams' .vtt (cues with ids and "<v Name>text</v>"), and merges the cues
// of one speaker into turns. Files come from users, so anything else gets a plain reason.
import webvtt from 'webvtt-parser';
import { decodeText, type TextEncodingName } from '../text/decode';
import { AppError } from '../errors';

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

// The parser's default entity table lacks the forms with ";" ("&amp;" would become "&;").
const ENTITIES = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&lrm;': '\u200e', '&rlm;': '\u200f', '&nbsp;': '\u00a0',
  '&amp': '&', '&lt': '<', '&gt': '>', '&lrm': '\u200e', '&rlm': '\u200f', '&nbsp': '\u00a0',
  '&quot;': '"', '&apos;': "'",
} as const;

type TreeNode = { type: 'text'; value: string } | { type: 'object'; name: string; value?: string; children: TreeNode[] } | { type: 'timestamp' };

function textOf(nodes: readonly TreeNode[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += n.value;
    else if (n.type === 'object' && n.name !== 'rt') out += textOf(n.children);
  }
  return out;
}

function voiceOf(nodes: readonly TreeNode[]): string {
  for (const n of nodes) {
    if (n.type !== 'object') continue;
    if (n.name === 'v' && n.value?.trim()) return n.value;
    const inner = voiceOf(n.children);
    if (inner) return inner;
  }
  return '';
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

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

  const parser = new webvtt.WebVTTParser(ENTITIES as unknown as ConstructorParameters<typeof webvtt.WebVTTParser>[0]);
  const result = parser.parse(decoded.text.replace(/^\ufeff/, ''), 'metadata');
  if (result.cues.length > TRANSCRIPT_MAX_CUES) {
    throw unreadable(`Transkrip memuat ${result.cues.length} potongan; paling banyak ${TRANSCRIPT_MAX_CUES}.`);
  }
  let voices = 0;
  let emptyCues = 0;
  const cues: TranscriptCue[] = [];
  result.cues.forEach((c, index) => {
    const tree = c.tree.children as unknown as TreeNode[];
    const voice = voiceOf(tree);
    let speaker = oneLine(voice);
    let text = oneLine(textOf(tree));
    if (voice) voices++;
    else {
      const m = ZOOM_SPEAKER.exec(text);
      if (m && /\p{L}/u.test(m[1])) {
        speaker = oneLine(m[1]);
        text = oneLine(m[2] ?? '');
      }
    }
    if (!text) {
      emptyCues++;
      return;
    }
    const startMs = Math.round(c.startTime * 1000);
    const endMs = Math.max(startMs, Math.round(c.endTime * 1000));
    cues.push({ index, id: c.id.trim(), startMs, endMs, speaker, text });
  });
  if (cues.length === 0) throw unreadable('Transkrip ini tidak berisi ucapan satu pun (semua potongan kosong).');
  const named = cues.filter((c) => c.speaker).length;
  const format: TranscriptFormat = voices > 0 ? 'teams' : named > 0 ? 'zoom' : 'vtt';
  const warnings: string[] = [];
  if (result.errors.length > 0) {
    warnings.push(`${result.errors.length} baris transkrip tidak sesuai format WebVTT dan dilewati (pertama di baris ${result.errors[0].line}).`);
  }
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

export function speakerKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('id');
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
  turns.sort((a, b) => a.startMs - b.startMs || a.cues[0].index - b.cues[0].index);
  for (const t of turns) t.key = `vtt-${fnv1a(`${t.key}|${t.startMs}|${t.cues[0].text.slice(0, 200)}`)}`;
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
  const tail = sentences.slice(MAX_POINTS - 1).join(' ').slice(0, MAX_POINT_CHARS);
  return [...sentences.slice(0, MAX_POINTS - 1), tail];
}
