// Roster (Daftar Kontak) to and from CSV, so the secretariat can keep it in Excel.
//
// Columns, in this order on export (import accepts any order, ; or , and some aliases):
//   kode_wilayah  area code of the unit, e.g. 3504 (or leave empty and fill "unit")
//   unit          unit name: "KPU Kabupaten Tulungagung", "Kab. Malang", "Kota Batu"
//   peran         role: its id (parmas, tekmas, medsos) or its label, short label or a keyword
//   nama          full name of the person
//   jabatan       position, e.g. "Anggota KPU Kabupaten Tulungagung"
//   email         email address
//   whatsapp      WhatsApp number: 0812..., 62812..., +62 812-...; stored as +62812...
//   catatan       free notes
import { AppError } from '../errors';
import type { Person, Roster } from '../domain/roster';
import { officialUnitName, shortUnitName } from '../domain/units';
import { normalizeWords, recognizeRole, recognizeUnit } from '../domain/unit-match';
import { decodeText, encodeUtf8WithBom } from '../text/decode';
import { readCsv, writeCsv, type CsvDelimiter } from '../text/csv';
import { itemAt } from '../indexed';

export const ROSTER_CSV_COLUMNS = ['kode_wilayah', 'unit', 'peran', 'nama', 'jabatan', 'email', 'whatsapp', 'catatan'] as const;
type RosterColumn = (typeof ROSTER_CSV_COLUMNS)[number];

export type RosterPersonInput = Omit<Person, 'id'>;

export type RosterCsvRow =
  | {
      line: number;
      ok: true;
      person: RosterPersonInput;
      change: 'baru' | 'ubah' | 'sama';
      /** The roster entry this row updates (or repeats unchanged). */
      existingId?: string;
    }
  | { line: number; ok: false; errors: string[] };

export interface RosterCsvResult {
  rows: RosterCsvRow[];
}

const ALIASES: Record<string, RosterColumn> = {
  kode_wilayah: 'kode_wilayah',
  kode: 'kode_wilayah',
  kode_unit: 'kode_wilayah',
  kode_satker: 'kode_wilayah',
  code: 'kode_wilayah',
  unit: 'unit',
  nama_unit: 'unit',
  satker: 'unit',
  kpu: 'unit',
  wilayah: 'unit',
  kabupaten_kota: 'unit',
  kab_kota: 'unit',
  peran: 'peran',
  role: 'peran',
  nama: 'nama',
  name: 'nama',
  nama_lengkap: 'nama',
  jabatan: 'jabatan',
  position: 'jabatan',
  email: 'email',
  e_mail: 'email',
  surel: 'email',
  whatsapp: 'whatsapp',
  wa: 'whatsapp',
  no_wa: 'whatsapp',
  nomor_wa: 'whatsapp',
  nomor_whatsapp: 'whatsapp',
  no_whatsapp: 'whatsapp',
  hp: 'whatsapp',
  no_hp: 'whatsapp',
  nomor_hp: 'whatsapp',
  telepon: 'whatsapp',
  telp: 'whatsapp',
  phone: 'whatsapp',
  catatan: 'catatan',
  keterangan: 'catatan',
  ket: 'catatan',
  notes: 'catatan',
};

const LIMITS = { name: 300, jabatan: 500, email: 300, notes: 2000 } as const;

/**
 * An Indonesian number in the form WhatsApp links need ("+6281234567890"), from what people
 * type: 0812-3456-7890, 62 812 3456 7890, +62 (0)812..., (0341) 123456, or 81234567890 after
 * Excel dropped the leading zero. Null when it is not such a number.
 */
export function normalizePhone(input: string): string | null {
  const t = input.trim();
  if (!t || /[^0-9+\s\-.()/]/.test(t) || t.indexOf('+') > 0 || t.split('+').length > 2) return null;
  const digits = t.replace(/\D/g, '');
  let rest: string;
  if (t.startsWith('+')) {
    if (!digits.startsWith('62')) return null;
    rest = digits.slice(2);
  } else if (digits.startsWith('62')) {
    rest = digits.slice(2);
  } else if (digits.startsWith('0')) {
    rest = digits.slice(1);
  } else if (digits.startsWith('8')) {
    rest = digits;
  } else {
    return null;
  }
  if (rest.startsWith('0')) rest = rest.slice(1);
  return /^[1-9]\d{7,11}$/.test(rest) ? `+62${rest}` : null;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

function headerKey(cell: string): string {
  return cell
    .replace(/^\ufeff/, '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function sameText(a: string, b: string): boolean {
  return normalizeWords(a).join(' ') === normalizeWords(b).join(' ');
}

function resolveRole(text: string, roster: Roster): { id: string } | { error: string } {
  if (!text) return { error: 'Peran wajib diisi.' };
  const exact = roster.roles.find((r) => [r.id, r.label, r.short].some((v) => sameText(v, text)));
  if (exact) return { id: exact.id };
  const found = recognizeRole(text, roster.roles);
  if (found.kind === 'role') return { id: found.id };
  const choices = roster.roles.map((r) => r.id).join(', ');
  if (found.kind === 'ambiguous') {
    return { error: `Peran "${text}" ambigu: bisa ${found.ids.join(' atau ')}. Tulis salah satu dari: ${choices}.` };
  }
  return { error: `Peran "${text}" tidak dikenal. Pilihan: ${choices}.` };
}

function resolveUnit(code: string, name: string, roster: Roster): { code: string } | { error: string } {
  const label = (c: string) => {
    const u = roster.units.find((x) => x.code === c);
    return u ? shortUnitName(u) : c;
  };
  const byName = name ? recognizeUnit(name, roster.units) : null;
  if (code) {
    const unit = roster.units.find((u) => u.code === code);
    if (!unit) return { error: `Kode wilayah "${code}" tidak dikenal.` };
    const conflict = (byName?.kind === 'unit' && byName.code !== code) || (byName?.kind === 'ambiguous' && !byName.codes.includes(code));
    if (conflict) {
      return { error: `Kode wilayah ${code} (${shortUnitName(unit)}) tidak cocok dengan unit "${name}".` };
    }
    return { code };
  }
  if (!byName) return { error: 'Unit wajib diisi: isi kode_wilayah atau nama unit.' };
  if (byName.kind === 'unit') return { code: byName.code };
  if (byName.kind === 'ambiguous') {
    const options = byName.codes.map((c) => `"${label(c)}"`).join(' atau ');
    return { error: `Unit "${name}" ambigu: tulis ${options}, atau isi kode_wilayah.` };
  }
  return { error: `Unit "${name}" tidak dikenal.` };
}

function samePerson(a: RosterPersonInput, b: RosterPersonInput): boolean {
  return (
    a.unitCode === b.unitCode &&
    a.roleId === b.roleId &&
    a.name === b.name &&
    a.jabatan === b.jabatan &&
    a.email === b.email &&
    a.phone === b.phone &&
    a.notes === b.notes
  );
}

/**
 * Reads a roster CSV against the current roster. Rows are checked one by one so one typo does
 * not reject the file; a row that names a person already in that unit and role, or the only
 * holder of that cell, updates that entry ("ubah"/"sama"), any other row adds one ("baru").
 */
export function parseRosterCsv(bytes: Uint8Array, roster: Roster): RosterCsvResult {
  const { text } = decodeText(bytes);
  const body = text.replace(/^\ufeff/, '');
  if (body.trim() === '') throw new AppError('roster_empty', 'File daftar kontak kosong.');
  return parseRosterTable(readCsv(body, { unguard: true }), roster);
}

/**
 * The same reading for a table that did not come from CSV text (the first sheet of an .xlsx):
 * rows of cells, with the line (row number) of each row as the user sees it in the file.
 */
export function parseRosterTable(table: { rows: string[][]; lines: number[] }, roster: Roster): RosterCsvResult {
  const headerIndex = table.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerIndex < 0) throw new AppError('roster_empty', 'File daftar kontak kosong.');
  const columns = new Map<RosterColumn, number>();
  itemAt(table.rows, headerIndex).forEach((cell, i) => {
    const column = ALIASES[headerKey(cell)];
    if (column && !columns.has(column)) columns.set(column, i);
  });
  const missing: string[] = [];
  if (!columns.has('kode_wilayah') && !columns.has('unit')) missing.push('kode_wilayah atau unit');
  if (!columns.has('peran')) missing.push('peran');
  if (missing.length > 0) {
    throw new AppError(
      'roster_missing_columns',
      `Kolom wajib tidak ditemukan: ${missing.join(', ')}. Baris pertama harus berisi judul kolom: ` + `${ROSTER_CSV_COLUMNS.join(',')}.`,
    );
  }

  const claimed = new Set<string>();
  const seen = new Map<string, number>();
  const rows: RosterCsvRow[] = [];
  for (let r = headerIndex + 1; r < table.rows.length; r++) {
    const cells = itemAt(table.rows, r);
    if (cells.every((c) => c.trim() === '')) continue;
    const line = itemAt(table.lines, r);
    const get = (c: RosterColumn) => {
      const i = columns.get(c);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const errors: string[] = [];

    const unit = resolveUnit(get('kode_wilayah'), get('unit'), roster);
    if ('error' in unit) errors.push(unit.error);
    const role = resolveRole(get('peran'), roster);
    if ('error' in role) errors.push(role.error);

    const name = get('nama');
    const jabatan = get('jabatan');
    const email = get('email');
    const notes = get('catatan');
    const phoneText = get('whatsapp');
    const phone = phoneText ? normalizePhone(phoneText) : '';
    if (email && !EMAIL.test(email)) errors.push(`Email "${email}" tidak valid.`);
    if (phone === null) {
      errors.push(`Nomor WhatsApp "${phoneText}" tidak valid. Contoh penulisan: 0812-3456-7890.`);
    }
    if (!name && !email && !phoneText) errors.push('Isi minimal nama, email, atau nomor WhatsApp.');
    if (name.length > LIMITS.name) errors.push(`Nama terlalu panjang (maks. ${LIMITS.name} karakter).`);
    if (jabatan.length > LIMITS.jabatan) errors.push(`Jabatan terlalu panjang (maks. ${LIMITS.jabatan} karakter).`);
    if (email.length > LIMITS.email) errors.push(`Email terlalu panjang (maks. ${LIMITS.email} karakter).`);
    if (notes.length > LIMITS.notes) errors.push(`Catatan terlalu panjang (maks. ${LIMITS.notes} karakter).`);

    if ('code' in unit && 'id' in role) {
      const identity = [unit.code, role.id, name.toLowerCase(), email.toLowerCase(), phone].join('|');
      const earlier = seen.get(identity);
      if (earlier !== undefined) errors.push(`Orang yang sama sudah ada di baris ${earlier}.`);
      else seen.set(identity, line);
    }
    if (errors.length > 0 || !('code' in unit) || !('id' in role) || phone === null) {
      rows.push({ line, ok: false, errors });
      continue;
    }

    const person: RosterPersonInput = { unitCode: unit.code, roleId: role.id, name, jabatan, email, phone, notes };
    const inCell = roster.people.filter((p) => p.unitCode === unit.code && p.roleId === role.id && !claimed.has(p.id));
    const existing =
      inCell.find((p) => sameText(p.name, name)) ??
      (roster.people.filter((p) => p.unitCode === unit.code && p.roleId === role.id).length === 1 ? inCell[0] : undefined);
    if (existing) {
      claimed.add(existing.id);
      // A column the file does not have keeps what is stored: a list of names only must not
      // wipe the emails and numbers already in the roster.
      const keep = (c: RosterColumn, value: string, stored: string) => (columns.has(c) ? value : stored);
      const merged: RosterPersonInput = {
        ...person,
        name: keep('nama', name, existing.name),
        jabatan: keep('jabatan', jabatan, existing.jabatan),
        email: keep('email', email, existing.email),
        phone: keep('whatsapp', phone, existing.phone),
        notes: keep('catatan', notes, existing.notes),
      };
      rows.push({ line, ok: true, person: merged, change: samePerson(existing, merged) ? 'sama' : 'ubah', existingId: existing.id });
    } else {
      rows.push({ line, ok: true, person, change: 'baru' });
    }
  }
  return { rows };
}

export interface RosterCsvOptions {
  /** ";" opens in columns in Excel set to an Indonesian locale; "," elsewhere. */
  delimiter?: CsvDelimiter;
}

/** The roster as CSV bytes (UTF-8 with BOM), in unit then role order, safe to open in Excel. */
export function rosterToCsv(roster: Roster, options: RosterCsvOptions = {}): Uint8Array {
  const unitOrder = new Map(roster.units.map((u, i) => [u.code, i]));
  const roleOrder = new Map(roster.roles.map((r, i) => [r.id, i]));
  const people = roster.people
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        (unitOrder.get(a.p.unitCode) ?? Infinity) - (unitOrder.get(b.p.unitCode) ?? Infinity) ||
        (roleOrder.get(a.p.roleId) ?? Infinity) - (roleOrder.get(b.p.roleId) ?? Infinity) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
  const rows: string[][] = [[...ROSTER_CSV_COLUMNS]];
  for (const p of people) {
    const unit = roster.units.find((u) => u.code === p.unitCode);
    rows.push([p.unitCode, unit ? officialUnitName(unit) : '', p.roleId, p.name, p.jabatan, p.email, p.phone, p.notes]);
  }
  return encodeUtf8WithBom(writeCsv(rows, { delimiter: options.delimiter ?? ',' }));
}
