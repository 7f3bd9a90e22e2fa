// Decides, for each person in an attendance report, which cell of the unit x role grid they
// fill: automatically only when both unit and role are certain, otherwise for the user to pick.
import { ROLE_TITLE_RULES, type Role, type RoleTitleRule } from '../domain/roles';
import { shortUnitName, type Unit } from '../domain/units';
import { combineCodeGroups, containsPhrase, normalizeWords, recognizeUnit, rolesDecided, type UnitRecognition } from '../domain/unit-match';
import { readCsv } from '../text/csv';
import { itemAt } from '../indexed';
import { participantKey } from './attendance-report';

export interface MatchableRow {
  key: string;
  name: string;
  email: string;
  /** A phone number from the report (Meet dial-in, a Forms answer), any usual form. */
  phone?: string;
  /** What the person wrote as jabatan (Forms): read for the role. */
  jabatan?: string;
  /** What the person wrote as satker / instansi (Forms): read for the unit. */
  satker?: string;
}

export interface MatchCandidate {
  unitCode: string;
  roleId: string;
}

export type ProposalSource = 'learned' | 'roster' | 'elimination';

/** The one candidate that is clearly best, pre-selected in the review with its reason. */
export interface MatchProposal extends MatchCandidate {
  source: ProposalSource;
  /** Why, in Indonesian ("seperti rapat 25 Mei 2022"). */
  reason: string;
}

export type MatchResult<R extends MatchableRow = MatchableRow> =
  /** `reason` says why when the roster, not the name, placed the row. */
  | {
      outcome: 'auto';
      participant: R;
      unitCode: string;
      roleId: string;
      reason?: string;
      /** The roster person the row names by email, phone or full name, when that placed it. */
      personId?: string;
    }
  /** Candidates are ranked: cells nobody filled automatically come first. */
  | { outcome: 'review'; participant: R; candidates: MatchCandidate[]; reason: string; proposed?: MatchProposal }
  | { outcome: 'host'; participant: R; reason: string }
  /** Hints carry what was recognised, e.g. a role without a unit ("Admin"). */
  | { outcome: 'unknown'; participant: R; reason: string; unitCode?: string; roleId?: string };

/** A roster person as the matcher needs it. */
export interface MatchPerson {
  id: string;
  unitCode: string;
  roleId: string;
  name: string;
  email: string;
  phone: string;
}

/** A cell the user chose for this name or email at an earlier meeting. */
export interface MatchLearned {
  unitCode: string;
  roleId: string;
  /** Shown as the reason, e.g. "seperti rapat 25 Mei 2022". */
  reason: string;
}

export interface MatchOptions {
  units: readonly Unit[];
  roles: readonly Role[];
  /** Unit codes with a row in the grid; all units when omitted. */
  unitsInvited?: readonly string[];
  /** Role ids with a column in the grid; all roles when omitted. */
  rolesInvited?: readonly string[];
  /**
   * Words that mark the host commission's own people, matched as whole words in the name and
   * inside the email address. Replaces DEFAULT_HOST_PATTERNS; to extend, spread it and add e.g.
   * the names of the provincial speakers and the chair.
   */
  hostPatterns?: readonly string[];
  /** Titles deciding between roles; ROLE_TITLE_RULES when omitted. */
  titleRules?: readonly RoleTitleRule[];
  /** The roster's people: an email, phone or full name of one of them places the row. */
  people?: readonly MatchPerson[];
  /** What the user chose for a name or email before. */
  learned?: (row: MatchableRow) => MatchLearned | undefined;
}

/** East Java's host markers, plus the platforms' own host labels. */
export const DEFAULT_HOST_PATTERNS: readonly string[] = Object.freeze([
  'kpu jatim',
  'jatim',
  'jawa timur',
  'kpu provinsi',
  'provinsi',
  'prov',
  'host',
  'co host',
  'cohost',
  'tuan rumah',
  'jatimprov',
]);

function emailLocalPart(email: string): string {
  const at = email.indexOf('@');
  return at < 0 ? email : email.slice(0, at);
}

function isHost(texts: readonly string[], email: string, patterns: readonly string[]): boolean {
  if (texts.some((t) => t && patterns.some((p) => containsPhrase(t, p)))) return true;
  if (!email) return false;
  const compact = normalizeWords(email).join(' ');
  return patterns.some((p) => {
    const needle = normalizeWords(p).join('');
    return needle.length >= 4 && compact.includes(needle);
  });
}

function codesOf(r: UnitRecognition): string[] {
  if (r.kind === 'unit') return [r.code];
  if (r.kind === 'ambiguous') return r.codes;
  return [];
}

function unitLabel(units: readonly Unit[], code: string): string {
  const unit = units.find((u) => u.code === code);
  return unit ? shortUnitName(unit) : code;
}

function roleLabel(roles: readonly Role[], id: string): string {
  return roles.find((r) => r.id === id)?.short ?? id;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} atau ${items[items.length - 1]}`;
}

// Academic and religious titles and honorifics written around a name ("Dr. H. Budi, S.Pd., M.Si.").
const NAME_NOISE = new Set([
  's',
  'pd',
  'sh',
  'se',
  'st',
  'si',
  'sos',
  'ip',
  'sip',
  'sp',
  'mm',
  'msi',
  'mh',
  'mpd',
  'kom',
  'skom',
  'ak',
  'ag',
  'sag',
  'hum',
  'shum',
  'ked',
  'dr',
  'drs',
  'dra',
  'ir',
  'h',
  'hj',
  'amd',
  'a',
  'md',
  'm',
  'ma',
  'mt',
  'ssos',
  'spd',
  'se',
  'ssi',
  'st',
  'mba',
  'mkom',
  'ph',
  'phd',
  'bapak',
  'bpk',
  'pak',
  'ibu',
  'bu',
  'sdr',
  'sdri',
  'moch',
  'moh',
  'mochamad',
  'muh',
]);

function nameWords(name: string): string[] {
  return normalizeWords(name).filter((w) => w.length >= 3 && !NAME_NOISE.has(w) && !/^\d+$/.test(w));
}

interface PeopleIndex {
  byEmail: Map<string, MatchPerson[]>;
  byPhone: Map<string, MatchPerson[]>;
  named: Array<{ person: MatchPerson; words: string[] }>;
}

function phoneDigits(text: string): string {
  const d = text.replace(/\D/g, '');
  if (d.length < 9) return '';
  // 0812..., 62812..., 812...: compare from the operator prefix on.
  if (d.startsWith('62')) return d.slice(2).replace(/^0/, '');
  if (d.startsWith('0')) return d.slice(1);
  return d;
}

function indexPeople(people: readonly MatchPerson[]): PeopleIndex {
  const byEmail = new Map<string, MatchPerson[]>();
  const byPhone = new Map<string, MatchPerson[]>();
  const named: PeopleIndex['named'] = [];
  const push = (map: Map<string, MatchPerson[]>, key: string, p: MatchPerson) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    list.push(p);
    map.set(key, list);
  };
  for (const p of people) {
    push(byEmail, p.email.trim().toLowerCase(), p);
    push(byPhone, phoneDigits(p.phone), p);
    const words = nameWords(p.name);
    if (words.length > 0) named.push({ person: p, words });
  }
  return { byEmail, byPhone, named };
}

function phonesIn(row: MatchableRow): string[] {
  const texts = [row.phone ?? '', row.name];
  const out: string[] = [];
  for (const t of texts)
    for (const m of t.match(/\+?\d[\d\s\-.()]{7,}\d/g) ?? []) {
      const d = phoneDigits(m);
      if (d) out.push(d);
    }
  return out;
}

interface PersonHit {
  person: MatchPerson;
  how: 'email' | 'phone' | 'name';
}

/** The roster person a row names with certainty: one email, one phone number or one full name. */
function personOf(row: MatchableRow, index: PeopleIndex): PersonHit | null {
  const email = row.email.trim().toLowerCase();
  const byEmail = email ? index.byEmail.get(email) : undefined;
  if (byEmail?.length === 1) return { person: byEmail[0]!, how: 'email' };
  const phones = [...new Set(phonesIn(row))];
  const byPhone = phones.flatMap((d) => index.byPhone.get(d) ?? []);
  if (byPhone.length === 1) return { person: byPhone[0]!, how: 'phone' };
  const words = new Set(normalizeWords(row.name));
  const full = index.named.filter((n) => n.words.length >= 2 && n.words.every((w) => words.has(w)));
  if (full.length === 1) return { person: full[0]!.person, how: 'name' };
  return null;
}

/** "Bambang S": a person's first name and the initial (or the word) of their second one. */
function personsNamedPartly(row: MatchableRow, index: PeopleIndex): MatchPerson[] {
  const words = normalizeWords(row.name);
  const out: MatchPerson[] = [];
  for (const { person, words: pw } of index.named) {
    if (pw.length < 2) continue;
    const at = words.indexOf(itemAt(pw, 0));
    if (at < 0) continue;
    const next = words[at + 1];
    if (next && (next === pw[1] || (next.length === 1 && next === itemAt(pw, 1)[0]))) out.push(person);
  }
  return out;
}

interface Recognised {
  host: boolean;
  unitCodes: string[];
  roleIds: string[];
  person: PersonHit | null;
}

function recognise(
  row: MatchableRow,
  options: MatchOptions,
  hostPatterns: readonly string[],
  rules: readonly RoleTitleRule[],
  people: PeopleIndex,
): Recognised {
  const { units, roles } = options;
  const roleText = [row.name, row.jabatan ?? ''].join(' \u2022 ');
  const byName = recognizeUnit(row.name, units);
  const bySatker = row.satker ? recognizeUnit(row.satker, units) : ({ kind: 'none' } as const);
  const byEmail = row.email ? recognizeUnit(row.email, units, { typos: false }) : ({ kind: 'none' } as const);
  const combined = combineCodeGroups([codesOf(byName), codesOf(bySatker), codesOf(byEmail)], units);
  const roleIds = new Set(rolesDecided(roleText, roles, rules));
  if (row.email) for (const id of rolesDecided(emailLocalPart(row.email), roles, rules, { typos: false })) roleIds.add(id);
  return {
    host: isHost([row.name, row.satker ?? ''], row.email, hostPatterns),
    unitCodes: codesOf(combined),
    roleIds: roles.map((r) => r.id).filter((id) => roleIds.has(id)),
    person: personOf(row, people),
  };
}

/** A roster person fits what the text says when the text names no other unit or role. */
function fits(rec: Recognised, p: MatchPerson): boolean {
  return (rec.unitCodes.length === 0 || rec.unitCodes.includes(p.unitCode)) && (rec.roleIds.length === 0 || rec.roleIds.includes(p.roleId));
}

const PROPOSAL_RANK: Record<ProposalSource, number> = { learned: 0, roster: 1, elimination: 2 };

export function matchParticipants<R extends MatchableRow>(rows: readonly R[], options: MatchOptions): MatchResult<R>[] {
  const { units, roles } = options;
  const hostPatterns = options.hostPatterns ?? DEFAULT_HOST_PATTERNS;
  const rules = options.titleRules ?? ROLE_TITLE_RULES;
  const unitsInvited = new Set(options.unitsInvited ?? units.map((u) => u.code));
  const rolesInvited = roles.map((r) => r.id).filter((id) => (options.rolesInvited ?? [id]).includes(id));
  const invited = (c: MatchCandidate) => unitsInvited.has(c.unitCode) && rolesInvited.includes(c.roleId);
  const unitOrder = new Map(units.map((u, i) => [u.code, i]));
  const roleOrder = new Map(roles.map((r, i) => [r.id, i]));
  const people = indexPeople(options.people ?? []);

  const recognised = rows.map((row) => recognise(row, options, hostPatterns, rules, people));
  const results: Array<MatchResult<R> | null> = rows.map(() => null);
  const filled = new Set<string>();
  const id = (c: MatchCandidate) => `${c.unitCode}|${c.roleId}`;

  recognised.forEach((rec, i) => {
    const participant = itemAt(rows, i);
    // An email or number of one roster person, or their full name, places them with certainty,
    // unless the display name says another unit or role.
    const p = rec.person;
    if (p && invited(p.person) && fits(rec, p.person) && (p.how !== 'name' || !rec.host)) {
      const how = p.how === 'email' ? 'email' : p.how === 'phone' ? 'nomor WhatsApp' : 'nama';
      results[i] = {
        outcome: 'auto',
        participant,
        unitCode: p.person.unitCode,
        roleId: p.person.roleId,
        personId: p.person.id,
        reason: `Roster: ${how} ${(p.person.name || p.person.email).replace(/\.+$/, '')}.`,
      };
      filled.add(id(p.person));
      return;
    }
    if (rec.unitCodes.length === 0) {
      if (rec.host) {
        results[i] = { outcome: 'host', participant, reason: 'Pihak KPU Provinsi (penyelenggara rapat).' };
      }
      return;
    }
    const [unitCode] = rec.unitCodes;
    const [roleId] = rec.roleIds;
    if (
      !rec.host &&
      rec.unitCodes.length === 1 &&
      unitCode !== undefined &&
      rec.roleIds.length === 1 &&
      roleId !== undefined &&
      unitsInvited.has(unitCode) &&
      rolesInvited.includes(roleId)
    ) {
      results[i] = { outcome: 'auto', participant, unitCode, roleId };
      filled.add(`${unitCode}|${roleId}`);
    }
  });

  const open: Array<MatchResult<R>> = recognised.map((rec, i) => {
    const done = results[i];
    if (done) return done;
    const participant = itemAt(rows, i);
    if (rec.unitCodes.length === 0) {
      return {
        outcome: 'unknown',
        participant,
        reason: 'Unit tidak dikenali dari nama maupun email.',
        ...(rec.roleIds.length === 1 ? { roleId: rec.roleIds[0] } : {}),
      };
    }
    const reasons: string[] = [];
    if (rec.host) reasons.push('Nama menyebut KPU Provinsi sekaligus sebuah unit.');
    if (rec.unitCodes.length > 1) {
      reasons.push(`Unit bisa ${joinOr(rec.unitCodes.map((c) => unitLabel(units, c)))}.`);
    }
    if (rec.roleIds.length === 0) reasons.push('Peran tidak disebut.');
    if (rec.roleIds.length > 1) {
      reasons.push(`Peran bisa ${joinOr(rec.roleIds.map((r) => roleLabel(roles, r)))}.`);
    }

    const invitedUnits = rec.unitCodes.filter((c) => unitsInvited.has(c));
    const statedRoles = rec.roleIds.length > 0 ? rec.roleIds : rolesInvited;
    const invitedRoles = statedRoles.filter((r) => rolesInvited.includes(r));
    if (invitedUnits.length === 0 || invitedRoles.length === 0) {
      const what =
        invitedUnits.length === 0
          ? `${joinOr(rec.unitCodes.map((c) => unitLabel(units, c)))} tidak termasuk unit yang diundang.`
          : `Peran ${joinOr(rec.roleIds.map((r) => roleLabel(roles, r)))} tidak diundang.`;
      return {
        outcome: 'unknown',
        participant,
        reason: what,
        ...(rec.unitCodes.length === 1 ? { unitCode: rec.unitCodes[0] } : {}),
        ...(rec.roleIds.length === 1 ? { roleId: rec.roleIds[0] } : {}),
      };
    }
    const candidates: MatchCandidate[] = [];
    for (const unitCode of invitedUnits) for (const roleId of invitedRoles) candidates.push({ unitCode, roleId });
    candidates.sort((a, b) => {
      const freeA = filled.has(`${a.unitCode}|${a.roleId}`) ? 1 : 0;
      const freeB = filled.has(`${b.unitCode}|${b.roleId}`) ? 1 : 0;
      return (
        freeA - freeB || (unitOrder.get(a.unitCode) ?? 0) - (unitOrder.get(b.unitCode) ?? 0) || (roleOrder.get(a.roleId) ?? 0) - (roleOrder.get(b.roleId) ?? 0)
      );
    });
    if (rec.unitCodes.length > invitedUnits.length || rec.roleIds.length > invitedRoles.length) {
      reasons.push('Sebagian kemungkinan tidak diundang dan tidak ditawarkan.');
    }
    return { outcome: 'review', participant, candidates, reason: reasons.join(' ') };
  });

  // Proposals: never a cell a certain row fills, and never one two rows would both get.
  const proposals = open.map((result, i): MatchProposal | null => {
    if (result.outcome !== 'review' && result.outcome !== 'unknown') return null;
    const rec = itemAt(recognised, i);
    const row = itemAt(rows, i);
    const candidates = result.outcome === 'review' ? result.candidates : [];
    const free = (c: MatchCandidate) => invited(c) && !filled.has(id(c));
    const offered = (c: MatchCandidate) => (result.outcome === 'review' ? candidates.some((x) => id(x) === id(c)) : fitsUnknown(result, c));
    const learned = options.learned?.(row);
    if (learned && free(learned) && offered(learned)) return { unitCode: learned.unitCode, roleId: learned.roleId, source: 'learned', reason: learned.reason };
    if (!rec.host) {
      const partly = personsNamedPartly(row, people).filter((p) => free(p) && offered(p) && fits(rec, p));
      const named = rec.person && free(rec.person.person) && offered(rec.person.person) ? [rec.person.person] : partly;
      if (named.length === 1) {
        const p = itemAt(named, 0);
        return { unitCode: p.unitCode, roleId: p.roleId, source: 'roster', reason: `Nama di Roster: ${p.name.replace(/\.+$/, '')}.` };
      }
    }
    if (result.outcome === 'review' && !rec.host && candidates.length > 1) {
      const left = candidates.filter(free);
      if (left.length === 1) {
        return { ...itemAt(left, 0), source: 'elimination', reason: 'Satu-satunya kemungkinan yang belum terisi oleh baris yang pasti.' };
      }
    }
    return null;
  });
  const claims = new Map<string, number[]>();
  proposals.forEach((p, i) => {
    if (!p) return;
    const list = claims.get(id(p)) ?? [];
    list.push(i);
    claims.set(id(p), list);
  });
  return open.map((result, i) => {
    const p = proposals[i];
    if (!p) return result;
    const rivals = claims.get(id(p))!;
    const best = Math.min(...rivals.map((j) => PROPOSAL_RANK[proposals[j]!.source]));
    const sameRank = rivals.filter((j) => PROPOSAL_RANK[proposals[j]!.source] === best);
    if (PROPOSAL_RANK[p.source] !== best || sameRank.length > 1) return result;
    if (result.outcome === 'review') return { ...result, proposed: p };
    if (result.outcome !== 'unknown') return result;
    // A name the report alone could not place, placed by the roster or an earlier meeting.
    return {
      outcome: 'review',
      participant: result.participant,
      candidates: [{ unitCode: p.unitCode, roleId: p.roleId }],
      reason: result.reason,
      proposed: p,
    };
  });
}

/** An unknown row can take a cell that agrees with the hints it carries. */
function fitsUnknown(result: { unitCode?: string; roleId?: string }, c: MatchCandidate): boolean {
  return (!result.unitCode || result.unitCode === c.unitCode) && (!result.roleId || result.roleId === c.roleId);
}

export interface MatchQuality {
  /** Rows auto-filled or proposed into a cell other than the true one, or filled at all when host/unknown. */
  wrong: number;
  /** Of `wrong`, those by proposal. */
  wrongByProposal: number;
  matchRows: number;
  /** `match` rows auto-filled into exactly the true cell. */
  matchAuto: number;
  ambiguousRows: number;
  ambiguousToReview: number;
  hostOrUnknownAssigned: number;
  /** Rows with a true cell: the people of the units who attended. */
  attended: number;
  /** Of them, placed in their true cell automatically, and by an accepted proposal. */
  rightAuto: number;
  rightByProposal: number;
  /** Of them, neither: the user must pick (or they stay off the grid). */
  leftToUser: number;
}

/**
 * Scores results against a truth table with columns name, email, status (match | ambiguous |
 * host | unknown), true_unit, true_role: one line per report row, as in the test fixtures.
 * Proposals count as accepted, as after "Terima semua usulan".
 */
export function matchQuality(results: readonly MatchResult[], expectedCsvText: string): MatchQuality {
  const { rows } = readCsv(expectedCsvText.replace(/^\ufeff/, ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = (row: string[], name: string) => (row[header.indexOf(name)] ?? '').trim();
  const byKey = new Map(results.map((r) => [r.participant.key, r]));
  const quality: MatchQuality = {
    wrong: 0,
    wrongByProposal: 0,
    matchRows: 0,
    matchAuto: 0,
    ambiguousRows: 0,
    ambiguousToReview: 0,
    hostOrUnknownAssigned: 0,
    attended: 0,
    rightAuto: 0,
    rightByProposal: 0,
    leftToUser: 0,
  };
  const seen = new Set<string>();
  for (const row of rows.slice(1)) {
    if (row.every((c) => c.trim() === '')) continue;
    const key = participantKey(at(row, 'name'), at(row, 'email'));
    // A reconnection is one person: the truth table lists each of its rows, people count once.
    const firstOfPerson = !seen.has(key);
    seen.add(key);
    const status = at(row, 'status');
    const result = byKey.get(key);
    const auto = result?.outcome === 'auto' ? result : null;
    const proposed = result?.outcome === 'review' ? (result.proposed ?? null) : null;
    const placed = auto ?? proposed;
    const trueUnit = at(row, 'true_unit');
    const trueRole = at(row, 'true_role');
    const right = placed !== null && trueUnit !== '' && placed.unitCode === trueUnit && placed.roleId === trueRole;
    if (placed && !right) {
      quality.wrong++;
      if (!auto) quality.wrongByProposal++;
    }
    if (trueUnit && firstOfPerson) {
      quality.attended++;
      if (right && auto) quality.rightAuto++;
      else if (right) quality.rightByProposal++;
      else quality.leftToUser++;
    }
    if (status === 'match') {
      quality.matchRows++;
      if (right && auto) quality.matchAuto++;
    } else if (status === 'ambiguous') {
      quality.ambiguousRows++;
      if (result?.outcome === 'review') quality.ambiguousToReview++;
    } else if (placed && !trueUnit) {
      quality.hostOrUnknownAssigned++;
    }
  }
  return quality;
}
