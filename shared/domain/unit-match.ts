// Recognises a unit (a KPU Kabupaten/Kota, a KPU Provinsi, a PPK) and a role in free text
// typed by people: Zoom display names, email addresses, roster cells. Never guesses between a
// kabupaten and a kota of the same name.
import type { Role, RoleTitleRule } from './roles';
import { baseKind, type Unit, type UnitKind } from './units';
import { unitAliases } from './regions';
import { itemAt } from '../indexed';

export type UnitRecognition = { kind: 'unit'; code: string } | { kind: 'ambiguous'; codes: string[] } | { kind: 'none' };

export type RoleRecognition = { kind: 'role'; id: string } | { kind: 'ambiguous'; ids: string[] } | { kind: 'none' };

export interface RecognizeOptions {
  /** Accept names with a letter or two wrong ("Pamekasn"); off for email addresses. */
  typos?: boolean;
}

/** Lower case, accents dropped, every run of non-alphanumerics (". _ - | ( )") one space. */
export function normalizeWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const KAB_WORDS = new Set(['kab', 'kabupaten', 'kabupatan', 'kabu']);
const KOTA_WORDS = new Set(['kota', 'kot', 'kodya', 'kotamadya', 'kotamadia', 'kotma']);
const PROVINCE_WORDS = new Set(['prov', 'provinsi', 'propinsi']);
const DISTRICT_WORDS = new Set(['kec', 'kecamatan', 'ppk']);
// "Kota Administrasi Jakarta Pusat", "Kab. Adm. Kepulauan Seribu": the marker sits one word further.
const ADMIN_WORDS = new Set(['administrasi', 'adm']);
// Glued forms as in addresses "kabmalang", "kpu-tulungagungkab", "malangkota".
const GLUE_PREFIX: Array<[string, UnitKind]> = [
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['kota', 'kota'],
  ['kot', 'kota'],
];
const GLUE_SUFFIX: Array<[string, UnitKind]> = [
  ['kabupaten', 'kabupaten'],
  ['kab', 'kabupaten'],
  ['kota', 'kota'],
];

function markerKind(word: string | undefined): UnitKind | null {
  if (word === undefined) return null;
  if (KAB_WORDS.has(word)) return 'kabupaten';
  if (KOTA_WORDS.has(word)) return 'kota';
  if (PROVINCE_WORDS.has(word)) return 'provinsi';
  if (DISTRICT_WORDS.has(word)) return 'kecamatan';
  if (word.length >= 8 && word[0] === 'k') {
    if (editDistance(word, 'kabupaten', 2) <= 2) return 'kabupaten';
    if (editDistance(word, 'kotamadya', 2) <= 2) return 'kota';
  }
  return null;
}

/**
 * Optimal string alignment distance (adjacent swaps count as one edit), abandoned as soon as
 * it must exceed `max`; returns max + 1 then.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  // Every j below is within 0..n, and the three rows are n + 1 long.
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/** Longer names tolerate more slips; short ones ("Batu", "Tuban") must be exact. */
function allowedTypos(length: number): number {
  if (length >= 9) return 2;
  if (length >= 6) return 1;
  return 0;
}

interface UnitIndex {
  /** Place name with its spaces removed -> the units bearing it (kabupaten and/or kota). */
  byKey: Map<string, Unit[]>;
  byCode: Map<string, Unit>;
  maxWords: number;
}

const indexCache = new WeakMap<readonly Unit[], UnitIndex>();

function unitIndex(units: readonly Unit[]): UnitIndex {
  const cached = indexCache.get(units);
  if (cached) return cached;
  const byKey = new Map<string, Unit[]>();
  const byCode = new Map<string, Unit>();
  let maxWords = 1;
  for (const u of units) {
    byCode.set(u.code, u);
    // A province is also known by its usual abbreviations ("Jatim", "DIY", "NTB").
    for (const name of [u.name, ...unitAliases(u)]) {
      const words = normalizeWords(name);
      maxWords = Math.max(maxWords, words.length);
      const key = words.join('');
      if (!key) continue;
      const list = byKey.get(key) ?? [];
      if (!list.includes(u)) list.push(u);
      byKey.set(key, list);
    }
  }
  const index = { byKey, byCode, maxWords: maxWords + 1 };
  indexCache.set(units, index);
  return index;
}

interface Hit {
  units: Unit[];
  start: number;
  /** Index after the last word of the name. */
  end: number;
  kind: UnitKind | null;
  /** Found only by tolerating a typo. */
  fuzzy: boolean;
}

// Words that are never a misspelt place name, however close they look.
const NOT_PLACE = new Set(['kpu', 'kab', 'kota', 'kabupaten', 'provinsi', 'jatim', 'divisi', 'sekretariat']);

function fuzzyLookup(word: string, index: UnitIndex): Unit[] | null {
  if (word.length < 6 || !/^[a-z]+$/.test(word) || NOT_PLACE.has(word)) return null;
  let best: Unit[] | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const [key, units] of index.byKey) {
    if (key[0] !== word[0]) continue;
    const max = allowedTypos(key.length);
    if (max === 0) continue;
    const d = editDistance(word, key, max);
    if (d > max) continue;
    if (d < bestDistance) {
      best = units;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return tie ? null : best;
}

function findHits(words: string[], index: UnitIndex, typos: boolean): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < words.length) {
    let found: Hit | null = null;
    for (let w = Math.min(index.maxWords, words.length - i); w >= 1 && !found; w--) {
      const key = words.slice(i, i + w).join('');
      const units = index.byKey.get(key);
      if (units) found = { units, start: i, end: i + w, kind: null, fuzzy: false };
    }
    const word = itemAt(words, i);
    if (!found && /^\d+$/.test(word)) {
      const unit = index.byCode.get(word);
      if (unit) found = { units: [unit], start: i, end: i + 1, kind: baseKind(unit.kind), fuzzy: false };
    }
    if (!found) {
      for (const [prefix, kind] of GLUE_PREFIX) {
        const units = word.startsWith(prefix) ? index.byKey.get(word.slice(prefix.length)) : undefined;
        if (units) {
          found = { units, start: i, end: i + 1, kind, fuzzy: false };
          break;
        }
      }
    }
    if (!found) {
      for (const [suffix, kind] of GLUE_SUFFIX) {
        const units = word.endsWith(suffix) ? index.byKey.get(word.slice(0, -suffix.length)) : undefined;
        if (units) {
          found = { units, start: i, end: i + 1, kind, fuzzy: false };
          break;
        }
      }
    }
    if (!found && typos) {
      const units = fuzzyLookup(word, index);
      if (units) found = { units, start: i, end: i + 1, kind: null, fuzzy: true };
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else {
      i++;
    }
  }
  // A near miss ("Malangi", a given name) is weaker evidence than a name spelt right.
  if (hits.some((h) => !h.fuzzy)) {
    for (let k = hits.length - 1; k >= 0; k--) if (itemAt(hits, k).fuzzy) hits.splice(k, 1);
  }
  // "Kab. Malang", "Malang Kota": a marker right before the name wins; one right after counts
  // only if it is not the marker of the next name. "Kab/Kota Malang" names no kind at all.
  const startsHit = new Set(hits.map((h) => h.start));
  for (const hit of hits) {
    if (hit.kind) continue;
    const skip = ADMIN_WORDS.has(words[hit.start - 1] ?? '') ? 1 : 0;
    const before = markerKind(words[hit.start - 1 - skip]);
    const beforeThat = markerKind(words[hit.start - 2 - skip]);
    if (before) {
      hit.kind = beforeThat && beforeThat !== before ? null : before;
      continue;
    }
    const after = markerKind(words[hit.end]);
    if (after && !startsHit.has(hit.end + 1)) hit.kind = after;
  }
  return hits;
}

function unitsOfHit(hit: Hit): Unit[] {
  if (!hit.kind) return hit.units;
  const ofKind = hit.units.filter((u) => baseKind(u.kind) === hit.kind);
  // "Kota Tulungagung" does not exist; the name alone still points at one unit.
  return ofKind.length > 0 ? ofKind : hit.units;
}

/**
 * The unit a text names: by code ("3504"), official or short name ("KPU Kabupaten
 * Tulungagung", "Kab. Malang", "Malang Kota"), an address ("kpu.kabmalang@...") or a name with
 * a small typo. A name shared by a kabupaten and a kota without a marker is ambiguous, and so
 * is a text naming two different units.
 */
export function recognizeUnit(text: string, units: readonly Unit[], options: RecognizeOptions = {}): UnitRecognition {
  const index = unitIndex(units);
  const hits = findHits(normalizeWords(text), index, options.typos ?? true);
  if (hits.length === 0) return { kind: 'none' };
  const groups = hits.map((h) => unitsOfHit(h).map((u) => u.code));
  return combineCodeGroups(groups, units);
}

/**
 * Each group is what one mention could mean. A definite mention settles an ambiguous one that
 * includes it ("Malang ... Kota Malang"); two definite mentions that differ stay ambiguous.
 */
export function combineCodeGroups(groups: readonly string[][], units: readonly Unit[]): UnitRecognition {
  const nonEmpty = groups.filter((g) => g.length > 0);
  if (nonEmpty.length === 0) return { kind: 'none' };
  const definite = new Set(nonEmpty.filter((g) => g.length === 1).map((g) => itemAt(g, 0)));
  if (definite.size === 1) {
    const code = itemAt([...definite], 0);
    if (nonEmpty.every((g) => g.includes(code))) return { kind: 'unit', code };
  }
  const codes = new Set<string>();
  if (definite.size === 0) {
    let common = new Set(nonEmpty[0]);
    for (const g of nonEmpty.slice(1)) common = new Set(g.filter((c) => common.has(c)));
    if (common.size === 1) return { kind: 'unit', code: [...common][0]! };
    for (const g of nonEmpty) for (const c of g) codes.add(c);
  } else {
    for (const g of nonEmpty) for (const c of g) codes.add(c);
  }
  const order = new Map(units.map((u, i) => [u.code, i]));
  return { kind: 'ambiguous', codes: [...codes].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)) };
}

interface RoleIndexEntry {
  id: string;
  words: string[];
}

function roleEntries(roles: readonly Role[]): RoleIndexEntry[] {
  const entries: RoleIndexEntry[] = [];
  for (const role of roles) {
    const phrases = [role.id, role.short, role.label, ...role.keywords];
    for (const phrase of phrases) {
      const words = normalizeWords(phrase);
      if (words.length > 0) entries.push({ id: role.id, words });
    }
  }
  return entries;
}

function phraseAt(words: string[], at: number, phrase: string[], typos: boolean): boolean {
  if (at + phrase.length > words.length) return false;
  for (let k = 0; k < phrase.length; k++) {
    const want = itemAt(phrase, k);
    const got = itemAt(words, at + k);
    if (got === want) continue;
    // Only long keywords bend ("komisoner"); shorter ones must be exact, since "anggota" is one
    // letter away from the given name "Anggita".
    if (!typos || want.length < 8 || got[0] !== want[0] || editDistance(got, want, 1) > 1) return false;
  }
  return true;
}

/** Every role whose keywords (whole words, in order) appear in the text. */
export function rolesMentioned(text: string, roles: readonly Role[], options: RecognizeOptions = {}): string[] {
  const words = normalizeWords(text);
  const typos = options.typos ?? true;
  const found = new Set<string>();
  for (const entry of roleEntries(roles)) {
    if (found.has(entry.id)) continue;
    for (let i = 0; i < words.length; i++) {
      if (phraseAt(words, i, entry.words, typos)) {
        found.add(entry.id);
        break;
      }
    }
  }
  return roles.map((r) => r.id).filter((id) => found.has(id));
}

export function recognizeRole(text: string, roles: readonly Role[], options: RecognizeOptions = {}): RoleRecognition {
  const ids = rolesMentioned(text, roles, options);
  if (ids.length === 0) return { kind: 'none' };
  if (ids.length === 1) return { kind: 'role', id: ids[0]! };
  return { kind: 'ambiguous', ids };
}

/** Whether a phrase ("kpu jatim", "co-host") appears in the text as whole words. */
export function containsPhrase(text: string, phrase: string): boolean {
  const words = normalizeWords(text);
  const want = normalizeWords(phrase);
  if (want.length === 0) return false;
  for (let i = 0; i + want.length <= words.length; i++) {
    if (phraseAt(words, i, want, false)) return true;
  }
  return false;
}

/**
 * The roles a text names, with titles deciding between several (see ROLE_TITLE_RULES): every
 * role mentioned when no title is present, else the one role of the highest-ranked title.
 */
export function rolesDecided(text: string, roles: readonly Role[], rules: readonly RoleTitleRule[], options: RecognizeOptions = {}): string[] {
  const mentioned = rolesMentioned(text, roles, options);
  if (mentioned.length <= 1) return mentioned;
  let best: RoleTitleRule | null = null;
  for (const rule of rules) {
    if (!roles.some((r) => r.id === rule.roleId)) continue;
    if (best && best.rank <= rule.rank) continue;
    if (rule.titles.some((t) => containsPhrase(text, t))) best = rule;
  }
  return best ? [best.roleId] : mentioned;
}
