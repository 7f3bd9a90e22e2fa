// Bad input into every import and every export: random bytes, wrong encodings, empty
// files; control characters, lone surrogates, emoji, 10,000-character strings and every
// kind of quote. Each gives correct output or a clear Indonesian message, never a crash.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import { AppError } from '../../shared/errors';
import { parseAttendanceReport } from '../../shared/import/attendance-report';
import { parseRosterCsv, rosterToCsv } from '../../shared/import/roster-csv';
import { buildMinutesDocx, buildAttendanceListDocx } from '../../shared/documents/minutes-docx';
import { printableText } from '../../shared/text/printable';
import { buildInvitationLetterDocx } from '../../shared/documents/letter-docx';
import { buildCombinedIcs } from '../../shared/invitations/ics';
import { buildWhatsAppMessage, buildEmailText } from '../../shared/invitations/message';
import { isXmlSafe, xmlSafeText } from '../../shared/text/clean';
import { demoMeeting } from '../../shared/domain/demo';
import { defaultRoster, type Roster } from '../../shared/domain/roster';
import { defaultSettings } from '../../shared/domain/settings';
import type { Meeting } from '../../shared/domain/meeting';
import { group, itemAt, valueAt } from '../helpers/indexed';

/** Property runs per build, per property; README/SECURITY.md quote this number. */
export const RUNS = 60;

const QUOTES = ['"', "'", '`', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '＂'];
const NASTY = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001F',
  '\u007F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '😀',
  '👨‍👩‍👧',
  'é',
  '\u0301',
  '\r\n',
  '\n',
  '\t',
  ';',
  ',',
  '\\',
  '<',
  '>',
  '&',
  '{tanggal}',
  '{',
  '}',
  '=',
  '+',
  '-',
  '@',
];

/** Strings built from the worst characters, any UTF-16 code unit, and sometimes 10,000 long. */
const nasty = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NASTY, ...QUOTES, 'a', ' '), maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('x'.repeat(10_000), `${QUOTES.join('')}`.repeat(600).slice(0, 10_000), '😀'.repeat(5_000)),
);

/** An import may reject a file, but only with an AppError in Indonesian: no crash, no English. */
function expectCleanRejection(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    const msg = (err as AppError).message;
    expect(msg.length).toBeGreaterThan(10);
    expect(msg).not.toMatch(/undefined|TypeError|Cannot read|at Object\.|NaN/);
  }
}

describe('imports take any bytes', () => {
  it('attendance reports: random bytes, random text, text with the right header and junk after', () => {
    const header = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n';
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          nasty.map((s) => new TextEncoder().encode(s)),
          nasty.map((s) => new TextEncoder().encode(header + s)),
          nasty.map((s) => Uint8Array.from(Buffer.from(`\ufeff${header}${s}`, 'utf16le'))),
        ),
        (bytes) => expectCleanRejection(() => parseAttendanceReport(bytes)),
      ),
      { numRuns: RUNS * 4 },
    );
  });

  it('roster CSV: random bytes and text give rows or a clear message', () => {
    const roster = defaultRoster();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 3000 }),
          nasty.map((s) => new TextEncoder().encode(`kode_wilayah;unit;peran;nama\r\n${s}`)),
        ),
        (bytes) => {
          expectCleanRejection(() => {
            const res = parseRosterCsv(bytes, roster);
            for (const row of res.rows) if (!row.ok) for (const e of row.errors) expect(e).toMatch(/[a-z]/i);
          });
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });

  it('empty and whitespace-only files are refused with a message', () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('\ufeff'), new TextEncoder().encode('   \r\n  ')]) {
      expect(() => parseAttendanceReport(bytes)).toThrow(AppError);
      expectCleanRejection(() => parseRosterCsv(bytes, defaultRoster()));
    }
  });
});

function nastyMeeting(text: string, other: string): { meeting: Meeting; roster: Roster } {
  const meeting = demoMeeting('prop1', '2022-05-20T02:00:00.000Z');
  meeting.title = text || 'Rapat';
  meeting.agenda = [text, other];
  meeting.location = other;
  meeting.joinUrl = `https://zoom.us/j/1?x=${encodeURIComponent(xmlSafeText(other))}`;
  meeting.letter.tembusan = [text];
  itemAt(meeting.speakers, 0).name = text;
  itemAt(meeting.speakers, 0).points = [other, text];
  meeting.minutes.conclusions = [text];
  itemAt(meeting.minutes.followUps, 0).action = other;
  valueAt(valueAt(meeting.attendance, '3504').cells, 'parmas').name = text;
  valueAt(meeting.attendance, '3504').note = other;
  const roster = defaultRoster();
  roster.people = [
    { id: 'p1', unitCode: '3504', roleId: 'parmas', name: text, jabatan: other, email: 'orang@example.go.id', phone: '+628123456789', notes: other },
  ];
  return { meeting, roster };
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return await zip.file('word/document.xml')!.async('string');
}

/** The text of a DOCX body: every w:t run, entities decoded. */
function documentText(xml: string): string {
  const decode = (t: string) =>
    t
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&#x([0-9a-f]+);/gi, (_m, h) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(group(m, 1))).join('');
}

describe('exports take any text', () => {
  it('minutes, attendance list and both letter forms are valid DOCX with the text kept', async () => {
    await fc.assert(
      fc.asyncProperty(nasty, nasty, async (text, other) => {
        const { meeting, roster } = nastyMeeting(text, other);
        const settings = defaultSettings();
        for (const bytes of [
          await buildMinutesDocx(meeting, roster, settings, {}),
          await buildAttendanceListDocx(meeting, roster, settings),
          await buildInvitationLetterDocx(meeting, roster, settings, 'all', '2022-05-20'),
        ]) {
          const xml = await documentXml(bytes);
          expect(isXmlSafe(xml)).toBe(true);
        }
        // The speaker's name reaches the minutes, cleaned (and without what the font cannot print) but otherwise whole.
        const words = documentText(await documentXml(await buildMinutesDocx(meeting, roster, settings, {})));
        const expected = itemAt(printableText(xmlSafeText(text)).split(/[\r\n\t]/), 0).slice(0, 200);
        if (expected.trim()) expect(words.includes(expected), 'speaker name in the minutes').toBe(true);
      }),
      { numRuns: RUNS / 3 },
    );
  }, 240_000);

  it('calendar files parse and keep the text; messages never print raw placeholders', () => {
    fc.assert(
      fc.property(nasty, nasty, (text, other) => {
        const { meeting, roster } = nastyMeeting(text, other);
        const settings = { ...defaultSettings(), organizerEmail: 'sosdiklih@example.go.id', organizerName: text };
        const ics = buildCombinedIcs(meeting, roster, settings, { stamp: '2022-05-20T02:00:00.000Z' });
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
        expect(event.getFirstPropertyValue('uid')).toBe('rakor-prop1@rakor.local');
        const wa = buildWhatsAppMessage(meeting, settings, roster);
        const mail = buildEmailText(meeting, settings, roster);
        for (const out of [wa.text, mail.subject, mail.body]) {
          expect(out).not.toMatch(/\{(judul|hari_tanggal|waktu|tempat|acara|peserta)\}/);
          expect(out.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('roster CSV export reads back the same people whatever they contain', () => {
    fc.assert(
      fc.property(nasty, nasty, (name, notes) => {
        const roster = defaultRoster();
        const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
        roster.people = [{ id: 'p1', unitCode: '3578', roleId: 'medsos', name: clean(name), jabatan: 'Operator', email: '', phone: '', notes: clean(notes) }];
        const parsed = parseRosterCsv(rosterToCsv(roster), roster);
        expect(parsed.rows).toHaveLength(1);
        const row = itemAt(parsed.rows, 0);
        if (row.ok) {
          expect(row.person.unitCode).toBe('3578');
        } else {
          for (const e of row.errors) expect(e).toMatch(/[a-z]/i);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
