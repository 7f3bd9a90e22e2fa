// Decides, for each person in an attendance report, which cell of the unit x role grid they
// fill: automatically only when both unit and role are certain, otherwise for the user to pick.
import type { Role } from '../domain/roles';
import { shortUnitName, type Unit } from '../domain/units';
import {
  combineCodeGroups, containsPhrase, normalizeWords, recognizeUnit, rolesMentioned, type UnitRecognition,
} from '../domain/unit-match';
import { readCsv } from '../text/csv';
import { participantKey } from './attendance-report';

export interface MatchableRow {
  key: string;
  name: string;
  email: string;
}

export interface MatchCandidate {
  unitCode: string;
  roleId: string;
}

export type MatchResult<R extends MatchableRow = MatchableRow> =
  | { outcome: 'auto'; participant: R; unitCode: string; roleId: string }
  /** Candidates are ranked: cells nobody filled automatically come first. */
  | { outcome: 'review'; participant: R; candidates: MatchCandidate[]; reason: string }
  | { outcome: 'host'; participant: R; reason: string }
  /** Hints carry what was recognised, e.g. a role without a unit ("Admin"). */
  | { outcome: 'unknown'; participant: R; reason: string; unitCode?: string; roleId?: string };

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
}

/** East Java's host markers, plus the platforms' own host labels. */
export const DEFAULT_HOST_PATTERNS: readonly string[] = Object.freeze([
  'kpu jatim', 'jatim', 'jawa timur', 'kpu provinsi', 'provinsi', 'prov', 'host', 'co host', 'cohost', 'tuan rumah',
  'jatimprov',
]);

function emailLocalPart(email: string): string {
  const at = email.indexOf('@');
  return at < 0 ? email : email.slice(0, at);
}

function isHost(row: MatchableRow, patterns: readonly string[]): boolean {
  if (patterns.some((p) => containsPhrase(row.name, p))) return true;
  if (!row.email) return false;
  const compact = normalizeWords(row.email).join(' ');
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

interface Recognised {
  host: boolean;
  unitCodes: string[];
  roleIds: string[];
}

function recognise(row: MatchableRow, options: MatchOptions, hostPatterns: readonly string[]): Recognised {
  const { units, roles } = options;
  const byName = recognizeUnit(row.name, units);
  const byEmail = row.email ? recognizeUnit(row.email, units, { typos: false }) : ({ kind: 'none' } as const);
  const combined = combineCodeGroups([codesOf(byName), codesOf(byEmail)], units);
  const roleIds = new Set(rolesMentioned(row.name, roles));
  if (row.email) for (const id of rolesMentioned(emailLocalPart(row.email), roles, { typos: false })) roleIds.add(id);
  return {
    host: isHost(row, hostPatterns),
    unitCodes: codesOf(combined),
    roleIds: roles.map((r) => r.id).filter((id) => roleIds.has(id)),
  };
}

export function matchParticipants<R extends MatchableRow>(rows: readonly R[], options: MatchOptions): MatchResult<R>[] {
  const { units, roles } = options;
  const hostPatterns = options.hostPatterns ?? DEFAULT_HOST_PATTERNS;
  const unitsInvited = new Set(options.unitsInvited ?? units.map((u) => u.code));
  const rolesInvited = roles.map((r) => r.id).filter((id) => (options.rolesInvited ?? [id]).includes(id));
  const unitOrder = new Map(units.map((u, i) => [u.code, i]));
  const roleOrder = new Map(roles.map((r, i) => [r.id, i]));

  const recognised = rows.map((row) => recognise(row, options, hostPatterns));
  const results: Array<MatchResult<R> | null> = rows.map(() => null);
  const filled = new Set<string>();

  recognised.forEach((rec, i) => {
    const participant = rows[i];
    if (rec.unitCodes.length === 0) {
      if (rec.host) {
        results[i] = { outcome: 'host', participant, reason: 'Pihak KPU Provinsi (penyelenggara rapat).' };
      } else {
        results[i] = {
          outcome: 'unknown',
          participant,
          reason: 'Unit tidak dikenali dari nama maupun email.',
          ...(rec.roleIds.length === 1 ? { roleId: rec.roleIds[0] } : {}),
        };
      }
      return;
    }
    const [unitCode] = rec.unitCodes;
    const [roleId] = rec.roleIds;
    if (
      !rec.host &&
      rec.unitCodes.length === 1 &&
      rec.roleIds.length === 1 &&
      unitsInvited.has(unitCode) &&
      rolesInvited.includes(roleId)
    ) {
      results[i] = { outcome: 'auto', participant, unitCode, roleId };
      filled.add(`${unitCode}|${roleId}`);
    }
  });

  return recognised.map((rec, i) => {
    const done = results[i];
    if (done) return done;
    const participant = rows[i];
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
        freeA - freeB ||
        (unitOrder.get(a.unitCode) ?? 0) - (unitOrder.get(b.unitCode) ?? 0) ||
        (roleOrder.get(a.roleId) ?? 0) - (roleOrder.get(b.roleId) ?? 0)
      );
    });
    if (rec.unitCodes.length > invitedUnits.length || rec.roleIds.length > invitedRoles.length) {
      reasons.push('Sebagian kemungkinan tidak diundang dan tidak ditawarkan.');
    }
    return { outcome: 'review', participant, candidates, reason: reasons.join(' ') };
  });
}

export interface MatchQuality {
  /** Expected rows auto-filled into a cell other than the true one (or filled at all when host/unknown). */
  wrong: number;
  matchRows: number;
  /** `match` rows auto-filled into exactly the true cell. */
  matchAuto: number;
  ambiguousRows: number;
  ambiguousToReview: number;
  hostOrUnknownAssigned: number;
}

/**
 * Scores results against a truth table with columns name, email, status (match | ambiguous |
 * host | unknown), true_unit, true_role: one line per report row, as in the test fixtures.
 */
export function matchQuality(results: readonly MatchResult[], expectedCsvText: string): MatchQuality {
  const { rows } = readCsv(expectedCsvText.replace(/^\ufeff/, ''));
  const header = rows[0].map((h) => h.trim().toLowerCase());
  const at = (row: string[], name: string) => (row[header.indexOf(name)] ?? '').trim();
  const byKey = new Map(results.map((r) => [r.participant.key, r]));
  const quality: MatchQuality = {
    wrong: 0, matchRows: 0, matchAuto: 0, ambiguousRows: 0, ambiguousToReview: 0, hostOrUnknownAssigned: 0,
  };
  for (const row of rows.slice(1)) {
    if (row.every((c) => c.trim() === '')) continue;
    const status = at(row, 'status');
    const result = byKey.get(participantKey(at(row, 'name'), at(row, 'email')));
    const auto = result?.outcome === 'auto' ? result : null;
    const right = auto !== null && auto.unitCode === at(row, 'true_unit') && auto.roleId === at(row, 'true_role');
    if (auto && !right) quality.wrong++;
    if (status === 'match') {
      quality.matchRows++;
      if (right) quality.matchAuto++;
    } else if (status === 'ambiguous') {
      quality.ambiguousRows++;
      if (result?.outcome === 'review') quality.ambiguousToReview++;
    } else if (auto) {
      quality.hostOrUnknownAssigned++;
    }
  }
  return quality;
}
