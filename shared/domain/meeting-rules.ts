// The rules every stored meeting keeps, in one place: the set-up form shows these messages
// next to its fields, and every handler that writes a meeting refuses what breaks them.
import { z } from 'zod';
import { MeetingSchema, MeetingSetupSchema, type Meeting, type MeetingSetup } from './meeting';
import type { Roster } from './roster';
import { normalizeJoinUrl } from './meeting-words';
import { shortUnitName } from './units';
import { reportProblems } from './unit-reports';

/** A broken rule: the field it belongs to (a path such as "endTime") and the message the user reads. */
export interface RuleProblem {
  field: string;
  message: string;
}

export type RosterRef = Pick<Roster, 'units' | 'roles'>;

export const RULE_MESSAGES = {
  endBeforeStart: 'Waktu selesai harus setelah waktu mulai.',
  noUnits: 'Pilih minimal satu unit yang diundang.',
  noRoles: 'Pilih minimal satu peran yang diundang.',
  unknownUnit: (code: string) => `Unit dengan kode ${code} tidak ada di Roster.`,
  unknownRole: (id: string) => `Peran "${id}" tidak ada di Roster.`,
  badUrl: 'Tautan harus berupa alamat web (https:// atau http://), misalnya https://zoom.us/j/123.',
  cellUnitNotInvited: (unit: string) => `${unit} tidak diundang ke rapat ini, jadi kehadirannya tidak dapat dicatat.`,
  cellRoleNotInvited: (unit: string, role: string) => `Peran "${role}" tidak diundang ke rapat ini (${unit}), jadi kehadirannya tidak dapat dicatat.`,
  actualEndBeforeStart: 'Jam ditutup harus setelah jam dibuka.',
  duplicateSpeaker: (id: string) => `Pembicara dengan id ${id} tercatat dua kali.`,
  duplicateFollowUp: (id: string) => `Tindak lanjut dengan id ${id} tercatat dua kali.`,
  followUpUnitNotInvited: (n: number, unit: string) => `Tindak lanjut ${n} ditujukan kepada ${unit}, yang tidak diundang ke rapat ini.`,
} as const;

function unitLabel(roster: RosterRef, code: string): string {
  const unit = roster.units.find((u) => u.code === code);
  return unit ? shortUnitName(unit) : `Unit ${code}`;
}

/**
 * The set-up as it is stored: the title trimmed, empty list items dropped, the join link in
 * its normalised form (a link pasted without https:// gets it). Text that is no web link is
 * kept as typed so the problem can be shown next to it.
 */
export function normalizeSetup(setup: MeetingSetup): MeetingSetup {
  const nonEmpty = (items: readonly string[]) => items.map((a) => a.trim()).filter(Boolean);
  const link = setup.joinUrl.trim();
  return {
    ...setup,
    series: (setup.series ?? '').trim().replace(/\s+/g, ' '),
    title: setup.title.trim(),
    agenda: nonEmpty(setup.agenda),
    references: nonEmpty(setup.references),
    joinUrl: link ? (normalizeJoinUrl(link) ?? link) : '',
    letter: { ...setup.letter, tembusan: nonEmpty(setup.letter.tembusan) },
  };
}

/** What is wrong with a set-up, against the roster it invites from (empty = nothing). */
export function setupProblems(setup: MeetingSetup, roster: RosterRef): RuleProblem[] {
  const parsed = MeetingSetupSchema.safeParse(setup);
  return [...(parsed.success ? [] : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }))), ...setupRules(setup, roster)];
}

/** The rules of a set-up beyond its shape. */
function setupRules(setup: MeetingSetup, roster: RosterRef): RuleProblem[] {
  const out: RuleProblem[] = [];
  if (setup.endTime && setup.startTime && setup.endTime <= setup.startTime) out.push({ field: 'endTime', message: RULE_MESSAGES.endBeforeStart });
  if (setup.joinUrl.trim() && !normalizeJoinUrl(setup.joinUrl)) out.push({ field: 'joinUrl', message: RULE_MESSAGES.badUrl });
  if (setup.unitsInvited.length === 0) out.push({ field: 'unitsInvited', message: RULE_MESSAGES.noUnits });
  if (setup.rolesInvited.length === 0) out.push({ field: 'rolesInvited', message: RULE_MESSAGES.noRoles });
  // Units are never taken out of the roster, so a meeting stays valid however old it is.
  const units = new Set(roster.units.map((u) => u.code));
  for (const code of new Set(setup.unitsInvited)) {
    if (!units.has(code)) out.push({ field: 'unitsInvited', message: RULE_MESSAGES.unknownUnit(code) });
  }
  const roles = new Set(roster.roles.map((r) => r.id));
  for (const id of new Set(setup.rolesInvited)) {
    if (!roles.has(id)) out.push({ field: 'rolesInvited', message: RULE_MESSAGES.unknownRole(id) });
  }
  return out;
}

/** Records known to keep the meeting schema: a whole parse of them passed (see keepsSchema). */
const schemaKept = new WeakSet<object>();

/** Note that `m` came out of a whole parse with MeetingSchema (a meeting read from disk). */
export function markSchemaKept(m: Meeting): Meeting {
  schemaKept.add(m);
  return m;
}

type PartSchema = { safeParse(v: unknown): { success: boolean } };
const MEETING_SHAPE = MeetingSchema.shape as unknown as Record<string, PartSchema>;

function isPlainRecord(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The key and value schemas of a part that is a plain record of independent entries (string
 * keys, no check on the record as a whole, such as the attendance by unit), else null: of such
 * a part, only the entries a change added or replaced need a parse.
 */
function recordEntries(schema: PartSchema): { key: PartSchema; value: PartSchema } | null {
  if (!(schema instanceof z.ZodRecord) || schema.def.checks?.length) return null;
  const key = schema.def.keyType as unknown as PartSchema & { def?: { type?: string } };
  if (key.def?.type !== 'string') return null;
  return { key, value: schema.def.valueType as unknown as PartSchema };
}
const RECORD_PARTS = new Map(Object.entries(MEETING_SHAPE).map(([k, s]) => [k, recordEntries(s)] as const));

/** Whether `next`, a part replaced by a change, keeps its schema; `before` is the same part as it was, known to keep it. */
function partKeepsSchema(key: string, next: unknown, before: unknown): boolean {
  const entries = RECORD_PARTS.get(key);
  if (entries && isPlainRecord(next) && isPlainRecord(before)) {
    for (const k of Object.keys(next)) {
      if (Object.hasOwn(before, k) && before[k] === next[k]) continue;
      if (!Object.hasOwn(before, k) && !entries.key.safeParse(k).success) return false;
      if (!entries.value.safeParse(next[k]).success) return false;
    }
    return true;
  }
  return Boolean(MEETING_SHAPE[key]?.safeParse(next).success);
}

/**
 * Whether `m`, made from `base` by a change, keeps the meeting schema, without a parse of the
 * whole record: when `base` is known to keep it, only the parts the change replaced (those
 * that are not the same objects as in `base`) are parsed, with the same schema of each part,
 * and of a record of entries (the attendance by unit) only the entries it added or replaced.
 * The schema is a plain object of independent parts (no rule across them), so the answer is
 * the whole parse's; false means "not known", and the caller parses the whole record.
 */
function keepsSchema(m: Meeting, base: Meeting | null | undefined): boolean {
  if (!base || !schemaKept.has(base)) return false;
  const a = m as unknown as Record<string, unknown>;
  const b = base as unknown as Record<string, unknown>;
  for (const key of Object.keys(MEETING_SHAPE)) {
    if (a[key] !== b[key] && !partKeepsSchema(key, a[key], b[key])) return false;
  }
  return true;
}

/**
 * Note that `m`, made from `base` (a record known to keep the schema) by setting a few parts,
 * keeps it too when those parts do, so the next change to `m` is checked by its parts as well.
 * For the record a handler stores: the checked change with its new revision and time.
 */
export function noteSchemaKept(m: Meeting, base: Meeting): Meeting {
  if (keepsSchema(m, base)) schemaKept.add(m);
  return m;
}

/**
 * What is wrong with a whole meeting record: its set-up, its attendance and its minutes.
 * `base`: the stored record `m` was made from, when there is one (the schema check then looks
 * at what changed only; see keepsSchema).
 */
export function meetingProblems(m: Meeting, roster: RosterRef, base?: Meeting | null): RuleProblem[] {
  // One parse of the whole record (it includes the set-up's schema); set-up fields keep the
  // form's messages, others carry their place in the record.
  const parsed = keepsSchema(m, base) ? { success: true as const } : MeetingSchema.safeParse(m);
  if (parsed.success) schemaKept.add(m);
  const setupKeys = new Set(Object.keys(MeetingSetupSchema.shape));
  const out: RuleProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => {
        const field = i.path.join('.');
        return setupKeys.has(String(i.path[0]))
          ? { field, message: i.message }
          : { field, message: `Isi rapat tidak sesuai (${field || 'rapat'}): ${i.message}` };
      });
  out.push(...setupRules(m, roster));
  const unitsInvited = new Set(m.unitsInvited);
  const rolesInvited = new Set(m.rolesInvited);
  const roleLabel = (id: string) => roster.roles.find((r) => r.id === id)?.short ?? id;
  for (const [code, unit] of Object.entries(m.attendance)) {
    const cellRoles = Object.keys(unit.cells);
    if (!unitsInvited.has(code)) {
      if (cellRoles.length || unit.note) out.push({ field: `attendance.${code}`, message: RULE_MESSAGES.cellUnitNotInvited(unitLabel(roster, code)) });
      continue;
    }
    for (const roleId of cellRoles) {
      if (!rolesInvited.has(roleId)) {
        out.push({ field: `attendance.${code}.cells.${roleId}`, message: RULE_MESSAGES.cellRoleNotInvited(unitLabel(roster, code), roleLabel(roleId)) });
      }
    }
  }
  const seen = new Set<string>();
  for (const s of m.speakers) {
    if (seen.has(s.id)) out.push({ field: 'speakers', message: RULE_MESSAGES.duplicateSpeaker(s.id) });
    seen.add(s.id);
  }
  const seenFollowUps = new Set<string>();
  for (const f of m.minutes.followUps) {
    if (seenFollowUps.has(f.id)) out.push({ field: 'minutes.followUps', message: RULE_MESSAGES.duplicateFollowUp(f.id) });
    seenFollowUps.add(f.id);
  }
  // A follow-up names the province, every invited unit, or units among the invited ones.
  m.minutes.followUps.forEach((f, i) => {
    for (const a of new Set(f.assignees)) {
      if (a !== 'provinsi' && a !== 'semua' && !unitsInvited.has(a)) {
        out.push({ field: `minutes.followUps.${i}.assignees`, message: RULE_MESSAGES.followUpUnitNotInvited(i + 1, unitLabel(roster, a)) });
      }
    }
  });
  // Report items and answers: only invited units, only defined items, answers that fit them.
  out.push(...reportProblems(m, (code) => unitLabel(roster, code)));
  return out;
}

/**
 * The actual times of the minutes out of order. Shown while they are typed (one is often set
 * before the other) and refused when the minutes are made final.
 */
export function actualTimesProblem(minutes: Pick<Meeting['minutes'], 'actualStart' | 'actualEnd'>): RuleProblem | null {
  const { actualStart, actualEnd } = minutes;
  return actualStart && actualEnd && actualEnd <= actualStart ? { field: 'minutes.actualEnd', message: RULE_MESSAGES.actualEndBeforeStart } : null;
}

/**
 * The problems a change brings that the stored record did not already have. A record stored
 * before a rule existed stays editable; a change never makes it worse.
 */
export function newProblems(before: Meeting | null, after: Meeting, roster: RosterRef): RuleProblem[] {
  const problems = meetingProblems(after, roster, before);
  // The usual case, a record that keeps every rule, needs no look at the one before.
  if (problems.length === 0 || !before) return problems;
  const had = new Set(meetingProblems(before, roster).map((p) => `${p.field}\u0000${p.message}`));
  return problems.filter((p) => !had.has(`${p.field}\u0000${p.message}`));
}

/**
 * Every rule a whole meeting record breaks against a roster, as messages in Indonesian
 * (empty = the record may be stored). For the methods that take a whole record by nature:
 * opening a saved copy and importing an archive.
 */
export function checkMeetingRules(m: Meeting, roster: RosterRef): string[] {
  return [...new Set(meetingProblems(m, roster).map((p) => p.message))];
}

/** Field -> first message, for a form that shows the message next to its field. */
export function problemsByField(problems: readonly RuleProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) out[p.field] ??= p.message;
  return out;
}
