// Whatever people type (emoji, combining marks, quotes, commas, semicolons, backslashes, line
// breaks, control characters), the .ics parses and gives back exactly what was typed, minus
// the documented normalisation.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCancelIcs, buildCombinedIcs, buildUnitIcs, icsDescription } from '../../shared/invitations/ics';
import { usableEmail } from '../../shared/invitations/invitees';
import type { Meeting } from '../../shared/domain/meeting';
import type { Person } from '../../shared/domain/roster';
import { invitationRoster, invitationSettings, seedMeeting } from './helpers/invitation-seed';
import { parseIcs } from './helpers/ics-parse';
import { itemAt } from '../helpers/indexed';

/** The normalisation documented in ics-format.ts, written out independently. */
function normalized(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}
/** Names as ics-format.ts documents them: one line, "/" for "\\", typographic quotes by turns, U+02C6 for "^". */
function normalizedParam(text: string): string {
  let opening = false;
  return normalized(text)
    .replace(/[\n\t]/g, ' ')
    .replace(/\\/g, '/')
    .replace(/\^/g, '\u02c6')
    .replace(/"/g, () => {
      opening = !opening;
      return opening ? '\u201c' : '\u201d';
    });
}

const SPECIALS = [
  ',',
  ';',
  ':',
  '"',
  "'",
  '\\',
  '\\n',
  '\\,',
  '^',
  "^'",
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0301',
  'e\u0301',
  '👩🏽‍💻',
  '🇮🇩',
  '\ud83d',
  '\ude00',
  '\u200b',
  'ß',
  'Ω',
  '漢字',
  '\u00a0',
  '<b>',
  '{judul}',
];

const messy = (maxPieces = 12) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.string({ unit: 'grapheme', maxLength: 8 }),
        fc.constantFrom(...SPECIALS),
        fc.string({ unit: 'grapheme-ascii', maxLength: 30 }),
      ),
      { maxLength: maxPieces },
    )
    .map((parts) => parts.join(''));

const email = fc.oneof(
  { weight: 3, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.constantFrom('', 'bukan email', 'a@b', 'x@@y.id', 'nama@kpu.go.id ', 'x;y@z.id') },
);

const link = fc.oneof(fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }), messy(4));

const STAMP = '2022-05-23T01:02:03.000Z';

function meetingWith(title: string, agenda: string[], platform: string, joinUrl: string, meetingId: string, passcode: string): Meeting {
  return { ...seedMeeting(), title, agenda, platform, joinUrl, meetingId, passcode };
}

function expectWellFormed(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  const lines = ics.split('\r\n').slice(0, -1);
  for (const line of lines) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  }
}

describe('calendar files with arbitrary text', () => {
  it('round-trip title, place, link, agenda, meeting ID, passcode and attendees through ical.js', () => {
    fc.assert(
      fc.property(
        messy(),
        fc.array(messy(8), { maxLength: 4 }),
        messy(3),
        link,
        messy(3),
        messy(3),
        fc.array(fc.tuple(messy(6), email), { minLength: 3, maxLength: 3 }),
        (title, agenda, platform, joinUrl, meetingId, passcode, people) => {
          const meeting = meetingWith(title, agenda, platform, joinUrl, meetingId, passcode);
          const roster = invitationRoster();
          const roles = ['parmas', 'tekmas', 'medsos'];
          roster.people = people.map(([name, mail], i): Person => ({
            id: `p${i}`,
            unitCode: '3504',
            roleId: itemAt(roles, i),
            name,
            jabatan: '',
            email: mail,
            phone: '',
            notes: '',
          }));
          const settings = invitationSettings();
          const ics = buildUnitIcs(meeting, roster, settings, '3504', { stamp: STAMP });
          expectWellFormed(ics);
          const parsed = parseIcs(ics);

          expect(parsed.text('uid')).toBe('rakor-seed-2022-05-25@rakor.local');
          expect(parsed.event.getFirstPropertyValue('dtstamp')?.toString()).toBe('2022-05-23T01:02:03Z');
          expect(parsed.event.getFirstPropertyValue('dtstart')?.toString()).toBe('2022-05-25T02:00:00Z');

          const summary = normalized(title).trim() || 'Rapat';
          expect(parsed.text('summary')).toBe(summary);
          expect(parsed.event.getFirstSubcomponent('valarm')?.getFirstPropertyValue('description')).toBe(`Pengingat: ${summary}`);

          let href: string | null = null;
          if (/^https?:\/\//.test(joinUrl) && !/\s/.test(joinUrl)) href = new URL(joinUrl).href;
          const url = parsed.text('url');
          if (href) expect(url).toBe(href);
          if (url !== null) expect(url).toMatch(/^https?:\/\/[^\s]+$/);
          const place = platform.trim() ? `Daring melalui ${platform.trim()}` : 'Daring';
          expect(parsed.text('location')).toBe(normalized(url ? `${place}: ${url}` : place));

          const description = parsed.text('description') ?? '';
          expect(description).toBe(icsDescription(meeting, roster, settings, '3504'));
          agenda
            .map((a) => a.trim())
            .filter((a) => a !== '')
            .forEach((item, i) => expect(description).toContain(`\n${i + 1}. ${normalized(item)}`));
          if (meetingId.trim()) expect(description).toContain(`\nMeeting ID: ${normalized(meetingId.trim())}\n`);
          if (passcode.trim()) expect(description).toContain(`\nPasscode: ${normalized(passcode.trim())}\n`);

          const seen = new Set<string>();
          const expected: Array<[string, string]> = [];
          const withoutEmail: string[] = [];
          people.forEach(([name, mail], i) => {
            const visible = normalized(name).replace(/\n/g, '').trim() !== '';
            const shown = visible ? name.trim() : `${itemAt(invitationRoster().roles, i).label} KPU Kabupaten Tulungagung`;
            const address = usableEmail(mail);
            if (!address) {
              withoutEmail.push(shown);
              return;
            }
            if (seen.has(address.toLowerCase())) return;
            seen.add(address.toLowerCase());
            expected.push([normalizedParam(shown), `mailto:${address}`]);
          });
          expect(parsed.attendees.map((a) => [a.cn, a.value])).toEqual(expected);
          for (const who of withoutEmail) expect(description).toContain(normalized(who));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keep the organiser name and stay well-formed in the combined and cancel files', () => {
    fc.assert(
      fc.property(messy(), messy(6), (title, organizerName) => {
        const settings = invitationSettings({ organizerName });
        const meeting: Meeting = { ...seedMeeting(), title };
        for (const ics of [buildCombinedIcs(meeting, invitationRoster(), settings), buildCancelIcs(meeting, invitationRoster(), settings)]) {
          expectWellFormed(ics);
          const parsed = parseIcs(ics);
          const organizer = parsed.event.getFirstProperty('organizer');
          const visible = normalized(organizerName).replace(/\n/g, '').trim() !== '';
          const expectedName = visible ? normalizedParam(organizerName.trim()) : 'KPU Provinsi Jawa Timur';
          expect(organizer?.getParameter('cn')).toBe(expectedName);
          expect(parsed.attendees).toHaveLength(4);
        }
      }),
      { numRuns: 150 },
    );
  });
});
