// Changing the unit list of a roster: what a new list adds, renames and removes, and a custom
// list read from a table (kode, nama, jenis). A unit that meetings or people still reference is
// kept, marked as no longer in the list, so old minutes still print its name.
import { AppError } from '../errors';
import { normaliseAreaCode, placeNameCase } from './regions';
import type { Roster } from './roster';
import { normalizeWords } from './unit-match';
import { officialUnitName, sortUnits, type Unit, type UnitKind } from './units';
import { group, itemAt } from '../indexed';

export interface UnitRename {
  code: string;
  from: string;
  to: string;
}

export interface UnitListChange {
  /** The roster's unit list after the change, in code order. */
  units: Unit[];
  added: Unit[];
  renamed: UnitRename[];
  /** Dropped from the roster: nothing references them. */
  removed: Unit[];
  /** No longer in the list but still referenced: kept, marked unlisted. */
  kept: Unit[];
  unchanged: number;
}

function sameUnit(a: Unit, b: Unit): boolean {
  return a.name === b.name && a.kind === b.kind && (a.body ?? '') === (b.body ?? '');
}

/**
 * What replacing the roster's units by `next` does. `referenced` holds the codes that people of
 * the roster or any meeting (invited, attendance, speakers) still use.
 */
export function unitListChange(current: readonly Unit[], next: readonly Unit[], referenced: ReadonlySet<string>): UnitListChange {
  const before = new Map(current.map((u) => [u.code, u] as const));
  const nextCodes = new Set(next.map((u) => u.code));
  const added: Unit[] = [];
  const renamed: UnitRename[] = [];
  const removed: Unit[] = [];
  const kept: Unit[] = [];
  let unchanged = 0;
  const units: Unit[] = [];
  for (const u of next) {
    const clean: Unit = { code: u.code, name: u.name, kind: u.kind, ...(u.body ? { body: u.body } : {}) };
    const old = before.get(u.code);
    if (!old || old.unlisted) added.push(clean);
    else if (!sameUnit(old, clean)) renamed.push({ code: u.code, from: officialUnitName(old), to: officialUnitName(clean) });
    else unchanged++;
    units.push(clean);
  }
  for (const old of current) {
    if (nextCodes.has(old.code)) continue;
    if (referenced.has(old.code)) {
      const marked = { ...old, unlisted: true };
      if (!old.unlisted) kept.push(marked);
      units.push(marked);
    } else {
      removed.push(old);
    }
  }
  return { units: sortUnits(units), added, renamed, removed, kept, unchanged };
}

/** Codes the roster's people use. */
export function rosterUnitReferences(roster: Pick<Roster, 'people'>): Set<string> {
  return new Set(roster.people.map((p) => p.unitCode));
}

const KIND_WORDS: Array<[string, UnitKind]> = [
  ['kabupaten administrasi', 'kabupaten-administrasi'],
  ['kab adm', 'kabupaten-administrasi'],
  ['kota administrasi', 'kota-administrasi'],
  ['kota adm', 'kota-administrasi'],
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['kota', 'kota'],
  ['provinsi', 'provinsi'],
  ['prov', 'provinsi'],
  ['kecamatan', 'kecamatan'],
  ['kec', 'kecamatan'],
  ['ppk', 'kecamatan'],
];

/** "Kabupaten", "Kab.", "kota", "Kota Administrasi", "Provinsi", "Kecamatan", "PPK" -> the kind; null otherwise. */
export function kindFromWord(text: string): UnitKind | null {
  const words = normalizeWords(text).join(' ');
  for (const [w, kind] of KIND_WORDS) if (words === w) return kind;
  return null;
}

/** A leading "KPU", "KIP", "PPK" and kind word are read off a name: "KPU Kota Batu" -> kota "Batu". */
function splitName(raw: string): { name: string; kind: UnitKind | null; body: string } {
  let text = raw.replace(/\s+/g, ' ').trim();
  let body = '';
  const b = /^(KPU|KIP|PPK)\s+/i.exec(text);
  if (b) {
    body = group(b, 1).toUpperCase();
    text = text.slice(b[0].length);
  }
  const k = /^(kabupaten administrasi|kota administrasi|kabupaten|kab\.?|kota|provinsi|prov\.?|kecamatan|kec\.?)\s+/i.exec(text);
  let kind: UnitKind | null = null;
  if (k) {
    kind = kindFromWord(group(k, 1));
    text = text.slice(k[0].length);
  }
  if (!kind && body === 'PPK') kind = 'kecamatan';
  return { name: text, kind, body: body === 'KIP' ? 'KIP' : '' };
}

export interface UnitTableResult {
  units: Unit[];
  /** One message per refused row, with its line; a file with any is not applied. */
  errors: string[];
}

const CODE_HEADERS = ['kode', 'kode wilayah', 'kode_wilayah', 'code'];
const NAME_HEADERS = ['nama', 'name', 'unit', 'nama unit', 'wilayah'];
const KIND_HEADERS = ['jenis', 'kind', 'tipe', 'jenis wilayah'];

/**
 * A custom unit list from a table whose header names the columns kode, nama and jenis (any
 * order; jenis may be left out when the name says it: "Kabupaten Tulungagung"). Every row is
 * checked; codes must be unique.
 */
export function parseUnitTable(table: { rows: string[][]; lines: number[] }): UnitTableResult {
  const headerAt = table.rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) throw new AppError('units_empty', 'File daftar unit kosong.');
  const header = itemAt(table.rows, headerAt).map((c) => normalizeWords(c).join(' '));
  const col = (names: string[]) => header.findIndex((h) => names.includes(h) || names.includes(h.replace(/ /g, '_')));
  const code = col(CODE_HEADERS);
  const name = col(NAME_HEADERS);
  const kind = col(KIND_HEADERS);
  if (code < 0 || name < 0) {
    throw new AppError(
      'units_columns',
      'Baris pertama file harus berisi judul kolom "kode", "nama" dan "jenis". Contoh: kode;nama;jenis lalu 3301;Cilacap;Kabupaten.',
    );
  }
  const units: Unit[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  for (let i = headerAt + 1; i < table.rows.length; i++) {
    const row = itemAt(table.rows, i);
    if (!row.some((c) => c.trim() !== '')) continue;
    const line = table.lines[i] ?? i + 1;
    const rawCode = (row[code] ?? '').trim();
    const rawName = (row[name] ?? '').trim();
    const rawKind = kind >= 0 ? (row[kind] ?? '').trim() : '';
    const c = normaliseAreaCode(rawCode) || rawCode;
    const problems: string[] = [];
    if (!rawCode) problems.push('kode kosong');
    else if (c.length > 10 || !/^[A-Za-z0-9]+$/.test(c)) problems.push(`kode "${rawCode}" tidak valid (angka, maks. 10)`);
    else if (seen.has(c)) problems.push(`kode ${c} sudah dipakai pada baris ${seen.get(c)}`);
    const split = splitName(rawName);
    if (!split.name) problems.push('nama kosong');
    else if (split.name.length > 200) problems.push('nama terlalu panjang (maks. 200 karakter)');
    const k = rawKind ? kindFromWord(rawKind) : split.kind;
    if (rawKind && !k) problems.push(`jenis "${rawKind}" tidak dikenal (Kabupaten, Kota, Kota Administrasi, Provinsi atau Kecamatan)`);
    else if (!k) problems.push('jenis kosong (Kabupaten, Kota, Provinsi atau Kecamatan)');
    if (problems.length > 0) {
      errors.push(`Baris ${line}: ${problems.join('; ')}.`);
      continue;
    }
    seen.set(c, line);
    const shown = split.name === split.name.toUpperCase() ? placeNameCase(split.name) : split.name;
    units.push({ code: c, name: shown, kind: k as UnitKind, ...(split.body ? { body: split.body } : {}) });
  }
  if (units.length === 0 && errors.length === 0) throw new AppError('units_empty', 'File daftar unit tidak berisi satu unit pun.');
  return { units: sortUnits(units), errors };
}
