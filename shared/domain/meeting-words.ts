// A meeting in words: what the letter, the minutes (DOCX and print view), the calendar
// files and the WhatsApp/email messages say about a meeting — where it is held, who is
// invited, the agenda, the link, who spoke — written once. Plain text only: the renderer
// imports this, so it must never pull in a document library.
import type { AttendanceCounts } from './attendance';
import type { Meeting, Speaker } from './meeting';
import type { Roster } from './roster';
import type { Settings } from './settings';
import { formatTime, utcToZoned } from './datetime';
import { roleById } from './roles';
import { PROVINCE } from './speaker-ops';
import { baseKind, officialUnitName, sortUnits, unitByCode, type Unit } from './units';
import { itemAt } from '../indexed';
import { allUnitsInWords, regionFromSubtitle, regionInWords, unitsGroupName } from './org-words';

/** What documents print where a value is missing. */
export const DASH = '—';

// ---------------------------------------------------------------------------------------
// Lists and names

/**
 * A list inside an Indonesian sentence, with the comma before "dan" that EYD asks for:
 * "A", "A dan B", "A, B, dan C". When an item holds a comma of its own (the full Kasubag
 * Tekmas title does) the items are separated by semicolons — "A, x; B; dan C", "A, x; dan B" —
 * so the list still reads unambiguously. Blank items are left out.
 */
export function joinIndonesian(items: readonly string[]): string {
  const list = items.filter((i) => i.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  const last = list[list.length - 1];
  if (list.some((i) => i.includes(','))) return `${list.slice(0, -1).join('; ')}; dan ${last}`;
  if (list.length === 2) return `${list[0]} dan ${last}`;
  return `${list.slice(0, -1).join(', ')}, dan ${last}`;
}

// Text made only of control characters would end up empty in a calendar file or a message.
/** Whether the text shows anything once control characters are gone. */
export function hasVisibleText(text: string): boolean {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim() !== '';
}

/**
 * "Jawa Timur" from the letterhead line "PROVINSI JAWA TIMUR" (however it is capitalised;
 * DKI and DI stay acronyms); empty when the line is not set.
 */
export function provinceName(settings: Pick<Settings, 'organisation'>): string {
  return regionFromSubtitle(settings.organisation.subtitle);
}

/** Who invites: the organiser name from Settings, else "KPU Provinsi <wilayah>", else the organisation. */
export function organizerInWords(settings: Pick<Settings, 'organizerName' | 'organisation'>): string {
  const name = settings.organizerName.trim();
  if (hasVisibleText(name)) return name;
  const province = provinceName(settings);
  return province ? `KPU Provinsi ${province}` : settings.organisation.name.trim();
}

// ---------------------------------------------------------------------------------------
// Where and how

/** "daring", "luring" or "daring dan luring", as a sentence says it. */
export function modeInWords(meeting: Pick<Meeting, 'mode'>): string {
  if (meeting.mode === 'hybrid') return 'daring dan luring';
  return meeting.mode === 'luring' ? 'luring' : 'daring';
}

type Place = Pick<Meeting, 'mode' | 'platform' | 'location'>;

function place(meeting: Place, withApp: boolean): string {
  const location = meeting.location.trim();
  if (meeting.mode === 'luring') return location;
  const platform = meeting.platform.trim();
  const app = withApp && !/^aplikasi\b/i.test(platform) ? 'aplikasi ' : '';
  const online = platform ? `daring melalui ${app}${platform}` : 'daring';
  if (meeting.mode === 'hybrid' && location) return `${location} dan ${online}`;
  return online.charAt(0).toUpperCase() + online.slice(1);
}

/**
 * The place, short, for calendar files and messages: "Daring melalui Zoom", the room, or
 * "Aula Lt. 2 dan daring melalui Zoom". Empty for an in-person meeting without a room.
 */
export function placeInWords(meeting: Place): string {
  return place(meeting, false);
}

/**
 * The Tempat line of the letter and the minutes, as the commission writes it: "Daring
 * melalui aplikasi Zoom", the room, or "Aula Lt. 2 dan daring melalui aplikasi Zoom";
 * a dash rather than a blank when nothing is known.
 */
export function placeInDocument(meeting: Place): string {
  return place(meeting, true) || '-';
}

/**
 * The join link as a clean absolute http(s) URL, or null when there is none or it is not a
 * web link (javascript:, file:, typos). A link pasted without its scheme ("zoom.us/j/123")
 * gets https://, since that is how people copy them from the Zoom window.
 */
export function normalizeJoinUrl(raw: string): string | null {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return null;
  let candidate = text;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}([/?#:]|$)/i.test(text)) return null;
    candidate = `https://${text}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  return url.href;
}

/** The link to show for a meeting: none for a meeting held only in person. */
export function meetingLink(meeting: Pick<Meeting, 'mode' | 'joinUrl'>): string | null {
  if (meeting.mode === 'luring') return null;
  return normalizeJoinUrl(meeting.joinUrl);
}

/**
 * Tautan, Meeting ID and Passcode rows for a meeting that is (also) online. The link is
 * the cleaned one the calendar files carry; text that is no web link is printed as typed.
 */
export function onlineRows(meeting: Pick<Meeting, 'mode' | 'joinUrl' | 'meetingId' | 'passcode'>): Array<{ label: string; value: string }> {
  if (meeting.mode === 'luring') return [];
  const rows: Array<{ label: string; value: string }> = [];
  const link = meetingLink(meeting) ?? meeting.joinUrl.trim();
  if (link) rows.push({ label: 'Tautan', value: link });
  if (meeting.meetingId.trim()) rows.push({ label: 'Meeting ID', value: meeting.meetingId.trim() });
  if (meeting.passcode.trim()) rows.push({ label: 'Passcode', value: meeting.passcode.trim() });
  return rows;
}

// ---------------------------------------------------------------------------------------
// Agenda

function agendaOf(meeting: Pick<Meeting, 'agenda'>): string[] {
  return meeting.agenda.map((item) => item.trim()).filter((item) => item !== '');
}

/** The agenda items; the title when the agenda is empty, so Acara is never blank. */
export function agendaItems(meeting: Pick<Meeting, 'agenda' | 'title'>): string[] {
  const items = agendaOf(meeting);
  return items.length ? items : [meeting.title];
}

/** "1. ...\n2. ..." (empty items left out; empty when there is no agenda). */
export function agendaNumbered(meeting: Pick<Meeting, 'agenda'>): string {
  return agendaOf(meeting)
    .map((item, i) => `${i + 1}. ${item}`)
    .join('\n');
}

/** "a", "b", ..., "z", "aa", "ab": labels for points under a numbered item. */
export function letterLabel(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(97 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Who is invited

/**
 * Who is to attend, by the roles' full labels in the order chosen for the meeting:
 * "Anggota/Komisioner Divisi Sosdiklih Parmas; Kasubag Teknis Penyelenggaraan Pemilu,
 * Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial".
 */
export function invitedRolesInWords(meeting: Pick<Meeting, 'rolesInvited'>, roster: Pick<Roster, 'roles'>): string {
  return joinIndonesian(meeting.rolesInvited.map((id) => roleById(roster.roles, id)?.label ?? id));
}

/**
 * The invited units in official code order. A code the roster does not know (a roster
 * replaced after the meeting was set up) is kept, named by its code, so every list and
 * document shows the same units the attendance counts.
 */
export function invitedUnits(meeting: Pick<Meeting, 'unitsInvited'>, roster: Pick<Roster, 'units'>): Unit[] {
  const byCode = new Map(roster.units.map((u) => [u.code, u] as const));
  return sortUnits([...new Set(meeting.unitsInvited)].map((code): Unit => byCode.get(code) ?? { code, name: code, kind: 'kabupaten' }));
}

/** Official name of a unit of the roster, or the bare code when the roster lacks it. */
export function unitNameOf(roster: Pick<Roster, 'units'>, unitCode: string): string {
  const unit = unitByCode(roster.units, unitCode);
  return unit ? officialUnitName(unit) : unitCode;
}

/**
 * The units invited, in words: "KPU Kabupaten/Kota se-Jawa Timur" when all are invited,
 * "KPU Kabupaten se-Jawa Timur" / "KPU Kota se-Jawa Timur" for one kind, otherwise the names.
 */
export function unitsInWords(
  meeting: Pick<Meeting, 'unitsInvited'>,
  roster: Pick<Roster, 'units'>,
  settings: Pick<Settings, 'organisation' | 'region'>,
): string {
  const units = invitedUnits(meeting, roster);
  const region = regionInWords(settings);
  const se = region ? ` se-${region}` : '';
  const all = sortUnits(roster.units.filter((u) => !u.unlisted));
  const kinds = (kind: Unit['kind']) => all.filter((u) => baseKind(u.kind) === kind);
  const sameSet = (a: Unit[], b: Unit[]) => a.length === b.length && a.every((u, i) => u.code === itemAt(b, i).code);
  if (units.length > 1 && sameSet(units, all)) return allUnitsInWords(all, settings);
  if (units.length > 1 && kinds('kota').length > 0 && sameSet(units, kinds('kabupaten'))) return `${unitsGroupName(kinds('kabupaten'))}${se}`;
  if (units.length > 1 && kinds('kabupaten').length > 0 && sameSet(units, kinds('kota'))) return `${unitsGroupName(kinds('kota'))}${se}`;
  return joinIndonesian(units.map((u) => unitNameOf(roster, u.code)));
}

// ---------------------------------------------------------------------------------------
// The minutes

/** "Nama (Jabatan)", either one alone, or a dash when both are empty. */
export function personInWords(p: { name: string; jabatan: string }): string {
  const name = p.name.trim();
  const jabatan = p.jabatan.trim();
  if (name && jabatan) return `${name} (${jabatan})`;
  return name || jabatan || DASH;
}

/** The recorded start and end when there are any, else the planned ones. */
export function minutesTimes(meeting: Pick<Meeting, 'minutes' | 'startTime' | 'endTime'>): { start: string; end: string } {
  return { start: meeting.minutes.actualStart || meeting.startTime, end: meeting.minutes.actualEnd || meeting.endTime };
}

/** A speaker's jabatan, followed by the unit's name when a unit's speaker did not type it. */
export function speakerWho(s: Pick<Speaker, 'jabatan' | 'institution'>, roster: Pick<Roster, 'units'>): string {
  const jabatan = s.jabatan.trim();
  if (s.institution && s.institution !== PROVINCE) {
    const u = unitByCode(roster.units, s.institution);
    const unitName = u ? officialUnitName(u) : '';
    if (unitName && !jabatan.includes(unitName)) return jabatan ? `${jabatan} ${unitName}` : unitName;
  }
  return jabatan;
}

/** "09.12–09.30 WIB", "pukul 09.12 WIB" while still speaking, or empty. */
export function speakerTime(s: Pick<Speaker, 'startedAt' | 'endedAt'>, zone: Meeting['timeZone']): string {
  const at = (iso: string) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? '' : formatTime(utcToZoned(d, zone).time);
  };
  const a = s.startedAt ? at(s.startedAt) : '';
  const b = s.endedAt ? at(s.endedAt) : '';
  if (a && b) return `${a}–${b} ${zone}`;
  return a ? `pukul ${a} ${zone}` : '';
}

/**
 * "Divisi Parmas 34 orang, Kasubag Tekmas 32 orang, dan Operator Medsos 31 orang" (after
 * "terdiri atas"); empty when only one role is invited, since the total already says it.
 */
export function roleCountsInWords(meeting: Pick<Meeting, 'rolesInvited'>, roster: Pick<Roster, 'roles'>, counts: AttendanceCounts): string {
  if (meeting.rolesInvited.length <= 1) return '';
  return joinIndonesian(meeting.rolesInvited.map((id) => `${roleById(roster.roles, id)?.short ?? id} ${counts.perRole[id] ?? 0} orang`));
}

/** Beyond this many, the absent units are left to the attendance list. */
export const MAX_ABSENT_NAMED = 15;

/** The invited units nobody came from, named (after "tidak hadir:"); empty when none or too many. */
export function absentUnitsInWords(roster: Pick<Roster, 'units'>, counts: AttendanceCounts): string {
  const missing = counts.missingUnits;
  if (missing.length === 0 || missing.length > MAX_ABSENT_NAMED) return '';
  return joinIndonesian(missing.map((code) => unitNameOf(roster, code)));
}
