// The transcript import on real files: Zoom's and Teams' .vtt of a made-up rakor read, merged
// into turns and matched against a hand-written speaker log; files given by mistake refused
// with a reason; and, for any cues, turns that follow time and lose no cue.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import webvtt from 'webvtt-parser';
import { demoMeeting } from '../../shared/domain/demo';
import { defaultRoster } from '../../shared/domain/roster';
import { speakersOfMeetings } from '../../shared/domain/speaker-ops';
import { zonedToUtc, utcToZoned } from '../../shared/domain/datetime';
import { mergeTurns, parseTranscript, TRANSCRIPT_MAX_BYTES, type TranscriptCue } from '../../shared/import/transcript-vtt';
import { parseTypedClock, proposeSpeakerLog, type SpeakerProposal } from '../../shared/import/transcript-speakers';
import { importTranscriptSpeakers } from '../../shared/domain/transcript-ops';
import type { Meeting, Speaker } from '../../shared/domain/meeting';
import { AppError } from '../../shared/errors';
import { itemAt } from '../helpers/indexed';

const DIR = join(__dirname, '..', 'fixtures', 'transcripts');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const expected = JSON.parse(readFileSync(join(DIR, 'rakor.expected.json'), 'utf8')) as {
  operatorTurns: number;
  remarks: Array<{ name: string; start: string; text: string }>;
  log: Array<{ name: string; institution: string; segment: string; start: string; end: string; points: string[] }>;
};

/** The demo rakor as the transcript's meeting: its chair known, its speakers not yet typed; the demo itself is the earlier meeting. */
function context(meeting?: Meeting) {
  const earlierMeeting = demoMeeting('earlier', '2022-05-20T00:00:00.000Z');
  const m = meeting ?? { ...demoMeeting('m1', '2022-05-25T00:00:00.000Z'), speakers: [] };
  return {
    meeting: m,
    roster: defaultRoster(),
    earlier: speakersOfMeetings([{ ...earlierMeeting, date: '2022-05-18' }]),
    recordingStartMs: zonedToUtc('2022-05-25', '09:00', 'WIB').getTime(),
  };
}

const clock = (iso: string) => utcToZoned(new Date(iso), 'WIB').time.replace(':', '.') + '.' + String(new Date(iso).getUTCSeconds()).padStart(2, '0');

function proposalsOf(file: string, meeting?: Meeting): SpeakerProposal[] {
  const parsed = parseTranscript(bytes(file));
  return proposeSpeakerLog(mergeTurns(parsed.cues), context(meeting));
}

function failure(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe.each(['rakor-zoom.vtt', 'rakor-teams.vtt'])('%s', (file) => {
  it('reads every cue with its speaker, leaving out the empty one', () => {
    const parsed = parseTranscript(bytes(file));
    expect(parsed.cues).toHaveLength(17);
    expect(parsed.emptyCues).toBe(1);
    expect(parsed.format).toBe(file.includes('teams') ? 'teams' : 'zoom');
    expect(parsed.cues.every((c) => c.speaker.length > 0)).toBe(true);
    expect(itemAt(parsed.cues, 7).text).toBe('Evaluasi penulisan berita website KPU Kabupaten/Kota. Judul berita harus jelas & singkat.');
  });

  it('proposes the hand-written speaker log', () => {
    const proposals = proposalsOf(file);
    const log = proposals
      .filter((p) => p.proposed)
      .map((p) => ({ name: p.name, institution: p.institution, segment: p.segment, start: clock(p.startedAt), end: clock(p.endedAt), points: p.points }));
    expect(log).toEqual(expected.log);
    expect(proposals.filter((p) => p.match === 'operator')).toHaveLength(expected.operatorTurns);
    const remarks = proposals.filter((p) => !p.proposed && p.match !== 'operator');
    expect(remarks.map((p) => ({ name: p.name, start: clock(p.startedAt), text: p.points.join(' ') }))).toEqual(expected.remarks);
  });

  it('links the questions to their units and gives the officials their positions', () => {
    const proposals = proposalsOf(file).filter((p) => p.proposed);
    const dian = proposals.find((p) => p.name === 'Dian Puspita')!;
    expect(dian.institution).toBe('3504');
    expect(dian.jabatan).toBe('Anggota/Komisioner Divisi Sosdiklih Parmas');
    expect(proposals.find((p) => p.name === 'KPU Kota Batu')!.jabatan).toMatch(/^Kasubag Teknis/);
    expect(proposals.find((p) => p.name === 'Rochani')!.jabatan).toBe('Ketua Divisi SDM dan Litbang KPU Provinsi Jawa Timur');
    expect(itemAt(proposals, 0).jabatan).toBe('Plh. Ketua KPU Provinsi Jawa Timur dan Ketua Divisi Teknis');
  });
});

type W3cNode = { type: string; value?: string; name?: string; children?: W3cNode[] };
const w3cText = (nodes: W3cNode[]): string => nodes.map((n) => (n.type === 'text' ? n.value : n.children ? w3cText(n.children) : '')).join('');
const w3cVoice = (nodes: W3cNode[]): string => nodes.find((n) => n.name === 'v')?.value ?? '';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const W3C_ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': '\u00a0' } as unknown as ConstructorParameters<typeof webvtt.WebVTTParser>[0];

/** Our reading of a .vtt against the W3C's reference parser: the same cues, times, ids, voices and words (it sorts cues by time, so both lists are sorted). */
function expectSameAsW3c(text: string) {
  const ours = parseTranscript(new TextEncoder().encode(text));
  const theirs = new webvtt.WebVTTParser(W3C_ENTITIES).parse(text.replace(/^\ufeff/, ''), 'metadata');
  const line = (id: string, start: number, end: number, words: string) => `${String(start).padStart(9, '0')} ${String(end).padStart(9, '0')} ${id} ${words}`;
  const mine = ours.cues.map((c) =>
    line(c.id, c.startMs, c.endMs, ours.format === 'teams' ? `<${c.speaker}> ${c.text}` : c.speaker ? `${c.speaker}: ${c.text}` : c.text),
  );
  const reference = theirs.cues
    .map((w) => {
      const tree = w.tree.children as unknown as W3cNode[];
      const words = squash(w3cText(tree));
      const voice = squash(w3cVoice(tree));
      return words ? line(w.id, Math.round(w.startTime * 1000), Math.round(w.endTime * 1000), voice ? `<${voice}> ${words}` : words) : '';
    })
    .filter(Boolean);
  expect(mine.sort()).toEqual(reference.sort());
}

describe('the same reading as the W3C WebVTT parser', () => {
  it.each(['rakor-zoom.vtt', 'rakor-teams.vtt'])('%s', (file) => {
    expectSameAsW3c(new TextDecoder().decode(bytes(file)));
  });

  it("for generated transcripts in either platform's form", () => {
    const stamp = (ms: number) => new Date(ms).toISOString().slice(11, 23);
    const cue = fc.record({
      start: fc.integer({ min: 0, max: 10 * 3600 * 1000 }),
      // From 1 ms: the reference parser drops a cue that ends when it starts; ours keeps it.
      length: fc.integer({ min: 1, max: 30_000 }),
      id: fc.constantFrom('', '7', 'a1b2/3-0'),
      name: fc.constantFrom('Insan Qoriawan', 'KPU Kab. Blitar - Parmas', 'Rochani, S.Pd.'),
      words: fc.array(fc.constantFrom('Selamat', 'pagi.', 'Izin', 'bertanya?', 'A &amp; B', '1 &lt; 2', 'baris\nkedua'), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.array(cue, { minLength: 1, maxLength: 30 }), (teams, crlf, cues) => {
        const blocks = cues.map((c) => {
          const words = c.words.join(' ');
          const payload = teams ? `<v ${c.name}>${words}</v>` : `${c.name}: ${words}`;
          return [c.id, `${stamp(c.start)} --> ${stamp(c.start + c.length)}`, payload].filter(Boolean).join('\n');
        });
        const text = ['WEBVTT', '', ...blocks.flatMap((b) => [b, ''])].join('\n');
        expectSameAsW3c(crlf ? text.replace(/\n/g, '\r\n') : text);
      }),
      { numRuns: 150 },
    );
  });
});

describe('against what the meeting already holds', () => {
  it('proposes nothing new once accepted, nor the dropped turns', () => {
    const ctx = context();
    const first = proposalsOf('rakor-zoom.vtt', ctx.meeting);
    const accepted = first.filter((p) => p.proposed);
    const speakers: Array<Speaker & { sourceKey: string }> = accepted.map((p, i) => ({
      id: `t${i}`,
      name: p.name,
      jabatan: p.jabatan,
      institution: p.institution,
      segment: p.segment,
      points: p.points,
      startedAt: p.startedAt,
      endedAt: p.endedAt,
      unitCode: '',
      sourceKey: p.key,
    }));
    const dropped = first.filter((p) => !p.proposed).map((p) => p.key);
    const after = importTranscriptSpeakers(ctx.meeting, speakers, dropped);
    expect(after.speakers.map((s) => s.name)).toEqual(expected.log.map((l) => l.name));
    expect(after.speakers.find((s) => s.name === 'Dian Puspita')!.unitCode).toBe('3504');
    const again = proposalsOf('rakor-zoom.vtt', after);
    expect(again.filter((p) => p.proposed)).toEqual([]);
    expect(again.every((p) => p.state === 'imported' || p.state === 'skipped')).toBe(true);
    // The same import sent twice adds nothing the second time.
    expect(importTranscriptSpeakers(after, speakers, dropped)).toBe(after);
  });

  it('leaves a speaker the notetaker typed as it is, does not propose it again, and places the rest around it in time', () => {
    const base = context().meeting;
    const typed: Speaker = {
      id: 'typed',
      name: 'Rochani',
      jabatan: 'diketik notulis',
      institution: 'provinsi',
      segment: 'pengarahan',
      points: ['Catatan notulis sendiri.'],
      startedAt: '2022-05-25T02:00:45.000Z',
      endedAt: '2022-05-25T02:02:00.000Z',
      unitCode: '',
    };
    const m = { ...base, speakers: [typed] };
    const proposals = proposalsOf('rakor-zoom.vtt', m);
    const rochani = proposals.find((p) => p.name === 'Rochani' && p.segment === 'pengarahan')!;
    expect(rochani.state).toBe('typed');
    expect(rochani.proposed).toBe(false);
    const accepted = proposals.filter((p) => p.proposed);
    const after = importTranscriptSpeakers(
      m,
      accepted.map((p, i) => ({
        id: `t${i}`,
        name: p.name,
        jabatan: p.jabatan,
        institution: p.institution,
        segment: p.segment,
        points: p.points,
        startedAt: p.startedAt,
        endedAt: p.endedAt,
        unitCode: '',
        sourceKey: p.key,
      })),
      [],
    );
    expect(after.speakers.find((s) => s.id === 'typed')).toEqual(typed);
    expect(after.speakers.map((s) => s.name)).toEqual(expected.log.map((l) => l.name));
    expect(itemAt(after.speakers, 1).id).toBe('typed');
  });
});

describe('files given by mistake', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  it.each([
    ['an empty file', new Uint8Array(0), /kosong/],
    ['a .docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), /dokumen Word \(\.docx\)/],
    ['a PDF', text('%PDF-1.7\n...'), /PDF/],
    ['an .srt', text('1\r\n00:00:01,000 --> 00:00:04,000\r\nBudi: Selamat pagi\r\n'), /SubRip \(\.srt\)/],
    ['a CSV report', text('Name (Original Name),User Email,Join Time\nBudi,,08:00\n'), /baris pertamanya harus "WEBVTT"/],
    ['a transcript with no words', text('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n\n'), /tidak berisi ucapan/],
    ['an image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), /bukan teks/],
  ])('%s gets a reason in Indonesian', (_what, input, message) => {
    const err = failure(() => parseTranscript(input));
    expect(err.code).toBe('transcript_unreadable');
    expect(err.message).toMatch(message);
  });

  it('refuses a file over the cap before reading it', () => {
    const err = failure(() => parseTranscript(new Uint8Array(TRANSCRIPT_MAX_BYTES + 1)));
    expect(err.message).toMatch(/terlalu besar/);
  });

  it('reads Windows-1252, UTF-16 and a BOM with CRLF alike', () => {
    const vtt = 'WEBVTT\r\n\r\n00:00:01.000 --> 00:00:03.000\r\nRochani: Sosialisasi ke sekolah–sekolah dan pesantren é.\r\n';
    const cp1252 = Uint8Array.from(Buffer.from(vtt.replace('–', '\x96'), 'latin1'));
    const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(vtt, 'utf16le')]);
    for (const input of [cp1252, utf16, Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(vtt, 'utf8')])]) {
      const parsed = parseTranscript(input);
      expect(parsed.cues).toEqual([
        { index: 0, id: '', startMs: 1000, endMs: 3000, speaker: 'Rochani', text: 'Sosialisasi ke sekolah–sekolah dan pesantren é.' },
      ]);
    }
  });

  it('random bytes and text get a message or are read, never anything else', () => {
    const anyInput = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ maxLength: 2000 }).map((x) => new TextEncoder().encode(x)),
      fc.string({ maxLength: 2000 }).map((x) => new TextEncoder().encode(`WEBVTT\n\n${x}`)),
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        try {
          const parsed = parseTranscript(input);
          expect(parsed.cues.length).toBeGreaterThan(0);
          mergeTurns(parsed.cues);
        } catch (err) {
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).message).toMatch(/transkrip|File/i);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads typed clock times and refuses others', () => {
    expect(parseTypedClock('09.05')).toBe(9 * 3600 + 5 * 60);
    expect(parseTypedClock('9:05:30')).toBe(9 * 3600 + 5 * 60 + 30);
    expect(parseTypedClock('25.00')).toBeNull();
    expect(parseTypedClock('jam sembilan')).toBeNull();
  });
});

describe('turns, for any cues', () => {
  const cueArb = fc.record({
    startMs: fc.integer({ min: 0, max: 4 * 3600 * 1000 }),
    length: fc.integer({ min: 0, max: 60_000 }),
    speaker: fc.constantFrom('Insan Qoriawan', 'Rochani', 'Gogot Cahyo Baskoro', 'KPU Kota Batu', ''),
    text: fc.constantFrom('Selamat pagi.', 'Betul.', 'Tahapan sosialisasi adalah tahapan terpanjang.', 'Izin bertanya?'),
  });
  it('follow time, keep every cue once, and each holds one speaker', () => {
    fc.assert(
      fc.property(fc.array(cueArb, { maxLength: 200 }), (raw) => {
        const cues: TranscriptCue[] = raw.map((c, index) => ({
          index,
          id: '',
          startMs: c.startMs,
          endMs: c.startMs + c.length,
          speaker: c.speaker,
          text: c.text,
        }));
        const turns = mergeTurns(cues);
        for (let i = 1; i < turns.length; i++) expect(itemAt(turns, i).startMs).toBeGreaterThanOrEqual(itemAt(turns, i - 1).startMs);
        for (const t of turns) {
          expect(new Set(t.cues.map((c) => c.speaker)).size).toBe(1);
          expect(t.startMs).toBe(Math.min(...t.cues.map((c) => c.startMs)));
          for (let i = 1; i < t.cues.length; i++) expect(itemAt(t.cues, i).startMs).toBeGreaterThanOrEqual(itemAt(t.cues, i - 1).startMs);
        }
        expect(turns.flatMap((t) => t.cues.map((c) => c.index)).sort((a, b) => a - b)).toEqual(cues.map((c) => c.index));
        // The log built from them is in time order too.
        const ctx = context();
        const proposals = proposeSpeakerLog(turns, ctx);
        const m = importTranscriptSpeakers(
          ctx.meeting,
          proposals.map((p, i) => ({
            id: `t${i}`,
            name: p.name,
            jabatan: p.jabatan,
            institution: p.institution,
            segment: p.segment,
            points: p.points.length ? p.points : [''],
            startedAt: p.startedAt,
            endedAt: p.endedAt,
            unitCode: '',
            sourceKey: p.key,
          })),
          [],
        );
        const starts = m.speakers.map((s) => Date.parse(s.startedAt));
        for (let i = 1; i < starts.length; i++) expect(starts[i]).toBeGreaterThanOrEqual(itemAt(starts, i - 1));
      }),
      { numRuns: 200 },
    );
  });
});
