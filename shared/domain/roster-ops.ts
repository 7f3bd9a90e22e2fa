// Edits of the roster (Daftar Kontak) as pure functions: one person's fields, the roles, how
// complete each unit is, search, and applying the good rows of a CSV import. Each check
// answers in Indonesian, so the same words appear next to a field and in a handler error.
import { AppError } from '../errors';
import { normalizePhone, type RosterCsvRow } from '../import/roster-csv';
import { normalizeWords } from './unit-match';
import { roleIdFromLabel, type Role } from './roles';
import type { Person, Roster } from './roster';
import { officialUnitName, shortUnitName, type Unit } from './units';
import { itemAt } from '../indexed';

export const PERSON_FIELDS = ['name', 'jabatan', 'email', 'phone', 'notes'] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];
export type PersonPatch = Partial<Record<PersonField, string>>;
export type PersonFieldErrors = Partial<Record<PersonField, string>>;

const FIELD_MAX: Record<PersonField, number> = { name: 300, jabatan: 500, email: 300, phone: 40, notes: 2000 };
const FIELD_LABEL: Record<PersonField, string> = {
  name: 'Nama',
  jabatan: 'Jabatan',
  email: 'Email',
  phone: 'Nomor WhatsApp',
  notes: 'Catatan',
};

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(text: string): boolean {
  return EMAIL.test(text);
}

function invalid(details: string[]): AppError {
  return new AppError('invalid_input', details.length === 1 ? details[0]! : 'Data yang dimasukkan belum benar.', details);
}

/**
 * Trims every field and brings a phone number to +62...; returns the clean patch and, per
 * field, what is wrong. An empty email or phone is fine (unknown yet).
 */
export function checkPersonPatch(patch: PersonPatch): { clean: PersonPatch; errors: PersonFieldErrors } {
  const clean: PersonPatch = {};
  const errors: PersonFieldErrors = {};
  for (const field of PERSON_FIELDS) {
    const raw = patch[field];
    if (raw === undefined) continue;
    const value = field === 'notes' ? raw.trim() : raw.replace(/\s+/g, ' ').trim();
    if (value.length > FIELD_MAX[field]) {
      errors[field] = `${FIELD_LABEL[field]} terlalu panjang (maks. ${FIELD_MAX[field]} karakter).`;
      continue;
    }
    if (field === 'email' && value && !isValidEmail(value)) {
      errors.email = `Email "${value}" tidak valid. Contoh: nama@kpu.go.id`;
      continue;
    }
    if (field === 'phone' && value) {
      const phone = normalizePhone(value);
      if (!phone) {
        errors.phone = `Nomor WhatsApp "${value}" tidak valid. Tulis seperti 0812-3456-7890 atau +62 812 3456 7890.`;
        continue;
      }
      clean.phone = phone;
      continue;
    }
    clean[field] = value;
  }
  return { clean, errors };
}

/** "+6281234567801" as people read it: "+62 812-3456-7801". Anything else is shown as stored. */
export function formatPhone(stored: string): string {
  const m = /^\+62(\d{3})(\d{3,4})(\d{0,5})$/.exec(stored);
  if (!m) return stored;
  return `+62 ${[m[1], m[2], m[3]].filter(Boolean).join('-')}`;
}

export function isBlankPerson(p: Pick<Person, PersonField>): boolean {
  return PERSON_FIELDS.every((f) => p[f].trim() === '');
}

export interface SavePersonInput {
  /** Made by the caller, so a second edit of a row still being created reaches the same person. */
  id: string;
  unitCode: string;
  roleId: string;
  patch: PersonPatch;
}

/**
 * Creates or updates one person. A person whose fields all become empty is removed: clearing
 * a row empties that role. Returns the person as stored (null when removed or never created).
 */
export function savePerson(roster: Roster, input: SavePersonInput): { roster: Roster; person: Person | null } {
  if (!roster.units.some((u) => u.code === input.unitCode)) throw invalid([`Unit dengan kode "${input.unitCode}" tidak ada di roster.`]);
  if (!roster.roles.some((r) => r.id === input.roleId)) throw invalid([`Peran "${input.roleId}" tidak ada di roster.`]);
  const { clean, errors } = checkPersonPatch(input.patch);
  const messages = Object.values(errors);
  if (messages.length > 0) throw invalid(messages);

  const index = roster.people.findIndex((p) => p.id === input.id);
  const current = index >= 0 ? roster.people[index] : undefined;
  if (current && (current.unitCode !== input.unitCode || current.roleId !== input.roleId)) {
    throw invalid(['Data orang ini sudah berpindah unit atau peran. Muat ulang halaman roster.']);
  }
  const base: Person = current ?? {
    id: input.id,
    unitCode: input.unitCode,
    roleId: input.roleId,
    name: '',
    jabatan: '',
    email: '',
    phone: '',
    notes: '',
  };
  const next: Person = { ...base, ...clean };
  const people = [...roster.people];
  if (isBlankPerson(next)) {
    if (index >= 0) people.splice(index, 1);
    return { roster: { ...roster, people }, person: null };
  }
  if (index >= 0) people[index] = next;
  else people.push(next);
  return { roster: { ...roster, people }, person: next };
}

export function removePerson(roster: Roster, id: string): Roster {
  if (!roster.people.some((p) => p.id === id)) throw new AppError('not_found', 'Orang ini sudah tidak ada di roster.');
  return { ...roster, people: roster.people.filter((p) => p.id !== id) };
}

export interface RoleInput {
  label: string;
  /** Column heading; the label when empty. */
  short: string;
  /** Words participants use for this role in their Zoom names. */
  keywords: string[];
}

function sameWords(a: string, b: string): boolean {
  return normalizeWords(a).join(' ') === normalizeWords(b).join(' ');
}

function checkRole(roster: Roster, input: RoleInput, exceptId?: string): { label: string; short: string; keywords: string[] } {
  const label = input.label.replace(/\s+/g, ' ').trim();
  const short = input.short.replace(/\s+/g, ' ').trim() || label;
  const problems: string[] = [];
  if (!label) problems.push('Nama peran wajib diisi.');
  if (label.length > 300) problems.push('Nama peran terlalu panjang (maks. 300 karakter).');
  if (short.length > 100) problems.push('Nama singkat peran terlalu panjang (maks. 100 karakter).');
  for (const r of roster.roles) {
    if (r.id === exceptId || !label) continue;
    if (sameWords(r.label, label) || sameWords(r.short, label) || sameWords(r.label, short) || sameWords(r.short, short)) {
      problems.push(`Peran "${r.short}" sudah ada.`);
      break;
    }
  }
  if (problems.length > 0) throw invalid(problems);
  const keywords = [...new Set(input.keywords.map((k) => normalizeWords(k).join(' ')).filter((k) => k.length > 0))].slice(0, 50);
  return { label, short, keywords };
}

export function addRole(roster: Roster, input: RoleInput): { roster: Roster; role: Role } {
  if (roster.roles.length >= 100) throw invalid(['Roster sudah memiliki 100 peran; hapus yang tidak dipakai dahulu.']);
  const checked = checkRole(roster, input);
  const role: Role = {
    id: roleIdFromLabel(
      checked.label,
      roster.roles.map((r) => r.id),
    ),
    ...checked,
  };
  return { roster: { ...roster, roles: [...roster.roles, role] }, role };
}

export function updateRole(roster: Roster, id: string, input: RoleInput): Roster {
  const index = roster.roles.findIndex((r) => r.id === id);
  if (index < 0) throw new AppError('not_found', 'Peran tidak ditemukan.');
  const checked = checkRole(roster, input, id);
  const roles = [...roster.roles];
  roles[index] = { ...itemAt(roles, index), ...checked };
  return { ...roster, roles };
}

/** Moves a role one place up (-1) or down (+1): the order of grid columns and letters. */
export function moveRole(roster: Roster, id: string, direction: -1 | 1): Roster {
  const index = roster.roles.findIndex((r) => r.id === id);
  if (index < 0) throw new AppError('not_found', 'Peran tidak ditemukan.');
  const target = index + direction;
  if (target < 0 || target >= roster.roles.length) return roster;
  const roles = [...roster.roles];
  [roles[index], roles[target]] = [itemAt(roles, target), itemAt(roles, index)];
  return { ...roster, roles };
}

/**
 * Removes a role nobody holds and no meeting uses; otherwise says who still depends on it, so
 * one click never drops people or attendance.
 */
export function removeRole(roster: Roster, id: string, usedByMeetings: readonly string[]): Roster {
  const role = roster.roles.find((r) => r.id === id);
  if (!role) throw new AppError('not_found', 'Peran tidak ditemukan.');
  if (roster.roles.length === 1) throw invalid(['Roster harus memiliki minimal satu peran.']);
  const holders = roster.people.filter((p) => p.roleId === id).length;
  const problems: string[] = [];
  if (holders > 0) problems.push(`Peran "${role.short}" masih diisi ${holders} orang. Kosongkan isiannya dahulu.`);
  if (usedByMeetings.length > 0) {
    const names = usedByMeetings
      .slice(0, 3)
      .map((t) => `"${t}"`)
      .join(', ');
    const more = usedByMeetings.length > 3 ? ` dan ${usedByMeetings.length - 3} rapat lain` : '';
    problems.push(`Peran "${role.short}" dipakai oleh rapat ${names}${more}.`);
  }
  if (problems.length > 0) throw invalid(problems);
  return { ...roster, roles: roster.roles.filter((r) => r.id !== id) };
}

export interface UnitCompleteness {
  /** Roles with at least one named person. */
  filled: number;
  total: number;
  missingRoleIds: string[];
}

/** How many of the roles a unit has filled (a role counts once a person with a name holds it). */
export function unitCompleteness(roster: Roster, unitCode: string, roleIds: readonly string[] = roster.roles.map((r) => r.id)): UnitCompleteness {
  const filledRoles = new Set(roster.people.filter((p) => p.unitCode === unitCode && p.name.trim() !== '').map((p) => p.roleId));
  const missingRoleIds = roleIds.filter((id) => !filledRoles.has(id));
  return { filled: roleIds.length - missingRoleIds.length, total: roleIds.length, missingRoleIds };
}

export function rosterCompleteness(roster: Roster): { unitsComplete: number; units: number; filled: number; total: number } {
  let unitsComplete = 0;
  let filled = 0;
  let total = 0;
  for (const u of roster.units) {
    const c = unitCompleteness(roster, u.code);
    if (c.filled === c.total) unitsComplete++;
    filled += c.filled;
    total += c.total;
  }
  return { unitsComplete, units: roster.units.length, filled, total };
}

function unitHaystack(unit: Unit, people: readonly Person[]): string[] {
  const parts = [unit.code, officialUnitName(unit), shortUnitName(unit)];
  for (const p of people) parts.push(p.name, p.jabatan, p.email, p.phone, p.phone.replace(/^\+62/, '0'));
  return normalizeWords(parts.join(' '));
}

/**
 * Units whose code, name or people match every word typed, in roster order. Words match from
 * their start ("tulung" finds Tulungagung, "0812" a phone), so "kab malang" finds the regency
 * and not the city.
 */
export function searchRoster(roster: Roster, query: string): string[] {
  // "0812 3456" and "0812-3456" search the stored number as one run of digits.
  const words = normalizeWords(query.replace(/\+62/g, '0').replace(/(\d)[\s.-]+(?=\d)/g, '$1'));
  if (words.length === 0) return roster.units.map((u) => u.code);
  const byUnit = new Map<string, Person[]>();
  for (const p of roster.people) {
    const list = byUnit.get(p.unitCode) ?? [];
    list.push(p);
    byUnit.set(p.unitCode, list);
  }
  return roster.units
    .filter((u) => {
      const hay = unitHaystack(u, byUnit.get(u.code) ?? []);
      return words.every((w) => hay.some((h) => h.startsWith(w)));
    })
    .map((u) => u.code);
}

export interface ImportApplied {
  roster: Roster;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Writes the good rows of a parsed roster CSV; rows with errors change nothing. */
export function applyRosterImport(roster: Roster, rows: readonly RosterCsvRow[], newId: () => string): ImportApplied {
  const people = [...roster.people];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let skipped = 0;
  for (const row of rows) {
    if (!row.ok) {
      skipped++;
      continue;
    }
    if (row.change === 'sama') {
      unchanged++;
      continue;
    }
    const at = row.existingId ? people.findIndex((p) => p.id === row.existingId) : -1;
    if (at >= 0) {
      people[at] = { ...itemAt(people, at), ...row.person };
      updated++;
    } else {
      people.push({ id: newId(), ...row.person });
      added++;
    }
  }
  return { roster: { ...roster, people }, added, updated, unchanged, skipped };
}
