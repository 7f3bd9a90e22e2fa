// The invitation as text to paste into a WhatsApp group or an email, rendered from the
// wording in templates/invitation.ts or the user's own version of it from Settings.
import type { Meeting } from '../domain/meeting';
import { defaultRoster, type Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import { formatDayDate, minutesBetween } from '../domain/datetime';
import { meetingTimeInWords, regionInWords } from '../domain/org-words';
import { checkTemplate, placeholdersIn, renderTemplate, type TemplateProblem } from '../templates/render';
import { templateText } from '../../templates/index';
import {
  INVITATION_EMAIL_BODY_KEY,
  CANCEL_WHATSAPP_KEY,
  CANCEL_EMAIL_SUBJECT_KEY,
  CANCEL_EMAIL_BODY_KEY,
  INVITATION_EMAIL_SUBJECT_KEY,
  INVITATION_TEMPLATES,
  INVITATION_WHATSAPP_KEY,
} from '../../templates/invitation';
import {
  agendaNumbered,
  invitedRolesInWords,
  meetingLink,
  modeInWords,
  organizerInWords,
  placeInWords,
  unitNameOf,
  unitsInWords,
} from '../domain/meeting-words';

export interface RenderedMessage {
  text: string;
  problems: TemplateProblem[];
}

export interface RenderedEmail {
  subject: string;
  body: string;
  problems: TemplateProblem[];
}

/**
 * The value of every invitation placeholder for a meeting (see INVITATION_PLACEHOLDERS for
 * what each holds). With `unitCode`, {tujuan} names that one unit.
 */
export function invitationValues(meeting: Meeting, settings: Settings, roster: Roster, unitCode?: string): Record<string, string> {
  const online = meeting.mode !== 'luring';
  const endShown = meeting.endTime !== '' && minutesBetween(meeting.startTime, meeting.endTime) > 0 ? meeting.endTime : '';
  return {
    judul: meeting.title.trim(),
    hari_tanggal: formatDayDate(meeting.date),
    waktu: meetingTimeInWords(meeting.startTime, endShown, meeting.timeZone, settings),
    moda: modeInWords(meeting),
    tempat: placeInWords(meeting),
    platform: online ? meeting.platform.trim() : '',
    tautan: meetingLink(meeting) ?? '',
    meeting_id: online ? meeting.meetingId.trim() : '',
    passcode: online ? meeting.passcode.trim() : '',
    acara: agendaNumbered(meeting),
    peserta: invitedRolesInWords(meeting, roster),
    tujuan: unitCode !== undefined ? unitNameOf(roster, unitCode) : unitsInWords(meeting, roster, settings),
    provinsi: regionInWords(settings),
    penyelenggara: organizerInWords(settings),
    sapaan: settings.formOfAddress,
  };
}

/**
 * Fill a message template. Problems (unknown or misspelt placeholders) are reported and the
 * placeholder left out, never printed as braces. A line whose placeholders are all known and
 * empty is dropped, so "Passcode:" does not stand alone; runs of blank lines left behind
 * shrink to one.
 */
export function renderMessage(template: string, values: Record<string, string>): RenderedMessage {
  const known = Object.keys(values);
  const problems = checkTemplate(template, known);
  const kept = template.split(/\r?\n/).filter((line) => {
    const names = placeholdersIn(line);
    return names.length === 0 || names.some((n) => !known.includes(n) || values[n]!.trim() !== '');
  });
  const { text } = renderTemplate(kept.join('\n'), values);
  return { text: text.replace(/\n[ \t]*(\n[ \t]*)+\n/g, '\n\n').trim(), problems };
}

/** The invitation for a WhatsApp group: *bold* labels, _italic_ notes, plain links; for a cancelled meeting, the cancellation. */
export function buildWhatsAppMessage(meeting: Meeting, settings: Settings, roster: Roster = defaultRoster(), unitCode?: string): RenderedMessage {
  const key = meeting.status === 'batal' ? CANCEL_WHATSAPP_KEY : INVITATION_WHATSAPP_KEY;
  return renderMessage(templateText(key, settings.templates), invitationValues(meeting, settings, roster, unitCode));
}

/** The invitation (or, for a cancelled meeting, the cancellation) as a plain-text email: a one-line subject and the body. */
export function buildEmailText(meeting: Meeting, settings: Settings, roster: Roster = defaultRoster(), unitCode?: string): RenderedEmail {
  const values = invitationValues(meeting, settings, roster, unitCode);
  const cancelled = meeting.status === 'batal';
  const subject = renderMessage(templateText(cancelled ? CANCEL_EMAIL_SUBJECT_KEY : INVITATION_EMAIL_SUBJECT_KEY, settings.templates), values);
  const body = renderMessage(templateText(cancelled ? CANCEL_EMAIL_BODY_KEY : INVITATION_EMAIL_BODY_KEY, settings.templates), values);
  return {
    subject: subject.text.replace(/\s*\n\s*/g, ' ').trim(),
    body: body.text,
    problems: [...subject.problems, ...body.problems],
  };
}

/** Keys of the templates this module renders (for the Settings page). */
export const INVITATION_TEMPLATE_KEYS: readonly string[] = INVITATION_TEMPLATES.map((t) => t.key);

/**
 * The Settings preview: `text` (the wording being edited for `key`) rendered for a meeting,
 * with the problems to show beside it.
 */
export function previewTemplate(key: string, text: string, meeting: Meeting, settings: Settings, roster: Roster = defaultRoster()): RenderedMessage {
  if (!INVITATION_TEMPLATE_KEYS.includes(key)) throw new Error(`Bukan templat undangan: ${key}`);
  const rendered = renderMessage(text, invitationValues(meeting, settings, roster));
  if (key === INVITATION_EMAIL_SUBJECT_KEY || key === CANCEL_EMAIL_SUBJECT_KEY) return { ...rendered, text: rendered.text.replace(/\s*\n\s*/g, ' ').trim() };
  return rendered;
}
