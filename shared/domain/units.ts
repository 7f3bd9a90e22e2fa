// The units a commission coordinates: the KPU Kabupaten/Kota of a province, the KPU Provinsi
// of KPU RI, or the PPK of a kabupaten. East Java is the built-in default; every other list
// comes as data (see regions.ts and roster-units.ts).

/** Every level: a unit is a regency or city (the administrative ones of Jakarta too), a province or a district. */
export const UNIT_KINDS = ['kabupaten', 'kota', 'kabupaten-administrasi', 'kota-administrasi', 'provinsi', 'kecamatan'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  /** Official area code (kode wilayah), e.g. "3504". */
  code: string;
  /** Bare place name, e.g. "Tulungagung". */
  name: string;
  kind: UnitKind;
  /** The commission's own name where it is not "KPU": "KIP" in Aceh. */
  body?: string;
  /** True for a unit no longer in the list that meetings or the roster still reference. */
  unlisted?: boolean;
}

/** A kabupaten administrasi is a kabupaten, a kota administrasi a kota: for "Kab."/"Kota" markers and filters. */
export function baseKind(kind: UnitKind): UnitKind {
  if (kind === 'kabupaten-administrasi') return 'kabupaten';
  if (kind === 'kota-administrasi') return 'kota';
  return kind;
}

/** "Kabupaten", "Kota Administrasi", "Provinsi", "Kecamatan": the word before a place name. */
export const KIND_WORD: Record<UnitKind, string> = {
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  'kabupaten-administrasi': 'Kabupaten Administrasi',
  'kota-administrasi': 'Kota Administrasi',
  provinsi: 'Provinsi',
  kecamatan: 'Kecamatan',
};

const KABUPATEN: Array<[string, string]> = [
  ['3501', 'Pacitan'],
  ['3502', 'Ponorogo'],
  ['3503', 'Trenggalek'],
  ['3504', 'Tulungagung'],
  ['3505', 'Blitar'],
  ['3506', 'Kediri'],
  ['3507', 'Malang'],
  ['3508', 'Lumajang'],
  ['3509', 'Jember'],
  ['3510', 'Banyuwangi'],
  ['3511', 'Bondowoso'],
  ['3512', 'Situbondo'],
  ['3513', 'Probolinggo'],
  ['3514', 'Pasuruan'],
  ['3515', 'Sidoarjo'],
  ['3516', 'Mojokerto'],
  ['3517', 'Jombang'],
  ['3518', 'Nganjuk'],
  ['3519', 'Madiun'],
  ['3520', 'Magetan'],
  ['3521', 'Ngawi'],
  ['3522', 'Bojonegoro'],
  ['3523', 'Tuban'],
  ['3524', 'Lamongan'],
  ['3525', 'Gresik'],
  ['3526', 'Bangkalan'],
  ['3527', 'Sampang'],
  ['3528', 'Pamekasan'],
  ['3529', 'Sumenep'],
];

const KOTA: Array<[string, string]> = [
  ['3571', 'Kediri'],
  ['3572', 'Blitar'],
  ['3573', 'Malang'],
  ['3574', 'Probolinggo'],
  ['3575', 'Pasuruan'],
  ['3576', 'Mojokerto'],
  ['3577', 'Madiun'],
  ['3578', 'Surabaya'],
  ['3579', 'Batu'],
];

export const JATIM_UNITS: readonly Unit[] = Object.freeze([
  ...KABUPATEN.map(([code, name]): Unit => ({ code, name, kind: 'kabupaten' })),
  ...KOTA.map(([code, name]): Unit => ({ code, name, kind: 'kota' })),
]);

/** The commission of a unit: "KPU", "KIP" (Aceh), "PPK" (a district). */
export function unitBody(unit: Pick<Unit, 'kind' | 'body'>): string {
  return unit.body || (unit.kind === 'kecamatan' ? 'PPK' : 'KPU');
}

/**
 * "KPU Kabupaten Tulungagung", "KPU Kota Batu", "KIP Kabupaten Aceh Besar", "KPU Provinsi Jawa
 * Tengah", "KIP Aceh", "KPU Daerah Istimewa Yogyakarta", "PPK Kecamatan Kauman".
 */
export function officialUnitName(unit: Unit): string {
  const body = unitBody(unit);
  if (unit.kind === 'provinsi') {
    if (body !== 'KPU') return `${body} ${unit.name}`;
    if (/^DI /.test(unit.name)) return `KPU Daerah Istimewa ${unit.name.slice(3)}`;
  }
  return `${body} ${KIND_WORD[unit.kind]} ${unit.name}`;
}

/** "Kab. Tulungagung", "Kota Batu", "Prov. Jawa Tengah", "Kec. Kauman": for narrow table columns. */
export function shortUnitName(unit: Unit): string {
  const k = baseKind(unit.kind);
  const word = k === 'kota' ? 'Kota' : k === 'provinsi' ? 'Prov.' : k === 'kecamatan' ? 'Kec.' : 'Kab.';
  return `${word} ${unit.name}`;
}

export function unitByCode(units: readonly Unit[], code: string): Unit | undefined {
  return units.find((u) => u.code === code);
}

/** Units sorted by official code: the order used in every list and document. */
export function sortUnits(units: readonly Unit[]): Unit[] {
  return [...units].sort((a, b) => a.code.localeCompare(b.code));
}

/** Names that exist both as a kabupaten and as a kota (e.g. Malang). */
export function ambiguousUnitNames(units: readonly Unit[]): string[] {
  const seen = new Map<string, Set<UnitKind>>();
  for (const u of units) {
    const key = u.name.toLowerCase();
    const kinds = seen.get(key) ?? new Set<UnitKind>();
    kinds.add(baseKind(u.kind));
    seen.set(key, kinds);
  }
  return [...seen.entries()].filter(([, k]) => k.size > 1).map(([name]) => name);
}
