// A meeting's facts in the words every invitation uses (calendar file, WhatsApp, email,
// letter): where, who is invited, the agenda, the join link.
import type { Meeting } from '../domain/meeting';
import type { Person, Roster } from '../domain/roster';
import type { Settings } from '../domain/settings';
import { roleById } from '../domain/roles';
import { officialUnitName, sortUnits, unitByCode, type Unit } from '../domain/units';

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

/** "daring", "luring" or "daring dan luring", as letters say it. */
export function modeInWords(meeting: Pick<Meeting, 'mode'>): string {
  if (meeting.mode === 'hybrid') return 'daring dan luring';
  return meeting.mode;
}

/** "Daring melalui Zoom", "Aula KPU Provinsi Jawa Timur", or both for a hybrid meeting. */
export function placeInWords(meeting: Pick<Meeting, 'mode' | 'platform' | 'location'>): string {
  const platform = meeting.platform.trim();
  const online = platform ? `daring melalui ${platform}` : 'daring';
  const location = meeting.location.trim();
  if (meeting.mode === 'luring') return location;
  if (meeting.mode === 'hybrid') return location ? `${location} dan ${online}` : capitalize(online);
  return capitalize(online);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The link to show for a meeting: none for a meeting held only in person. */
export function meetingLink(meeting: Pick<Meeting, 'mode' | 'joinUrl'>): string | null {
  if (meeting.mode === 'luring') return null;
  return normalizeJoinUrl(meeting.joinUrl);
}

/** "1. ...\n2. ..." (empty items left out). */
export function agendaNumbered(meeting: Pick<Meeting, 'agenda'>): string {
  return meeting.agenda
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item, i) => `${i + 1}. ${item}`)
    .join('\n');
}

/**
 * Indonesian list: "A", "A dan B", "A, B dan C". When an item itself holds a comma (the
 * full Kasubag Tekmas title does) items are separated by semicolons, so the list still
 * reads unambiguously.
 */
export function joinInWords(items: readonly string[]): string {
  const list = items.filter((i) => i.trim() !== '');
  if (list.length <= 1) return list[0] ?? '';
  const sep = list.some((i) => i.includes(',')) ? '; ' : ', ';
  const last = sep === '; ' ? '; dan ' : ' dan ';
  return `${list.slice(0, -1).join(sep)}${last}${list[list.length - 1]}`;
}

/** The invited roles by their full labels, in the order chosen for the meeting. */
export function invitedRoleLabels(meeting: Pick<Meeting, 'rolesInvited'>, roster: Roster): string[] {
  return meeting.rolesInvited.map((id) => roleById(roster.roles, id)?.label ?? id);
}

/**
 * Who is to attend, in words: "Anggota/Komisioner Divisi Sosdiklih Parmas; Kasubag Teknis
 * Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat; dan Operator Media Sosial".
 */
export function invitedRolesInWords(meeting: Pick<Meeting, 'rolesInvited'>, roster: Roster): string {
  return joinInWords(invitedRoleLabels(meeting, roster));
}

/** "Jawa Timur" from the letterhead line "PROVINSI JAWA TIMUR"; empty when not set. */
export function provinceName(settings: Settings): string {
  const raw = settings.organisation.subtitle.trim().replace(/^provinsi\s+/i, '');
  return raw
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w === w.toUpperCase() && w.length > 3 ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(' ');
}

// Text made only of control characters would end up empty in a calendar file or a message.
function hasVisibleText(text: string): boolean {
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim() !== '';
}

/** Who sends the invitation: the organiser name from Settings, else the organisation. */
export function organizerInWords(settings: Settings): string {
  const name = settings.organizerName.trim();
  if (hasVisibleText(name)) return name;
  const province = provinceName(settings);
  return province ? `KPU Provinsi ${province}` : settings.organisation.name.trim();
}

/** The invited units of a meeting that exist in the roster, in official code order. */
export function invitedUnits(meeting: Pick<Meeting, 'unitsInvited'>, roster: Roster): Unit[] {
  const wanted = new Set(meeting.unitsInvited);
  return sortUnits(roster.units.filter((u) => wanted.has(u.code)));
}

/**
 * The units invited, in words: "KPU Kabupaten/Kota se-Jawa Timur" when all are invited,
 * "KPU Kabupaten se-Jawa Timur" / "KPU Kota se-Jawa Timur" for one kind, otherwise the names.
 */
export function unitsInWords(meeting: Pick<Meeting, 'unitsInvited'>, roster: Roster, settings: Settings): string {
  const units = invitedUnits(meeting, roster);
  const province = provinceName(settings);
  const se = province ? ` se-${province}` : '';
  const all = sortUnits(roster.units);
  const kinds = (kind: Unit['kind']) => all.filter((u) => u.kind === kind);
  const sameSet = (a: Unit[], b: Unit[]) => a.length === b.length && a.every((u, i) => u.code === b[i].code);
  if (units.length > 1 && sameSet(units, all)) return `KPU Kabupaten/Kota${se}`;
  if (units.length > 1 && sameSet(units, kinds('kabupaten'))) return `KPU Kabupaten${se}`;
  if (units.length > 1 && sameSet(units, kinds('kota'))) return `KPU Kota${se}`;
  return joinInWords(units.map(officialUnitName));
}

/** Official name of a unit of the roster, or the bare code when the roster lacks it. */
export function unitNameOf(roster: Roster, unitCode: string): string {
  const unit = unitByCode(roster.units, unitCode);
  return unit ? officialUnitName(unit) : unitCode;
}

export interface Invitee {
  person: Person;
  unitCode: string;
  unitName: string;
  roleId: string;
  roleLabel: string;
  /** The email to invite, or null when missing or not an address a calendar can use. */
  email: string | null;
  /** Name to show: the person's name, else the role and unit. */
  displayName: string;
}

// Deliberately narrower than RFC 5321: '%', '?' and '#' would need percent-encoding inside a
// mailto: URI, which calendar programs then fail to match against the address.
const EMAIL_RE = /^[A-Za-z0-9.!$&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/** The address as a calendar can use it (trimmed), or null. */
export function usableEmail(raw: string): string | null {
  const email = raw.trim();
  return email.length <= 254 && EMAIL_RE.test(email) ? email : null;
}

/**
 * Everyone on the roster holding an invited role in the invited units (or in one unit),
 * ordered by unit code and then by the order of the invited roles.
 */
export function inviteesOf(meeting: Pick<Meeting, 'unitsInvited' | 'rolesInvited'>, roster: Roster, unitCode?: string): Invitee[] {
  const units = invitedUnits(meeting, roster).filter((u) => unitCode === undefined || u.code === unitCode);
  const out: Invitee[] = [];
  for (const unit of units) {
    for (const roleId of meeting.rolesInvited) {
      const roleLabel = roleById(roster.roles, roleId)?.label ?? roleId;
      for (const person of roster.people) {
        if (person.unitCode !== unit.code || person.roleId !== roleId) continue;
        const unitName = officialUnitName(unit);
        out.push({
          person,
          unitCode: unit.code,
          unitName,
          roleId,
          roleLabel,
          email: usableEmail(person.email),
          displayName: hasVisibleText(person.name) ? person.name.trim() : `${roleLabel} ${unitName}`,
        });
      }
    }
  }
  return out;
}
