// Calendar invitations (.ics) for a meeting: one file per invited unit, one with everyone, and
// the cancellation; plus the SEQUENCE rule that makes calendars treat a changed time, place
// or link as an update of the same event.
import type { InvitationRecord, Meeting } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import { formatDayDate, formatTimeRange, minutesBetween, zonedToUtc } from '../domain/datetime';
import { AppError } from '../errors';
import { encodeIcsParamValue, escapeIcsText, joinIcsLines, sanitizeIcsText } from './ics-format';
import { agendaNumbered, invitedRolesInWords, meetingLink, organizerInWords, placeInWords, unitNameOf, unitsInWords } from '../domain/meeting-words';
import { inviteesOf, usableEmail, type Invitee } from './invitees';
import { fileNameOf, slugPart } from '../text/file-name';

export const ICS_PRODUCT_ID = '-//Rakor//Undangan Rapat Koordinasi//ID';

/** Length written into the calendar when the meeting has no end time ("s.d. selesai"). */
export const ASSUMED_DURATION_MINUTES = 120;

export interface IcsOptions {
  /** DTSTAMP, an ISO instant (when the file is made). Default: the meeting's updatedAt. */
  stamp?: string;
}

/** Stable per meeting and free of personal data, so every file updates the same event. */
export function icsUid(meeting: Pick<Meeting, 'id'>): string {
  return `rakor-${meeting.id.replace(/[^A-Za-z0-9_-]/g, '-')}@rakor.local`;
}

/** Start and end instants; an end that is missing or not after the start becomes start + 2 h. */
export function meetingInstants(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime' | 'timeZone'>): {
  start: Date;
  end: Date;
  endAssumed: boolean;
} {
  const start = zonedToUtc(meeting.date, meeting.startTime, meeting.timeZone);
  const endGiven = meeting.endTime !== '' && minutesBetween(meeting.startTime, meeting.endTime) > 0;
  const end = endGiven ? zonedToUtc(meeting.date, meeting.endTime, meeting.timeZone) : new Date(start.getTime() + ASSUMED_DURATION_MINUTES * 60_000);
  return { start, end, endAssumed: !endGiven };
}

// Two 32-bit FNV-1a passes with different offsets: short enough to store, and a collision
// would need two different meeting set-ups to clash on 64 bits.
function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * A fingerprint of what a calendar must learn about when it changes: date, start, end, zone,
 * mode, place, platform, link, meeting ID and passcode. The title and agenda are left out on
 * purpose: fixing a typo should not make 114 people's calendars announce a rescheduling.
 */
export function invitationFingerprint(meeting: Meeting): string {
  return `fp1-${hash64(
    JSON.stringify([
      meeting.date,
      meeting.startTime,
      meeting.endTime,
      meeting.timeZone,
      meeting.mode,
      meeting.location,
      meeting.platform,
      meeting.joinUrl,
      meeting.meetingId,
      meeting.passcode,
    ]),
  )}`;
}

/** Whether the time, place or link changed since invitations last went out. */
export function invitationChangedSinceSent(meeting: Meeting): boolean {
  const sent = meeting.invitations.sentFingerprint;
  return sent !== '' && sent !== invitationFingerprint(meeting);
}

/**
 * The SEQUENCE a file built now carries: the recorded one, raised by one when the meeting
 * changed since the last sending. A file built before or after the sending is recorded
 * with {@link nextInvitationRecord} therefore carries the same number.
 */
export function pendingSequence(meeting: Meeting): number {
  return meeting.invitations.sequence + (invitationChangedSinceSent(meeting) ? 1 : 0);
}

/**
 * The invitation record after sending to `unitCodes` at `sentAtIso`. When the time, place
 * or link changed since the last sending the sequence rises and only the units sent now
 * count as having the current invitation; otherwise they are added to those already sent.
 */
export function nextInvitationRecord(meeting: Meeting, sentAtIso: string, unitCodes: readonly string[]): InvitationRecord {
  const changed = invitationChangedSinceSent(meeting);
  const sentUnits = changed ? {} : { ...meeting.invitations.sentUnits };
  for (const code of unitCodes) sentUnits[code] = sentAtIso;
  return {
    sequence: pendingSequence(meeting),
    sentFingerprint: invitationFingerprint(meeting),
    sentUnits,
  };
}

export interface InvitationIssue {
  code:
    | 'no_organizer'
    | 'no_end_time'
    | 'end_not_after_start'
    | 'no_link'
    | 'bad_link'
    | 'no_location'
    | 'no_agenda'
    | 'no_contact'
    | 'no_email'
    | 'unit_not_invited';
  severity: 'warning' | 'info';
  message: string;
  unitCode?: string;
}

/**
 * What the user should know before sending calendar files. Nothing here stops a file from
 * being built; each issue says what the file will lack.
 */
export function checkIcsReadiness(meeting: Meeting, roster: Roster, settings: Settings, unitCode?: string): InvitationIssue[] {
  const issues: InvitationIssue[] = [];
  if (!usableEmail(settings.organizerEmail)) {
    issues.push({
      code: 'no_organizer',
      severity: 'warning',
      message: settings.organizerEmail.trim()
        ? `Email penyelenggara di Pengaturan ("${settings.organizerEmail.trim()}") tidak valid. Berkas .ics dibuat sebagai pengumuman (tanpa penyelenggara dan daftar peserta), sehingga peserta tidak dapat mengirim jawaban hadir dari kalender.`
        : 'Email penyelenggara belum diisi di Pengaturan. Berkas .ics dibuat sebagai pengumuman (tanpa penyelenggara dan daftar peserta), sehingga peserta tidak dapat mengirim jawaban hadir dari kalender.',
    });
  }
  if (meeting.endTime === '') {
    issues.push({
      code: 'no_end_time',
      severity: 'info',
      message: `Waktu selesai belum diisi ("s.d. selesai"); di kalender rapat dicatat ${ASSUMED_DURATION_MINUTES / 60} jam.`,
    });
  } else if (minutesBetween(meeting.startTime, meeting.endTime) <= 0) {
    issues.push({
      code: 'end_not_after_start',
      severity: 'warning',
      message: `Waktu selesai (${meeting.endTime.replace(':', '.')}) tidak setelah waktu mulai (${meeting.startTime.replace(':', '.')}); di kalender rapat dicatat ${ASSUMED_DURATION_MINUTES / 60} jam.`,
    });
  }
  if (meeting.mode !== 'luring') {
    if (meeting.joinUrl.trim() === '') {
      issues.push({ code: 'no_link', severity: 'warning', message: 'Tautan rapat daring belum diisi.' });
    } else if (!meetingLink(meeting)) {
      issues.push({
        code: 'bad_link',
        severity: 'warning',
        message: 'Tautan rapat bukan alamat web (http/https) yang valid, sehingga tidak dicantumkan sebagai tautan.',
      });
    }
  }
  if (meeting.mode !== 'daring' && meeting.location.trim() === '') {
    issues.push({ code: 'no_location', severity: 'warning', message: 'Tempat rapat luring belum diisi.' });
  }
  if (agendaNumbered(meeting) === '') {
    issues.push({ code: 'no_agenda', severity: 'info', message: 'Acara rapat belum diisi.' });
  }
  if (unitCode !== undefined && !meeting.unitsInvited.includes(unitCode)) {
    issues.push({
      code: 'unit_not_invited',
      severity: 'warning',
      message: `${unitNameOf(roster, unitCode)} tidak termasuk yang diundang pada rapat ini.`,
      unitCode,
    });
    return issues;
  }
  const invitees = inviteesOf(meeting, roster, unitCode);
  const codes = unitCode !== undefined ? [unitCode] : meeting.unitsInvited;
  for (const code of codes) {
    const here = invitees.filter((i) => i.unitCode === code);
    const missingRoles = meeting.rolesInvited.filter((r) => !here.some((i) => i.roleId === r));
    if (missingRoles.length > 0) {
      const labels = missingRoles.map((r) => roster.roles.find((x) => x.id === r)?.label ?? r);
      issues.push({
        code: 'no_contact',
        severity: 'warning',
        message: `${unitNameOf(roster, code)}: belum ada kontak untuk ${labels.join('; ')}.`,
        unitCode: code,
      });
    }
    const noEmail = here.filter((i) => !i.email);
    if (noEmail.length > 0) {
      issues.push({
        code: 'no_email',
        severity: 'warning',
        message: `${unitNameOf(roster, code)}: tanpa email yang valid, tidak tercantum sebagai peserta kalender: ${noEmail
          .map((i) => `${i.displayName} (${i.roleLabel})`)
          .join('; ')}.`,
        unitCode: code,
      });
    }
  }
  return issues;
}

interface CalendarScope {
  unitCode?: string;
  cancel: boolean;
}

function descriptionFor(meeting: Meeting, roster: Roster, settings: Settings, invitees: Invitee[], scope: CalendarScope): string {
  const { endAssumed } = meetingInstants(meeting);
  const link = meetingLink(meeting);
  const lines: string[] = [];
  if (scope.cancel) lines.push('RAPAT INI DIBATALKAN.', '');
  lines.push(meeting.title.trim());
  lines.push(`Kepada: ${scope.unitCode !== undefined ? unitNameOf(roster, scope.unitCode) : unitsInWords(meeting, roster, settings)}`);
  lines.push(`Hari/Tanggal: ${formatDayDate(meeting.date)}`);
  lines.push(`Waktu: ${formatTimeRange(meeting.startTime, endAssumed ? '' : meeting.endTime, meeting.timeZone)}`);
  const place = placeInWords(meeting);
  if (place) lines.push(`Tempat: ${place}`);
  if (link) lines.push(`Tautan: ${link}`);
  if (meeting.mode !== 'luring') {
    if (meeting.meetingId.trim()) lines.push(`Meeting ID: ${meeting.meetingId.trim()}`);
    if (meeting.passcode.trim()) lines.push(`Passcode: ${meeting.passcode.trim()}`);
  }
  const agenda = agendaNumbered(meeting);
  if (agenda) lines.push('', 'Acara:', agenda);
  const roles = invitedRolesInWords(meeting, roster);
  if (roles) lines.push('', `Peserta: ${roles}`);
  const noEmail = invitees.filter((i) => !i.email);
  if (noEmail.length > 0) {
    const who = noEmail.map((i) => (scope.unitCode !== undefined ? `${i.displayName} (${i.roleLabel})` : `${i.displayName} (${i.roleLabel}, ${i.unitName})`));
    lines.push(`Tanpa email: ${who.join('; ')}`);
  }
  if (endAssumed) {
    lines.push('', `Waktu selesai belum ditentukan; di kalender dicatat ${ASSUMED_DURATION_MINUTES / 60} jam.`);
  }
  const organizer = organizerInWords(settings);
  if (organizer) lines.push('', `Penyelenggara: ${organizer}`);
  return lines.join('\n');
}

/** What DESCRIPTION holds, before escaping (for previews and tests). */
export function icsDescription(meeting: Meeting, roster: Roster, settings: Settings, unitCode?: string): string {
  return sanitizeIcsText(descriptionFor(meeting, roster, settings, inviteesOf(meeting, roster, unitCode), { unitCode, cancel: false }));
}

/** What LOCATION holds: the place, with the link for a meeting held online. */
export function icsLocation(meeting: Meeting): string {
  const place = placeInWords(meeting);
  const link = meetingLink(meeting);
  return sanitizeIcsText(link ? (place ? `${place}: ${link}` : link) : place);
}

function attendeeLine(invitee: Invitee, cancel: boolean): string {
  const params = ['CUTYPE=INDIVIDUAL', 'ROLE=REQ-PARTICIPANT'];
  if (!cancel) params.push('PARTSTAT=NEEDS-ACTION', 'RSVP=TRUE');
  params.push(`CN=${encodeIcsParamValue(invitee.displayName)}`);
  return `ATTENDEE;${params.join(';')}:mailto:${invitee.email}`;
}

/** "20220525T020000Z": a UTC DATE-TIME (RFC 5545 3.3.5, form 2). */
function icsUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** "-PT30M", "-PT1H30M", "-P1D": how long before the start the reminder fires (RFC 5545 3.3.6). */
function triggerBefore(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const time = `${hours ? `${hours}H` : ''}${mins ? `${mins}M` : ''}`;
  return `-P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * The calendar as content lines, written here rather than through a generator so that every
 * free text is escaped and folded one way (ics-format.ts). With an organiser email it is an
 * iTIP REQUEST (or CANCEL) with ORGANIZER and the invitees as ATTENDEE; without one it is
 * METHOD:PUBLISH, an announcement with neither: a REQUEST without ORGANIZER is what Outlook
 * mishandles, and an ATTENDEE asked to reply (RSVP) needs someone to reply to.
 */
function buildCalendar(meeting: Meeting, roster: Roster, settings: Settings, scope: CalendarScope, options: IcsOptions): string {
  if (scope.unitCode !== undefined && !meeting.unitsInvited.includes(scope.unitCode)) {
    throw new AppError('invalid_input', `${unitNameOf(roster, scope.unitCode)} tidak termasuk yang diundang pada rapat ini.`);
  }
  const invitees = inviteesOf(meeting, roster, scope.unitCode);
  const { start, end } = meetingInstants(meeting);
  const parsedStamp = Date.parse(options.stamp ?? meeting.updatedAt);
  const stamp = Number.isFinite(parsedStamp) ? new Date(parsedStamp) : start;
  const title = sanitizeIcsText(meeting.title).trim() || 'Rapat';
  const summary = scope.cancel ? `DIBATALKAN: ${title}` : title;
  const sequence = pendingSequence(meeting) + (scope.cancel ? 1 : 0);
  const location = icsLocation(meeting);
  const link = meetingLink(meeting);
  const organizerEmail = usableEmail(settings.organizerEmail);
  const method = !organizerEmail ? 'PUBLISH' : scope.cancel ? 'CANCEL' : 'REQUEST';

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `PRODID:${ICS_PRODUCT_ID}`,
    `METHOD:${method}`,
    'BEGIN:VEVENT',
    `UID:${icsUid(meeting)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SEQUENCE:${sequence}`,
    `DESCRIPTION:${escapeIcsText(descriptionFor(meeting, roster, settings, invitees, scope))}`,
  ];
  if (location) lines.push(`LOCATION:${escapeIcsText(location)}`);
  lines.push(`STATUS:${scope.cancel ? 'CANCELLED' : 'CONFIRMED'}`);
  if (link) lines.push(`URL:${link}`);
  if (organizerEmail) {
    lines.push(`ORGANIZER;CN=${encodeIcsParamValue(organizerInWords(settings) || organizerEmail)}:mailto:${organizerEmail}`);
    const seen = new Set<string>();
    for (const invitee of invitees) {
      if (!invitee.email || seen.has(invitee.email.toLowerCase())) continue;
      seen.add(invitee.email.toLowerCase());
      lines.push(attendeeLine(invitee, scope.cancel));
    }
  }
  if (!scope.cancel && meeting.reminderMinutes > 0) {
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeIcsText(`Pengingat: ${title}`)}`,
      `TRIGGER:${triggerBefore(meeting.reminderMinutes)}`,
      'END:VALARM',
    );
  }
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return joinIcsLines(lines);
}

/** The invitation for one unit: its invited people as attendees. */
export function buildUnitIcs(meeting: Meeting, roster: Roster, settings: Settings, unitCode: string, options: IcsOptions = {}): string {
  return buildCalendar(meeting, roster, settings, { unitCode, cancel: false }, options);
}

/** One invitation with everyone invited from every invited unit. */
export function buildCombinedIcs(meeting: Meeting, roster: Roster, settings: Settings, options: IcsOptions = {}): string {
  return buildCalendar(meeting, roster, settings, { cancel: false }, options);
}

/**
 * The cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the same event, for one unit or for
 * everyone, with SEQUENCE one above the invitation it cancels.
 */
export function buildCancelIcs(meeting: Meeting, roster: Roster, settings: Settings, options: IcsOptions & { unitCode?: string } = {}): string {
  return buildCalendar(meeting, roster, settings, { unitCode: options.unitCode, cancel: true }, options);
}

/** "rakor-2022-05-25-kabupaten-tulungagung.ics": a file name that sorts by date. */
export function icsFileName(meeting: Meeting, roster: Roster, unitCode?: string, cancel = false): string {
  const who = unitCode !== undefined ? unitNameOf(roster, unitCode).replace(/^KPU\s+/, '') : 'semua';
  return fileNameOf([cancel ? 'batal' : '', 'rakor', meeting.date, slugPart(who) || 'unit'], 'ics', '-');
}
