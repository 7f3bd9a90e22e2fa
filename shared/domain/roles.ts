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

/**
 * Titles that decide a role when a name or jabatan mentions words of several roles
 * ("Kasubag Teknis dan Parmas", "Kadiv Sosdiklih Parmas SDM", "Admin Medsos Parmas"): the
 * title of the rule with the lowest rank present wins. A head of sub-section is a Kasubag
 * whatever division follows; a commissioner's title beats an operator's. Roles added by the
 * user have no titles and are decided by their keywords alone.
 */
export interface RoleTitleRule {
  roleId: string;
  /** Lower decides first. */
  rank: number;
  /** Phrases, lower case, matched as whole words. */
  titles: readonly string[];
}

export const ROLE_TITLE_RULES: readonly RoleTitleRule[] = Object.freeze([
  {
    roleId: 'tekmas',
    rank: 1,
    titles: ['kasubag', 'kasubbag', 'kasub bag', 'ka subbag', 'kepala subbagian', 'kepala sub bagian', 'kepala subbag', 'kasubbagian'],
  },
  {
    roleId: 'parmas',
    rank: 2,
    titles: ['anggota', 'komisioner', 'kadiv', 'ketua divisi', 'kordiv', 'koordinator divisi'],
  },
  {
    roleId: 'medsos',
    rank: 3,
    titles: ['operator', 'admin', 'ops', 'staf medsos', 'staff medsos', 'staf media sosial', 'staff media sosial', 'pengelola medsos'],
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
