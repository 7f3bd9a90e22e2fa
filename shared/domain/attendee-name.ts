// Who attended a cell of the grid, as the daftar hadir prints it: the roster person a report
// row was matched to, else the display name cleaned of unit, role and device words, else
// nobody known (a blank line to fill in by hand). Used by the DOCX, the print view and the CSV.
import type { AttendanceCell } from './meeting';
import type { Role } from './roles';
import type { Person, Roster } from './roster';
import { holderOf } from './roster';
import type { Unit } from './units';
import { editDistance, normalizeWords } from './unit-match';

// Words of a display name that say where or what someone is, not who: the commission, the
// level, offices and titles of the secretariat, and the usual role words besides the roles' own.
const PLACE_AND_OFFICE_WORDS = [
  'kpu',
  'host',
  'cohost',
  'kab',
  'kabupaten',
  'kota',
  'kodya',
  'kotamadya',
  'prov',
  'provinsi',
  'jatim',
  'jawa',
  'timur',
  'ri',
  'divisi',
  'div',
  'kadiv',
  'ketua',
  'anggota',
  'komisioner',
  'sekretaris',
  'sekretariat',
  'sekre',
  'kasubag',
  'kasubbag',
  'subbag',
  'subbagian',
  'kabag',
  'staf',
  'staff',
  'operator',
  'admin',
  'ops',
  'medsos',
  'humas',
  'parmas',
  'sosdiklih',
  'tekmas',
  'teknis',
  'tp2h',
  'hupmas',
  'hubmas',
  'sosmed',
  'hukum',
  'sdm',
  'litbang',
  'rendatin',
  'keuangan',
  'umum',
  'logistik',
  'plh',
  'plt',
  'dan',
];

// Devices and apps that name a Zoom or Meet participant when nobody typed a name.
const DEVICE_WORDS = [
  'iphone',
  'ipad',
  'android',
  'samsung',
  'galaxy',
  'redmi',
  'xiaomi',
  'poco',
  'oppo',
  'vivo',
  'realme',
  'infinix',
  'huawei',
  'nokia',
  'tecno',
  'itel',
  'laptop',
  'notebook',
  'macbook',
  'pc',
  'komputer',
  'desktop',
  'hp',
  'asus',
  'acer',
  'lenovo',
  'dell',
  'windows',
  'tablet',
  'tab',
  'zoom',
  'user',
  'pro',
  'max',
  'plus',
  'ultra',
  'mini',
  'note',
  'lite',
  'guest',
  'tamu',
  'meeting',
  'room',
  'ruang',
  'rapat',
  'operator1',
];

export interface NameWords {
  units: readonly Unit[];
  roles: readonly Role[];
}

/** A unit's name typed with a letter wrong or missing ("Pamekasn", "Bojonegor"). */
function nearUnitName(word: string, unitWords: readonly string[]): boolean {
  return word.length >= 6 && unitWords.some((u) => u.length >= 6 && editDistance(word, u, 1) <= 1);
}

function dropSet({ units, roles }: NameWords): Set<string> {
  const words = new Set([...PLACE_AND_OFFICE_WORDS, ...DEVICE_WORDS]);
  for (const u of units) for (const w of normalizeWords(u.name)) words.add(w);
  for (const r of roles) {
    for (const k of r.keywords) for (const w of normalizeWords(k)) words.add(w);
    for (const w of normalizeWords(r.short)) words.add(w);
  }
  return words;
}

/**
 * "Kab. Malang - Parmas - Nur Aini" -> "Nur Aini"; "KPU Pasuruan - Tekmas", "Galaxy A52" -> "".
 * Words are dropped whole, as typed: a word with a digit (a model, "A52"), a unit's name, a
 * role's words, the commission's and a device's; what is left keeps its spelling and titles.
 */
export function nameFromLabel(label: string, words: NameWords): string {
  const drop = dropSet(words);
  const unitWords = words.units.flatMap((u) => normalizeWords(u.name));
  const tokens = label
    .normalize('NFC')
    .split(/[\s\-–—|_/\\()[\]{}<>:;,+=*#@~]+/u)
    .filter((t) => t !== '');
  let droppedDevice = false;
  const kept: string[] = [];
  for (const token of tokens) {
    const plain = normalizeWords(token);
    if (plain.length === 0) continue;
    if (plain.some((w) => /\d/.test(w)) || plain.every((w) => drop.has(w) || nearUnitName(w, unitWords))) {
      if (plain.some((w) => DEVICE_WORDS.includes(w))) droppedDevice = true;
      continue;
    }
    kept.push(token);
  }
  // "Budi's iPhone": the possessive goes with the device.
  if (droppedDevice && kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1]!.replace(/['’]s$/i, '');
  const name = kept
    .join(' ')
    .replace(/^[.'’"]+|['’"]+$/g, '')
    .trim();
  return /\p{L}{2}/u.test(name) ? name : '';
}

/** What a cell of the daftar hadir says about who attended. */
export type AttendeeOnPaper =
  /** Nobody attended (no status, or Tidak hadir): no name is printed. */
  | { kind: 'none' }
  | { kind: 'named'; name: string }
  /** Present, but who is not known: a line to fill in by hand. */
  | { kind: 'unknown' };

/**
 * Who attended a cell. A cell marked by hand with no name is the roster holder; a cell
 * filled from a report names the matched roster person or the cleaned display name (cells
 * stored before the person was recorded held the raw label and are cleaned when printed).
 */
export function attendeeOf(cell: AttendanceCell | undefined, roster: Roster, unitCode: string, roleId: string): AttendeeOnPaper {
  if (!cell || cell.status === null || cell.status === 'tidak_hadir') return { kind: 'none' };
  const name = cell.name.trim();
  if (cell.source === 'manual') {
    const shown = name || holderOf(roster, unitCode, roleId)?.name.trim() || '';
    // Izin names who sent word when it is known; nobody is there to sign for.
    return shown ? { kind: 'named', name: shown } : cell.status === 'izin' ? { kind: 'none' } : { kind: 'unknown' };
  }
  if (cell.personId) {
    const shown = name || roster.people.find((p) => p.id === cell.personId)?.name.trim() || '';
    return shown ? { kind: 'named', name: shown } : { kind: 'unknown' };
  }
  const cleaned = nameFromLabel(name, roster);
  return cleaned ? { kind: 'named', name: cleaned } : { kind: 'unknown' };
}

/** How a list that is not printed (CSV, the grid) names someone present but not known. */
export const ATTENDEE_UNKNOWN = 'tidak diketahui';

/** A line of dots to write a name on by hand, short enough for the narrowest name column. */
export const NAME_TO_FILL = '..............';

/** The name as a printed list shows it: the line to fill in for an unknown attendee, empty for nobody. */
export function attendeeText(who: AttendeeOnPaper): string {
  return who.kind === 'named' ? who.name : who.kind === 'unknown' ? NAME_TO_FILL : '';
}

/** What the import needs to record who attended: the holder of a cell, a person by id, the words to clean out. */
export function attendeeLookups(roster: Roster): {
  holder: (unitCode: string, roleId: string) => Person | undefined;
  person: (personId: string) => Person | undefined;
  nameWords: NameWords;
} {
  return {
    holder: (unitCode, roleId) => holderOf(roster, unitCode, roleId),
    person: (personId) => roster.people.find((p) => p.id === personId),
    nameWords: { units: roster.units, roles: roster.roles },
  };
}
