// The calendar files of the seed meeting, read back with ical.js: time, attendees, organiser,
// reminder, the cancellation and the SEQUENCE rule.
import { describe, expect, it } from 'vitest';
import {
  buildCancelIcs,
  buildCombinedIcs,
  buildUnitIcs,
  checkIcsReadiness,
  icsDescription,
  icsFileName,
  icsUid,
  invitationFingerprint,
  nextInvitationRecord,
  pendingSequence,
} from '../../shared/invitations/ics';
import type { Meeting } from '../../shared/domain/meeting';
import { invitationRoster, invitationSettings, ORGANIZER_EMAIL, seedMeeting, SEED_TITLE } from './helpers/invitation-seed';
import { parseIcs, rawProperty } from './helpers/ics-parse';
import { itemAt } from '../helpers/indexed';

const STAMP = '2022-05-23T01:02:03.000Z';

describe('the invitation of KPU Kabupaten Tulungagung', () => {
  const meeting = seedMeeting();
  const ics = buildUnitIcs(meeting, invitationRoster(), invitationSettings(), '3504', { stamp: STAMP });
  const parsed = parseIcs(ics);

  it('is a REQUEST for the seed meeting at 09.00 WIB = 02.00 UTC, two hours assumed', () => {
    expect(rawProperty(ics, 'METHOD')).toBe('REQUEST');
    expect(rawProperty(ics, 'DTSTART')).toBe('20220525T020000Z');
    expect(rawProperty(ics, 'DTEND')).toBe('20220525T040000Z');
    expect(parsed.event.getFirstPropertyValue('dtstart')?.toString()).toBe('2022-05-25T02:00:00Z');
    expect(parsed.text('summary')).toBe(SEED_TITLE);
    expect(parsed.text('status')).toBe('CONFIRMED');
    expect(parsed.text('sequence')).toBe('0');
  });

  it('has a stable UID made from the meeting id only, and the DTSTAMP asked for', () => {
    expect(parsed.text('uid')).toBe('rakor-seed-2022-05-25@rakor.local');
    expect(parsed.text('uid')).toBe(icsUid(meeting));
    expect(rawProperty(ics, 'DTSTAMP')).toBe('20220523T010203Z');
    const other = buildUnitIcs(meeting, invitationRoster(), invitationSettings(), '3579', { stamp: STAMP });
    expect(parseIcs(other).text('uid')).toBe(parsed.text('uid'));
  });

  it('invites the three role holders of the unit with RSVP, and names the organiser', () => {
    expect(parsed.attendees.map((a) => [a.cn, a.value])).toEqual([
      ['Rina Wulandari', 'mailto:rina.wulandari@example.org'],
      ['Bambang Setiawan', 'mailto:bambang.setiawan@example.org'],
      ['Fajar Nugroho', 'mailto:fajar.nugroho@example.org'],
    ]);
    for (const a of parsed.attendees) {
      expect(a.params).toMatchObject({ role: 'REQ-PARTICIPANT', rsvp: 'TRUE', partstat: 'NEEDS-ACTION' });
    }
    const organizer = parsed.event.getFirstProperty('organizer');
    expect(organizer?.getFirstValue()).toBe(`mailto:${ORGANIZER_EMAIL}`);
    expect(organizer?.getParameter('cn')).toBe('KPU Provinsi Jawa Timur');
  });

  it('puts the place, the link, the agenda, meeting ID and passcode where calendars show them', () => {
    expect(parsed.text('location')).toBe(`Daring melalui Zoom: ${meeting.joinUrl}`);
    expect(parsed.text('url')).toBe(meeting.joinUrl);
    const description = parsed.text('description') ?? '';
    expect(description).toBe(icsDescription(meeting, invitationRoster(), invitationSettings(), '3504'));
    expect(description).toContain('Hari/Tanggal: Rabu, 25 Mei 2022');
    expect(description).toContain('Waktu: 09.00 WIB s.d. selesai');
    expect(description).toContain(`1. ${meeting.agenda[0]}`);
    expect(description).toContain(`2. ${meeting.agenda[1]}`);
    expect(description).toContain('Meeting ID: 845 1234 5678');
    expect(description).toContain('Passcode: rakor24');
    expect(description).toContain('Kepada: KPU Kabupaten Tulungagung');
    expect(description).toContain('di kalender dicatat 2 jam');
  });

  it('reminds 30 minutes before', () => {
    const alarm = parsed.event.getFirstSubcomponent('valarm');
    expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT30M');
    expect(alarm?.getFirstPropertyValue('description')).toBe(`Pengingat: ${SEED_TITLE}`);
  });

  it('is written with CRLF line ends and lines of at most 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('variations', () => {
  it('uses the end time when given, and WIT/WITA offsets', () => {
    const withEnd = buildUnitIcs(seedMeeting(), invitationRoster(), invitationSettings(), '3504');
    expect(rawProperty(withEnd, 'DTEND')).toBe('20220525T040000Z');
    const m: Meeting = { ...seedMeeting(), endTime: '11:30', timeZone: 'WIT' };
    const ics = buildUnitIcs(m, invitationRoster(), invitationSettings(), '3504');
    expect(rawProperty(ics, 'DTSTART')).toBe('20220525T000000Z');
    expect(rawProperty(ics, 'DTEND')).toBe('20220525T023000Z');
    expect(parseIcs(ics).text('description')).not.toContain('dicatat 2 jam');
    const wita = buildUnitIcs({ ...seedMeeting(), timeZone: 'WITA' }, invitationRoster(), invitationSettings(), '3504');
    expect(rawProperty(wita, 'DTSTART')).toBe('20220525T010000Z');
  });

  it('leaves the reminder out when it is set to 0 minutes', () => {
    const ics = buildUnitIcs({ ...seedMeeting(), reminderMinutes: 0 }, invitationRoster(), invitationSettings(), '3504');
    expect(ics).not.toContain('BEGIN:VALARM');
    expect(ics).toContain('BEGIN:VEVENT');
  });

  it('is a PUBLISH without ORGANIZER or RSVP attendees when no organiser email is set, and the readiness check says so', () => {
    const settings = invitationSettings({ organizerEmail: '' });
    const ics = buildUnitIcs(seedMeeting(), invitationRoster(), settings, '3504');
    expect(rawProperty(ics, 'METHOD')).toBe('PUBLISH');
    expect(ics).not.toContain('ORGANIZER');
    expect(ics).not.toContain('ATTENDEE');
    expect(ics).not.toContain('RSVP');
    expect(parseIcs(ics).text('status')).toBe('CONFIRMED');
    const cancel = buildCancelIcs(seedMeeting(), invitationRoster(), settings, { unitCode: '3504' });
    expect(rawProperty(cancel, 'METHOD')).toBe('PUBLISH');
    expect(parseIcs(cancel).text('status')).toBe('CANCELLED');
    expect(cancel).not.toContain('ATTENDEE');
    const invalid = buildCombinedIcs(seedMeeting(), invitationRoster(), invitationSettings({ organizerEmail: 'bukan email' }));
    expect(rawProperty(invalid, 'METHOD')).toBe('PUBLISH');
    const issues = checkIcsReadiness(seedMeeting(), invitationRoster(), settings, '3504');
    expect(issues.map((i) => i.code)).toContain('no_organizer');
    expect(checkIcsReadiness(seedMeeting(), invitationRoster(), invitationSettings(), '3504').map((i) => i.code)).not.toContain('no_organizer');
  });

  it('names people without an email in the description instead of dropping them', () => {
    const ics = buildUnitIcs(seedMeeting(), invitationRoster(), invitationSettings(), '3579');
    const parsed = parseIcs(ics);
    expect(parsed.attendees.map((a) => a.cn)).toEqual(['Sri Handayani']);
    expect(parsed.text('description')).toContain('Tanpa email: Yoga Pratama (Operator Media Sosial)');
    const issues = checkIcsReadiness(seedMeeting(), invitationRoster(), invitationSettings(), '3579');
    expect(issues.find((i) => i.code === 'no_email')?.message).toContain('Yoga Pratama');
    expect(issues.find((i) => i.code === 'no_contact')?.message).toContain('Kasubag Teknis');
  });

  it('puts everyone with an email in the combined file, once', () => {
    const roster = invitationRoster();
    roster.people.push({ ...itemAt(roster.people, 0), id: 'dup', unitCode: '3505', email: 'RINA.wulandari@example.org' });
    const parsed = parseIcs(buildCombinedIcs(seedMeeting(), roster, invitationSettings()));
    expect(parsed.attendees.map((a) => a.value)).toEqual([
      'mailto:rina.wulandari@example.org',
      'mailto:bambang.setiawan@example.org',
      'mailto:fajar.nugroho@example.org',
      'mailto:sri.handayani@example.org',
    ]);
    expect(parsed.text('description')).toContain('Tanpa email: Yoga Pratama (Operator Media Sosial, KPU Kota Batu)');
    expect(parsed.text('description')).toContain('Kepada: KPU Kabupaten/Kota se-Jawa Timur');
  });

  it('gives a luring meeting no URL and its room as LOCATION', () => {
    const m: Meeting = { ...seedMeeting(), mode: 'luring', location: 'Aula KPU Provinsi Jawa Timur, Surabaya' };
    const parsed = parseIcs(buildUnitIcs(m, invitationRoster(), invitationSettings(), '3504'));
    expect(parsed.text('url')).toBeNull();
    expect(parsed.text('location')).toBe('Aula KPU Provinsi Jawa Timur, Surabaya');
    expect(parsed.text('description')).not.toContain('Passcode');
  });

  it('never writes a non-web link as URL', () => {
    for (const joinUrl of ['javascript:alert(1)', 'file:///C:/rapat.txt', 'tautan menyusul']) {
      const ics = buildUnitIcs({ ...seedMeeting(), joinUrl }, invitationRoster(), invitationSettings(), '3504');
      expect(parseIcs(ics).text('url')).toBeNull();
    }
    const bare = buildUnitIcs({ ...seedMeeting(), joinUrl: 'zoom.us/j/84512345678' }, invitationRoster(), invitationSettings(), '3504');
    expect(parseIcs(bare).text('url')).toBe('https://zoom.us/j/84512345678');
  });

  it('refuses a unit that is not invited', () => {
    const m: Meeting = { ...seedMeeting(), unitsInvitedMode: 'picked', unitsInvited: ['3579'] };
    expect(() => buildUnitIcs(m, invitationRoster(), invitationSettings(), '3504')).toThrow(/tidak termasuk/);
  });

  it('names files by date and unit', () => {
    expect(icsFileName(seedMeeting(), invitationRoster(), '3504')).toBe('rakor-2022-05-25-kabupaten-tulungagung.ics');
    expect(icsFileName(seedMeeting(), invitationRoster())).toBe('rakor-2022-05-25-semua.ics');
    expect(icsFileName(seedMeeting(), invitationRoster(), '3579', true)).toBe('batal-rakor-2022-05-25-kota-batu.ics');
  });
});

describe('cancellation', () => {
  it('is a CANCEL of the same event with SEQUENCE one higher and no reminder', () => {
    const meeting: Meeting = { ...seedMeeting(), invitations: { sequence: 2, sentFingerprint: '', sentUnits: {} } };
    meeting.invitations.sentFingerprint = invitationFingerprint(meeting);
    const ics = buildCancelIcs(meeting, invitationRoster(), invitationSettings(), { unitCode: '3504', stamp: STAMP });
    const parsed = parseIcs(ics);
    expect(rawProperty(ics, 'METHOD')).toBe('CANCEL');
    expect(parsed.text('status')).toBe('CANCELLED');
    expect(parsed.text('sequence')).toBe('3');
    expect(parsed.text('uid')).toBe(icsUid(meeting));
    expect(parsed.text('summary')).toBe(`DIBATALKAN: ${SEED_TITLE}`);
    expect(parsed.text('description')).toMatch(/^RAPAT INI DIBATALKAN\./);
    expect(parsed.attendees).toHaveLength(3);
    expect(ics).not.toContain('VALARM');
    expect(rawProperty(ics, 'DTSTART')).toBe('20220525T020000Z');
  });

  it('covers every invited unit when no unit is given', () => {
    expect(parseIcs(buildCancelIcs(seedMeeting(), invitationRoster(), invitationSettings())).attendees).toHaveLength(4);
  });
});

describe('the SEQUENCE rule', () => {
  const SENT = '2022-05-23T02:00:00.000Z';

  it('keeps sequence 0 for the first sending and records the units', () => {
    const m = seedMeeting();
    const record = nextInvitationRecord(m, SENT, ['3504', '3579']);
    expect(record).toEqual({ sequence: 0, sentFingerprint: invitationFingerprint(m), sentUnits: { '3504': SENT, '3579': SENT } });
  });

  it('adds units without raising the sequence while nothing changed', () => {
    const m = seedMeeting();
    m.invitations = nextInvitationRecord(m, SENT, ['3504']);
    const later = nextInvitationRecord(m, '2022-05-24T00:00:00.000Z', ['3579']);
    expect(later.sequence).toBe(0);
    expect(later.sentUnits).toEqual({ '3504': SENT, '3579': '2022-05-24T00:00:00.000Z' });
  });

  it('raises the sequence once when the time changes after sending, in the file too', () => {
    const m = seedMeeting();
    m.invitations = nextInvitationRecord(m, SENT, ['3504', '3579']);
    const moved: Meeting = { ...m, startTime: '13:00' };
    expect(pendingSequence(moved)).toBe(1);
    const before = parseIcs(buildUnitIcs(moved, invitationRoster(), invitationSettings(), '3504'));
    expect(before.text('sequence')).toBe('1');
    moved.invitations = nextInvitationRecord(moved, '2022-05-24T00:00:00.000Z', ['3504']);
    expect(moved.invitations.sequence).toBe(1);
    expect(moved.invitations.sentUnits).toEqual({ '3504': '2022-05-24T00:00:00.000Z' });
    const after = parseIcs(buildUnitIcs(moved, invitationRoster(), invitationSettings(), '3504'));
    expect(after.text('sequence')).toBe('1');
    expect(nextInvitationRecord(moved, '2022-05-24T01:00:00.000Z', ['3579']).sequence).toBe(1);
  });

  it('changes the fingerprint for each of time, zone, mode, place, link, ID and passcode, not for the title', () => {
    const base = seedMeeting();
    const fp = invitationFingerprint(base);
    const changes: Array<Partial<Meeting>> = [
      { date: '2022-05-26' },
      { startTime: '09:30' },
      { endTime: '12:00' },
      { timeZone: 'WITA' },
      { mode: 'hybrid' },
      { location: 'Aula' },
      { platform: 'Google Meet' },
      { joinUrl: 'https://zoom.us/j/1' },
      { meetingId: '111 2222 3333' },
      { passcode: 'baru' },
    ];
    for (const change of changes) expect(invitationFingerprint({ ...base, ...change })).not.toBe(fp);
    expect(invitationFingerprint({ ...base, title: 'Rakor (judul diperbaiki)', agenda: ['lain'] })).toBe(fp);
  });
});
