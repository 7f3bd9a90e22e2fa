// The units (KPU Kabupaten/Kota) a provincial commission coordinates. East Java is the
// built-in default; other provinces bring their own list as data.

export type UnitKind = 'kabupaten' | 'kota';

export interface Unit {
  /** Official area code (kode wilayah), e.g. "3504". */
  code: string;
  /** Bare place name, e.g. "Tulungagung". */
  name: string;
  kind: UnitKind;
}

const KABUPATEN: Array<[string, string]> = [
  ['3501', 'Pacitan'], ['3502', 'Ponorogo'], ['3503', 'Trenggalek'], ['3504', 'Tulungagung'],
  ['3505', 'Blitar'], ['3506', 'Kediri'], ['3507', 'Malang'], ['3508', 'Lumajang'],
  ['3509', 'Jember'], ['3510', 'Banyuwangi'], ['3511', 'Bondowoso'], ['3512', 'Situbondo'],
  ['3513', 'Probolinggo'], ['3514', 'Pasuruan'], ['3515', 'Sidoarjo'], ['3516', 'Mojokerto'],
  ['3517', 'Jombang'], ['3518', 'Nganjuk'], ['3519', 'Madiun'], ['3520', 'Magetan'],
  ['3521', 'Ngawi'], ['3522', 'Bojonegoro'], ['3523', 'Tuban'], ['3524', 'Lamongan'],
  ['3525', 'Gresik'], ['3526', 'Bangkalan'], ['3527', 'Sampang'], ['3528', 'Pamekasan'],
  ['3529', 'Sumenep'],
];

const KOTA: Array<[string, string]> = [
  ['3571', 'Kediri'], ['3572', 'Blitar'], ['3573', 'Malang'], ['3574', 'Probolinggo'],
  ['3575', 'Pasuruan'], ['3576', 'Mojokerto'], ['3577', 'Madiun'], ['3578', 'Surabaya'],
  ['3579', 'Batu'],
];

export const JATIM_UNITS: readonly Unit[] = Object.freeze([
  ...KABUPATEN.map(([code, name]): Unit => ({ code, name, kind: 'kabupaten' })),
  ...KOTA.map(([code, name]): Unit => ({ code, name, kind: 'kota' })),
]);

/** "KPU Kabupaten Tulungagung", "KPU Kota Batu". */
export function officialUnitName(unit: Unit): string {
  return `KPU ${unit.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${unit.name}`;
}

/** "Kab. Tulungagung", "Kota Batu": for narrow table columns. */
export function shortUnitName(unit: Unit): string {
  return `${unit.kind === 'kota' ? 'Kota' : 'Kab.'} ${unit.name}`;
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
    kinds.add(u.kind);
    seen.set(key, kinds);
  }
  return [...seen.entries()].filter(([, k]) => k.size > 1).map(([name]) => name);
}
