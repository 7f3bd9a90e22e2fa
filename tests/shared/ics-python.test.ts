// The calendar files read by a second, independent parser: Python's icalendar 4 (Debian 12's
// python3-icalendar, installed by .ci/run), which decodes no RFC 6868 escapes. Names with
// double quotes, commas, carets and line breaks must come out the same there as in ical.js.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCancelIcs, buildCombinedIcs, buildUnitIcs } from '../../shared/invitations/ics';
import type { Meeting } from '../../shared/domain/meeting';
import type { Person } from '../../shared/domain/roster';
import { invitationRoster, invitationSettings, ORGANIZER_EMAIL, seedMeeting } from './helpers/invitation-seed';
import { parseIcs } from './helpers/ics-parse';
import { firstItems, itemAt } from '../helpers/indexed';

// Debian's package is for the system interpreter, not for one a version manager put first.
const PYTHON = fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const READER = path.join(__dirname, 'helpers', 'ics_read.py');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rakor-ics-py-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface PyEvent {
  method: string | null;
  events: number;
  uid: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  dtstart: string;
  organizer: { cn: string | null; value: string } | null;
  attendees: Array<{ cn: string | null; value: string }>;
  alarm: string | null;
}

/** All files parsed by one Python process (starting one per file would dominate the test). */
function readWithPython(files: readonly string[]): PyEvent[] {
  const paths = files.map((text, i) => {
    const file = path.join(dir, `${i}.ics`);
    fs.writeFileSync(file, text, 'utf8');
    return file;
  });
  return JSON.parse(execFileSync(PYTHON, [READER, ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as PyEvent[];
}

function peopleNamed(names: readonly string[]): Person[] {
  const roles = ['parmas', 'tekmas', 'medsos'];
  return names.map((name, i) => ({
    id: `p${i}`,
    unitCode: '3504',
    roleId: itemAt(roles, i % 3),
    name,
    jabatan: '',
    email: `orang${i}@kpu.example.org`,
    phone: '',
    notes: '',
  }));
}

/** What ical.js reads from the same file, in the shape of the Python reader's answer. */
function readWithIcalJs(ics: string) {
  const parsed = parseIcs(ics);
  const organizer = parsed.event.getFirstProperty('organizer');
  return {
    method: parsed.calendar.getFirstPropertyValue('method') as string,
    summary: parsed.text('summary'),
    description: parsed.text('description'),
    location: parsed.text('location'),
    organizer: organizer ? { cn: (organizer.getParameter('cn') as string) ?? null, value: String(organizer.getFirstValue()) } : null,
    attendees: parsed.attendees.map((a) => ({ cn: a.cn, value: a.value })),
  };
}

describe('calendar files read by Python icalendar 4', () => {
  it('give the names with double quotes, commas and carets as ical.js gives them, with typographic quotes', () => {
    const roster = invitationRoster();
    roster.people = peopleNamed(['Rina "Ina" Wulandari', 'Wulandari, S.Sos.; "Ketua"', 'Yoga^Pratama: TP2H']);
    const settings = invitationSettings({ organizerName: 'KPU "Jatim", Surabaya' });
    const ics = buildUnitIcs(seedMeeting(), roster, settings, '3504');
    const [py] = firstItems(readWithPython([ics]), 1);
    const expected = ['Rina \u201CIna\u201D Wulandari', 'Wulandari, S.Sos.; \u201CKetua\u201D', 'Yoga\u02C6Pratama: TP2H'];
    expect(py.attendees.map((a) => a.cn)).toEqual(expected);
    expect(readWithIcalJs(ics).attendees.map((a) => a.cn)).toEqual(expected);
    expect(py.organizer).toEqual({ cn: 'KPU \u201CJatim\u201D, Surabaya', value: `mailto:${ORGANIZER_EMAIL}` });
    expect(py.method).toBe('REQUEST');
    expect(ics).not.toContain("^'");
  });

  it('read the REQUEST, the CANCEL and, without an organiser, the PUBLISH as written', () => {
    const m = seedMeeting();
    const noOrganizer = invitationSettings({ organizerEmail: '' });
    const [request, cancel, publish] = firstItems(
      readWithPython([
        buildUnitIcs(m, invitationRoster(), invitationSettings(), '3504'),
        buildCancelIcs(m, invitationRoster(), invitationSettings(), { unitCode: '3504' }),
        buildCombinedIcs(m, invitationRoster(), noOrganizer),
      ]),
      3,
    );
    expect(request.method).toBe('REQUEST');
    expect(request.attendees).toHaveLength(3);
    expect(request.organizer?.value).toBe(`mailto:${ORGANIZER_EMAIL}`);
    expect(request.dtstart).toBe('2022-05-25T02:00:00+00:00');
    expect(request.alarm).toBe(`Pengingat: ${m.title}`);
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.status).toBe('CANCELLED');
    expect(publish.method).toBe('PUBLISH');
    expect(publish.organizer).toBeNull();
    expect(publish.attendees).toEqual([]);
    expect(publish.status).toBe('CONFIRMED');
  });

  it('agree with ical.js on every text and name, whatever is typed', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom(',', ';', ':', '"', "'", '^', "^'", '^n', '\n', '\r\n', '\t', ' ', '\u0007', '👩🏽‍💻', '漢字', '\u00a0'),
      fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
    );
    // Without backslashes: Python's icalendar 4 reads a typed backslash followed by "n" (written
    // escaped, as three characters backslash-backslash-n) as a line break, a bug of that version
    // in TEXT values, not of the file (ical.js and the round-trip property test read it right).
    const noBackslash = (text: string) => text.replace(/\\/g, '/');
    const messy = (n: number) => fc.array(piece, { maxLength: n }).map((parts) => noBackslash(parts.join('')));
    const samples = fc.sample(
      fc.record({ title: messy(8), agenda: fc.array(messy(6), { maxLength: 3 }), names: fc.array(messy(5), { minLength: 3, maxLength: 3 }) }),
      { numRuns: 60, seed: 18 },
    );
    const files = samples.map(({ title, agenda, names }) => {
      const meeting: Meeting = { ...seedMeeting(), title, agenda };
      const roster = invitationRoster();
      roster.people = peopleNamed(names);
      return buildUnitIcs(meeting, roster, invitationSettings(), '3504');
    });
    const py = readWithPython(files);
    files.forEach((ics, i) => {
      const js = readWithIcalJs(ics);
      expect(itemAt(py, i).summary).toBe(js.summary);
      expect(itemAt(py, i).description).toBe(js.description);
      expect(itemAt(py, i).location).toBe(js.location);
      expect(itemAt(py, i).attendees).toEqual(js.attendees);
      expect(itemAt(py, i).organizer).toEqual(js.organizer);
    });
  });
});
