// What the attendance grid shows (units and roles of the meeting, with labels from the roster)
// and what a key press in it means, kept apart from React so the keyboard rules read in one place.
import type { AttendanceStatus, Meeting } from '../../../../shared/domain/meeting';
import type { Roster } from '../../../../shared/domain/roster';
import { officialUnitName, shortUnitName, sortUnits } from '../../../../shared/domain/units';

export interface GridUnit {
  code: string;
  /** "Kab. Tulungagung". */
  label: string;
  /** Lower-case text the filter searches: code, short and official name. */
  search: string;
}

export interface GridRole {
  id: string;
  label: string;
}

export function gridUnits(meeting: Pick<Meeting, 'unitsInvited'>, roster: Roster): GridUnit[] {
  const invited = new Set(meeting.unitsInvited);
  const known = sortUnits(roster.units.filter((u) => invited.has(u.code))).map((u) => ({
    code: u.code,
    label: shortUnitName(u),
    search: `${u.code} ${shortUnitName(u)} ${officialUnitName(u)} ${u.kind === 'kabupaten' ? 'kab kabupaten' : 'kota'} ${u.name}`.toLowerCase(),
  }));
  const unknown = [...invited].filter((c) => !roster.units.some((u) => u.code === c)).sort();
  return [...known, ...unknown.map((code) => ({ code, label: code, search: code }))];
}

export function gridRoles(meeting: Pick<Meeting, 'rolesInvited'>, roster: Roster): GridRole[] {
  return meeting.rolesInvited.map((id) => ({ id, label: roster.roles.find((r) => r.id === id)?.short ?? id }));
}

/** Every word typed must appear: "kab mal" finds Kab. Malang, "35" every kabupaten. */
export function filterUnits(units: readonly GridUnit[], query: string): GridUnit[] {
  const words = query.toLowerCase().replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length) return [...units];
  return units.filter((u) => words.every((w) => u.search.replace(/[.,]/g, ' ').includes(w)));
}

export const STATUS_KEYS: Record<string, AttendanceStatus> = {
  h: 'hadir',
  t: 'terlambat',
  i: 'izin',
  a: 'tidak_hadir',
  x: 'tidak_hadir',
};

export const STATUS_ORDER: readonly AttendanceStatus[] = ['hadir', 'terlambat', 'izin', 'tidak_hadir'];

/** Column 0 is the unit name, 1..roles the roles, roles + 1 the note. */
export type ColumnKind = 'unit' | 'role' | 'note';

export function columnKind(col: number, roleCount: number): ColumnKind {
  if (col === 0) return 'unit';
  return col <= roleCount ? 'role' : 'note';
}

export type GridAction =
  | { kind: 'move'; dRow: number; dCol: number }
  | { kind: 'moveTo'; row?: 'first' | 'last'; col?: 'first' | 'last' }
  | { kind: 'tab'; back: boolean }
  | { kind: 'status'; status: AttendanceStatus; wholeUnit: boolean }
  | { kind: 'clear'; wholeUnit: boolean }
  /** `text`: a character typed on the note column, which starts editing the note with it. */
  | { kind: 'edit'; text?: string }
  | { kind: 'undo' }
  | { kind: 'focusFilter' }
  | { kind: 'typeFilter'; text: string };

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

const PAGE_ROWS = 10;

/** What a key pressed on a grid cell does; null = let the browser have it. */
export function keyAction(e: KeyLike, kind: ColumnKind): GridAction | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !e.altKey) {
    if (e.key.toLowerCase() === 'z' && !e.shiftKey) return { kind: 'undo' };
    if (e.key === 'Home') return { kind: 'moveTo', row: 'first', col: 'first' };
    if (e.key === 'End') return { kind: 'moveTo', row: 'last', col: 'last' };
    return null;
  }
  if (e.altKey) return null;
  switch (e.key) {
    case 'ArrowUp':
      return { kind: 'move', dRow: -1, dCol: 0 };
    case 'ArrowDown':
      return { kind: 'move', dRow: 1, dCol: 0 };
    case 'ArrowLeft':
      return { kind: 'move', dRow: 0, dCol: -1 };
    case 'ArrowRight':
      return { kind: 'move', dRow: 0, dCol: 1 };
    case 'PageUp':
      return { kind: 'move', dRow: -PAGE_ROWS, dCol: 0 };
    case 'PageDown':
      return { kind: 'move', dRow: PAGE_ROWS, dCol: 0 };
    case 'Home':
      return { kind: 'moveTo', col: 'first' };
    case 'End':
      return { kind: 'moveTo', col: 'last' };
    case 'Tab':
      return { kind: 'tab', back: e.shiftKey };
    case 'Enter':
    case 'F2':
      return kind === 'unit' ? null : { kind: 'edit' };
    case 'Delete':
    case 'Backspace':
      return { kind: 'clear', wholeUnit: kind === 'unit' || e.shiftKey };
    case '/':
      return { kind: 'focusFilter' };
  }
  if (e.key.length !== 1) return null;
  const status = STATUS_KEYS[e.key.toLowerCase()];
  if (status && (kind !== 'note' || e.shiftKey)) {
    return { kind: 'status', status, wholeUnit: kind !== 'role' || e.shiftKey };
  }
  // On the note column a letter belongs to the note, never to the unit search ("madiunh").
  if (kind === 'note') return e.key.trim() ? { kind: 'edit', text: e.key } : null;
  if (/^[\p{L}\p{N}]$/u.test(e.key)) return { kind: 'typeFilter', text: e.key };
  return null;
}
