// The facts of a meeting in the words both the letter and the minutes print: where it is
// held, who is invited, the invited units in document order.
import type { Meeting } from '../domain/meeting';
import type { Roster } from '../domain/roster';
import { roleById } from '../domain/roles';
import { sortUnits, type Unit } from '../domain/units';
import { joinIndonesian } from './common';

/** "daring", "luring" or "daring dan luring". */
export function modeInWords(mode: Meeting['mode']): string {
  if (mode === 'luring') return 'luring';
  if (mode === 'hybrid') return 'daring dan luring';
  return 'daring';
}

function viaPlatform(platform: string): string {
  const p = platform.trim();
  if (!p) return 'Daring';
  return /^aplikasi\b/i.test(p) ? `Daring melalui ${p}` : `Daring melalui aplikasi ${p}`;
}

/** The Tempat line: the room, the platform, or both. */
export function placeInWords(m: Pick<Meeting, 'mode' | 'platform' | 'location'>): string {
  const loc = m.location.trim();
  if (m.mode === 'luring') return loc || '-';
  if (m.mode === 'hybrid') return loc ? `${loc} dan ${viaPlatform(m.platform).toLowerCase()}` : viaPlatform(m.platform);
  return viaPlatform(m.platform);
}

/** Link, meeting ID and passcode rows, for meetings that are (also) online. */
export function onlineRows(m: Pick<Meeting, 'mode' | 'joinUrl' | 'meetingId' | 'passcode'>): Array<{ label: string; value: string }> {
  if (m.mode === 'luring') return [];
  const rows: Array<{ label: string; value: string }> = [];
  if (m.joinUrl.trim()) rows.push({ label: 'Tautan', value: m.joinUrl.trim() });
  if (m.meetingId.trim()) rows.push({ label: 'Meeting ID', value: m.meetingId.trim() });
  if (m.passcode.trim()) rows.push({ label: 'Passcode', value: m.passcode.trim() });
  return rows;
}

/**
 * The invited roles by their full labels, as a phrase: "A, B, dan C", or "A; B; dan C" when a
 * label has its own commas ("Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan ...").
 */
export function rolesInWords(roster: Roster, roleIds: readonly string[]): string {
  const labels = roleIds.map((id) => roleById(roster.roles, id)?.label ?? id);
  return joinIndonesian(labels, labels.some((l) => l.includes(',')) ? '; ' : ', ');
}

/** Invited units in code order; a code the roster does not know is kept under its code. */
export function invitedUnits(roster: Roster, codes: readonly string[]): Unit[] {
  const byCode = new Map(roster.units.map((u) => [u.code, u] as const));
  const units = [...new Set(codes)].map(
    (code): Unit => byCode.get(code) ?? { code, name: code, kind: 'kabupaten' },
  );
  return sortUnits(units);
}

/** "Rapat Koordinasi ..." when the agenda is empty, so Acara is never blank. */
export function agendaItems(m: Pick<Meeting, 'agenda' | 'title'>): string[] {
  const items = m.agenda.map((a) => a.trim()).filter(Boolean);
  return items.length ? items : [m.title];
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
