// Roles invited from each unit. Roles are data: the three defaults of a Parmas rakor,
// and any the user adds (e.g. Divisi Hukum, Sekretaris).

export interface Role {
  /** Stable id used in stored attendance and rosters, e.g. "parmas". */
  id: string;
  /** Full label as printed in letters. */
  label: string;
  /** Short label for grid columns. */
  short: string;
  /** Words participants use for this role in their display names (lower case). */
  keywords: string[];
}

export const DEFAULT_ROLES: readonly Role[] = Object.freeze([
  {
    id: 'parmas',
    label: 'Anggota/Komisioner Divisi Sosdiklih Parmas',
    short: 'Divisi Parmas',
    keywords: ['parmas', 'sosdiklih', 'divisi parmas', 'komisioner', 'anggota'],
  },
  {
    id: 'tekmas',
    label: 'Kasubag Teknis Penyelenggaraan Pemilu, Partisipasi dan Hubungan Masyarakat',
    short: 'Kasubag Tekmas',
    keywords: ['kasubag', 'kasubbag', 'tekmas', 'tp2h', 'teknis'],
  },
  {
    id: 'medsos',
    label: 'Operator Media Sosial',
    short: 'Operator Medsos',
    keywords: ['operator', 'medsos', 'media sosial', 'admin', 'ops'],
  },
]);

export const DEFAULT_ROLE_IDS: readonly string[] = DEFAULT_ROLES.map((r) => r.id);

export function roleById(roles: readonly Role[], id: string): Role | undefined {
  return roles.find((r) => r.id === id);
}

/** Make a stable id from a label typed by the user ("Divisi Hukum" -> "divisi-hukum"). */
export function roleIdFromLabel(label: string, taken: readonly string[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'peran';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}
