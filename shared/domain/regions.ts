// Indonesia's administrative areas as units: the rows of the shipped data package
// (idn-area-data: provinces, regencies, districts with official codes) normalised to the codes
// and names Rakor prints, plus what each province is also called and its time zone.
import type { IndonesianZone } from './datetime';
import type { Unit, UnitKind } from './units';
import { itemAt } from '../indexed';

/** One row of the package's CSV: "35.04,35,Kabupaten Tulungagung". */
export interface AreaRow {
  code: string;
  /** The province of a regency, the regency of a district; empty for a province. */
  parent: string;
  name: string;
}

export interface AreaData {
  provinces: AreaRow[];
  regencies: AreaRow[];
  districts: AreaRow[];
}

/** Rows of one of the package's CSV files (header line first; fields may be quoted). */
export function parseAreaCsv(text: string): AreaRow[] {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const rows: AreaRow[] = [];
  for (const line of lines.slice(1)) {
    const cells: string[] = [];
    let cur = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cur += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        cells.push(cur);
        cur = '';
      } else cur += c;
    }
    cells.push(cur);
    if (cells.length === 2) rows.push({ code: itemAt(cells, 0).trim(), parent: '', name: itemAt(cells, 1).trim() });
    else if (cells.length >= 3) rows.push({ code: itemAt(cells, 0).trim(), parent: itemAt(cells, 1).trim(), name: cells.slice(2).join(',').trim() });
  }
  return rows;
}

/** "35.04" -> "3504", "35.04.01" -> "350401": the codes Rakor stores. */
export function normaliseAreaCode(code: string): string {
  return code.replace(/\D/g, '');
}

// Words written in lower case inside a place name ("Pangkajene dan Kepulauan").
const LOWER_WORDS = new Set(['dan', 'di', 'ke', 'dari', 'atas', 'x']);
const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;

/**
 * A place name as Indonesians write it, from capitals or any case: "PANGKAJENE DAN KEPULAUAN"
 * -> "Pangkajene dan Kepulauan", "KOTO XI TARUSAN" -> "Koto XI Tarusan", "MA'U" -> "Ma'u".
 */
export function placeNameCase(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word, i) => {
      if (ROMAN.test(word)) return word;
      const lower = word.toLowerCase();
      if (i > 0 && LOWER_WORDS.has(lower)) return lower;
      return lower.replace(/(^|[(\-/])([a-z])/g, (_, pre: string, ch: string) => pre + ch.toUpperCase());
    })
    .join(' ');
}

const REGENCY_PREFIXES: Array<[RegExp, UnitKind]> = [
  [/^kabupaten administrasi\s+/i, 'kabupaten-administrasi'],
  [/^kota administrasi\s+/i, 'kota-administrasi'],
  [/^kabupaten\s+/i, 'kabupaten'],
  [/^kota\s+/i, 'kota'],
];

/** "KABUPATEN TULUNGAGUNG" -> kabupaten "Tulungagung"; "KOTA ADMINISTRASI JAKARTA PUSAT" -> kota administrasi "Jakarta Pusat". */
export function regencyKindAndName(raw: string): { kind: UnitKind; name: string } {
  const text = raw.replace(/\s+/g, ' ').trim();
  for (const [re, kind] of REGENCY_PREFIXES) {
    if (re.test(text)) return { kind, name: placeNameCase(text.replace(re, '')) };
  }
  return { kind: 'kabupaten', name: placeNameCase(text) };
}

/** Aceh's commissions are Komisi Independen Pemilihan (KIP). */
export const ACEH = '11';

/** "Daerah Khusus Ibukota Jakarta" -> "DKI Jakarta", "Daerah Istimewa Yogyakarta" -> "DI Yogyakarta", others in title case. */
export function provincePlaceName(raw: string): string {
  const name = placeNameCase(raw);
  if (/^Daerah Khusus( Ibukota)? /.test(name)) return `DKI ${name.replace(/^Daerah Khusus( Ibukota)? /, '')}`;
  if (/^Daerah Istimewa /.test(name)) return `DI ${name.replace(/^Daerah Istimewa /, '')}`;
  return name;
}

export function provinceUnits(data: Pick<AreaData, 'provinces'>): Unit[] {
  return data.provinces.map((r) => {
    const code = normaliseAreaCode(r.code);
    return { code, name: provincePlaceName(r.name), kind: 'provinsi', ...(code === ACEH ? { body: 'KIP' } : {}) };
  });
}

/** Every kabupaten/kota of one province (by its code, "33"), or of all of them without one. */
export function regencyUnits(data: Pick<AreaData, 'regencies'>, provinceCode?: string): Unit[] {
  return data.regencies
    .filter((r) => provinceCode === undefined || normaliseAreaCode(r.parent) === provinceCode)
    .map((r) => {
      const { kind, name } = regencyKindAndName(r.name);
      return { code: normaliseAreaCode(r.code), name, kind, ...(normaliseAreaCode(r.parent) === ACEH ? { body: 'KIP' } : {}) };
    });
}

/** The districts (kecamatan) of one kabupaten/kota ("3504"): the PPK it coordinates. */
export function districtUnits(data: Pick<AreaData, 'districts'>, regencyCode: string): Unit[] {
  return data.districts
    .filter((r) => normaliseAreaCode(r.parent) === regencyCode)
    .map((r) => ({ code: normaliseAreaCode(r.code), name: placeNameCase(r.name), kind: 'kecamatan' as const }));
}

/** The usual short names of each province, as people write them in Zoom names and letters. */
export const PROVINCE_ALIASES: Record<string, readonly string[]> = {
  '11': ['Aceh', 'NAD', 'Nanggroe Aceh Darussalam'],
  '12': ['Sumut'],
  '13': ['Sumbar'],
  '14': [],
  '15': [],
  '16': ['Sumsel'],
  '17': [],
  '18': [],
  '19': ['Babel', 'Bangka Belitung'],
  '21': ['Kepri'],
  '31': ['DKI', 'Jakarta', 'Daerah Khusus Jakarta', 'Daerah Khusus Ibukota Jakarta'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['DIY', 'Yogyakarta', 'Jogja', 'Yogya', 'Jogjakarta', 'Daerah Istimewa Yogyakarta'],
  '35': ['Jatim'],
  '36': [],
  '51': [],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '75': [],
  '76': ['Sulbar'],
  '81': [],
  '82': ['Malut'],
  '91': [],
  '92': ['Pabar'],
  '93': ['Papsel'],
  '94': ['Papteng'],
  '95': ['Papeg'],
  '96': ['PBD'],
};

/** Other names a unit is known by: a province's abbreviations; none for other units. */
export function unitAliases(unit: Pick<Unit, 'code' | 'kind'>): readonly string[] {
  return unit.kind === 'provinsi' ? (PROVINCE_ALIASES[unit.code] ?? []) : [];
}

const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

/** The time zone of a province, a kabupaten/kota or a district, by the first two digits of its code. */
export function zoneOfArea(code: string): IndonesianZone {
  const province = normaliseAreaCode(code).slice(0, 2);
  if (WIT.has(province)) return 'WIT';
  if (WITA.has(province)) return 'WITA';
  return 'WIB';
}

/** The seat of each province's commission, for the letterhead city. */
export const PROVINCE_CAPITALS: Record<string, string> = {
  '11': 'Banda Aceh',
  '12': 'Medan',
  '13': 'Padang',
  '14': 'Pekanbaru',
  '15': 'Jambi',
  '16': 'Palembang',
  '17': 'Bengkulu',
  '18': 'Bandar Lampung',
  '19': 'Pangkalpinang',
  '21': 'Tanjungpinang',
  '31': 'Jakarta',
  '32': 'Bandung',
  '33': 'Semarang',
  '34': 'Yogyakarta',
  '35': 'Surabaya',
  '36': 'Serang',
  '51': 'Denpasar',
  '52': 'Mataram',
  '53': 'Kupang',
  '61': 'Pontianak',
  '62': 'Palangka Raya',
  '63': 'Banjarbaru',
  '64': 'Samarinda',
  '65': 'Tanjung Selor',
  '71': 'Manado',
  '72': 'Palu',
  '73': 'Makassar',
  '74': 'Kendari',
  '75': 'Gorontalo',
  '76': 'Mamuju',
  '81': 'Ambon',
  '82': 'Sofifi',
  '91': 'Jayapura',
  '92': 'Manokwari',
  '93': 'Merauke',
  '94': 'Nabire',
  '95': 'Wamena',
  '96': 'Sorong',
};
